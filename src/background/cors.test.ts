import { describe, expect, test } from 'vitest';
import { betterCors, corsFactsOf, corsFailureOf, isCorsError, isSameOrigin, preflightFailureOf, requestOrigin, type CorsRequestDetails } from './cors';

const PAGE = 'http://localhost:5173';
const API = 'https://api.example.test/orders';

/** A response as webRequest's onHeadersReceived gives it (Chrome: `initiator`). */
function response(headers: Record<string, string | string[]>, over: Partial<CorsRequestDetails> = {}): CorsRequestDetails {
  const responseHeaders = Object.entries(headers).flatMap(([name, v]) => (Array.isArray(v) ? v : [v]).map((value) => ({ name, value })));
  return { requestId: '7', url: API, method: 'GET', type: 'xmlhttprequest', tabId: 1, frameId: 0, timeStamp: 1000, initiator: PAGE, statusCode: 200, responseHeaders, ...over };
}

const failureOf = (headers: Record<string, string | string[]>, over: Partial<CorsRequestDetails> = {}) => {
  const facts = corsFactsOf(response(headers, over));
  return facts && corsFailureOf(facts);
};

describe('which responses are remembered (the cheap check in onHeadersReceived)', () => {
  test('same-origin requests, other types and responses that allow the origin with credentials are not', () => {
    expect(corsFactsOf(response({}, { url: `${PAGE}/api/orders` }))).toBeUndefined();
    expect(corsFactsOf(response({}, { type: 'image' }))).toBeUndefined();
    expect(corsFactsOf(response({}, { type: 'main_frame', initiator: undefined }))).toBeUndefined();
    expect(corsFactsOf(response({ 'Access-Control-Allow-Origin': PAGE, 'Access-Control-Allow-Credentials': 'true' }))).toBeUndefined();
    expect(corsFactsOf(response({}, { statusCode: undefined }))).toBeUndefined();
  });

  test('a cross-origin response that may fail is, with what the check needs', () => {
    expect(corsFactsOf(response({ 'content-type': 'application/json' }, { statusCode: 404 }))).toEqual({
      requestId: '7', tabId: 1, frameId: 0, url: API, method: 'GET', origin: PAGE, status: 404, preflight: false, at: 1000,
    });
    expect(corsFactsOf(response({ 'access-control-allow-origin': ' * ' }))).toMatchObject({ allowOrigin: '*' });
  });

  test("Firefox names the requesting document's URL: its origin is the one compared", () => {
    const firefox = response({}, { initiator: undefined, originUrl: `${PAGE}/app/page?x=1#top` });
    expect(requestOrigin(firefox)).toBe(PAGE);
    expect(corsFactsOf(firefox)).toMatchObject({ origin: PAGE });
    expect(corsFactsOf({ ...firefox, url: `${PAGE}/api` })).toBeUndefined();
  });

  test('every cross-origin preflight is remembered, even one that passed', () => {
    const ok = response({ 'Access-Control-Allow-Origin': PAGE, 'Access-Control-Allow-Credentials': 'true' }, { method: 'OPTIONS', statusCode: 204 });
    expect(corsFactsOf(ok)).toMatchObject({ preflight: true, status: 204 });
  });

  test('an origin is only ever a whole origin', () => {
    expect(isSameOrigin('https://a.test/x', 'https://a.test')).toBe(true);
    expect(isSameOrigin('https://a.test', 'https://a.test')).toBe(true);
    expect(isSameOrigin('https://a.test.evil.example/x', 'https://a.test')).toBe(false);
    expect(isSameOrigin('https://a.test:8443/x', 'https://a.test')).toBe(false);
  });
});

describe('why a refused response was refused (Fetch, "CORS check")', () => {
  test('no Access-Control-Allow-Origin', () => {
    expect(failureOf({}, { statusCode: 404 })).toEqual({ problem: 'missing-allow-origin', origin: PAGE, responseStatus: 404 });
    expect(failureOf({ 'Access-Control-Allow-Origin': '' })).toMatchObject({ problem: 'missing-allow-origin' });
  });

  test('another origin, several values, or "null"', () => {
    expect(failureOf({ 'Access-Control-Allow-Origin': 'https://app.example.test' })).toEqual({
      problem: 'origin-mismatch', origin: PAGE, allowOrigin: 'https://app.example.test', responseStatus: 200,
    });
    expect(failureOf({ 'Access-Control-Allow-Origin': [PAGE, PAGE] })).toMatchObject({ problem: 'origin-mismatch', allowOrigin: `${PAGE}, ${PAGE}` });
    expect(failureOf({ 'Access-Control-Allow-Origin': 'null' })).toMatchObject({ problem: 'origin-mismatch', allowOrigin: 'null' });
    expect(failureOf({ 'Access-Control-Allow-Origin': `${PAGE}/` })).toMatchObject({ problem: 'origin-mismatch' });
  });

  test('`*` fails only a request with credentials: the refusal says that was it', () => {
    expect(failureOf({ 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Credentials': 'true' })).toMatchObject({ problem: 'credentials-wildcard', allowOrigin: '*' });
  });

  test('the origin without Access-Control-Allow-Credentials: true', () => {
    expect(failureOf({ 'Access-Control-Allow-Origin': PAGE })).toMatchObject({ problem: 'missing-allow-credentials', allowOrigin: PAGE });
    expect(failureOf({ 'Access-Control-Allow-Origin': PAGE, 'Access-Control-Allow-Credentials': 'TRUE' })).toMatchObject({ problem: 'missing-allow-credentials' });
  });

  test('an opaque origin is matched by "null"', () => {
    const facts = corsFactsOf(response({ 'Access-Control-Allow-Origin': 'null', 'Access-Control-Allow-Credentials': 'true' }, { initiator: 'null' }));
    expect(facts).toBeUndefined(); // passes: nothing to explain
  });

  test('a preflight: its status, and what it said of the origin', () => {
    const facts = corsFactsOf(response({ 'Access-Control-Allow-Origin': '*' }, { method: 'OPTIONS', statusCode: 404 }))!;
    expect(preflightFailureOf(facts)).toEqual({ problem: 'preflight-failed', origin: PAGE, preflightStatus: 404, allowOrigin: '*' });
  });

  test('the error names the browsers give a CORS refusal', () => {
    expect(isCorsError('net::ERR_FAILED')).toBe(true);
    expect(isCorsError('NS_ERROR_DOM_BAD_URI')).toBe(true);
    expect(isCorsError('net::ERR_CONNECTION_REFUSED')).toBe(false);
    expect(isCorsError(undefined)).toBe(false);
  });

  test("a precise explanation is never replaced by a guess, and a guess gives way to one", () => {
    const precise = { problem: 'missing-allow-origin' as const, origin: PAGE, responseStatus: 200 };
    const guess = { problem: 'unverified' as const, origin: PAGE };
    expect(betterCors(precise, guess)).toBe(precise);
    expect(betterCors(guess, precise)).toBe(precise);
    expect(betterCors(undefined, guess)).toBe(guess);
    expect(betterCors(precise, undefined)).toBe(precise);
  });
});
