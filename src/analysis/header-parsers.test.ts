import { describe, expect, it } from 'vitest';
import { parseHttpDate, retryAfter } from './retry-after';
import { readRateLimit } from './rate-limit';
import { parseDictionary, parseList } from './structured-fields';
import { mainChallenge, parseChallenges } from './www-authenticate';

/** The header value parsers: WWW-Authenticate, HTTP dates and Retry-After, structured fields, rate limits. */

const NOW = Date.UTC(2015, 9, 21, 7, 27, 0);

describe('HTTP dates and Retry-After (RFC 9110 §5.6.7, §10.2.3)', () => {
  it('reads all three date forms as UTC', () => {
    const expected = Date.UTC(1994, 10, 6, 8, 49, 37);
    expect(parseHttpDate('Sun, 06 Nov 1994 08:49:37 GMT')).toBe(expected);
    expect(parseHttpDate('Sunday, 06-Nov-94 08:49:37 GMT')).toBe(expected);
    expect(parseHttpDate('Sun Nov  6 08:49:37 1994')).toBe(expected);
    expect(parseHttpDate('2015-10-21T07:28:00Z')).toBeUndefined();
    expect(parseHttpDate('Sun, 06 Foo 1994 08:49:37 GMT')).toBeUndefined();
  });

  it('takes seconds as they are', () => {
    expect(retryAfter('120', undefined, NOW)).toEqual({ seconds: 120, fromDate: false });
    expect(retryAfter('-5', undefined, NOW)).toBeUndefined();
    expect(retryAfter('soon', undefined, NOW)).toBeUndefined();
  });

  it('measures a date against the Date header when there is one, else against now', () => {
    expect(retryAfter('Wed, 21 Oct 2015 07:28:00 GMT', undefined, NOW)).toEqual({ seconds: 60, fromDate: true });
    expect(retryAfter('Wed, 21 Oct 2015 07:28:00 GMT', 'Wed, 21 Oct 2015 07:27:50 GMT', NOW)).toEqual({ seconds: 10, fromDate: true });
    expect(retryAfter('Wed, 21 Oct 2015 07:00:00 GMT', undefined, NOW)).toEqual({ seconds: 0, fromDate: true });
  });
});

describe('Structured fields (RFC 8941), as far as rate limits use them', () => {
  it('reads lists with parameters and dictionaries', () => {
    expect(parseList('"default";r=0;t=30, "daily";r=500;t=3600')).toEqual([
      { value: 'default', params: { r: 0, t: 30 } },
      { value: 'daily', params: { r: 500, t: 3600 } },
    ]);
    expect(parseDictionary('limit=100, remaining=0, reset=30, flag')).toEqual([
      { key: 'limit', value: 100, params: {} },
      { key: 'remaining', value: 0, params: {} },
      { key: 'reset', value: 30, params: {} },
      { key: 'flag', value: true, params: {} },
    ]);
    expect(parseList('token;a=?1;b="x\\"y", (inner list);q=1')).toEqual([
      { value: 'token', params: { a: true, b: 'x"y' } },
      { value: true, params: { q: 1 } },
    ]);
  });

  it('gives up on malformed input instead of guessing', () => {
    expect(parseList('"unclosed')).toBeUndefined();
    expect(parseList('a,')).toBeUndefined();
    expect(parseDictionary('=1')).toBeUndefined();
  });
});

describe('Rate-limit headers', () => {
  it('reads the current draft: RateLimit and RateLimit-Policy', () => {
    expect(readRateLimit({ ratelimit: '"default";r=0;t=30', 'ratelimit-policy': '"default";q=100;w=60' }, NOW)).toEqual({
      limit: 100, remaining: 0, resetSeconds: 30, windowSeconds: 60,
      evidence: ['< RateLimit: "default";r=0;t=30', '< RateLimit-Policy: "default";q=100;w=60'],
    });
  });

  it('reads the dictionary draft and the three-header drafts', () => {
    expect(readRateLimit({ ratelimit: 'limit=10, remaining=2, reset=5' }, NOW)).toMatchObject({ limit: 10, remaining: 2, resetSeconds: 5 });
    expect(readRateLimit({ 'ratelimit-limit': '100, 100;w=60', 'ratelimit-remaining': '0', 'ratelimit-reset': '30' }, NOW)).toMatchObject({ limit: 100, remaining: 0, resetSeconds: 30 });
  });

  it('reads X-RateLimit-Reset as a delay, an epoch in seconds, or an epoch in milliseconds', () => {
    expect(readRateLimit({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '42' }, NOW)?.resetSeconds).toBe(42);
    expect(readRateLimit({ 'x-ratelimit-reset': String(NOW / 1000 + 90) }, NOW)?.resetSeconds).toBe(90);
    expect(readRateLimit({ 'x-ratelimit-reset': String(NOW + 15_000) }, NOW)?.resetSeconds).toBe(15);
    expect(readRateLimit({ 'x-ratelimit-reset-after': '1.5', 'x-ratelimit-limit': '5' }, NOW)).toMatchObject({ resetSeconds: 1.5, limit: 5 });
    expect(readRateLimit({ 'x-rate-limit-remaining': '3' }, NOW)).toMatchObject({ remaining: 3 });
  });

  it('returns nothing without rate-limit headers or with unreadable ones', () => {
    expect(readRateLimit({}, NOW)).toBeUndefined();
    expect(readRateLimit({ 'x-ratelimit-remaining': 'lots' }, NOW)).toBeUndefined();
  });
});

describe('parseChallenges (RFC 9110 §11.6.1)', () => {
  it('reads the RFC example: two challenges, quoted strings with escapes', () => {
    expect(parseChallenges('Newauth realm="apps", type=1, title="Login to \\"apps\\"", Basic realm="simple"')).toEqual([
      { scheme: 'newauth', schemeText: 'Newauth', params: { realm: 'apps', type: '1', title: 'Login to "apps"' } },
      { scheme: 'basic', schemeText: 'Basic', params: { realm: 'simple' } },
    ]);
  });

  it('reads RFC 6750 Bearer errors', () => {
    const [bearer] = parseChallenges('Bearer realm="example", error="invalid_token", error_description="The access token expired"');
    expect(bearer?.params).toEqual({ realm: 'example', error: 'invalid_token', error_description: 'The access token expired' });
  });

  it('tells token68 from parameters, and a bare scheme from both', () => {
    expect(parseChallenges('Negotiate YIIBhwYGKwYBBQUCoIIBezCCAXegDTALBgkqhkiG9xIBAgI=, Basic realm="x"')).toEqual([
      { scheme: 'negotiate', schemeText: 'Negotiate', token68: 'YIIBhwYGKwYBBQUCoIIBezCCAXegDTALBgkqhkiG9xIBAgI=', params: {} },
      { scheme: 'basic', schemeText: 'Basic', params: { realm: 'x' } },
    ]);
    expect(parseChallenges('Bearer, Basic')).toEqual([
      { scheme: 'bearer', schemeText: 'Bearer', params: {} },
      { scheme: 'basic', schemeText: 'Basic', params: {} },
    ]);
  });

  it('accepts spaces around "=", unquoted values, mixed-case names, and repeated headers joined by commas', () => {
    expect(parseChallenges('Digest Realm = "api@example.org" , QOP=auth, algorithm=SHA-256, nonce="7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v"')).toEqual([
      { scheme: 'digest', schemeText: 'Digest', params: { realm: 'api@example.org', qop: 'auth', algorithm: 'SHA-256', nonce: '7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v' } },
    ]);
    expect(parseChallenges('Basic realm="a", Bearer scope="read write", error=insufficient_scope').map((c) => c.scheme)).toEqual(['basic', 'bearer']);
  });

  it('survives garbage and unclosed quotes', () => {
    expect(parseChallenges('')).toEqual([]);
    expect(parseChallenges(undefined)).toEqual([]);
    expect(parseChallenges('Bearer realm="never closed')).toEqual([{ scheme: 'bearer', schemeText: 'Bearer', params: { realm: 'never closed' } }]);
    expect(parseChallenges('"=,,=;;@@ Basic').map((c) => c.scheme)).toContain('basic');
  });

  it('picks the challenge that carries an error, else the first', () => {
    expect(mainChallenge(parseChallenges('Basic realm="a", Bearer error="invalid_token"'))?.scheme).toBe('bearer');
    expect(mainChallenge(parseChallenges('Basic realm="a", Bearer'))?.scheme).toBe('basic');
  });
});
