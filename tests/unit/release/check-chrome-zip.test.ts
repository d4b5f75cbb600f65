// The Chrome zip check, on small zips made for each rule: a zip with eval, remote code, an unused
// permission or a looser CSP fails; the shipped kind of zip passes.
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript module (scripts/ are run by node directly)
import { checkChromeZip } from '../../../scripts/check-chrome-zip.mjs';
import { writeZip } from '../../../scripts/zip.mjs';

const MANIFEST = {
  manifest_version: 3,
  version: '0.1.0',
  permissions: ['storage', 'scripting', 'webNavigation'],
  optional_permissions: ['webRequest'],
  host_permissions: ['<all_urls>'],
};
const BACKGROUND = [
  'const b=globalThis.chrome;',
  'b.storage.session.get("x");',
  'b.scripting.registerContentScripts([{id:"hook"}]);',
  'b.webNavigation.onBeforeNavigate.addListener(()=>{});',
  'const w=b.webRequest;w.onHeadersReceived.addListener(()=>{},{urls:["<all_urls>"]});',
  'const docs="https://www.rfc-editor.org/rfc/rfc9110.html";', // a link shown to the user is not code
  'setTimeout(()=>{},10);',
].join('\n');

function zipOf({ manifest = MANIFEST as object, files = {} as Record<string, string> } = {}) {
  const all: Record<string, string> = { 'manifest.json': JSON.stringify(manifest), 'assets/background.js': BACKGROUND, 'src/popup/index.html': '<script type="module" src="/assets/popup.js"></script>', ...files };
  return writeZip(Object.entries(all).map(([name, text]) => ({ name, data: Buffer.from(text) })));
}
const problemsOf = (zip: Buffer) => checkChromeZip(zip).problems as string[];

describe('checkChromeZip', () => {
  it('passes a zip like the one we ship', () => {
    expect(problemsOf(zipOf())).toEqual([]);
  });

  it.each([
    ['eval', 'x=eval("1+1")', /eval\(/],
    ['window.eval', 'x=window.eval(s)', /eval\(/],
    ['new Function', 'f=new Function("a","return a")', /new Function/],
    ['Function called with a string', 'f=globalThis.Function("return this")', /Function\("…"\) called with a string/],
    ['string setTimeout', 'setTimeout("alert(1)",5)', /setTimeout/],
    ['string setInterval', "setInterval('tick()',5)", /setTimeout\/setInterval/],
    ['remote dynamic import', 'await import("https://cdn.example/x.js")', /dynamic import/],
    ['remote static import', 'import {a} from "https://cdn.example/a.js"', /static import/],
    ['importScripts', 'importScripts("//cdn.example/w.js")', /importScripts/],
  ])('fails on %s in shipped JS', (_, code, expected) => {
    const problems = problemsOf(zipOf({ files: { 'assets/extra.js': code } }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^assets\/extra\.js: /);
    expect(problems[0]).toMatch(expected);
  });

  it('does not mistake names that merely end in eval or Function for them', () => {
    expect(problemsOf(zipOf({ files: { 'assets/extra.js': 'retrieval(1);obj.eval2=1;makeFunction(2);toFunction("x")' } }))).toEqual([]);
  });

  it('fails on a remote script, stylesheet or CSS import in a page', () => {
    const problems = problemsOf(zipOf({
      files: {
        'src/options/index.html': '<script src="https://cdn.example/lib.js"></script><link rel="stylesheet" href="//fonts.example/a.css">',
        'assets/a.css': '@import url("https://cdn.example/theme.css");',
      },
    }));
    expect(problems.map((p) => p.split(':')[0]).sort()).toEqual(['assets/a.css', 'src/options/index.html', 'src/options/index.html']);
  });

  it('fails on a permission no code uses, and on one it has no rule for', () => {
    const manifest = { ...MANIFEST, permissions: [...MANIFEST.permissions, 'alarms', 'debugger'] };
    const problems = problemsOf(zipOf({ manifest }));
    expect(problems).toEqual([
      expect.stringMatching(/"alarms" is not used/),
      expect.stringMatching(/"debugger" has no rule/),
    ]);
  });

  it('fails on an optional permission no code uses', () => {
    const problems = problemsOf(zipOf({ manifest: { ...MANIFEST, optional_permissions: ['webRequest', 'cookies'] } }));
    expect(problems).toEqual([expect.stringMatching(/"cookies" is not used/)]);
  });

  it('fails on a host permission nobody justified, or one whose call is gone', () => {
    expect(problemsOf(zipOf({ manifest: { ...MANIFEST, host_permissions: ['<all_urls>', 'https://api.example/*'] } }))).toEqual([
      expect.stringMatching(/"https:\/\/api\.example\/\*" is not justified/),
    ]);
    const noRegister = BACKGROUND.replace('b.scripting.registerContentScripts([{id:"hook"}]);', 'b.scripting.getRegisteredContentScripts();');
    expect(problemsOf(zipOf({ files: { 'assets/background.js': noRegister } }))).toEqual([expect.stringMatching(/never calls/)]);
  });

  it('fails on a loosened CSP, passes the default one spelled out', () => {
    const loose = { ...MANIFEST, content_security_policy: { extension_pages: "script-src 'self' 'unsafe-eval'; object-src 'self'" } };
    expect(problemsOf(zipOf({ manifest: loose }))).toEqual([expect.stringMatching(/content_security_policy loosened/)]);
    const remote = { ...MANIFEST, content_security_policy: { extension_pages: "script-src 'self' https://cdn.example; object-src 'self'" } };
    expect(problemsOf(zipOf({ manifest: remote }))).toHaveLength(1);
    const strict = { ...MANIFEST, content_security_policy: { extension_pages: "script-src 'self'; object-src 'self'" } };
    expect(problemsOf(zipOf({ manifest: strict }))).toEqual([]);
  });

  it('fails on the e2e build (pages reachable from 127.0.0.1)', () => {
    const e2e = { ...MANIFEST, web_accessible_resources: [{ resources: ['src/popup/index.html'], matches: ['http://127.0.0.1/*'] }] };
    expect(problemsOf(zipOf({ manifest: e2e }))).toEqual([expect.stringMatching(/127\.0\.0\.1/)]);
  });

  it('fails without a manifest or with one that is not JSON', () => {
    expect(problemsOf(writeZip([{ name: 'a.js', data: Buffer.from('1') }]))).toEqual(['manifest.json: missing']);
    expect(problemsOf(writeZip([{ name: 'manifest.json', data: Buffer.from('{') }]))[0]).toMatch(/not JSON/);
  });

  it('lets an allow-listed match through, with its reason', () => {
    const zip = zipOf({ files: { 'assets/vendor.js': 'try{new Function("")}catch{}' } });
    const allowed = [{ file: /^assets\/vendor\.js$/, match: /new Function\(""\)/, reason: 'a CSP feature test, never run with page data' }];
    const result = checkChromeZip(zip, { allowed });
    expect(result.problems).toEqual([]);
    expect(result.excused).toEqual([expect.stringContaining('a CSP feature test')]);
  });
});
