import type { Ranked, RuleContext } from '../rule-context';
import { canonicalName } from '../header-names';
import { utf8Length } from '../text';

/**
 * Too big: 413 Content Too Large (RFC 9110 §15.5.14; Retry-After means the limit is temporary),
 * 414 URI Too Long (§15.5.15), 431 Request Header Fields Too Large (RFC 6585 §5), and nginx's
 * 400 "Request Header Or Cookie Too Large", which is a 431 in all but number.
 */

const HEADERS_TOO_LARGE = /header(?:s| fields?)? (?:or cookie )?too (?:large|long)|cookie too large/i;

function on413(c: RuleContext): Ranked[] {
  const body = c.response.requestBody;
  const declared = Number(c.sent('content-length'));
  const size = Number.isFinite(declared) && declared > 0 ? declared : body !== undefined ? utf8Length(body) : undefined;
  const retry = c.got('retry-after');
  const evidence = [
    c.sent('content-length') !== undefined ? c.sentLine('content-length') : size !== undefined ? c.m.factBodySize(c.m.bytes(size)) : undefined,
    retry !== undefined ? c.gotLine('retry-after') : undefined,
    ...c.bodyEvidence(),
  ];
  const server = c.got('server') ?? c.reading?.hints.find((h) => h.startsWith('server:'))?.slice(7);
  return [c.make('payload-too-large', 100, c.m.payloadTooLarge({ size: size === undefined ? undefined : c.m.bytes(size), temporary: retry !== undefined, server }), evidence)];
}

function on414(c: RuleContext): Ranked[] {
  const url = c.response.url;
  const q = url.indexOf('?');
  const query = q < 0 ? '' : url.slice(q + 1).replace(/#.*$/, '');
  let fix;
  if (query && (c.method === 'GET' || c.method === 'HEAD')) {
    // Many search APIs accept the same parameters as a form body (Elasticsearch, OData $batch, Google's X-HTTP-Method-Override).
    const spec = c.request();
    spec.url = url.slice(0, q);
    spec.method = 'POST';
    spec.headers['content-type'] = 'application/x-www-form-urlencoded';
    spec.body = query;
    fix = c.fix(c.m.fixQueryToBody(), spec);
  }
  return [c.make('uri-too-long', 100, c.m.uriTooLong({ length: url.length }), [c.m.factUrlLength(url.length, query.length), ...c.bodyEvidence()], fix)];
}

/** The request headers by size, largest first: name, bytes, and the cookie count for Cookie. */
function largestHeaders(c: RuleContext): { name: string; bytes: number; cookies?: number }[] {
  return Object.entries(c.response.requestHeaders)
    .map(([name, value]) => {
      const entry: { name: string; bytes: number; cookies?: number } = { name, bytes: utf8Length(`${name}: ${value}`) };
      if (name === 'cookie') entry.cookies = value.split(';').filter((p) => p.trim()).length;
      return entry;
    })
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, 3);
}

function onHeadersTooLarge(c: RuleContext, rank: number): Ranked {
  const largest = largestHeaders(c);
  const total = Object.entries(c.response.requestHeaders).reduce((sum, [n, v]) => sum + utf8Length(`${n}: ${v}\r\n`), 0);
  const evidence = [...largest.map((h) => c.m.factHeaderSize(canonicalName(h.name), c.m.bytes(h.bytes), h.cookies)), ...c.bodyEvidence()];
  const names = largest.map((h) => canonicalName(h.name));
  return c.make('headers-too-large', rank, c.m.headersTooLarge({ largest: names, total: c.m.bytes(total), cookies: largest.some((h) => h.name === 'cookie') }), evidence);
}

export function sizeRules(c: RuleContext): Ranked[] {
  if (c.status === 413) return on413(c);
  if (c.status === 414) return on414(c);
  if (c.status === 431 || c.status === 494) return [onHeadersTooLarge(c, 100)];
  if (c.status === 400 && HEADERS_TOO_LARGE.test(c.words())) return [onHeadersTooLarge(c, 100)];
  return [];
}
