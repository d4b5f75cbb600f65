// The release zips: the same files give the same bytes, whatever order they are listed in, and
// any zip tool reads them back as they were.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { crc32, packBuild, readZip, sha256, writeZip, type ZipEntry } from '../../../scripts/zip.mjs';

type Entry = ZipEntry;
const files: Entry[] = [
  { name: 'manifest.json', data: Buffer.from('{"manifest_version":3}\n') },
  { name: 'assets/app.js', data: Buffer.from('console.log("hi");\n'.repeat(200)) },
  { name: '_locales/zh_CN/messages.json', data: Buffer.from('{"extName":{"message":"状态透镜"}}') },
  { name: 'icons/empty.png', data: Buffer.alloc(0) },
  { name: 'icons/random.bin', data: Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251)) },
];

let dir = '';
afterEach(() => { if (dir) rmSync(dir, { recursive: true, force: true }); dir = ''; });

describe('writeZip', () => {
  it('gives the same bytes for the same files in any order', () => {
    const a = writeZip(files);
    const b = writeZip([...files].reverse());
    expect(sha256(a)).toBe(sha256(b));
  });

  it('changes when one byte of one file changes', () => {
    const changed = files.map((f) => (f.name === 'assets/app.js' ? { ...f, data: Buffer.from(f.data.toString().replace('hi', 'ho')) } : f));
    expect(sha256(writeZip(changed))).not.toBe(sha256(writeZip(files)));
  });

  it('reads back as written, sorted by name', () => {
    const back = readZip(writeZip(files)) as Entry[];
    expect(back.map((f) => f.name)).toEqual(['_locales/zh_CN/messages.json', 'assets/app.js', 'icons/empty.png', 'icons/random.bin', 'manifest.json']);
    for (const f of files) expect(back.find((b) => b.name === f.name)?.data.equals(f.data)).toBe(true);
  });

  it('is read by Info-ZIP unzip with the fixed date, no permissions, no extra fields', () => {
    dir = mkdtempSync(join(tmpdir(), 'statuslens-zip-'));
    const path = join(dir, 'a.zip');
    writeFileSync(path, writeZip(files));
    expect(execFileSync('unzip', ['-t', path], { encoding: 'utf8' })).toContain('No errors detected');
    const listing = execFileSync('zipinfo', ['-l', path], { encoding: 'utf8' });
    expect(listing).toMatch(/assets\/app\.js/);
    expect(listing).toMatch(/80-Jan-01 00:00/);
    expect(listing).toMatch(/ 2\.0 fat /); // made on "MS-DOS": no Unix owner, permission bits or times
    expect(listing).not.toMatch(/ unx /);
    execFileSync('unzip', ['-q', path, '-d', join(dir, 'out')]);
  });

  it('refuses names that would leave the folder they are unpacked in', () => {
    expect(() => writeZip([{ name: '../evil', data: Buffer.alloc(1) }])).toThrow(/bad entry name/);
    expect(() => writeZip([{ name: '/etc/passwd', data: Buffer.alloc(1) }])).toThrow(/bad entry name/);
  });

  it('computes the standard CRC-32', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
  });

  it('finds a damaged entry', () => {
    const zip = writeZip([{ name: 'a.txt', data: Buffer.from('hello hello hello') }]);
    zip[30 + 'a.txt'.length + 2] ^= 0xff; // a byte of the compressed data
    expect(() => readZip(zip)).toThrow();
  });
});

describe('packBuild', () => {
  function tree(manifest: object, version = '1.2.3') {
    dir = mkdtempSync(join(tmpdir(), 'statuslens-pack-'));
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ version }));
    mkdirSync(join(dir, 'dist/firefox/assets'), { recursive: true });
    writeFileSync(join(dir, 'dist/firefox/manifest.json'), JSON.stringify(manifest));
    writeFileSync(join(dir, 'dist/firefox/assets/a.js'), 'export{}');
    return dir;
  }

  it('names the zip with the version and packs every file', () => {
    const root = tree({ version: '1.2.3' });
    const { path, sha256: hash } = packBuild('firefox', root);
    expect(path).toBe(join(root, 'artifacts/statuslens-firefox-1.2.3.zip'));
    const zip = readFileSync(path);
    expect(sha256(zip)).toBe(hash);
    expect((readZip(zip) as Entry[]).map((f) => f.name)).toEqual(['assets/a.js', 'manifest.json']);
  });

  it('refuses a build whose manifest has another version than package.json', () => {
    expect(() => packBuild('firefox', tree({ version: '1.2.2' }))).toThrow(/manifest version 1\.2\.2, package\.json 1\.2\.3/);
  });

  it('refuses the e2e build', () => {
    const e2e = { version: '1.2.3', web_accessible_resources: [{ resources: ['src/popup/index.html'], matches: ['http://127.0.0.1/*'] }] };
    expect(() => packBuild('firefox', tree(e2e))).toThrow(/e2e build/);
    expect(existsSync(join(dir, 'artifacts/statuslens-firefox-1.2.3.zip'))).toBe(false);
  });
});
