// Proves the Firefox zip can be rebuilt byte for byte from its source, in two fresh folders.
//
// `npm run release:verify` (after `npm run release`): unpacks artifacts/statuslens-<v>-source.zip
// twice into new temp folders and in each follows BUILD-FIREFOX.md to the letter (`npm ci
// --prefer-offline`, which takes the packages from npm's cache when it has them, then `npm run
// release:firefox`); both zips must equal artifacts/statuslens-firefox-<v>.zip. 2 to 5 min on our
// shared two-core machine, nearly all of it the two installs.
//
// `--tree` (in `npm test`, after the build): the same from the work tree as it is, committed or not,
// against dist/firefox packed as the release packs it; the two copies use this project's
// node_modules instead of installing their own (npm ci's part rests on package-lock.json's pinned
// versions and integrity hashes). About 15 s. It catches what makes a build depend on its folder or
// on the run (hashes from absolute paths, times, file order), which is what broke before.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { filesOfWorkTree, sourceFolder } from './release-source.mjs';
import { unpack } from './zip.mjs';
import { filesOf, sha256, versionOf, writeZip } from './zip.mjs';

const tree = process.argv.includes('--tree');
const version = versionOf();
const keep = process.env.VERIFY_KEEP === '1';

let source; // a zip of the sources
let reference; // { label, sha256 } of the Firefox zip the copies must rebuild
if (tree) {
  source = writeZip(filesOfWorkTree().map((f) => ({ name: `${sourceFolder(version)}/${f.name}`, data: f.data })));
  if (!existsSync('dist/firefox/manifest.json')) throw new Error('verify-source --tree: build dist/firefox first (npm run build)');
  reference = { label: 'dist/firefox, packed', sha256: sha256(writeZip(filesOf('dist/firefox'))) };
} else {
  const archive = `artifacts/statuslens-${version}-source.zip`;
  const zip = `artifacts/statuslens-firefox-${version}.zip`;
  for (const file of [archive, zip]) if (!existsSync(file)) throw new Error(`verify-source: ${file} is missing: run npm run release first`);
  source = readFileSync(archive);
  reference = { label: zip, sha256: sha256(readFileSync(zip)) };
}

const results = [];
for (const copy of [1, 2]) {
  const dir = mkdtempSync(join(tmpdir(), `statuslens-verify-${copy}-`));
  const root = join(dir, sourceFolder(version));
  const started = Date.now();
  try {
    unpack(source, dir);
    const seconds = () => ((Date.now() - started) / 1000).toFixed(0);
    if (tree) symlinkSync(resolve('node_modules'), join(root, 'node_modules'), 'dir');
    else {
      execFileSync('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
      console.log(`copy ${copy}: npm ci done in ${seconds()} s`);
    }
    if (tree) execFileSync('npx', ['vite', 'build', '--mode', 'firefox', '--logLevel', 'error'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    else execFileSync('npm', ['run', '--silent', 'release:firefox'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    const built = tree ? writeZip(filesOf(join(root, 'dist/firefox'))) : readFileSync(join(root, `artifacts/statuslens-firefox-${version}.zip`));
    results.push(sha256(built));
    console.log(`copy ${copy} (${root}): ${results.at(-1)} in ${seconds()} s`);
  } finally {
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
}

console.log(`expected (${reference.label}): ${reference.sha256}`);
if (results.every((hash) => hash === reference.sha256)) {
  console.log(`verify-source: the Firefox zip was rebuilt byte for byte in two fresh folders${tree ? ' (from the work tree)' : ''}`);
} else {
  console.error('verify-source: a rebuilt Firefox zip differs (VERIFY_KEEP=1 keeps the folders to compare them)');
  process.exit(1);
}
