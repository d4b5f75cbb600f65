import { readSettings } from '../shared/settings';
import { beforeEach, describe, expect, test } from 'vitest';
import { StatusLensService, type ServiceDeps } from './service';
import type { RequestDetails } from './recorder';
import type { PageFailureEvent } from '../shared/protocol';

/**
 * Full capture's CORS failures as each browser reports them (observed in Chromium 156 with
 * 'extraHeaders' and Firefox ESR 153; see cors.ts), and light capture's page reports.
 */
const PAGE_ORIGIN = 'http://localhost:5173';
const API = 'http://127.0.0.1:8080/api/orders';
const FRAME = { tabId: 1, frameId: 0, url: `${PAGE_ORIGIN}/app`, origin: PAGE_ORIGIN };

function harness(watch?: ServiceDeps['watch']) {
  let now = 10_000;
  const service = new StatusLensService({ watch, now: () => now, setTimeout: () => undefined, setBadge: () => undefined, persist: () => undefined });
  const base = (over: Partial<RequestDetails>): RequestDetails => ({ requestId: '1', url: API, method: 'GET', type: 'xmlhttprequest', tabId: 1, frameId: 0, timeStamp: now, initiator: PAGE_ORIGIN, ...over });
  return {
    service,
    entries: () => service.logs.snapshot(1).entries,
    headers: (over: Partial<RequestDetails>, status: number, headers: Record<string, string> = {}) =>
      service.recorder.onHeadersReceived({ ...base(over), statusCode: status, statusLine: `HTTP/1.1 ${status}`, responseHeaders: Object.entries(headers).map(([name, value]) => ({ name, value })) }),
    error: (over: Partial<RequestDetails>, error: string) => service.recorder.onErrorOccurred({ ...base(over), error }),
    pageFailure: (over: Partial<PageFailureEvent> = {}, from = FRAME) =>
      service.pageEvent({ kind: 'failure', api: 'fetch', url: API, method: 'GET', message: 'Failed to fetch', ...over }, from),
    tick: (ms: number) => (now += ms),
  };
}

describe('Chrome, full capture: headers, then net::ERR_FAILED for the same request', () => {
  let h: ReturnType<typeof harness>;
  beforeEach(() => (h = harness()));

  test('a 200 without Access-Control-Allow-Origin: the error entry says so, for which origin, with the status', () => {
    h.headers({}, 200, { 'content-type': 'application/json' });
    expect(h.entries()).toHaveLength(0); // a 200 is not logged by itself
    h.error({}, 'net::ERR_FAILED');
    expect(h.entries()).toMatchObject([{ kind: 'network-error', error: 'net::ERR_FAILED', cors: { problem: 'missing-allow-origin', origin: PAGE_ORIGIN, responseStatus: 200 } }]);
  });

  test('a 404 without it stays the 404 entry, now saying CORS refused it; the page report adds what the page sent', () => {
    h.headers({}, 404);
    h.error({}, 'net::ERR_FAILED');
    expect(h.pageFailure({ requestHeaders: [['x-client', '7']] })).toBe(true);
    expect(h.entries()).toHaveLength(1);
    expect(h.entries()[0]).toMatchObject({
      kind: 'http-error', statusCode: 404, error: 'net::ERR_FAILED', requestHeaders: [{ name: 'x-client', value: '7' }],
      cors: { problem: 'missing-allow-origin', origin: PAGE_ORIGIN, responseStatus: 404 },
    });
  });

  test('a wrong origin and a wildcard with credentials', () => {
    h.headers({ requestId: '1' }, 200, { 'Access-Control-Allow-Origin': 'https://app.example.test' });
    h.headers({ requestId: '2', url: `${API}/2` }, 200, { 'Access-Control-Allow-Origin': '*' });
    h.error({ requestId: '1' }, 'net::ERR_FAILED');
    h.error({ requestId: '2', url: `${API}/2` }, 'net::ERR_FAILED');
    expect(h.entries().map((e) => e.cors)).toEqual([
      { problem: 'credentials-wildcard', origin: PAGE_ORIGIN, allowOrigin: '*', responseStatus: 200 },
      { problem: 'origin-mismatch', origin: PAGE_ORIGIN, allowOrigin: 'https://app.example.test', responseStatus: 200 },
    ]);
  });

  test("a failed preflight: its OPTIONS 404 is an entry of its own, and the request's failure names it", () => {
    h.headers({ requestId: '5', method: 'OPTIONS' }, 404);
    h.error({ requestId: '6', method: 'PUT' }, 'net::ERR_FAILED');
    expect(h.entries().map((e) => [e.method, e.statusCode ?? e.error, e.cors])).toEqual([
      ['PUT', 'net::ERR_FAILED', { problem: 'preflight-failed', origin: PAGE_ORIGIN, preflightStatus: 404 }],
      ['OPTIONS', 404, undefined],
    ]);
  });

  test('a cross-origin failure with no response seen is likely CORS, unverified; same-origin or another error is not', () => {
    h.error({ requestId: '1' }, 'net::ERR_FAILED');
    h.error({ requestId: '2', url: `${PAGE_ORIGIN}/api` }, 'net::ERR_FAILED');
    h.error({ requestId: '3', url: `${API}/3` }, 'net::ERR_CONNECTION_REFUSED');
    h.error({ requestId: '4', url: `${API}/4`, type: 'image' }, 'net::ERR_FAILED');
    expect(h.entries().map((e) => e.cors)).toEqual([undefined, undefined, undefined, { problem: 'unverified', origin: PAGE_ORIGIN }]);
  });

  test('a response that allowed the origin with credentials is not explained as CORS', () => {
    h.headers({}, 200, { 'Access-Control-Allow-Origin': PAGE_ORIGIN, 'Access-Control-Allow-Credentials': 'true' });
    h.error({}, 'net::ERR_FAILED');
    expect(h.entries()[0]!.cors).toEqual({ problem: 'unverified', origin: PAGE_ORIGIN });
  });
});

describe('Firefox, full capture: no error event for a refused simple request', () => {
  let h: ReturnType<typeof harness>;
  const firefox = { initiator: undefined, originUrl: `${PAGE_ORIGIN}/app?tab=1`, documentUrl: `${PAGE_ORIGIN}/app?tab=1` };
  beforeEach(() => (h = harness()));

  test("the page's failure report is explained by the headers the browser saw", () => {
    h.headers(firefox, 200, { 'access-control-allow-origin': 'https://other.example.test' });
    expect(h.pageFailure({ message: 'NetworkError when attempting to fetch resource.' })).toBe(true);
    expect(h.entries()).toMatchObject([{ kind: 'network-error', reportedBy: PAGE_ORIGIN, cors: { problem: 'origin-mismatch', allowOrigin: 'https://other.example.test', responseStatus: 200 } }]);
  });

  test('a 404 the browser logged takes the explanation: one entry, not two', () => {
    h.headers(firefox, 404);
    expect(h.pageFailure({ requestBody: '{"n":1}' })).toBe(true);
    expect(h.entries()).toHaveLength(1);
    expect(h.entries()[0]).toMatchObject({ statusCode: 404, requestBody: { text: '{"n":1}' }, cors: { problem: 'missing-allow-origin', responseStatus: 404 } });
  });

  test('only the frame that made the request, at the origin the browser names, is matched', () => {
    h.headers(firefox, 200);
    h.pageFailure({}, { ...FRAME, frameId: 3 });
    h.pageFailure({}, { ...FRAME, origin: 'https://evil.example.test', url: 'https://evil.example.test/' });
    expect(h.entries().map((e) => e.cors?.problem)).toEqual(['unverified', 'unverified']); // neither took the browser's facts
    h.tick(6_000); // not a repeat of the report above (twin-failure.ts), still within the facts' minute
    h.pageFailure();
    expect(h.entries()[0]!.cors).toMatchObject({ problem: 'missing-allow-origin', responseStatus: 200 });
  });

  test("a failed preflight: the OPTIONS request's own error adds nothing; the request's error names the preflight", () => {
    h.headers({ ...firefox, requestId: '5', method: 'OPTIONS' }, 204, { 'access-control-allow-origin': PAGE_ORIGIN });
    h.error({ ...firefox, requestId: '5', method: 'OPTIONS' }, 'NS_ERROR_DOM_BAD_URI');
    h.error({ ...firefox, requestId: '6', method: 'PUT' }, 'NS_ERROR_DOM_BAD_URI');
    expect(h.entries()).toMatchObject([{ method: 'PUT', error: 'NS_ERROR_DOM_BAD_URI', cors: { problem: 'preflight-failed', preflightStatus: 204, allowOrigin: PAGE_ORIGIN } }]);
  });

  test('facts older than a minute explain nothing', () => {
    h.headers(firefox, 200);
    h.tick(61_000);
    h.pageFailure();
    expect(h.entries()[0]!.cors?.problem).toBe('unverified');
  });
});

describe("twins: the page's report and the browser's record of one failure", () => {
  test("page first: the browser's precise explanation replaces the page's guess", () => {
    const h = harness();
    h.pageFailure();
    expect(h.entries()[0]!.cors).toEqual({ problem: 'unverified', origin: PAGE_ORIGIN });
    h.headers({}, 200);
    h.error({}, 'net::ERR_FAILED');
    expect(h.entries()).toHaveLength(1);
    expect(h.entries()[0]).toMatchObject({ error: 'net::ERR_FAILED (page saw: fetch failed: Failed to fetch)', cors: { problem: 'missing-allow-origin', responseStatus: 200 } });
    expect(h.entries()[0]!.reportedBy).toBeUndefined();
  });

  test("browser first: the page's report keeps the browser's explanation", () => {
    const h = harness();
    h.headers({}, 200, { 'Access-Control-Allow-Origin': 'https://x.example.test' });
    h.error({}, 'net::ERR_FAILED');
    h.pageFailure();
    expect(h.entries()).toHaveLength(1);
    expect(h.entries()[0]!.cors).toMatchObject({ problem: 'origin-mismatch', allowOrigin: 'https://x.example.test' });
  });

  test('a precise explanation is not undone by a later guess for the same entry', () => {
    const h = harness();
    h.headers({}, 404);
    h.pageFailure(); // reaches the background before Chrome's error event
    h.error({}, 'net::ERR_FAILED');
    expect(h.entries()).toHaveLength(1);
    expect(h.entries()[0]!.cors).toMatchObject({ problem: 'missing-allow-origin', responseStatus: 404 });
  });
});

describe('light capture: only the page saw the failure', () => {
  const LIGHT = { level: () => 'light' as const, full: () => false };

  test('a cross-origin failure is likely CORS, for the origin the browser named; same-origin, no-cors and same-origin mode are not', () => {
    const h = harness(LIGHT);
    h.pageFailure({ url: `${API}/a` });
    h.pageFailure({ url: `${PAGE_ORIGIN}/api/b` });
    h.pageFailure({ url: `${API}/c`, mode: 'no-cors' });
    h.pageFailure({ url: `${API}/d`, mode: 'same-origin' });
    h.pageFailure({ url: `${API}/e`, api: 'xhr', message: 'network error (status 0)' });
    const byPath = Object.fromEntries(h.entries().map((e) => [new URL(e.url).pathname, e.cors]));
    expect(byPath).toEqual({
      '/api/orders/a': { problem: 'unverified', origin: PAGE_ORIGIN },
      '/api/b': undefined,
      '/api/orders/c': undefined,
      '/api/orders/d': undefined,
      '/api/orders/e': { problem: 'unverified', origin: PAGE_ORIGIN },
    });
  });

  test('a frame the browser names by URL only (no origin) is still compared by its origin', () => {
    const h = harness(LIGHT);
    h.pageFailure({}, { tabId: 1, frameId: 0, url: `${PAGE_ORIGIN}/app`, origin: undefined } as never);
    expect(h.entries()[0]!.cors).toEqual({ problem: 'unverified', origin: PAGE_ORIGIN });
  });
});

describe('3xx responses, when the user asks for them (full capture only)', () => {
  test('off by default; on, each redirect is an entry of its own and the next hop is still recorded', () => {
    const h = harness();
    h.headers({ requestId: '9' }, 302, { location: '/elsewhere' });
    expect(h.entries()).toHaveLength(0);
    h.service.applySettings(readSettings({ flag: { redirects: true, graphqlErrors: false } }));
    h.headers({ requestId: '10', url: `${API}/a` }, 301);
    h.headers({ requestId: '10', url: `${API}/b` }, 307);
    h.headers({ requestId: '10', url: `${API}/c` }, 404); // the redirect's target fails: same requestId
    expect(h.entries().map((e) => [e.statusCode, new URL(e.url).pathname])).toEqual([
      [404, '/api/orders/c'],
      [307, '/api/orders/b'],
      [301, '/api/orders/a'],
    ]);
    expect(new Set(h.entries().map((e) => e.id)).size).toBe(3);
    h.service.applySettings(readSettings({ flag: { redirects: false, graphqlErrors: false } }));
    h.headers({ requestId: '11' }, 308);
    expect(h.entries()).toHaveLength(3);
  });
});
