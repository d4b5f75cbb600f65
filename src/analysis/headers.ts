import { canonicalName } from './header-names';
import { maskHeaderValue } from './secrets';
import { CAPS, clip } from './text';

/**
 * Header access and header evidence. Evidence lines use curl -v's arrows, which need no translation:
 * `< Allow: GET, POST` was received, `> Accept: text/xml` was sent.
 */

export type Headers = Record<string, string>;

/**
 * Header lines as one record: names lower-cased, repeated fields joined with ", " (RFC 9110 §5.3).
 * At most `max` lines are read, and values that are not there (null, undefined) are skipped.
 */
export function joinHeaders(lines: Iterable<readonly [string, unknown]>, max = 200): Headers {
  const out: Headers = {};
  let read = 0;
  for (const [name, value] of lines) {
    if (++read > max) break;
    if (value === undefined || value === null) continue;
    const key = name.toLowerCase();
    out[key] = out[key] === undefined ? String(value) : `${out[key]}, ${String(value)}`;
  }
  return out;
}

/** A header value, trimmed; undefined when absent or empty. Names are lower-case (the module contract). */
export function header(headers: Headers, name: string): string | undefined {
  const value = headers[name];
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** `< Name: value`: a response header line, quoted as received. */
export function received(headers: Headers, name: string): string {
  return clip(`< ${canonicalName(name)}: ${header(headers, name) ?? ''}`, CAPS.evidenceChars);
}

/** `> Name: value`: a request header line; secrets are masked. */
export function sent(headers: Headers, name: string): string {
  const value = header(headers, name) ?? '';
  return clip(`> ${canonicalName(name)}: ${maskHeaderValue(name, value)}`, CAPS.evidenceChars);
}

/** The members of a comma-separated list header (`Allow`, `Accept-Post`), empty ones dropped. */
export function splitList(value: string | undefined): string[] {
  if (!value) return [];
  return value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)
    .slice(0, 50);
}

export interface ContentRange {
  unit: string;
  start?: number;
  end?: number;
  /** The complete length, when the server knows it (`*` otherwise). */
  size?: number;
}

// `bytes */1234` (a 416 names the real size this way) or `bytes 0-99/1234` (RFC 9110 §14.4).
export function parseContentRange(value: string | undefined): ContentRange | undefined {
  const m = /^([\w-]+)\s+(?:(\d{1,16})-(\d{1,16})|\*)\/(\d{1,16}|\*)$/.exec(value?.trim() ?? '');
  if (!m) return undefined;
  const out: ContentRange = { unit: (m[1] as string).toLowerCase() };
  if (m[2] !== undefined) out.start = Number(m[2]);
  if (m[3] !== undefined) out.end = Number(m[3]);
  if (m[4] !== '*') out.size = Number(m[4]);
  return out;
}

export interface Link {
  url: string;
  rel: string[];
  params: Record<string, string>;
}

/** The links of a Link header (RFC 8288 §3): `<https://a/>; rel="blocked-by", <b>; rel=next`. */
export function parseLinks(value: string | undefined): Link[] {
  const links: Link[] = [];
  if (!value) return links;
  const re = /<([^<>]*)>((?:\s*;\s*[^;,=\s]+(?:\s*=\s*(?:"(?:[^"\\]|\\.)*"|[^;,\s]*))?)*)/g;
  for (const m of value.slice(0, 8 * 1024).matchAll(re)) {
    const params: Record<string, string> = {};
    for (const p of (m[2] ?? '').matchAll(/;\s*([^;,=\s]+)(?:\s*=\s*("(?:[^"\\]|\\.)*"|[^;,\s]*))?/g)) {
      const raw = p[2] ?? '';
      params[(p[1] as string).toLowerCase()] = raw.startsWith('"') ? raw.slice(1, -1).replace(/\\(.)/g, '$1') : raw;
    }
    links.push({ url: m[1] as string, rel: (params.rel ?? '').toLowerCase().split(/\s+/).filter(Boolean), params });
    if (links.length >= 20) break;
  }
  return links;
}
