import { describe, expect, it } from 'vitest';
import { toCurl, toFetch } from './index';
import { redactUrl } from './curl';
import { shellQuote } from './quoting';

/** Runs a fetch() snippet the way the popup's users would: as the body of an async function. */
function compile(code: string): () => Promise<unknown> {
  return new Function('fetch', `return (async () => {${code}})`) as () => Promise<unknown>;
}

/** Executes the snippet with a fake fetch and returns what it was called with. */
async function callOf(code: string): Promise<[string, RequestInit]> {
  let seen: [string, RequestInit] | undefined;
  const fake = async (url: string, init: RequestInit) => {
    seen = [url, init];
    return {};
  };
  await (new Function('fetch', `return (async () => {${code}})()`) as (f: typeof fake) => Promise<void>)(fake);
  if (!seen) throw new Error('fetch was not called');
  return seen;
}

describe('toCurl', () => {
  it('prints a GET with headers, one option per line, secrets as placeholders', () => {
    const curl = toCurl({ url: 'https://api.example.com/v1/users?page=2', method: 'GET', headers: { accept: 'application/json', authorization: 'Bearer eyJhbGci.secret.sig', cookie: 'sid=abc; theme=dark', 'x-api-key': 'k_live_123', 'x-amz-security-token': 'FwoG', 'x-client-secret': 'shh' } });
    expect(curl).toBe(
      [
        "curl 'https://api.example.com/v1/users?page=2'",
        "-H 'Accept: application/json'",
        "-H 'Authorization: <your Authorization>'",
        "-H 'Cookie: <your Cookie>'",
        "-H 'X-Api-Key: <your X-Api-Key>'",
        "-H 'X-Amz-Security-Token: <your X-Amz-Security-Token>'",
        "-H 'X-Client-Secret: <your X-Client-Secret>'",
      ].join(' \\\n  '),
    );
    for (const secret of ['eyJhbGci', 'sid=abc', 'k_live_123', 'FwoG', 'shh']) expect(curl).not.toContain(secret);
  });

  it("quotes ' in the body, headers and URL so the shell sees the exact text", () => {
    const curl = toCurl({ url: "https://x.test/q?name=O'Brien", method: 'POST', headers: { 'content-type': 'application/json', 'x-note': "it's" }, body: `{"name":"O'Brien","note":"a \\"quote\\" and $HOME and \`cmd\`"}` });
    expect(curl).toContain("curl 'https://x.test/q?name=O'\\''Brien'");
    expect(curl).toContain("-H 'X-Note: it'\\''s'");
    expect(curl).toContain(`--data-raw '{"name":"O'\\''Brien","note":"a \\"quote\\" and $HOME and \`cmd\`"}'`);
    // POST is implied by --data-raw.
    expect(curl).not.toContain('-X POST');
    expect(shellQuote("a'b")).toBe("'a'\\''b'");
  });

  it('says -X for other methods, --head for HEAD, and drops headers curl sets itself', () => {
    expect(toCurl({ url: 'https://x.test/a', method: 'delete', headers: { host: 'x.test', 'content-length': '0', connection: 'keep-alive', ':authority': 'x.test' } })).toBe("curl 'https://x.test/a' \\\n  -X 'DELETE'");
    expect(toCurl({ url: 'https://x.test/a', method: 'HEAD', headers: {} })).toBe("curl 'https://x.test/a' \\\n  --head");
    expect(toCurl({ url: 'https://x.test/a', method: 'PUT', headers: {}, body: 'x' })).toContain("-X 'PUT'");
    expect(toCurl({ url: 'https://x.test/a', method: 'GET', headers: { 'accept-encoding': 'gzip, br' } })).toBe("curl 'https://x.test/a' \\\n  --compressed");
  });

  it('redacts passwords in the URL and secret query parameters', () => {
    expect(redactUrl('https://ada:hunter2@x.test/a?access_token=abc&page=2&api_key=k#top')).toBe('https://ada:<your password>@x.test/a?access_token=<your access_token>&page=2&api_key=<your api_key>#top');
    expect(toCurl({ url: 'https://maps.example.com/geo?key=AIzaSy123&q=Paris', method: 'GET', headers: {} })).toBe("curl 'https://maps.example.com/geo?key=<your key>&q=Paris'");
  });

  it('keeps a header value with line breaks as it was, as visible escapes', () => {
    expect(toCurl({ url: 'https://x.test/', method: 'GET', headers: { 'x-a': 'one\r\ntwo' } })).toBe("curl 'https://x.test/' \\\n  -H $'X-A: one\\x0d\\x0atwo'");
  });

  it('never prints a method that is not an HTTP token; quotes the ones that are', () => {
    for (const method of ['X|$SHELL|# x', 'GET; touch pwned', 'X\nid', '$(id)', 'P\u202eOST', '\\101']) {
      expect(toCurl({ url: 'https://x.test/', method, headers: {} }), method).toMatch(/^# No cURL command: the request's method is not an HTTP method token/);
      expect(toFetch({ url: 'https://x.test/', method, headers: {} }), method).toMatch(/^\/\* No fetch\(\) call: .* \*\/$/);
    }
    // Tokens may hold $, |, &, #, ' and `: quoted, they are one literal word.
    expect(toCurl({ url: 'https://x.test/', method: 'X|$SHELL|#', headers: {} })).toBe("curl 'https://x.test/' \\\n  -X 'X|$SHELL|#'");
    expect(toCurl({ url: 'https://x.test/', method: "X|$SHELL'`", headers: {} })).toBe("curl 'https://x.test/' \\\n  -X 'X|$SHELL'\\''`'");
    // Methods are case-sensitive (RFC 9110 §9.1); Fetch upper-cases only DELETE, GET, HEAD, OPTIONS, POST, PUT.
    expect(toCurl({ url: 'https://x.test/', method: 'patch', headers: {} })).toContain("-X 'patch'");
    expect(toCurl({ url: 'https://x.test/', method: 'delete', headers: {} })).toContain("-X 'DELETE'");
  });

  it('leaves out headers whose names are not tokens, and NULs, and says so', () => {
    const curl = toCurl({ url: 'https://x.test/a\0b', method: 'GET', headers: { 'x-ok': 'v', 'x bad': 'v', 'x-$(id)': 'v' } });
    expect(curl).toBe("# Left out 2 headers whose name is not an HTTP token (RFC 9110 §5.1).\n# Left out 1 NUL character: a command-line argument cannot hold one.\ncurl 'https://x.test/ab' \\\n  -H 'X-Ok: v'");
    expect(toCurl({ url: 'https://x.test/', method: 'GET', headers: { 'x-empty': '' } })).toContain("-H 'X-Empty;'");
  });
});

describe('toFetch', () => {
  it('compiles as JavaScript and calls fetch with the same request', async () => {
    const code = toFetch({ url: 'https://api.example.com/v1/users', method: 'post', headers: { 'content-type': 'application/json', authorization: 'Bearer secret', 'x-request-id': 'abc' }, body: '{"name":"O\'Brien","emoji":"😀","ls":"\u2028"}' });
    expect(() => compile(code)).not.toThrow();
    expect(code.startsWith('await fetch("https://api.example.com/v1/users", {')).toBe(true);
    const [url, init] = await callOf(code);
    expect(url).toBe('https://api.example.com/v1/users');
    expect(init).toEqual({ method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: '<your Authorization>', 'X-Request-Id': 'abc' }, body: '{"name":"O\'Brien","emoji":"😀","ls":"\u2028"}' });
  });

  it('leaves out what a page cannot set: forbidden headers become credentials: "include", a GET has no body', async () => {
    const code = toFetch({ url: 'https://x.test/a', method: 'GET', headers: { cookie: 'sid=1', 'accept-encoding': 'gzip', origin: 'https://x.test', 'sec-fetch-mode': 'cors', accept: '*/*' }, body: 'ignored' });
    const [, init] = await callOf(code);
    expect(init).toEqual({ method: 'GET', headers: { Accept: '*/*' }, credentials: 'include' });
  });

  it('writes C1, DEL, bidi controls and line separators as \\u escapes: nothing invisible on the clipboard', async () => {
    const body = 'a\u2028b\u2029c\u202ed\u2066e\u0085f\u009bg\u007fh\u200fi\u061cj\u001b[201~k';
    const code = toFetch({ url: 'https://x.test/\u202e', method: 'PUT', headers: { 'x-a': 'v\u2028' }, body });
    expect(code).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
    expect(code).toContain('a\\u2028b\\u2029c\\u202ed');
    const [url, init] = await callOf(code);
    expect(url).toBe('https://x.test/\u202e');
    expect(init.body).toBe(body);
    expect(init.headers).toEqual({ 'X-A': 'v\u2028' });
  });

  it('escapes quotes, backslashes, newlines and closing script tags as JSON does', async () => {
    const body = 'line1\nline2 "q" \\ </script> ${x} `t`';
    const [, init] = await callOf(toFetch({ url: 'https://x.test/"x"', method: 'PUT', headers: { 'x-a': '"quoted"' }, body }));
    expect(init.body).toBe(body);
    expect(init.headers).toEqual({ 'X-A': '"quoted"' });
  });
});
