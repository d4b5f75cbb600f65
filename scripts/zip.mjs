// Writes store-ready zips of both release builds into artifacts/ (never the e2e variant).
import { execFileSync } from 'node:child_process';
import { readFileSync, mkdirSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
mkdirSync('artifacts', { recursive: true });
for (const target of ['chrome', 'firefox']) {
  const name = `statuslens-${target}-${version}.zip`;
  execFileSync('npx', ['web-ext', 'build', '--source-dir', `dist/${target}`, '--artifacts-dir', 'artifacts', '--filename', name, '--overwrite-dest'], {
    stdio: 'inherit',
  });
  console.log(`artifacts/${name}`);
}
