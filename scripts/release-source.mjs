// The source archive addons.mozilla.org asks for when a package is built: the files of a commit
// (as `git archive` gives them, so .gitattributes is honoured) in one folder, statuslens-<version>/,
// with BUILD-FIREFOX.md at its root saying how to rebuild the Firefox zip and what its SHA-256 must be.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { filesOf, writeZip } from './zip.mjs';

export const BUILD_FILE = 'BUILD-FIREFOX.md';

/** The files of commit `ref` (default HEAD), as { name, data }. */
export function filesOfCommit(ref = 'HEAD', root = '.') {
  const dir = mkdtempSync(join(tmpdir(), 'statuslens-archive-'));
  try {
    execFileSync('bash', ['-c', `git archive --format=tar "$1" | tar -x -C "$2"`, 'archive', ref, dir], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    return filesOf(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The files of the work tree as they are now: what git tracks plus new files it does not ignore
 * (what the next commit would hold). For the check in `npm test`, which runs on uncommitted work.
 */
export function filesOfWorkTree(root = '.') {
  const names = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean);
  return [...new Set(names)].flatMap((name) => {
    try {
      return [{ name, data: readFileSync(join(root, name)) }];
    } catch {
      return []; // deleted, not yet committed
    }
  });
}

/** BUILD-FIREFOX.md: the exact steps, and the hash they must give. */
export function buildInstructions({ version, commit, firefoxSha256 }) {
  return `# Building the StatusLens ${version} Firefox package from this source

This archive is commit \`${commit}\` of StatusLens. These steps rebuild
\`statuslens-firefox-${version}.zip\` byte for byte.

## Needs

- Node.js 20 (tested with 20.20.2) and npm 11 (tested with 11.19.1)
- Access to the npm registry (or an npm cache holding the packages in \`package-lock.json\`)
- Nothing else: no browser is needed to build. Tested on Debian 12, x86-64; other systems should
  give the same bytes (the same bundler version, a zip writer in plain JavaScript) but were not tried.

## Steps

Unpack the archive anywhere (where does not matter), then in the folder \`statuslens-${version}/\` it holds:

\`\`\`sh
npm ci
npm run release:firefox
\`\`\`

\`npm ci\` installs the exact versions in \`package-lock.json\`. \`npm run release:firefox\` runs
\`vite build --mode firefox\` (TypeScript and Preact compiled and bundled by Vite into \`dist/firefox/\`)
and packs that folder with \`scripts/zip.mjs\` into \`artifacts/statuslens-firefox-${version}.zip\`.
It prints the zip's SHA-256 and compares it with the one below.

## Expected SHA-256 of artifacts/statuslens-firefox-${version}.zip

\`\`\`
${firefoxSha256}
\`\`\`

## Why it is reproducible

- The zip writer (\`scripts/zip.mjs\`) sorts the entries, dates each one 1980-01-01 00:00, writes
  no permissions or extra fields, and compresses with a pinned JavaScript deflate (pako 1.0.11), so
  neither the machine, its clock nor its CPU changes the bytes.
- The build's file names are content hashes, and none depends on the folder the build runs in.
- \`npm run release:verify\` (our release check) unpacks this archive twice into new folders, runs
  the steps above in each and compares both results with the uploaded zip.
`;
}

/** The folder every file of the source archive sits in. */
export const sourceFolder = (version) => `statuslens-${version}`;

/** Writes the source archive (`files` plus BUILD-FIREFOX.md, in statuslens-<version>/) to `out`. */
export function writeSourceArchive(files, { version, commit, firefoxSha256, out }) {
  if (files.some((f) => f.name === BUILD_FILE)) throw new Error(`${BUILD_FILE} is written by the release, not kept in the repository`);
  const build = { name: BUILD_FILE, data: Buffer.from(buildInstructions({ version, commit, firefoxSha256 })) };
  const folder = sourceFolder(version);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, writeZip([...files, build].map((f) => ({ name: `${folder}/${f.name}`, data: f.data }))));
  return out;
}

/** The SHA-256 that BUILD-FIREFOX.md in `root` expects, if there is one. */
export function expectedSha256(root = '.') {
  try {
    return /^```\n([0-9a-f]{64})\n```$/m.exec(readFileSync(join(root, BUILD_FILE), 'utf8'))?.[1];
  } catch {
    return undefined;
  }
}
