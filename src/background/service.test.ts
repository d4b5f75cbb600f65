import { beforeEach, describe, expect, test } from 'vitest';
import { StatusLensService, type ServiceDeps } from './service';
import { handleMessage, type MessageContext } from './messages';
import type { RequestDetails } from './recorder';
import type { BadgeState } from './badge';
import type { TabLogSnapshot } from '../shared/types';
import { LIMITS } from '../shared/limits';

function harness(watch?: ServiceDeps['watch']) {
  const timers: (() => void)[] = [];
  const badges = new Map<number, BadgeState>();
  const saved: TabLogSnapshot[][] = [];
  let now = 1_000;
  const service = new StatusLensService({
    watch,
    now: () => now,
    setTimeout: (fn) => timers.push(fn),
    setBadge: (tabId, state) => badges.set(tabId, state),
    persist: (changed) => saved.push(changed.map((id) => service.snapshot(id))),
  });
  const flush = () => timers.splice(0).forEach((fn) => fn());
  let id = 0;
  /** One request through the webRequest events, as the browser reports them. */
  const request = (over: Partial<RequestDetails>, status?: number, error?: string) => {
    const d: RequestDetails = { requestId: String(++id), url: 'https://api.example.test/x', method: 'GET', type: 'xmlhttprequest', tabId: 1, frameId: 0, timeStamp: now, initiator: 'https://api.example.test', ...over };
    if (error) return service.recorder.onErrorOccurred({ ...d, error });
    service.recorder.onHeadersReceived({ ...d, statusCode: status, statusLine: `HTTP/1.1 ${status}`, responseHeaders: [{ name: 'ETag', value: '"v1"' }] });
  };
  return { service, badges, saved, flush, request, tick: (ms: number) => (now += ms) };
}

const APP = { tabId: 1, frameId: 0, url: 'https://api.example.test/page' };

describe('StatusLensService', () => {
  let h: ReturnType<typeof harness>;
  beforeEach(() => {
    h = harness();
  });

  test('records flagged responses only, with what the browser showed, and what the page sent from its report', () => {
    h.request({}, 200);
    h.request({}, 304);
    h.request({ method: 'POST', url: 'https://api.example.test/users' }, 409);
    const [e] = h.service.logs.snapshot(1).entries;
    expect(h.service.logs.snapshot(1).entries).toHaveLength(1);
    expect(e).toMatchObject({ statusCode: 409, method: 'POST', requestHeaders: [], responseHeaders: [{ name: 'ETag', value: '"v1"' }] });
    expect(e!.seenBy).toBeUndefined();
    // webRequest shows no request headers in full capture's two events: the page's report fills them.
    const body = { source: 'page-fetch' as const, binary: false, text: '{"error":"conflict"}', keptSize: 20, truncated: false };
    h.service.pageEvent({ kind: 'response', api: 'fetch', url: 'https://api.example.test/users', method: 'POST', status: 409, requestHeaders: [['Content-Type', 'application/json']], requestBody: '{"v":1}', body }, APP);
    expect(h.service.logs.snapshot(1).entries[0]).toMatchObject({ requestHeaders: [{ name: 'Content-Type', value: 'application/json' }], requestBody: { text: '{"v":1}' }, body: { text: '{"error":"conflict"}' } });
  });

  test("Firefox's body off the wire stays, and a later page report still adds what the page sent", () => {
    h.request({ method: 'PUT', url: 'https://api.example.test/allow' }, 405);
    const [e] = h.service.logs.snapshot(1).entries;
    h.service.attachNetworkBody(e!.id, { source: 'network', binary: false, text: 'from the wire', keptSize: 13, truncated: false });
    const page = { source: 'page-fetch' as const, binary: false, text: 'from the page', keptSize: 13, truncated: false };
    expect(h.service.pageEvent({ kind: 'response', api: 'fetch', url: 'https://api.example.test/allow', method: 'PUT', status: 405, requestBody: '{"user":"ada"}', body: page }, APP)).toBe(true);
    expect(h.service.logs.snapshot(1).entries[0]).toMatchObject({ type: 'fetch', requestBody: { text: '{"user":"ada"}' }, body: { source: 'network', text: 'from the wire' } });
  });

  test('network failures are their own kind; a cancelled request is not one', () => {
    h.request({}, undefined, 'net::ERR_NAME_NOT_RESOLVED');
    h.request({}, undefined, 'net::ERR_ABORTED');
    const entries = h.service.logs.snapshot(1).entries;
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ kind: 'network-error', error: 'net::ERR_NAME_NOT_RESOLVED' });
  });

  test("the browser's own requests (tab -1) are ignored", () => {
    h.request({ tabId: -1 }, 500);
    expect(h.service.logs.tabIds()).toEqual([]);
  });

  test('badges are batched per tab and summarise the current page', () => {
    h.request({}, 404);
    h.request({}, 404);
    h.request({}, 500);
    h.request({ tabId: 2 }, 409);
    h.flush();
    expect(h.badges.get(1)).toEqual({ text: '3', color: '#dc2626', title: '3 failed: 404 ×2, 500 ×1' });
    expect(h.badges.get(2)).toEqual({ text: '1', color: '#c2410c', title: '1 failed: 409 ×1' });
    h.tick(10);
    h.request({ url: 'http://localhost:9/' }, undefined, 'net::ERR_CONNECTION_REFUSED'); // fails before the navigation event arrives
    h.service.navigated(1, 0, 1_005); // webNavigation.onBeforeNavigate, stamped when the navigation began
    h.flush();
    expect(h.badges.get(1)?.text).toBe('1');
    expect(h.service.logs.snapshot(1).entries.map((e) => e.previousPage)).toEqual([false, true, true, true]);
  });

  test('storage writes are batched, not one per event', () => {
    for (let i = 0; i < 50; i++) h.request({}, 404);
    h.flush();
    expect(h.saved).toHaveLength(1);
    expect(h.saved[0]![0]!.entries).toHaveLength(50);
  });

  test('a page body joins the response it belongs to, even when it arrives first', () => {
    const body = { source: 'page-fetch' as const, binary: false, text: '{"title":"taken"}', keptSize: 17, truncated: false };
    h.service.pageEvent({ kind: 'response', api: 'fetch', url: 'https://api.example.test/x', method: 'GET', status: 409, body }, APP);
    h.request({}, 409);
    expect(h.service.logs.snapshot(1).entries[0]!.body?.text).toBe('{"title":"taken"}');
  });

  test("a page's failure report and the browser's error are one entry", () => {
    h.service.pageEvent({ kind: 'failure', api: 'fetch', url: 'https://api.example.test/x', method: 'GET', message: 'Failed to fetch' }, APP);
    h.request({}, undefined, 'net::ERR_FAILED');
    const entries = h.service.logs.snapshot(1).entries;
    expect(entries).toHaveLength(1);
    expect(entries[0]!.error).toContain('net::ERR_FAILED');
    expect(entries[0]!.error).toContain('Failed to fetch');
  });

  test('entries trimmed from a full log or cleared give their memory back', () => {
    const text = 'y'.repeat(1000);
    for (let i = 0; i < LIMITS.entriesPerTab + 100; i++) {
      h.request({ url: `https://api.example.test/t/${i}` }, 500);
      h.service.pageEvent({ kind: 'response', api: 'fetch', url: `https://api.example.test/t/${i}`, method: 'GET', status: 500, body: { source: 'page-fetch', binary: false, text, keptSize: 1000, truncated: false } }, APP);
    }
    expect(h.service.logs.size(1)).toBe(LIMITS.entriesPerTab);
    const held = h.service.memoryChars;
    expect(held).toBeGreaterThan(LIMITS.entriesPerTab * 1000);
    expect(held).toBeLessThan(LIMITS.entriesPerTab * 2000);
    h.service.clear(1, true);
    expect(h.service.memoryChars).toBe(0);
  });

  test('memory stays bounded per tab and in all, however many responses pass', () => {
    const big = 'x'.repeat(LIMITS.bodyBytes);
    for (let i = 0; i < 400; i++) {
      const tabId = 1 + (i % 4);
      h.request({ url: `https://api.example.test/${i}`, tabId }, 500);
      h.service.pageEvent({ kind: 'response', api: 'fetch', url: `https://api.example.test/${i}`, method: 'GET', status: 500, body: { source: 'page-fetch', binary: false, text: big, keptSize: big.length, truncated: false } }, { ...APP, tabId });
    }
    expect(h.service.memoryChars).toBeLessThanOrEqual(LIMITS.memoryChars);
    for (const t of [1, 2, 3, 4]) expect(h.service.memoryCharsOf(t)).toBeLessThanOrEqual(LIMITS.memoryCharsPerTab);
    const all = [1, 2, 3, 4].flatMap((t) => h.service.logs.snapshot(t).entries);
    expect(all.filter((e) => e.body?.dropped === 'memory').length).toBeGreaterThan(0);
    expect(all.find((e) => e.url.endsWith('/399'))?.body?.text).toBe(big); // the newest keep their text
  });

  test('a tab cut to make room for another says so: its version moves and it is saved again', () => {
    const big = 'x'.repeat(LIMITS.bodyBytes);
    const fill = (tabId: number, n: number) => {
      for (let i = 0; i < n; i++) {
        const url = `https://api.example.test/${tabId}/${i}`;
        h.request({ url, tabId }, 500);
        h.service.pageEvent({ kind: 'response', api: 'fetch', url, method: 'GET', status: 500, body: { source: 'page-fetch', binary: false, text: big, keptSize: big.length, truncated: false } }, { ...APP, tabId });
      }
    };
    for (const tabId of [1, 2, 3, 4]) fill(tabId, 40);
    h.flush();
    const before = h.service.view(1).version;
    h.saved.length = 0;
    fill(5, 45); // all five together are now over the global limit: the largest are cut
    expect(h.service.memoryChars).toBeLessThanOrEqual(LIMITS.memoryChars);
    expect(h.service.logs.snapshot(1).entries.some((e) => e.body?.dropped === 'memory')).toBe(true);
    expect(h.service.view(1, before).unchanged).toBeUndefined();
    h.flush();
    expect(h.saved.flat().map((s) => s.tabId)).toContain(1);
  });

  test("a tab flooding headers, URLs and bodies cannot evict another tab's data", () => {
    const bodyOf = (text: string) => ({ source: 'page-fetch' as const, binary: false, text, keptSize: text.length, truncated: false });
    h.request({ tabId: 2, url: 'https://quiet.example.test/api' }, 409);
    h.service.pageEvent({ kind: 'response', api: 'fetch', url: 'https://quiet.example.test/api', method: 'GET', status: 409, body: bodyOf('{"error":"quiet tab"}') }, { ...APP, tabId: 2 });
    const quietBefore = h.service.memoryCharsOf(2);
    const headers = Array.from({ length: 100 }, (_, i) => ({ name: `X-Pad-${i}`, value: 'h'.repeat(8 * 1024) }));
    const body = 'b'.repeat(LIMITS.bodyBytes);
    for (let i = 0; i < 600; i++) {
      const d = { requestId: `flood-${i}`, url: `https://flood.example.test/${'u'.repeat(8000)}/${i}`, method: 'GET', type: 'xmlhttprequest', tabId: 1, frameId: 0, timeStamp: i, initiator: 'https://api.example.test' };
      h.service.recorder.onHeadersReceived({ ...d, statusCode: 500, responseHeaders: headers });
      h.service.pageEvent({ kind: 'response', api: 'fetch', url: d.url, method: 'GET', status: 500, requestHeaders: headers.map((x) => [x.name, x.value] as [string, string]), body: bodyOf(body) }, APP);
    }
    const flood = h.service.logs.snapshot(1).entries;
    // Headers are capped in all per entry, not 100 x 8 KiB.
    expect(flood[0]!.responseHeaders.reduce((n, x) => n + x.name.length + x.value.length, 0)).toBeLessThanOrEqual(LIMITS.headerTotalChars);
    expect(h.service.memoryCharsOf(1)).toBeLessThanOrEqual(LIMITS.memoryCharsPerTab);
    expect(h.service.memoryCharsOf(2)).toBe(quietBefore);
    expect(h.service.logs.snapshot(2).entries[0]!.body?.text).toBe('{"error":"quiet tab"}');
  });

  test('a page cannot flood the log with made-up failures', () => {
    for (let i = 0; i < 50; i++) h.request({ url: `https://api.example.test/real/${i}` }, 500);
    for (let i = 0; i < 1000; i++) {
      h.service.pageEvent({ kind: 'failure', api: 'fetch', url: `https://api.example.test/fake/${i}`, method: 'GET', message: 'Failed to fetch' }, { ...APP, frameId: i % 5 });
      if (i % 100 === 0) h.tick(1000);
    }
    const entries = h.service.logs.snapshot(1).entries;
    const fakes = entries.filter((e) => e.reportedBy !== undefined);
    expect(fakes.length).toBeLessThanOrEqual(LIMITS.pageFailuresPerTab);
    expect(fakes.every((e) => e.reportedBy === 'https://api.example.test')).toBe(true);
    expect(entries.filter((e) => e.url.includes('/real/'))).toHaveLength(50); // the browser's records stay
    expect(h.service.view(1).refused).toBe(1000 - fakes.length);
  });

  test('bodies a page queued before navigating never dress the next site\'s responses', () => {
    const fake = { source: 'page-fetch' as const, binary: false, text: '{"fake":true}', keptSize: 13, truncated: false };
    const attacker = { tabId: 1, frameId: 0, url: 'https://attacker.test/' };
    h.service.pageEvent({ kind: 'response', api: 'fetch', url: 'https://victim.test/api', method: 'GET', status: 500, body: fake }, attacker);
    h.service.navigated(1, 0); // webNavigation.onBeforeNavigate
    // Reports from the old document that arrive after the navigation started are refused too.
    h.service.pageEvent({ kind: 'response', api: 'fetch', url: 'https://victim.test/api', method: 'GET', status: 500, body: fake }, attacker);
    h.request({ url: 'https://victim.test/api', initiator: 'https://victim.test' }, 500);
    expect(h.service.logs.snapshot(1).entries[0]!.body).toBeUndefined();
  });
});

describe('handleMessage: who may say what', () => {
  const origin = 'chrome-extension://abc/';
  function ctx(service: StatusLensService): MessageContext {
    return {
      service,
      extensionOrigin: origin,
      extensionId: 'abc',
      loadTab: async () => undefined,
      loadAll: async () => undefined,
      tabInfo: async () => ({ title: 't', url: 'http://localhost:3000/app' }),
      watchReady: async () => undefined,
      watchState: () => ({ level: 'light' }),
    };
  }
  const pageEvent = { kind: 'response', api: 'fetch', url: 'https://api.example.test/x', method: 'GET', status: 409, body: { source: 'page-fetch', binary: false, text: 'forged', keptSize: 6, truncated: false } };

  test('a page can attach bodies only to its own tab', async () => {
    const h = harness();
    h.request({ tabId: 1 }, 409);
    const reply = await handleMessage({ type: 'pageEvents', events: [JSON.stringify({ ...pageEvent, tabId: 1 })] }, { id: 'abc', tabId: 2, url: 'https://evil.test/' }, ctx(h.service));
    expect(reply).toEqual({ accepted: 1 }); // accepted, but for tab 2, where nothing matches
    expect(h.service.logs.snapshot(1).entries[0]!.body).toBeUndefined();
  });

  test('web pages cannot read or clear logs', async () => {
    const h = harness();
    h.request({}, 500);
    const asPage = { id: 'abc', tabId: 1, url: 'https://evil.test/' };
    expect(await handleMessage({ type: 'getLog', tabId: 1 }, asPage, ctx(h.service))).toBeUndefined();
    expect(await handleMessage({ type: 'clearLog', tabId: 1 }, asPage, ctx(h.service))).toBeUndefined();
    expect(h.service.logs.snapshot(1).entries).toHaveLength(1);
    const asPopup = { id: 'abc', url: `${origin}src/popup/index.html` };
    expect(await handleMessage({ type: 'getLog', tabId: 1 }, asPopup, ctx(h.service))).toMatchObject({ tabId: 1, total: 1 });
  });

  test('malformed, oversized or foreign messages are refused', async () => {
    const h = harness();
    const tab = { id: 'abc', tabId: 1, url: 'https://site.test/' };
    const send = (events: unknown) => handleMessage({ type: 'pageEvents', events }, tab, ctx(h.service));
    const json = (e: unknown) => JSON.stringify(e);
    expect(await send([json({ ...pageEvent, status: 200 }), json({ ...pageEvent, url: 'javascript:alert(1)' }), '{not json', json(pageEvent)])).toEqual({ accepted: 1 });
    expect(await send([json({ ...pageEvent, body: { ...pageEvent.body, text: 'x'.repeat(LIMITS.pageMessageChars) } })])).toBeUndefined();
    expect(await send(Array.from({ length: LIMITS.pageEventsPerMessage + 1 }, () => json(pageEvent)))).toBeUndefined();
    expect(await send([pageEvent])).toBeUndefined(); // objects are not accepted, only the hook's text
    expect(await send('not a list')).toBeUndefined();
    expect(await handleMessage({ type: 'listTabs' }, { id: 'other-extension', url: `${origin}x` }, ctx(h.service))).toBeUndefined();
    expect(await handleMessage('listTabs', tab, ctx(h.service))).toBeUndefined();
    expect(await handleMessage({ type: 'toString' }, { id: 'abc', url: `${origin}x` }, ctx(h.service))).toBeUndefined(); // not an own handler
    // Content scripts cannot use the extension pages' messages, nor our pages the relay's.
    expect(await handleMessage({ type: 'listTabs' }, tab, ctx(h.service))).toBeUndefined();
    expect(await handleMessage({ type: 'pageEvents', events: [json(pageEvent)] }, { id: 'abc', url: `${origin}x` }, ctx(h.service))).toBeUndefined();
  });
});

describe('the list view', () => {
  test('no reply can outgrow a runtime message: entries are bounded and the list is paged', () => {
    const h = harness();
    const headers = Array.from({ length: 300 }, (_, i) => ({ name: `X-Pad-${i}`, value: 'h'.repeat(64 * 1024) }));
    const body = { source: 'page-fetch' as const, binary: false, text: '"'.repeat(LIMITS.bodyBytes), keptSize: LIMITS.bodyBytes, truncated: false };
    for (let i = 0; i < LIMITS.entriesPerTab; i++) {
      const d = { requestId: `big-${i}`, url: `https://api.example.test/${'u'.repeat(20_000)}/${i}`, method: 'POST', type: 'xmlhttprequest', tabId: 1, frameId: 0, timeStamp: i, initiator: 'https://api.example.test' };
      h.service.recorder.onHeadersReceived({ ...d, statusCode: 500, responseHeaders: headers });
      const requestHeaders = headers.map((x) => [x.name, x.value] as [string, string]);
      h.service.pageEvent({ kind: 'response', api: 'fetch', url: d.url.slice(0, LIMITS.urlChars), method: 'POST', status: 500, requestHeaders, requestBody: 'r'.repeat(1024 * 1024), body }, APP);
    }
    const first = h.service.view(1);
    expect(first.entries).toHaveLength(LIMITS.listPageEntries);
    expect(first.total).toBe(h.service.logs.size(1));
    const largestEntry = Math.max(...h.service.logs.snapshot(1).entries.map((e) => JSON.stringify(h.service.entry(1, e.id, true)).length));
    // A body of quotes doubles in JSON; headers, URL and request body are capped in all.
    expect(largestEntry).toBeLessThan(1024 * 1024);
    for (let offset = 0; offset < first.total!; offset += LIMITS.listPageEntries) {
      expect(JSON.stringify(h.service.view(1, undefined, offset)).length).toBeLessThan(8 * 1024 * 1024);
    }
  });

  test('leaves body text out, and an unchanged log costs nothing to poll', () => {
    const h = harness();
    h.request({}, 409);
    h.service.pageEvent({ kind: 'response', api: 'fetch', url: 'https://api.example.test/x', method: 'GET', status: 409, body: { source: 'page-fetch', binary: false, text: 'long body', keptSize: 9, truncated: false } }, APP);
    const view = h.service.view(1);
    expect(view.entries![0]!.body).toMatchObject({ keptSize: 9, text: undefined });
    expect(view.entries![0]!.responseHeaders).toEqual([]); // the detail reads them
    expect(h.service.entry(1, view.entries![0]!.id)!.responseHeaders).toEqual([{ name: 'ETag', value: '"v1"' }]);
    expect(h.service.entry(1, view.entries![0]!.id)!.body!.text).toBe('long body');
    expect(h.service.entry(2, view.entries![0]!.id)).toBeNull(); // another tab cannot read it
    expect(h.service.view(1, view.version)).toEqual({ tabId: 1, version: view.version, unchanged: true });
    h.request({}, 500);
    expect(h.service.view(1, view.version).entries).toHaveLength(2);
  });
});

describe('light capture: no webRequest listener watches the site', () => {
  const LIGHT = { level: () => 'light' as const, full: () => false };
  const body = (text: string) => ({ source: 'page-fetch' as const, binary: false, text, keptSize: text.length, truncated: false });
  const conflict = { kind: 'response' as const, api: 'fetch' as const, url: 'https://api.example.test/orders/7', method: 'PUT', status: 409, statusText: 'Conflict', durationMs: 40 };

  test("the page's own report is the entry, saying who saw it and what the page could read", () => {
    const h = harness(LIGHT);
    h.service.pageEvent({ ...conflict, requestHeaders: [['If-Match', '"v1"']], requestBody: '{"version":11}', responseHeaders: [['etag', '"v2"']], body: body('{"error":"stale"}') }, APP);
    const [e] = h.service.logs.snapshot(1).entries;
    expect(e).toMatchObject({
      kind: 'http-error', type: 'fetch', statusCode: 409, statusLine: '409 Conflict', method: 'PUT', seenBy: 'page', reportedBy: 'https://api.example.test',
      requestHeaders: [{ name: 'If-Match', value: '"v1"' }], responseHeaders: [{ name: 'etag', value: '"v2"' }], requestBody: { text: '{"version":11}' }, body: { text: '{"error":"stale"}' },
    });
    expect(e!.endTime! - e!.startTime).toBe(40);
    h.flush();
    expect(h.badges.get(1)?.text).toBe('1');
  });

  test('failures, failed documents, resource statuses and navigation errors each become entries', () => {
    const h = harness(LIGHT);
    h.service.pageEvent({ kind: 'failure', api: 'xhr', url: 'http://localhost:9/api', method: 'GET', message: 'network error' }, APP);
    h.service.pageEvent({ kind: 'document', url: 'https://api.example.test/page', status: 502, body: { ...body('<h1>Bad Gateway</h1>'), source: 'rendered-document' } }, APP);
    expect(h.service.resourceStatuses([{ kind: 'resource', url: 'https://api.example.test/logo.png', initiatorType: 'img', status: 404 }], APP)).toBe(1);
    expect(h.service.navigationError({ tabId: 1, frameId: 0, url: 'http://localhost:3000/', error: 'net::ERR_ABORTED' })).toBe(false);
    expect(h.service.navigationError({ tabId: 1, frameId: 0, url: 'http://localhost:3000/' })).toBe(false);
    // Firefox gives the nsresult: refused is shown by its webRequest name, "aborted" not at all.
    expect(h.service.navigationError({ tabId: 2, frameId: 1, url: 'http://localhost:3001/', error: 'Error code 2152398850' })).toBe(false);
    expect(h.service.navigationError({ tabId: 2, frameId: 1, url: 'http://localhost:3001/', error: 'Error code 2152398861' })).toBe(true);
    expect(h.service.logs.snapshot(2).entries).toMatchObject([{ error: 'NS_ERROR_CONNECTION_REFUSED', type: 'sub_frame' }]);
    h.service.navigationError({ tabId: 1, frameId: 0, url: 'http://localhost:3000/', error: 'net::ERR_CONNECTION_REFUSED' });
    const seen = h.service.logs.snapshot(1).entries.map((e) => [e.type, e.statusCode ?? e.error, e.seenBy]);
    expect(seen).toEqual([
      ['main_frame', 'net::ERR_CONNECTION_REFUSED', 'navigation'],
      ['image', 404, 'resource-timing'],
      ['main_frame', 502, 'page'],
      ['xmlhttprequest', 'XMLHttpRequest failed: network error', 'page'],
    ]);
  });

  test('an about:srcdoc or about:blank frame is watched as the origin it inherited', () => {
    const h = harness({ level: (url) => (url.startsWith('https://api.example.test') ? 'light' : 'off'), full: () => false });
    expect(h.service.pageEvent({ ...conflict, body: body('x') }, { tabId: 1, frameId: 3, url: 'about:srcdoc', origin: 'https://api.example.test' })).toBe(true);
    expect(h.service.pageEvent({ ...conflict, body: body('x') }, { tabId: 1, frameId: 4, url: 'about:blank', origin: 'https://unwatched.test' })).toBe(false);
  });

  test('nothing is taken from a page the user does not watch, or while paused', () => {
    for (const level of ['off', 'paused'] as const) {
      const h = harness({ level: () => level, full: () => false });
      expect(h.service.pageEvent({ ...conflict, body: body('x') }, APP)).toBe(false);
      expect(h.service.resourceStatuses([{ kind: 'resource', url: 'https://api.example.test/a.js', initiatorType: 'script', status: 404 }], APP)).toBe(0);
      expect(h.service.navigationError({ tabId: 1, frameId: 0, url: 'https://api.example.test/', error: 'net::ERR_CONNECTION_REFUSED' })).toBe(false);
      expect(h.service.logs.size(1)).toBe(0);
    }
  });

  test('where webRequest watches the request, the page only adds its body, and resource timing adds nothing', () => {
    const h = harness({ level: () => 'full', full: (url) => url.startsWith('https://api.example.test/') });
    expect(h.service.resourceStatuses([{ kind: 'resource', url: 'https://api.example.test/a.js', initiatorType: 'script', status: 404 }], APP)).toBe(0);
    h.service.pageEvent({ ...conflict, body: body('waiting') }, APP);
    expect(h.service.logs.size(1)).toBe(0); // waits for the browser's record
    h.request({ method: 'PUT', url: conflict.url }, 409);
    expect(h.service.logs.snapshot(1).entries[0]).toMatchObject({ body: { text: 'waiting' } });
    expect(h.service.logs.snapshot(1).entries[0]!.seenBy).toBeUndefined();
  });

  test('a page flooding reports fills at most its own log, at a bounded rate, and the refusals are counted', () => {
    const h = harness(LIGHT);
    for (let i = 0; i < 5000; i++) {
      h.service.pageEvent({ ...conflict, url: `https://api.example.test/flood/${i}`, body: body('x') }, APP);
      if (i % 500 === 0) h.tick(1000);
    }
    const size = h.service.logs.size(1);
    expect(size).toBeLessThanOrEqual(LIMITS.entriesPerTab);
    expect(size).toBeLessThan(LIMITS.lightReportBurst + 10 * LIMITS.lightReportsPerSecond + 1);
    expect(h.service.view(1).refused).toBe(5000 - size);
  });
});
