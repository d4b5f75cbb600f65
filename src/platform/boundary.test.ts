import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { codeOf, sources } from './source-scan';

/**
 * The extension API is reached only through src/platform, so the polyfill can be dropped by
 * changing that room alone, and the rest of the code runs in plain Node. Two guards: a scan of the
 * sources, and the type checker, which must refuse API calls and wrong replies outside it.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const SRC = join(ROOT, 'src');

describe('the platform boundary', () => {
  test('only src/platform imports webextension-polyfill or calls chrome.* / browser.*', () => {
    const offenders: string[] = [];
    for (const file of sources(SRC)) {
      const rel = relative(ROOT, file);
      if (rel.startsWith(join('src', 'platform'))) continue;
      const text = readFileSync(file, 'utf8');
      if (/from\s+['"]webextension-polyfill['"]/.test(text)) offenders.push(`${rel}: imports webextension-polyfill`);
      const code = codeOf(text);
      if (/(^|[^.\w$])(chrome|browser)\s*\.\s*[a-zA-Z]/m.test(code)) offenders.push(`${rel}: calls the extension API directly`);
      if (/globalThis\s*\.\s*(chrome|browser)\b/.test(code)) offenders.push(`${rel}: reaches the extension API through globalThis`);
    }
    expect(offenders).toEqual([]);
  });

  test('the scan sees what it must refuse', () => {
    expect(codeOf("// chrome.tabs in a comment\nconst s = 'browser.runtime';")).not.toMatch(/chrome|browser/);
    expect(/(^|[^.\w$])(chrome|browser)\s*\.\s*[a-zA-Z]/m.test(codeOf('chrome.tabs.query({});'))).toBe(true);
  });

  // Each file under tests/types/must-fail marks the line that must fail and the error it must give.
  const mustFail = join(ROOT, 'tests/types/must-fail');
  test.each(readdirSync(mustFail).filter((f) => f.endsWith('.ts')))('%s does not compile', { timeout: 60_000 }, (name) => {
    const file = join(mustFail, name);
    const lines = readFileSync(file, 'utf8').split('\n');
    const line = lines.findIndex((l) => l.includes('@expect-error')) + 1;
    const code = /@expect-error (TS\d+)/.exec(lines[line - 1] ?? '')?.[1];
    expect(code).toBeDefined();
    // Beside the root config, so `types` resolve from the project's node_modules; removed after.
    const config = join(ROOT, 'tests/types', `.tsconfig.${name}.json`);
    try {
      // The root project's own files come along: were tests/e2e/globals.d.ts among them, `chrome` would exist.
      writeFileSync(config, JSON.stringify({ extends: '../../tsconfig.json', files: [`must-fail/${name}`] }));
      const run = spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', config], { encoding: 'utf8', timeout: 60_000 });
      const output = `${run.stdout}${run.stderr}`;
      expect(run.status, output).not.toBe(0);
      expect(output).toContain(`${name}(${line},`);
      expect(output).toContain(`error ${code}`);
      // Nothing else in the file may fail: the check is about that one line.
      expect(output.match(/error TS\d+/g), output).toHaveLength(1);
    } finally {
      rmSync(config, { force: true });
    }
  });
});
