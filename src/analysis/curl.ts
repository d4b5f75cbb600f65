import type { RequestSpec } from './types';
import { canonicalName } from './header-names';
import { isToken, requestMethod } from './http-token';
import { jsString, shellQuote } from './quoting';
import { fieldPlaceholder, isSecretHeader, maskBodyText, maskUrl, placeholder } from './secrets';

/**
 * A request as a cURL command or a fetch() call, for the popup's copy buttons and for the fixes.
 * Everything in the request may come from a hostile page or server, and the user pastes the result
 * into a shell: every value is quoted (`quoting.ts`), the method and header names must be HTTP tokens,
 * and secrets become placeholders (`<your Authorization>`, `<your api_key>`), since these commands
 * end up in tickets and chats.
 *
 * What cannot be copied faithfully is said in comment lines above the command, never silently changed:
 * a method that is not a token gives no command at all (no browser sends one, Fetch throws a TypeError;
 * a page or server made it up), a header whose name is not a token is left out, and NUL characters are
 * left out of the cURL command (a command-line argument cannot hold one; fetch() keeps them).
 */

// Set by the client or the connection, never by hand (RFC 9110 §7.6.1 hop-by-hop, and computed ones).
const NOT_COPIED = new Set(['host', 'content-length', 'connection', 'keep-alive', 'transfer-encoding', 'te', 'trailer', 'upgrade', 'proxy-connection', 'expect']);
// Fetch's forbidden request headers: a page cannot set them (https://fetch.spec.whatwg.org/#forbidden-request-header).
const FETCH_FORBIDDEN = /^(accept-charset|accept-encoding|access-control-request-headers|access-control-request-method|connection|content-length|cookie|cookie2|date|dnt|expect|host|keep-alive|origin|referer|set-cookie|te|trailer|transfer-encoding|upgrade|via|proxy-.*|sec-.*)$/;

/** True for a header fetch() will not let a script set (the browser sets it, or refuses it): see FETCH_FORBIDDEN and NOT_COPIED. */
export function isSetByBrowser(name: string): boolean {
  const lower = name.toLowerCase().trim();
  return NOT_COPIED.has(lower) || FETCH_FORBIDDEN.test(lower);
}

/** The URL with its password and secret query values replaced by placeholders. Not re-encoded. */
export function redactUrl(url: string): string {
  return maskUrl(url, fieldPlaceholder);
}

interface Prepared {
  url: string;
  method: string;
  headers: [string, string][];
  body?: string;
  compressed: boolean;
  cookies: boolean;
  /** Headers left out because their names are not tokens. */
  badNames: number;
}

function prepare(req: RequestSpec, forFetch: boolean): Prepared | undefined {
  const method = requestMethod(typeof req.method === 'string' ? req.method : undefined);
  if (method === undefined) return undefined;
  const headers: [string, string][] = [];
  let compressed = false;
  let cookies = false;
  let badNames = 0;
  let contentType: string | undefined;
  for (const [rawName, rawValue] of Object.entries(req.headers ?? {})) {
    const name = rawName.toLowerCase().trim();
    if (!name || name.startsWith(':')) continue; // HTTP/2 pseudo-headers are the request line, not headers
    if (!isToken(name)) {
      badNames++;
      continue;
    }
    const value = String(rawValue);
    if (name === 'content-type') contentType = value;
    if (NOT_COPIED.has(name)) continue;
    if (name === 'accept-encoding') compressed = true;
    if (name === 'cookie') cookies = true;
    if (forFetch ? FETCH_FORBIDDEN.test(name) : name === 'accept-encoding') continue;
    // Values are kept as they were, line breaks included: the quoting makes them visible escapes.
    headers.push([canonicalName(name), isSecretHeader(name) ? placeholder(name) : value]);
  }
  const out: Prepared = { url: redactUrl(String(req.url ?? '')), method, headers, compressed, cookies, badNames };
  if (typeof req.body === 'string' && !(forFetch && (method === 'GET' || method === 'HEAD'))) out.body = maskBodyText(req.body, contentType, fieldPlaceholder);
  return out;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function refusal(what: string): string {
  return `No ${what}: the request's method is not an HTTP method token (RFC 9110 §9.1), so no browser sent this request as logged.`;
}

/** A cURL command line, one option per line; notes about what could not be copied come first as comments. */
export function toCurl(req: RequestSpec): string {
  const p = prepare(req, false);
  if (!p) return `# ${refusal('cURL command')}`;
  let nuls = 0;
  const word = (text: string) => {
    for (let i = text.indexOf('\0'); i >= 0; i = text.indexOf('\0', i + 1)) nuls++;
    return shellQuote(text);
  };
  const parts = [`curl ${word(p.url)}`];
  if (p.method === 'HEAD' && p.body === undefined) parts.push('--head');
  // --data-raw already means POST; any other method (or a GET with a body) needs -X.
  else if (!(p.method === 'GET' && p.body === undefined) && !(p.method === 'POST' && p.body !== undefined)) parts.push(`-X ${word(p.method)}`);
  // curl drops a header given as `Name:` with nothing after it; `Name;` sends it empty (curl(1), --header).
  for (const [name, value] of p.headers) parts.push(`-H ${word(value.trim() === '' ? `${name};` : `${name}: ${value}`)}`);
  // --data-raw sends the text as is (no @file reading, no stripping of newlines, unlike -d).
  if (p.body !== undefined) parts.push(`--data-raw ${word(p.body)}`);
  if (p.compressed) parts.push('--compressed');
  const notes: string[] = [];
  if (p.badNames > 0) notes.push(`# Left out ${plural(p.badNames, 'header')} whose name is not an HTTP token (RFC 9110 §5.1).`);
  if (nuls > 0) notes.push(`# Left out ${plural(nuls, 'NUL character')}: a command-line argument cannot hold one.`);
  return [...notes, parts.join(' \\\n  ')].join('\n');
}

/** A fetch() call that parses as JavaScript: every string is a JSON string literal with the unsafe characters escaped. */
export function toFetch(req: RequestSpec): string {
  const p = prepare(req, true);
  if (!p) return `/* ${refusal('fetch() call')} */`;
  const options = [`  method: ${jsString(p.method)}`];
  if (p.headers.length > 0) {
    const lines = p.headers.map(([name, value]) => `    ${jsString(name)}: ${jsString(value)}`);
    options.push(`  headers: {\n${lines.join(',\n')}\n  }`);
  }
  if (p.body !== undefined) options.push(`  body: ${jsString(p.body)}`);
  // A page cannot set Cookie; asking fetch to send the browser's own cookies is the equivalent.
  if (p.cookies) options.push(`  credentials: "include"`);
  const call = `await fetch(${jsString(p.url)}, {\n${options.join(',\n')}\n});`;
  return p.badNames > 0 ? `/* Left out ${plural(p.badNames, 'header')} whose name is not an HTTP token (RFC 9110 §5.1). */\n${call}` : call;
}
