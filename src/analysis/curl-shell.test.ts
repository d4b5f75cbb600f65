import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { toCurl, toFetch } from './curl';
import { caseGenerator, type CopyCase } from './copy-fuzz';

/**
 * The copy buttons' output, run for real: each generated cURL command in /bin/bash with `curl` a
 * function that prints its argv, each fetch() snippet in node with `fetch` a function that records its
 * arguments. Every case is hostile (shell syntax, escapes, ESC[201~, C1 and bidi controls, NUL…); the
 * argv and the call must be exactly what the request meant, and the marker file `pwned` never appears.
 */

const CASES = 1500;
const generate = caseGenerator(20260416);
const cases: CopyCase[] = Array.from({ length: CASES }, () => generate());
const dir = mkdtempSync(join(tmpdir(), 'statuslens-copy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// An oracle independent of quoting.ts: raw C0 (LF only between lines), DEL, C1, bidi controls, LS, PS.
const RAW_UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

const SEPARATOR = 'end-of-case-6f1c2b';

function runBash(commands: string[], prelude = ''): string[][] {
  const script = [`${prelude}curl() { printf '%s\\0' "$@"; }`, ...commands.map((c) => `${c}\nprintf '%s\\0' '${SEPARATOR}'`)].join('\n');
  const result = spawnSync('/bin/bash', ['--noprofile', '--norc', '-s'], { input: script, cwd: dir, env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: dir, LC_ALL: 'C' }, maxBuffer: 1 << 28 });
  expect(result.stderr.toString(), 'bash wrote to stderr').toBe('');
  const out: string[][] = [[]];
  const chunks = result.stdout.toString('utf8').split('\0');
  chunks.pop(); // after the last NUL
  for (const chunk of chunks) {
    if (chunk === SEPARATOR) out.push([]);
    else out[out.length - 1]?.push(chunk);
  }
  out.pop();
  return out;
}

describe('copied cURL commands in a real shell', () => {
  const commands = cases.map((c) => toCurl(c.request));

  it(`${CASES} hostile requests: bash gives curl exactly the intended argv, and nothing runs`, () => {
    const argvs = runBash(commands);
    expect(argvs).toHaveLength(CASES);
    cases.forEach((c, i) => expect(argvs[i], `case ${i}: ${JSON.stringify(c.request)}\n${commands[i]}`).toEqual(c.curlArgs ?? []));
    expect(readdirSync(dir)).toEqual([]);
  });

  it('the same with interactive history expansion on (`!` in values stays literal)', () => {
    const argvs = runBash(commands, 'set -o history -H\n');
    cases.forEach((c, i) => expect(argvs[i], `case ${i}`).toEqual(c.curlArgs ?? []));
    expect(readdirSync(dir)).toEqual([]);
  });

  it('the clipboard text holds no raw control, C1 or bidi character; line breaks only continue the command', () => {
    commands.forEach((text, i) => {
      const lines = text.split('\n');
      lines.slice(0, -1).forEach((line) => expect(line.endsWith(' \\') || line.startsWith('# '), `case ${i}: ${JSON.stringify(line)}`).toBe(true));
      lines.forEach((line) => expect(RAW_UNSAFE.test(line), `case ${i}: ${JSON.stringify(line)}`).toBe(false));
      if (cases[i]?.curlArgs === undefined) expect(text, `case ${i}`).toMatch(/^# No cURL command: [^\n]*$/);
      else expect(text.includes('whose name is not an HTTP token'), `case ${i}`).toBe((cases[i]?.badNames ?? 0) > 0);
    });
  });

  it('covers every kind of case', () => {
    expect(cases.filter((c) => c.curlArgs === undefined).length).toBeGreaterThan(CASES / 10);
    expect(cases.filter((c) => c.badNames > 0).length).toBeGreaterThan(CASES / 10);
    expect(commands.filter((c) => c.includes("$'")).length).toBeGreaterThan(CASES / 4);
  });
});

describe('copied fetch() snippets in real JavaScript', () => {
  it(`${CASES} hostile requests: node calls fetch with exactly the intended arguments, and nothing runs`, () => {
    const snippets = cases.map((c) => toFetch(c.request));
    // Each snippet as pasted into a console with top-level await: as a module, one block each.
    const file = join(dir, '..', `statuslens-copy-${process.pid}.mjs`);
    const source = [
      'const calls = [];',
      'globalThis.fetch = async (url, init) => { calls.push([url, init]); return {}; };',
      ...snippets.map((s) => `{\n${s}\n}\ncalls.push(${JSON.stringify(SEPARATOR)});`),
      'process.stdout.write(JSON.stringify(calls));',
    ].join('\n');
    writeFileSync(file, source);
    try {
      const result = spawnSync(process.execPath, [file], { cwd: dir, env: { PATH: process.env.PATH ?? '' }, maxBuffer: 1 << 28 });
      expect(result.stderr.toString()).toBe('');
      const calls = JSON.parse(result.stdout.toString('utf8')) as unknown[];
      const perCase: unknown[][] = [[]];
      for (const call of calls) {
        if (call === SEPARATOR) perCase.push([]);
        else perCase[perCase.length - 1]?.push(call);
      }
      perCase.pop();
      expect(perCase).toHaveLength(CASES);
      cases.forEach((c, i) => expect(perCase[i], `case ${i}: ${snippets[i]}`).toEqual(c.fetchCall ? [c.fetchCall] : []));
      snippets.forEach((s, i) => expect(RAW_UNSAFE.test(s.replace(/\n/g, ' ')), `case ${i}: ${JSON.stringify(s)}`).toBe(false));
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      rmSync(file, { force: true });
    }
  });
});
