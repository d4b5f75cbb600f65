import type { RequestSpec } from './types';
import { canonicalName, isSensitiveHeader, placeholder } from './redact';

/**
 * A request as a cURL command or a fetch() call, for the popup's copy buttons and for the fixes.
 * Secrets become placeholders (`<your Authorization>`): these commands end up in tickets and chats.
 */

// Set by the client or the connection, never by hand (RFC 9110 §7.6.1 hop-by-hop, and computed ones).
const NOT_COPIED = new Set(['host', 'content-length', 'connection', 'keep-alive', 'transfer-encoding', 'te', 'trailer', 'upgrade', 'proxy-connection', 'expect']);
// Fetch's forbidden request headers: a page cannot set them (https://fetch.spec.whatwg.org/#forbidden-request-header).
const FETCH_FORBIDDEN = /^(accept-charset|accept-encoding|access-control-request-headers|access-control-request-method|connection|content-length|cookie|cookie2|date|dnt|expect|host|keep-alive|origin|referer|set-cookie|te|trailer|transfer-encoding|upgrade|via|proxy-.*|sec-.*)$/;
// Query parameters that carry secrets (OAuth's access_token, API keys, AWS pre-signed URLs).
const SECRET_PARAM = /^(access_token|id_token|refresh_token|token|api[_-]?key|apikey|key|secret|client_secret|password|passwd|sig|signature|x-amz-signature|x-amz-credential|x-amz-security-token|x-goog-signature|x-goog-credential)$/i;

/** POSIX shell single quotes: everything literal; a `'` closes, adds an escaped quote, and reopens. */
export function shellQuote(text: string): string {
  return `'${text.replace(/\0/g, '').replace(/'/g, `'\\''`)}'`;
}

/** The URL with its password and secret query values replaced by placeholders. Not re-encoded. */
export function redactUrl(url: string): string {
  const m = /^([a-z][\w+.-]*:\/\/)([^/?#@]*@)?([^?#]*)(\?[^#]*)?(#.*)?$/i.exec(url);
  if (!m) return url;
  const [, scheme, userinfo, rest, query, fragment] = m;
  const user = userinfo ? `${userinfo.split(':')[0]?.replace(/@$/, '')}${userinfo.includes(':') ? ':<your password>' : ''}@` : '';
  const params = query
    ?.slice(1)
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      const name = eq < 0 ? pair : pair.slice(0, eq);
      let decoded = name;
      try {
        decoded = decodeURIComponent(name);
      } catch {
        // a malformed escape: compare the raw name
      }
      return eq >= 0 && SECRET_PARAM.test(decoded) ? `${name}=<your ${decoded}>` : pair;
    })
    .join('&');
  return `${scheme}${user}${rest}${params !== undefined ? `?${params}` : ''}${fragment ?? ''}`;
}

interface Prepared {
  url: string;
  method: string;
  headers: [string, string][];
  body?: string;
  compressed: boolean;
  cookies: boolean;
}

function prepare(req: RequestSpec, forFetch: boolean): Prepared {
  const method = (req.method || 'GET').toUpperCase();
  const headers: [string, string][] = [];
  let compressed = false;
  let cookies = false;
  for (const [rawName, rawValue] of Object.entries(req.headers ?? {})) {
    const name = rawName.toLowerCase().trim();
    if (!name || name.startsWith(':') || NOT_COPIED.has(name)) continue; // HTTP/2 pseudo-headers too
    if (name === 'accept-encoding') compressed = true;
    if (name === 'cookie') cookies = true;
    if (forFetch ? FETCH_FORBIDDEN.test(name) : name === 'accept-encoding') continue;
    // A header value cannot hold a line break; one here would split the command's header in two.
    const value = isSensitiveHeader(name) ? placeholder(name) : String(rawValue).replace(/[\r\n]+/g, ' ');
    headers.push([canonicalName(name), value]);
  }
  const out: Prepared = { url: redactUrl(req.url), method, headers, compressed, cookies };
  if (typeof req.body === 'string' && !(forFetch && (method === 'GET' || method === 'HEAD'))) out.body = req.body;
  return out;
}

/** A cURL command line, one option per line. */
export function toCurl(req: RequestSpec): string {
  const p = prepare(req, false);
  const parts = [`curl ${shellQuote(p.url)}`];
  if (p.method === 'HEAD' && p.body === undefined) parts.push('--head');
  // --data-raw already means POST; any other method (or a GET with a body) needs -X.
  else if (!(p.method === 'GET' && p.body === undefined) && !(p.method === 'POST' && p.body !== undefined)) parts.push(`-X ${p.method}`);
  for (const [name, value] of p.headers) parts.push(`-H ${shellQuote(`${name}: ${value}`)}`);
  // --data-raw sends the text as is (no @file reading, no stripping of newlines, unlike -d).
  if (p.body !== undefined) parts.push(`--data-raw ${shellQuote(p.body)}`);
  if (p.compressed) parts.push('--compressed');
  return parts.join(' \\\n  ');
}

/** A fetch() call that parses as JavaScript: every string goes through JSON.stringify. */
export function toFetch(req: RequestSpec): string {
  const p = prepare(req, true);
  const options = [`  method: ${JSON.stringify(p.method)}`];
  if (p.headers.length > 0) {
    const lines = p.headers.map(([name, value]) => `    ${JSON.stringify(name)}: ${JSON.stringify(value)}`);
    options.push(`  headers: {\n${lines.join(',\n')}\n  }`);
  }
  if (p.body !== undefined) options.push(`  body: ${JSON.stringify(p.body)}`);
  // A page cannot set Cookie; asking fetch to send the browser's own cookies is the equivalent.
  if (p.cookies) options.push(`  credentials: "include"`);
  return `await fetch(${JSON.stringify(p.url)}, {\n${options.join(',\n')}\n});`;
}
