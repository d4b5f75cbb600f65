// `npm run release`: from a clean commit, builds both browsers afresh, lints the Firefox build,
// packs both zips, checks them for what the stores reject, and writes the source archive that
// addons.mozilla.org asks for (scripts/release-source.mjs). Prints each artifact with its SHA-256.
// `npm run release:firefox` (--firefox): the Firefox zip alone, as BUILD-FIREFOX.md tells a
// reviewer to make it from the source archive; it compares the hash with the one written there.
// RELEASE_ALLOW_DIRTY=1 lets a release run on uncommitted changes, to try it: its source archive
// is the last commit, so it will not rebuild the zip it sits beside.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { checkChromeZip } from './check-chrome-zip.mjs';
import { expectedSha256, filesOfCommit, writeSourceArchive } from './release-source.mjs';
import { packBuild, sha256, versionOf } from './zip.mjs';

function run(command, args) {
  try {
    execFileSync(command, args, { stdio: 'inherit' });
  } catch {
    console.error(`release: \`${[command, ...args].join(' ')}\` failed; nothing is released`);
    process.exit(1);
  }
}
const build = (mode) => run('npx', ['vite', 'build', '--mode', mode, '--logLevel', 'warn']);
const show = (path) => relative('.', path);

if (process.argv.includes('--firefox')) {
  build('firefox');
  const { path, sha256: hash } = packBuild('firefox');
  console.log(`${show(path)}\n  SHA-256 ${hash}`);
  const expected = expectedSha256();
  if (expected) {
    console.log(expected === hash ? `  matches ${'BUILD-FIREFOX.md'}` : `  DIFFERS from the SHA-256 in BUILD-FIREFOX.md (${expected})`);
    if (expected !== hash) process.exit(1);
  }
} else {
  const version = versionOf();
  const dirty = execFileSync('git', ['status', '--porcelain'], { encoding: 'utf8' }).trim();
  if (dirty && process.env.RELEASE_ALLOW_DIRTY !== '1') {
    console.error(`release: uncommitted changes; a release is built from a commit:\n${dirty}`);
    process.exit(1);
  }
  const commit = execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();

  console.log(`== StatusLens ${version}, commit ${commit}${dirty ? ' (with uncommitted changes: a trial, not a release)' : ''}`);
  for (const dir of ['dist/chrome', 'dist/firefox', 'artifacts']) rmSync(dir, { recursive: true, force: true });
  build('chrome');
  build('firefox');

  console.log('== web-ext lint');
  run('node', ['scripts/lint-firefox.mjs']);

  console.log('== zips');
  const zips = ['chrome', 'firefox'].map((target) => packBuild(target));
  for (const { path } of zips) {
    const { problems, excused } = checkChromeZip(readFileSync(path));
    for (const line of excused) console.log(`${show(path)}: allowed: ${line}`);
    if (problems.length) {
      console.error(`${show(path)}:\n  ${problems.join('\n  ')}`);
      process.exit(1);
    }
    console.log(`${show(path)}: no remote code, no eval, every permission used, CSP as default`);
  }

  const source = writeSourceArchive(filesOfCommit('HEAD'), {
    version,
    commit,
    firefoxSha256: zips[1].sha256,
    out: resolve('artifacts', `statuslens-${version}-source.zip`),
  });

  console.log('== artifacts (SHA-256)');
  for (const { path, sha256: hash } of zips) console.log(`${hash}  ${show(path)}`);
  console.log(`${sha256(readFileSync(source))}  ${show(source)}`);
  console.log('Check that the source archive rebuilds the Firefox zip: npm run release:verify');
}
