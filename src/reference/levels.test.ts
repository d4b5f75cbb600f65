import { describe, expect, test } from 'vitest';
import { getStatusReference, listStatusReferences } from './index';
import type { HeaderRequirement, HeaderSide, Locale } from './types';

const LOCALES: Locale[] = ['en', 'zh-CN'];

type Row = [code: number, header: string, side: HeaderSide, level: HeaderRequirement, section: string];

/**
 * Every header a status code's defining document names with MUST, SHOULD or MAY, at that level
 * (MUST = required, SHOULD = recommended, MAY = optional), with the section that says so.
 * "If a 200 would have sent it" conditions (206, 304) count as MUST; the condition is told in `why`.
 */
const LEVELS: Row[] = [
  [100, 'Expect', 'request', 'required', 'RFC 9110 §10.1.1'], // the request asks for the 100 with it
  [101, 'Upgrade', 'response', 'required', 'RFC 9110 §15.2.2'],
  [101, 'Connection', 'response', 'required', 'RFC 9110 §7.8'], // a sender of Upgrade MUST list "upgrade"
  [101, 'Sec-WebSocket-Accept', 'response', 'required', 'RFC 6455 §4.2.2'],
  [104, 'Location', 'response', 'required', 'draft-ietf-httpbis-resumable-upload, Upload Creation'],
  [104, 'Upload-Limit', 'response', 'required', 'draft-ietf-httpbis-resumable-upload, Upload Creation (if the server has limits)'],
  [104, 'Upload-Offset', 'response', 'optional', 'draft-ietf-httpbis-resumable-upload, Upload Creation (progress)'],
  [104, 'Upload-Draft-Interop-Version', 'response', 'required', 'draft-ietf-httpbis-resumable-upload, Draft Version Identification'],
  [206, 'Content-Range', 'response', 'required', 'RFC 9110 §15.3.7.1'],
  [206, 'ETag', 'response', 'required', 'RFC 9110 §15.3.7'],
  [206, 'Date', 'response', 'required', 'RFC 9110 §15.3.7'],
  [206, 'Cache-Control', 'response', 'required', 'RFC 9110 §15.3.7'],
  [206, 'Vary', 'response', 'required', 'RFC 9110 §15.3.7'],
  [226, 'ETag', 'response', 'required', 'RFC 3229 §10.4.1'],
  [300, 'Location', 'response', 'recommended', 'RFC 9110 §15.4.1'],
  [301, 'Location', 'response', 'recommended', 'RFC 9110 §15.4.2'],
  [302, 'Location', 'response', 'recommended', 'RFC 9110 §15.4.3'],
  [304, 'ETag', 'response', 'required', 'RFC 9110 §15.4.5'],
  [304, 'Cache-Control', 'response', 'required', 'RFC 9110 §15.4.5'],
  [304, 'Vary', 'response', 'required', 'RFC 9110 §15.4.5'],
  [304, 'Date', 'response', 'required', 'RFC 9110 §15.4.5'],
  [304, 'Content-Location', 'response', 'required', 'RFC 9110 §15.4.5'],
  [304, 'Expires', 'response', 'required', 'RFC 9110 §15.4.5'],
  [307, 'Location', 'response', 'recommended', 'RFC 9110 §15.4.8'],
  [308, 'Location', 'response', 'recommended', 'RFC 9110 §15.4.9'],
  [401, 'WWW-Authenticate', 'response', 'required', 'RFC 9110 §15.5.2'],
  [405, 'Allow', 'response', 'required', 'RFC 9110 §15.5.6'],
  [407, 'Proxy-Authenticate', 'response', 'required', 'RFC 9110 §15.5.8'],
  [411, 'Content-Length', 'request', 'required', 'RFC 9110 §15.5.12'], // what the retry must add
  [413, 'Retry-After', 'response', 'recommended', 'RFC 9110 §15.5.14 (if the condition is temporary)'],
  [416, 'Content-Range', 'response', 'recommended', 'RFC 9110 §15.5.17'],
  [425, 'Early-Data', 'request', 'required', 'RFC 8470 §5.1 (intermediaries forwarding early data)'],
  [426, 'Upgrade', 'response', 'required', 'RFC 9110 §15.5.22'],
  [426, 'Connection', 'response', 'required', 'RFC 9110 §7.8'],
  [429, 'Retry-After', 'response', 'optional', 'RFC 6585 §4'],
  [503, 'Retry-After', 'response', 'optional', 'RFC 9110 §15.6.4'],
];

/** Codes whose response needs no header at all, so nothing listed for them may be a required response header. */
const NO_REQUIRED_RESPONSE_HEADER = [100, 102, 208, 411, 425, 444];

/** Request headers met in the reference: listed under a status code, they must say so. */
const REQUEST_ONLY = ['Expect', 'Depth', 'Early-Data', 'Host'];

describe.each(LOCALES)('header levels as the defining documents give them (%s)', (locale) => {
  test.each(LEVELS)('%i %s (%s) is %s per %s', (code, name, side, level) => {
    const entry = getStatusReference(code, locale);
    expect(entry, `${code}`).toBeDefined();
    const header = entry!.headers.find((h) => h.name === name);
    expect(header, `${code} lists ${name}`).toBeDefined();
    expect(header!.side).toBe(side);
    expect(header!.requirement).toBe(level);
  });

  test('no required response header where none is required', () => {
    for (const code of NO_REQUIRED_RESPONSE_HEADER) {
      const required = getStatusReference(code, locale)!.headers.filter((h) => h.side === 'response' && h.requirement === 'required');
      expect(required.map((h) => h.name), `${code}`).toEqual([]);
    }
  });

  test('request headers are marked as such, and each header is listed once per code', () => {
    for (const e of listStatusReferences(locale)) {
      const names = e.headers.map((h) => h.name.toLowerCase());
      expect(new Set(names).size, `${e.code}`).toBe(names.length);
      for (const h of e.headers) if (REQUEST_ONLY.includes(h.name)) expect(h.side, `${e.code} ${h.name}`).toBe('request');
    }
  });

  test('104 is a temporary registration', () => {
    expect(getStatusReference(104, locale)?.standing).toBe('temporary');
  });

  test('a level stricter than the section allows is not claimed in prose either', () => {
    // 308: RFC 9110 §15.4.9 has no method rule; the entry must cite RFC 7538 §3 for it.
    const e308 = getStatusReference(308, locale)!;
    expect(e308.meaning).toContain('RFC 7538 §3');
    expect(e308.references.some((r) => r.url.endsWith('rfc7538.html#section-3'))).toBe(true);
    // 202: Retry-After is used by 413 and 429 as well as 503 and 3xx.
    const why202 = getStatusReference(202, locale)!.headers.find((h) => h.name === 'Retry-After')!.why;
    for (const cite of ['§15.5.14', 'RFC 6585 §4', '§15.6.4']) expect(why202).toContain(cite);
  });
});
