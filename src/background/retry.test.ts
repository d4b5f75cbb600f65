import { afterEach, describe, expect, test, vi } from 'vitest';
import { StatusLensService } from './service';
import { handleMessage, type MessageContext } from './messages';
import { pageFetch, readRetryRequest, type PageFetchResult } from './retry';
import type { RetryRequest } from '../analysis/retry-plan';
import { entry } from './test-helpers';
import type { LogEntry } from '../shared/types';

const PAGE = 'https://app.example.test';
const DOC = `${PAGE}/api/documents/7`;
const origin = 'chrome-extension://abc/';
const popup = { id: 'abc', url: `${origin}src/popup/index.html` };
const fixed = { method: 'PUT', url: DOC, headers: [['Content-Type', 'application/json'], ['If-Match', '"doc-7-v12"']], body: '{"version":12}' };
const ok = { response: { status: 200, statusText: 'OK', headers: [['content-type', 'application/json'], ['etag', '"doc-7-v13"']], text: '{"version":13}', truncated: false, durationMs: 12 } };

function setup(options: { tabUrl?: string; answer?: unknown; original?: Partial<LogEntry> } = {}) {
  const service = new StatusLensService({ now: () => 1000, setTimeout: () => undefined, setBadge: () => undefined, persist: () => undefined });
  service.add(entry({ id: 'conflict', tabId: 1, url: DOC, method: 'PUT', statusCode: 409, initiator: PAGE, ...options.original }));
  const ran: unknown[][] = [];
  const ctx: MessageContext = {
    service,
    extensionOrigin: origin,
    extensionId: 'abc',
    loadTab: async () => undefined,
    loadAll: async () => undefined,
    tabInfo: async () => ('tabUrl' in options ? (options.tabUrl === undefined ? undefined : { url: options.tabUrl }) : { url: `${PAGE}/editor` }),
    watchReady: async () => undefined,
    watchState: () => ({ level: 'full' }),
    runInPage: async (tabId, args) => {
      ran.push([tabId, ...args]);
      return 'answer' in options ? options.answer : ok;
    },
  };
  const ask = (message: Record<string, unknown>, sender: { id?: string; url?: string; tabId?: number } = popup) =>
    handleMessage({ type: 'retryInPage', tabId: 1, id: 'conflict', pageOrigin: PAGE, request: fixed, ...message }, sender, ctx);
  return { service, ctx, ran, ask };
}

describe('the retryInPage message', () => {
  test('runs exactly the confirmed request in the tab, at the page origin, and logs the answer as a retry', async () => {
    const { ask, ran, service } = setup();
    const reply = (await ask({})) as { ok: true; id: string };
    expect(reply.ok).toBe(true);
    expect(ran).toEqual([[1, PAGE, fixed, 256 * 1024]]);
    const logged = service.entry(1, reply.id)!;
    expect(logged).toMatchObject({ retryOf: 'conflict', statusCode: 200, statusLine: '200 OK', method: 'PUT', url: DOC, tabId: 1, type: 'fetch', previousPage: false });
    expect(logged.requestHeaders).toEqual([
      { name: 'Content-Type', value: 'application/json' },
      { name: 'If-Match', value: '"doc-7-v12"' },
    ]);
    expect(logged.body).toMatchObject({ text: '{"version":13}', source: 'page-fetch', mimeType: 'application/json', reportedBy: PAGE, truncated: false });
    expect(service.view(1).total).toBe(2);
  });

  test('an answered retry is not a failure to count: the badge and the tab summary count the 409 alone', async () => {
    const { ask, service } = setup();
    await ask({});
    service.flushBadges();
    expect(service.badgeState(1).text).toBe('1');
    expect(service.tabSummaries()).toEqual([{ tabId: 1, count: 1, worst: 'client-error' }]);
    const failing = setup({ answer: { response: { ...ok.response, status: 409, statusText: 'Conflict' } } });
    await failing.ask({});
    failing.service.flushBadges();
    expect(failing.service.badgeState(1).text).toBe('2');
  });

  test("a retry that fails again is one entry where the browser's events logged it too", async () => {
    const conflictAgain = { response: { ...ok.response, status: 409, statusText: 'Conflict', text: '{"error":"edit_conflict"}' } };
    const run = (twin: Partial<LogEntry>) => {
      const s = setup();
      s.ctx.runInPage = async () => {
        // Full capture: webRequest logs the failing response before the page's answer arrives.
        s.service.add(entry({ id: 'browser-seen', tabId: 1, url: DOC, method: 'PUT', statusCode: 409, startTime: Date.now(), ...twin }));
        return conflictAgain;
      };
      return s;
    };
    const same = run({});
    expect(await same.ask({})).toEqual({ ok: true, id: 'browser-seen' });
    expect(same.service.view(1).total).toBe(2);
    expect(same.service.entry(1, 'browser-seen')).toMatchObject({ retryOf: 'conflict', body: { text: '{"error":"edit_conflict"}' }, requestBody: { text: fixed.body } });
    // Another response, or one that started before the retry was sent, is not the retry.
    for (const other of [{ statusCode: 500 }, { url: `${DOC}?v=2` }, { startTime: 1 }, { reportedBy: PAGE }]) {
      const s = run(other);
      const reply = (await s.ask({})) as { ok: true; id: string };
      expect(reply.id).not.toBe('browser-seen');
      expect(s.service.view(1).total).toBe(3);
      expect(s.service.entry(1, 'browser-seen')?.retryOf).toBeUndefined();
    }
  });

  test('logs a failing answer too, and a network failure as one', async () => {
    const again = setup({ answer: { response: { ...ok.response, status: 409, statusText: 'Conflict' } } });
    const r1 = (await again.ask({})) as { ok: true; id: string };
    expect(again.service.entry(1, r1.id)).toMatchObject({ statusCode: 409, retryOf: 'conflict' });
    const down = setup({ answer: { error: 'TypeError: Failed to fetch' } });
    const r2 = (await down.ask({})) as { ok: true; id: string };
    expect(down.service.entry(1, r2.id)).toMatchObject({ kind: 'network-error', error: 'fetch failed: TypeError: Failed to fetch', retryOf: 'conflict' });
  });

  test('refuses another origin than the original request, before anything runs', async () => {
    const { ask, ran } = setup();
    for (const url of ['https://evil.example/api/documents/7', 'http://app.example.test/api/documents/7', 'https://app.example.test:444/x']) {
      expect(await ask({ request: { ...fixed, url } })).toEqual({ ok: false, refused: 'other-origin' });
    }
    expect(await ask({ request: { ...fixed, url: 'javascript:alert(1)' } })).toEqual({ ok: false, refused: 'not-http' });
    expect(ran).toEqual([]);
  });

  test('refuses when the tab no longer shows the page that made the request, or not the one the user saw', async () => {
    expect(await setup({ tabUrl: 'https://elsewhere.example/' }).ask({})).toEqual({ ok: false, refused: 'page-changed' });
    expect(await setup({ tabUrl: undefined }).ask({})).toEqual({ ok: false, refused: 'page-changed' }); // the tab is gone
    expect(await setup().ask({ pageOrigin: 'https://elsewhere.example' })).toEqual({ ok: false, refused: 'page-changed' });
    // A request the page at another origin made (a cross-origin call) runs only from that page.
    expect(await setup({ original: { initiator: 'https://other-app.example' } }).ask({})).toEqual({ ok: false, refused: 'page-changed' });
    // The page itself says it navigated away between the check and the call.
    expect(await setup({ answer: { refused: 'page-changed' } }).ask({})).toEqual({ ok: false, refused: 'page-changed' });
  });

  test('refuses a request for an entry not in that tab, and a masked secret', async () => {
    const { ask, ran } = setup();
    expect(await ask({ id: 'nothing' })).toEqual({ ok: false, refused: 'not-in-log' });
    expect(await ask({ tabId: 2 })).toEqual({ ok: false, refused: 'not-in-log' });
    expect(await ask({ request: { ...fixed, headers: [['Authorization', 'Bearer ***']] } })).toEqual({ ok: false, refused: 'bad-header' });
    expect(await ask({ request: { ...fixed, body: '{"password":"***","version":12}' } })).toEqual({ ok: false, refused: 'masked-body' });
    expect(ran).toEqual([]);
  });

  test('only our extension pages may ask; a malformed request gets no answer', async () => {
    const { ask, ran } = setup();
    expect(await ask({}, { id: 'abc', tabId: 1, url: `${PAGE}/editor` })).toBeUndefined(); // a content script in the tab
    expect(await ask({}, { id: 'other-extension', url: `${origin}x` })).toBeUndefined();
    for (const bad of [{ request: 'PUT /x' }, { request: { ...fixed, headers: [['a', 1]] } }, { request: { ...fixed, body: 5 } }, { pageOrigin: 1 }, { id: 7 }, { tabId: '1' }]) {
      expect(await ask(bad)).toBeUndefined();
    }
    expect(ran).toEqual([]);
  });

  test('an answer from the page of the wrong shape logs nothing', async () => {
    const { ask, service } = setup({ answer: { response: { status: '200', headers: [], text: '' } } });
    expect(await ask({})).toEqual({ ok: false, refused: 'failed', error: 'no answer from the page' });
    expect(service.view(1).total).toBe(1);
  });
});

describe('readRetryRequest', () => {
  test('takes strings only, and header pairs', () => {
    expect(readRetryRequest(fixed)).toEqual(fixed);
    expect(readRetryRequest({ method: 'GET', url: DOC, headers: [] })).toEqual({ method: 'GET', url: DOC, headers: [] });
    expect(readRetryRequest({ method: 'GET', url: DOC, headers: [['a', 'b', 'c']] })).toBeUndefined();
    expect(readRetryRequest({ method: 'GET', url: DOC, headers: Array.from({ length: 101 }, () => ['a', 'b']) })).toBeUndefined();
    expect(readRetryRequest(null)).toBeUndefined();
    expect(readRetryRequest([fixed])).toBeUndefined();
  });
});

describe('the tabOrigin message', () => {
  test("answers the tab's top origin for http(s) pages only", async () => {
    const ask = (tabUrl: string | undefined) => handleMessage({ type: 'tabOrigin', tabId: 1 }, popup, setup({ tabUrl }).ctx);
    expect(await ask(`${PAGE}/editor?x=1`)).toEqual({ origin: PAGE });
    expect(await ask('about:blank')).toEqual({});
    expect(await ask(undefined)).toEqual({});
  });
});

describe('pageFetch, the part that runs in the page', () => {
  const calls: [string, RequestInit][] = [];
  function inPage(origin: string, answer: () => Response) {
    calls.length = 0;
    vi.stubGlobal('location', { origin });
    vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
      calls.push([url, init]);
      return answer();
    });
  }
  afterEach(() => vi.unstubAllGlobals());

  test('sends exactly the request, with the page cookies for its own origin, following no redirect', async () => {
    inPage(PAGE, () => new Response('{"version":13}', { status: 200, statusText: 'OK', headers: { 'content-type': 'application/json', etag: '"v13"' } }));
    const out = await pageFetch(PAGE, fixed as RetryRequest, 1024);
    expect(calls).toEqual([[DOC, { method: 'PUT', headers: fixed.headers, body: fixed.body, credentials: 'same-origin', redirect: 'manual', cache: 'no-store' }]]);
    expect(out).toMatchObject({ response: { status: 200, statusText: 'OK', text: '{"version":13}', truncated: false } });
    expect((out as { response: PageFetchResult }).response.headers).toEqual([['content-type', 'application/json'], ['etag', '"v13"']]);
  });

  test('refuses when the page is no longer at the origin the user saw', async () => {
    inPage('https://elsewhere.example', () => new Response('x'));
    expect(await pageFetch(PAGE, fixed as RetryRequest, 1024)).toEqual({ refused: 'page-changed' });
    expect(calls).toEqual([]);
  });

  test('cuts a long body, reports a redirect and a network failure as failures', async () => {
    inPage(PAGE, () => new Response('x'.repeat(5000), { status: 500 }));
    expect(await pageFetch(PAGE, fixed as RetryRequest, 100)).toMatchObject({ response: { status: 500, text: 'x'.repeat(100), truncated: true } });
    inPage(PAGE, () => Object.defineProperty(new Response(null, { status: 200 }), 'type', { value: 'opaqueredirect' }));
    expect(await pageFetch(PAGE, fixed as RetryRequest, 100)).toEqual({ error: 'the server answered with a redirect, which a retry does not follow' });
    inPage(PAGE, () => {
      throw new TypeError('Failed to fetch');
    });
    expect(await pageFetch(PAGE, fixed as RetryRequest, 100)).toEqual({ error: 'TypeError: Failed to fetch' });
  });
});
