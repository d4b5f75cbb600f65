// Runs web-ext lint on dist/firefox (or the folder given) and fails on any error or warning, but one:
// Preact's renderer sets innerHTML for a `dangerouslySetInnerHTML` prop, which StatusLens never
// passes (tests/unit/release/no-html-sinks.test.ts), so that line never runs. It is excused only
// where the flagged code is that Preact branch; store/NOTES-FOR-REVIEWERS.md says the same to AMO.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? 'dist/firefox';
const out = execFileSync('npx', ['web-ext', 'lint', '--source-dir', dir, '--output', 'json', '--no-input'], {
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'inherit'],
});
const report = JSON.parse(out.slice(out.indexOf('{')));

/** The flagged innerHTML write is Preact's `dangerouslySetInnerHTML` branch in its diff. */
function isPreactInnerHtml(m) {
  if (m.code !== 'UNSAFE_VAR_ASSIGNMENT' || !/innerHTML/.test(m.message) || !m.file || !m.line) return false;
  const line = readFileSync(join(dir, m.file), 'utf8').split('\n')[m.line - 1] ?? '';
  const before = line.slice(Math.max(0, (m.column ?? 0) - 400), (m.column ?? 0) + 80);
  return before.includes('dangerouslySetInnerHTML') && before.includes('.__html');
}

let failing = report.summary.errors;
for (const kind of ['errors', 'warnings', 'notices']) {
  for (const m of report[kind] ?? []) {
    const excused = kind === 'warnings' && isPreactInnerHtml(m);
    if (kind === 'warnings' && !excused) failing++;
    console.log(`${kind.slice(0, -1)}${excused ? ' (excused: Preact\'s dangerouslySetInnerHTML, never used)' : ''}: ${m.code} ${m.message} ${m.file ?? ''}${m.description ? `\n  ${m.description}` : ''}`);
  }
}
console.log(`web-ext lint: ${report.summary.errors} errors, ${report.summary.warnings} warnings, ${report.summary.notices} notices`);
if (failing > 0) {
  console.log(`web-ext lint: ${failing} not excused`);
  process.exit(1);
}
