import { describe, expect, it } from 'vitest';
import { analyzeResponse, toCurl, toFetch } from './index';
import type { ObservedResponse } from './index';
import { corpus, toResponse } from './corpus/index';
import { mulberry32 } from './copy-fuzz';

/**
 * Hostile and broken input never throws and always yields a suggestions array. Seeded (mulberry32),
 * so a failure is repeatable: the seed and case number are in the test name and message.
 */

const KEYS = ['message', 'error', 'errors', 'detail', 'title', 'type', 'status', 'statusCode', 'code', 'fields', 'field', 'pointer', 'source', 'data', 'details', 'reason', 'traceId', 'requestId', 'path', 'timestamp', 'validation', 'keys', '@type', 'fieldViolations', 'retryDelay', 'loc', 'msg', 'location', 'innerError', 'odata.error', '__type', 'documentation_url', 'errorCode', 'exception', 'etag', '_rev', 'version', 'extensions', 'non_field_errors', 'rejectedValue', 'defaultMessage', 'request_log_url', 'links', 'about', 'jsonapi', 'trace', 'file', 'line', '__proto__', 'constructor'];

function randomString(rand: () => number, max: number): string {
  const len = Math.floor(rand() * max);
  let s = '';
  for (let i = 0; i < len; i++) {
    const pick = rand();
    // Mostly bytes as Latin-1 text (what a binary body decodes to), some markup and JSON punctuation, some astral/lone surrogates.
    if (pick < 0.6) s += String.fromCharCode(Math.floor(rand() * 256));
    else if (pick < 0.85) s += '{}[]":,<>/\\&;#=*-_ \n\t'[Math.floor(rand() * 21)];
    else if (pick < 0.95) s += String.fromCharCode(0xd800 + Math.floor(rand() * 0x800));
    else s += String.fromCodePoint(0x1f600 + Math.floor(rand() * 80));
  }
  return s;
}

function randomJson(rand: () => number, depth: number): unknown {
  const pick = rand();
  if (depth > 4 || pick < 0.25) {
    const scalars = [null, true, false, 0, -1, 1e308, 3.14, '', 'x', randomString(rand, 20), 'https://example.com/x', '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01', '#/a~1b/c~0d'];
    return scalars[Math.floor(rand() * scalars.length)];
  }
  if (pick < 0.5) return Array.from({ length: Math.floor(rand() * 5) }, () => randomJson(rand, depth + 1));
  const obj: Record<string, unknown> = {};
  const n = Math.floor(rand() * 6);
  for (let i = 0; i < n; i++) obj[KEYS[Math.floor(rand() * KEYS.length)] as string] = randomJson(rand, depth + 1);
  return obj;
}

const HEADER_VALUES = ['', ' ', '0', '-1', '30', '99999999999999999999', 'Wed, 21 Oct 2015 07:28:00 GMT', 'Bearer', 'Bearer realm="a", error="invalid_token", Basic', 'Basic abc==, Negotiate', '"default";r=0;t=30', 'limit=1, remaining=0, reset=9', 'bytes */1234', 'bytes=5000-', '<https://x.test/>; rel="blocked-by"', 'GET, POST', 'application/json', '"etag"', '*'];
const HEADER_NAMES = ['www-authenticate', 'proxy-authenticate', 'retry-after', 'date', 'ratelimit', 'ratelimit-policy', 'ratelimit-reset', 'x-ratelimit-reset', 'x-ratelimit-remaining', 'content-range', 'link', 'allow', 'accept-post', 'etag', 'traceparent', 'content-type', 'server', 'cf-ray'];

function randomHeaders(rand: () => number): Record<string, string> {
  const headers: Record<string, string> = {};
  const n = Math.floor(rand() * 6);
  for (let i = 0; i < n; i++) {
    const value = rand() < 0.7 ? HEADER_VALUES[Math.floor(rand() * HEADER_VALUES.length)] : randomString(rand, 60);
    headers[HEADER_NAMES[Math.floor(rand() * HEADER_NAMES.length)] as string] = value as string;
  }
  return headers;
}

function check(r: ObservedResponse, label: string): void {
  let result;
  try {
    result = analyzeResponse(r, { now: 0 });
  } catch (e) {
    throw new Error(`${label} threw: ${String(e)}`);
  }
  expect(Array.isArray(result.suggestions), label).toBe(true);
  if (r.status >= 400 && r.status <= 599) expect(result.suggestions.length, label).toBeGreaterThan(0);
  for (const s of result.suggestions) {
    expect(typeof s.id === 'string' && typeof s.title === 'string' && Array.isArray(s.evidence), label).toBe(true);
  }
  if (result.error) expect((result.error.message ?? '').length, label).toBeLessThanOrEqual(500);
  if (result.error) expect(result.error.fields.length, label).toBeLessThanOrEqual(50);
}

const STATUSES = [400, 401, 403, 404, 405, 406, 407, 408, 409, 410, 412, 413, 414, 415, 416, 418, 422, 423, 428, 429, 431, 451, 500, 501, 502, 503, 504, 522, 599];

describe('fuzz (seeded)', () => {
  it('random byte strings as bodies and header values (seed 1, 600 cases)', () => {
    const rand = mulberry32(1);
    for (let i = 0; i < 600; i++) {
      const status = STATUSES[Math.floor(rand() * STATUSES.length)] as number;
      const body = randomString(rand, rand() < 0.9 ? 300 : 5000);
      check({ url: 'https://x.test/a?b=1', method: 'POST', status, requestHeaders: randomHeaders(rand), responseHeaders: randomHeaders(rand), body, requestBody: randomString(rand, 50) }, `seed 1 case ${i}`);
    }
  });

  it('random JSON values with error-ish keys (seed 2, 1500 cases)', () => {
    const rand = mulberry32(2);
    for (let i = 0; i < 1500; i++) {
      const status = STATUSES[Math.floor(rand() * STATUSES.length)] as number;
      const body = JSON.stringify(randomJson(rand, 0)) ?? 'null';
      check({ url: 'https://x.test/', method: 'PUT', status, requestHeaders: randomHeaders(rand), responseHeaders: randomHeaders(rand), body }, `seed 2 case ${i}: ${body.slice(0, 200)}`);
    }
  });

  it('every prefix of every corpus body, marked truncated', () => {
    let cases = 0;
    for (const sample of corpus) {
      const base = toResponse(sample);
      for (let end = 0; end <= sample.body.length; end++) {
        check({ ...base, body: sample.body.slice(0, end), bodyTruncated: end < sample.body.length }, `${sample.name} cut at ${end}`);
        cases++;
      }
    }
    expect(cases).toBeGreaterThan(10_000);
  }, 30_000); // 10,000+ analyses: seconds on a busy two-core machine

  it('deep nesting, huge arrays and odd inputs', () => {
    const odd: ObservedResponse[] = [
      { url: '', method: '', status: 500, requestHeaders: {}, responseHeaders: {}, body: '['.repeat(100_000) },
      { url: '', method: 'GET', status: 400, requestHeaders: {}, responseHeaders: {}, body: JSON.stringify({ errors: Array.from({ length: 20_000 }, (_, i) => ({ field: `f${i}`, message: 'bad' })) }) },
      { url: '', method: 'GET', status: 400, requestHeaders: {}, responseHeaders: {}, body: `{"a":${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}}` },
      { url: '', method: 'GET', status: 502, requestHeaders: {}, responseHeaders: {}, body: '<h1'.repeat(50_000) },
      { url: '', method: 'GET', status: 500, requestHeaders: {}, responseHeaders: {}, body: `${'a.'.repeat(40_000)}Error` },
      // Not what the type says, as a plain-JS caller might pass it.
      { url: 7, method: null, status: '404', requestHeaders: null, responseHeaders: { 'Retry-After': 5 }, body: 42 } as unknown as ObservedResponse,
    ];
    odd.forEach((r, i) => check(r, `odd case ${i}`));
  });

  it('toCurl and toFetch accept any header names, values and bodies', () => {
    const rand = mulberry32(3);
    for (let i = 0; i < 300; i++) {
      const secret = `s3cr3t-${i}-${randomString(rand, 10)}`;
      const req = { url: randomString(rand, 40), method: randomString(rand, 8), headers: { [randomString(rand, 10)]: randomString(rand, 30), authorization: secret, 'x-api-key': secret }, body: randomString(rand, 100) };
      expect(() => new Function('fetch', `return (async () => {${toFetch(req)}})`), `case ${i}`).not.toThrow();
      expect(() => new Function('fetch', `return (async () => {${toFetch({ ...req, method: 'PUT' })}})`), `case ${i}`).not.toThrow();
      expect(toCurl({ ...req, method: 'PUT' }), `case ${i}`).not.toContain(`s3cr3t-${i}-`);
      expect(toCurl(req), `case ${i}`).not.toContain(`s3cr3t-${i}-`);
      expect(toFetch(req), `case ${i}`).not.toContain(`s3cr3t-${i}-`);
    }
  });
});
