// Checks the Chrome zip for what the Chrome Web Store rejects (developer.chrome.com/docs/webstore/program-policies
// and "Manifest V3 requirements": no remotely hosted code, no eval-like execution of strings,
// no permission the extension does not use) and for a CSP looser than Chrome's default.
// Run: node scripts/check-chrome-zip.mjs [zip]   (default artifacts/statuslens-chrome-<version>.zip)
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readZip, versionOf } from './zip.mjs';

/** The API each permission unlocks, as a property read in shipped JS (`x.storage`, `x["storage"]`). */
export const PERMISSION_APIS = {
  storage: ['storage'],
  scripting: ['scripting'],
  webNavigation: ['webNavigation'],
  webRequest: ['webRequest'],
  tabs: ['tabs'], // a weak check: tabs.* works without it (the permission only reveals URLs and titles)
  alarms: ['alarms'],
  contextMenus: ['contextMenus'],
  notifications: ['notifications'],
  cookies: ['cookies'],
  downloads: ['downloads'],
  declarativeNetRequest: ['declarativeNetRequest'],
  sidePanel: ['sidePanel'],
  // Firefox only: a blocking listener, and reading bodies off the wire (webRequest.filterResponseData).
  webRequestBlocking: ['webRequest'],
  webRequestFilterResponse: ['filterResponseData'],
};

/**
 * Host permissions we claim, each with the call that needs it. `<all_urls>`: the page hook and its
 * relay are registered at run time on the sites the user chooses to watch, which can be any site.
 */
export const HOST_PERMISSIONS = {
  '<all_urls>': { call: 'registerContentScripts', reason: 'page scripts registered at run time on the sites the user watches' },
};

/** Matches in shipped code that are known harmless: { file: RegExp, match: RegExp, reason }. None today. */
export const ALLOWED = [];

const REMOTE = String.raw`(?:https?:)?\/\/`;
const REMOTE_CODE = [
  { files: /\.m?js$/, pattern: new RegExp(String.raw`\bimport\s*\(\s*[\x60'"]${REMOTE}`), what: 'dynamic import of a remote URL' },
  { files: /\.m?js$/, pattern: new RegExp(String.raw`\b(?:from|import)\s*[\x60'"]${REMOTE}`), what: 'static import of a remote URL' },
  { files: /\.m?js$/, pattern: new RegExp(String.raw`\bimportScripts\s*\([^)]*${REMOTE}`), what: 'importScripts of a remote URL' },
  { files: /\.html?$/, pattern: new RegExp(String.raw`<script\b[^>]*\bsrc\s*=\s*["']?${REMOTE}`, 'i'), what: 'remote <script src>' },
  { files: /\.html?$/, pattern: new RegExp(String.raw`<link\b[^>]*\bhref\s*=\s*["']?${REMOTE}`, 'i'), what: 'remote <link href> (stylesheet or module)' },
  { files: /\.(css|html?)$/, pattern: new RegExp(String.raw`@import\s+(?:url\(\s*)?["']?${REMOTE}`, 'i'), what: 'remote CSS @import' },
];
const STRING_CODE = [
  { pattern: /(?<![\w$])eval\s*\(/, what: 'eval(' },
  { pattern: /\bnew\s+Function\s*\(/, what: 'new Function(' },
  { pattern: /(?<![\w$]|new\s+)Function\s*\(\s*[\x60'"]/, what: 'Function("…") called with a string' },
  { pattern: /\bset(?:Timeout|Interval)\s*\(\s*[\x60'"]/, what: 'setTimeout/setInterval with a string' },
];

/** The problems found in a Chrome zip (empty when it may be submitted), and the allowed matches with their reasons. */
export function checkChromeZip(zip, { allowed = ALLOWED } = {}) {
  const files = readZip(zip);
  const problems = [];
  const excused = [];
  const manifestFile = files.find((f) => f.name === 'manifest.json');
  if (!manifestFile) return { problems: ['manifest.json: missing'], excused };
  let manifest;
  try {
    manifest = JSON.parse(manifestFile.data.toString('utf8'));
  } catch (error) {
    return { problems: [`manifest.json: not JSON (${error.message})`], excused };
  }
  if (manifest.manifest_version !== 3) problems.push('manifest.json: manifest_version is not 3');

  const code = files.filter((f) => /\.(m?js|html?|css)$/.test(f.name)).map((f) => ({ name: f.name, text: f.data.toString('utf8') }));
  const report = (name, text, index, what) => {
    const excerpt = text.slice(Math.max(0, index - 30), index + 40).replace(/\s+/g, ' ');
    const excuse = allowed.find((a) => a.file.test(name) && a.match.test(excerpt));
    if (excuse) excused.push(`${name}: ${what}, allowed: ${excuse.reason}`);
    else problems.push(`${name}: ${what}: …${excerpt}…`);
  };
  for (const { name, text } of code) {
    for (const rule of REMOTE_CODE) if (rule.files.test(name)) for (const m of text.matchAll(new RegExp(rule.pattern, rule.pattern.flags + 'g'))) report(name, text, m.index, rule.what);
    if (/\.m?js$/.test(name)) for (const rule of STRING_CODE) for (const m of text.matchAll(new RegExp(rule.pattern, rule.pattern.flags + 'g'))) report(name, text, m.index, rule.what);
  }

  const js = code.filter((f) => /\.m?js$/.test(f.name)).map((f) => f.text).join('\n');
  const reads = (api) => new RegExp(String.raw`\.${api}(?![\w$])|\[\s*[\x60'"]${api}[\x60'"]\s*\]`).test(js);
  for (const permission of [...(manifest.permissions ?? []), ...(manifest.optional_permissions ?? [])]) {
    const apis = PERMISSION_APIS[permission];
    if (!apis) problems.push(`manifest.json: permission "${permission}" has no rule in PERMISSION_APIS saying which API needs it`);
    else if (!apis.some(reads)) problems.push(`manifest.json: permission "${permission}" is not used (no ${apis.join(' or ')} API read in the code)`);
  }
  for (const host of [...(manifest.host_permissions ?? []), ...(manifest.optional_host_permissions ?? [])]) {
    const claim = HOST_PERMISSIONS[host];
    if (!claim) problems.push(`manifest.json: host permission "${host}" is not justified in HOST_PERMISSIONS`);
    else if (!js.includes(`.${claim.call}(`)) problems.push(`manifest.json: host permission "${host}" is claimed for ${claim.call}, which the code never calls`);
  }

  const csp = manifest.content_security_policy;
  if (csp !== undefined) {
    const policies = typeof csp === 'string' ? [csp] : Object.values(csp);
    for (const policy of policies) {
      if (/'unsafe-eval'|'unsafe-inline'|'wasm-unsafe-eval'|\bhttps?:|\*/.test(String(policy))) problems.push(`manifest.json: content_security_policy loosened: ${policy}`);
    }
  }
  if (JSON.stringify(manifest.web_accessible_resources ?? []).includes('127.0.0.1')) problems.push('manifest.json: web_accessible_resources for 127.0.0.1: the e2e build');
  return { problems, excused };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const path = process.argv[2] ?? `artifacts/statuslens-chrome-${versionOf()}.zip`;
  const { problems, excused } = checkChromeZip(readFileSync(path));
  for (const line of excused) console.log(`allowed: ${line}`);
  for (const line of problems) console.log(`problem: ${line}`);
  console.log(`Chrome zip check (${path}): ${problems.length ? `${problems.length} problem(s)` : 'no remote code, no eval, every permission used, CSP as default'}`);
  if (problems.length) process.exit(1);
}
