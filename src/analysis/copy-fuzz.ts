import type { RequestSpec } from './types';
import { canonicalName } from './header-names';

/**
 * A seeded generator of hostile requests for the copy tests (`curl-shell.test.ts`), each with what
 * the copied command must do: the argv cURL gets and the fetch() call made. The expectations are
 * written from the rules (RFC 9110 tokens, the placeholders), not from curl.ts, so the tests check
 * the real shell and the real JavaScript engine against intent. Test-only: nothing in the product imports it.
 */

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Everything a shell, a terminal or a JavaScript parser might act on. `pwned` is the marker file.
export const HOSTILE = [
  '|', ';', '&', '&&', '$', '(', ')', '`', "'", '"', '\\', '\n', '\r', '\r\n', '\t', ' ', '#', '!', '!!', '!-1', '~', '*', '?', '[a]', '{a,b}', '<', '>', '%s', '%00',
  '$SHELL', '${HOME}', '$(touch pwned)', '`touch pwned`', "'; touch pwned; '", '"; touch pwned; "', "'$(touch pwned)'", '\\$(touch pwned)',
  "$'\\x41'", '\\101', '\\x41', '\\u0041', '\\0', '\\n', '\x1b', '\x1b[201~touch pwned\r', '\x1b]52;c;dG91Y2ggcHduZWQ=\x07', '\x1b[2J', '\x07', '\x08', '\x7f',
  '\x80', '\x85', '\x9b', '\x9f', '\u061c', '\u200e', '\u200f', '\u202a', '\u202e', '\u2066', '\u2069', '\u2028', '\u2029', '\u00a0', '\ufeff',
  'é', '中文', '😀', '\u0000', '"); import("node:fs").then((f) => f.writeFileSync("pwned", "")); ("', '${import("node:fs")}', '</script>', '*/', '/*', '//',
];

const TCHAR_SYMBOLS = "!#$%&'*+-.^_`|~";
const FETCH_NORMALIZED = ['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT'];
const SECRET_PARAMS = ['api_key', 'apiKey', 'access_token', 'key', 'sig', 'X-Amz-Signature', 'client_secret', 'password'];

export interface CopyCase {
  request: RequestSpec;
  /** The argv after `curl`, or undefined when no command may be produced (the method is not a token). */
  curlArgs?: string[];
  /** The fetch(url, init) call the snippet must make, or undefined when it must make none. */
  fetchCall?: [string, Record<string, unknown>];
  /** Header names that are not tokens: left out. */
  badNames: number;
}

export function caseGenerator(seed: number) {
  const rand = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;
  const hostile = (pieces: number, avoid = ''): string => {
    let out = '';
    for (let i = 0; i < pieces; i++) {
      const piece = rand() < 0.7 ? pick(HOSTILE) : String.fromCharCode(32 + Math.floor(rand() * 95));
      out += [...piece].filter((ch) => !avoid.includes(ch)).join('');
    }
    return out;
  };
  // Letters that cannot spell token, secret, session, key…: a random name is never a secret by accident.
  const word = (n: number) => Array.from({ length: n }, () => pick([...'bcdfghmnqvwxz'])).join('');

  function method(): { method: string; sent?: string } {
    const r = rand();
    if (r < 0.35) {
      const m = pick([...FETCH_NORMALIZED, 'PATCH', 'PURGE']);
      const spelled = rand() < 0.5 ? m.toLowerCase() : m;
      return { method: spelled, sent: FETCH_NORMALIZED.includes(m) ? m : spelled };
    }
    if (r < 0.6) {
      const token = `X${Array.from({ length: 1 + Math.floor(rand() * 8) }, () => pick([...TCHAR_SYMBOLS, 'a', 'Z', '9'])).join('')}`;
      return { method: token, sent: token };
    }
    // Not a token: something outside tchar is always in it.
    return { method: `X${hostile(1 + Math.floor(rand() * 4))}${pick([' ', '(', '"', '\n', '\x1b', '\u202e', ';', '\\', ','])}${hostile(2)}` };
  }

  return function next(): CopyCase {
    const m = method();
    // URL: hostile path and query values; secret parameters become placeholders; a password too.
    const long = rand() < 0.03 ? 'L'.repeat(5000 + Math.floor(rand() * 20000)) : '';
    const withPassword = rand() < 0.2;
    const path = `/${hostile(1 + Math.floor(rand() * 5), '?#')}${long}`;
    const params: [string, string, boolean][] = [];
    for (let i = Math.floor(rand() * 4); i > 0; i--) {
      const secret = rand() < 0.4;
      params.push([secret ? pick(SECRET_PARAMS) : `q${word(3)}`, hostile(1 + Math.floor(rand() * 3), '&#'), secret]);
    }
    const fragment = rand() < 0.2 ? `#${hostile(2, '=')}` : '';
    const query = params.length ? `?${params.map(([n, v]) => `${n}=${v}`).join('&')}` : '';
    const url = `https://${withPassword ? 'ada:hunter2@' : ''}x.test${path}${query}${fragment}`;
    const expectedUrl = `https://${withPassword ? 'ada:<your password>@' : ''}x.test${path}${params.length ? `?${params.map(([n, v, s]) => `${n}=${s ? `<your ${n}>` : v}`).join('&')}` : ''}${fragment}`;

    const headers: Record<string, string> = {};
    const curlHeaders: string[] = [];
    const fetchHeaders: Record<string, string> = {};
    let badNames = 0;
    for (let i = Math.floor(rand() * 4); i > 0; i--) {
      const r = rand();
      const value = rand() < 0.1 ? pick(['', ' ', '\r\n']) : `v${hostile(1 + Math.floor(rand() * 4))}`;
      if (r < 0.2) {
        const name = pick(['authorization', 'x-api-key', 'x-csrf-token', 'x-session-id']);
        if (name in headers) continue;
        headers[name] = `Bearer ${value}`;
        curlHeaders.push(`${canonicalName(name)}: <your ${canonicalName(name)}>`);
        fetchHeaders[canonicalName(name)] = `<your ${canonicalName(name)}>`;
      } else if (r < 0.35) {
        const name = `x-${word(2)}${pick([' ', '(', ':', '\n', '\x1b', '"', 'é', '/'])}${word(2)}`;
        if (name in headers) continue;
        headers[name] = value;
        badNames++;
      } else {
        const name = `x-${word(2)}${pick([...TCHAR_SYMBOLS])}${word(2)}`;
        if (name in headers) continue;
        headers[name] = value;
        const canonical = canonicalName(name);
        curlHeaders.push(value.trim() === '' ? `${canonical};` : `${canonical}: ${value}`);
        fetchHeaders[canonical] = value;
      }
    }

    let body: string | undefined;
    let expectedBody: string | undefined;
    const b = rand();
    if (b < 0.25) {
      const note = hostile(1 + Math.floor(rand() * 6));
      headers['content-type'] = 'application/json';
      body = JSON.stringify({ note, n: 1, password: hostile(2), nested: { refresh_token: hostile(1), ok: note } });
      expectedBody = JSON.stringify({ note, n: 1, password: '<your password>', nested: { refresh_token: '<your refresh_token>', ok: note } });
    } else if (b < 0.4) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      const a = encodeURIComponent(hostile(3));
      body = `a=${a}&pwd=${encodeURIComponent(hostile(2))}`;
      expectedBody = `a=${a}&pwd=<your pwd>`;
    } else if (b < 0.7) {
      headers['content-type'] = 'text/plain';
      body = hostile(1 + Math.floor(rand() * 10)) + (rand() < 0.03 ? 'B'.repeat(20000) : '');
      expectedBody = body;
    }
    if (headers['content-type']) {
      curlHeaders.push(`Content-Type: ${headers['content-type']}`);
      fetchHeaders['Content-Type'] = headers['content-type'];
    }

    const request: RequestSpec = { url, method: m.method, headers, ...(body !== undefined ? { body } : {}) };
    if (m.sent === undefined) return { request, badNames };
    const noNul = (s: string) => s.replace(/\0/g, '');
    const args = [noNul(expectedUrl)];
    if (m.sent === 'HEAD' && body === undefined) args.push('--head');
    else if (!(m.sent === 'GET' && body === undefined) && !(m.sent === 'POST' && body !== undefined)) args.push('-X', m.sent);
    for (const line of curlHeaders) args.push('-H', noNul(line));
    if (expectedBody !== undefined) args.push('--data-raw', noNul(expectedBody));
    const init: Record<string, unknown> = { method: m.sent };
    if (Object.keys(fetchHeaders).length > 0) init.headers = fetchHeaders;
    if (expectedBody !== undefined && m.sent !== 'GET' && m.sent !== 'HEAD') init.body = expectedBody;
    return { request, curlArgs: args, fetchCall: [expectedUrl, init], badNames };
  };
}
