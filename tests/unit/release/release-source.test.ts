// The source archive for addons.mozilla.org: the commit's files in one folder, BUILD-FIREFOX.md at
// its root with the hash the build must give, and an unpacker that keeps every file inside its folder.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript module (scripts/ are run by node directly)
import { BUILD_FILE, buildInstructions, expectedSha256, filesOfCommit, writeSourceArchive } from '../../../scripts/release-source.mjs';
import { readZip, unpack, writeZip, type ZipEntry } from '../../../scripts/zip.mjs';

const ROOT = resolve(import.meta.dirname, '../../..');
const SHA = 'ab'.repeat(32);
let dir = '';
afterEach(() => { if (dir) rmSync(dir, { recursive: true, force: true }); dir = ''; });

describe('the source archive', () => {
  it('puts every file in statuslens-<version>/, with BUILD-FIREFOX.md at its root', () => {
    dir = mkdtempSync(join(tmpdir(), 'statuslens-source-'));
    const out = join(dir, 'source.zip');
    writeSourceArchive([{ name: 'package.json', data: Buffer.from('{}') }, { name: 'src/a.ts', data: Buffer.from('x') }], { version: '1.2.3', commit: 'c0ffee', firefoxSha256: SHA, out });
    const files = readZip(readFileSync(out)) as ZipEntry[];
    expect(files.map((f) => f.name)).toEqual(['statuslens-1.2.3/BUILD-FIREFOX.md', 'statuslens-1.2.3/package.json', 'statuslens-1.2.3/src/a.ts']);
    const build = files[0]!.data.toString('utf8');
    expect(build).toContain('npm ci\nnpm run release:firefox');
    expect(build).toContain('commit `c0ffee`');
    expect(build).toContain('artifacts/statuslens-firefox-1.2.3.zip');
  });

  it('gives release:firefox the hash to compare with', () => {
    dir = mkdtempSync(join(tmpdir(), 'statuslens-source-'));
    writeFileSync(join(dir, BUILD_FILE), buildInstructions({ version: '1.2.3', commit: 'c0ffee', firefoxSha256: SHA }));
    expect(expectedSha256(dir)).toBe(SHA);
    expect(expectedSha256(join(dir, 'nowhere'))).toBeUndefined();
  });

  it('refuses a repository that keeps its own BUILD-FIREFOX.md', () => {
    expect(() => writeSourceArchive([{ name: BUILD_FILE, data: Buffer.from('old') }], { version: '1', commit: 'c', firefoxSha256: SHA, out: '/nonexistent/x.zip' })).toThrow(/written by the release/);
  });

  it('holds the commit as git archive gives it: sources and lockfile, no installed packages or builds', () => {
    const names = (filesOfCommit('HEAD', ROOT) as ZipEntry[]).map((f) => f.name);
    for (const name of ['package.json', 'package-lock.json', 'vite.config.ts', 'manifest.json', 'scripts/zip.mjs', 'src/background/index.ts']) expect(names).toContain(name);
    expect(names.some((n) => /^(node_modules|dist|artifacts)\//.test(n))).toBe(false);
  });

  it('unpacks inside its folder only', () => {
    dir = mkdtempSync(join(tmpdir(), 'statuslens-source-'));
    unpack(writeZip([{ name: 'a/b.txt', data: Buffer.from('b') }]), dir);
    expect(readFileSync(join(dir, 'a/b.txt'), 'utf8')).toBe('b');
    const hostile = writeZip([{ name: 'a/b.txt', data: Buffer.from('b') }]);
    // Rename the entry (same length) to climb out: writeZip refuses such names, a foreign zip need not.
    const evil = Buffer.from(hostile.toString('latin1').split('a/b.txt').join('../x.t'.padEnd(7, 't')), 'latin1');
    expect(() => unpack(evil, join(dir, 'inner'))).toThrow(/leaves/);
  });
});
