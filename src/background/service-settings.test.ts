import { describe, expect, test } from 'vitest';
import { StatusLensService, type ServiceDeps } from './service';
import type { RequestDetails } from './recorder';
import type { BadgeState } from './badge';
import { maskEntry } from './mask-entry';
import { entry } from './test-helpers';
import { DEFAULT_SETTINGS, readSettings, type Settings } from '../shared/settings';
import type { CapturedBody } from '../shared/types';
import { LIMITS } from '../shared/limits';

/** The settings as the background reads them from storage.sync, with some parts changed. */
function settings(change: (s: Settings) => void): Settings {
  const s = readSettings(structuredClone(DEFAULT_SETTINGS));
  change(s);
  return s;
}

function harness(watch?: ServiceDeps['watch'], uiLanguage?: () => string) {
  const timers: (() => void)[] = [];
  const badges = new Map<number, BadgeState>();
  const draws: number[] = [];
  const service = new StatusLensService({
    watch,
    uiLanguage,
    now: () => 1_000,
    setTimeout: (fn) => timers.push(fn),
    setBadge: (tabId, state) => {
      badges.set(tabId, state);
      draws.push(tabId);
    },
    persist: () => undefined,
  });
  let id = 0;
  /** One request through the webRequest events, as the browser reports them. */
  const request = (over: Partial<RequestDetails>, status?: number, error?: string) => {
    const d: RequestDetails = { requestId: String(++id), url: 'https://app.example.test/api', method: 'GET', type: 'xmlhttprequest', tabId: 1, frameId: 0, timeStamp: 1_000, ...over };
    if (error) service.recorder.onErrorOccurred({ ...d, error });
    else service.recorder.onHeadersReceived({ ...d, statusCode: status, responseHeaders: [] });
    return d.requestId;
  };
  const badge = (tabId = 1) => {
    timers.splice(0).forEach((fn) => fn());
    return badges.get(tabId);
  };
  const logged = (tabId = 1) => service.logs.snapshot(tabId).entries.map((e) => e.statusCode ?? e.error);
  return { service, request, badge, draws, logged };
}

const APP = { tabId: 1, frameId: 0, url: 'https://app.example.test/page' };
const LIGHT = { level: () => 'light' as const, full: () => false };
const textBody = (text: string) => ({ source: 'page-fetch' as const, binary: false, text, keptSize: text.length, truncated: false });

describe('the badge counts only what matters', () => {
  test("the browser's favicon is logged but not counted, by the default rule; the tooltip says how many were ignored", () => {
    const h = harness();
    h.request({ url: 'https://app.example.test/favicon.ico', type: 'image' }, 404);
    h.request({}, 500);
    expect(h.badge()).toEqual({ text: '1', color: '#dc2626', title: '1 failed: 500 ×1 (+1 ignored)' });
    expect(h.logged()).toEqual([500, 404]);
    // A page fetching its favicon on purpose is the page's own call, not the browser's.
    h.request({ url: 'https://app.example.test/favicon.ico', type: 'xmlhttprequest' }, 404);
    expect(h.badge()?.title).toBe('2 failed: 404 ×1, 500 ×1 (+1 ignored)');
  });

  test('only ignored failures: no badge text, and the tooltip still says they are there', () => {
    const h = harness();
    h.request({ url: 'https://app.example.test/favicon.ico', type: 'image' }, 404);
    expect(h.badge()).toMatchObject({ text: '', title: 'StatusLens: no failed responses on this page (+1 ignored)' });
  });

  test('a rule added or removed redraws every tab at once; entries stay in the log', () => {
    const h = harness();
    h.request({ url: 'https://stats.example.test/collect' }, 404);
    h.request({ url: 'https://stats.example.test/beacon', tabId: 2 }, 503);
    h.request({ url: 'https://app.example.test/api', tabId: 2 }, 409);
    h.request({}, 500);
    expect([h.badge(1)?.text, h.badge(2)?.text]).toEqual(['2', '2']);
    const ignoring = settings((s) => s.ignore.push({ kind: 'host', value: 'stats.example.test' }));
    h.service.applySettings(ignoring);
    expect(h.badge(1)).toEqual({ text: '1', color: '#dc2626', title: '1 failed: 500 ×1 (+1 ignored)' });
    expect(h.badge(2)).toEqual({ text: '1', color: '#c2410c', title: '1 failed: 409 ×1 (+1 ignored)' }); // the 503 no longer sets the colour
    expect(h.logged(1)).toEqual([500, 404]);
    h.service.applySettings(settings(() => undefined));
    expect([h.badge(1)?.text, h.badge(2)?.text]).toEqual(['2', '2']);
  });

  test('a settings change that leaves a badge as it was does not draw it again', () => {
    const h = harness();
    h.request({}, 500);
    h.badge();
    h.draws.length = 0;
    h.service.applySettings(settings((s) => (s.capture.bodyKiB = 16)));
    h.badge();
    expect(h.draws).toEqual([]);
  });

  test("badge styles: a count, a dot in the worst class's colour, or no text; the tooltip lists the counts in each", () => {
    const h = harness();
    h.request({}, 404);
    h.request({}, 404);
    expect(h.badge()).toEqual({ text: '2', color: '#c2410c', title: '2 failed: 404 ×2' });
    h.service.applySettings(settings((s) => (s.display.badge = 'dot')));
    expect(h.badge()).toEqual({ text: '•', color: '#c2410c', title: '2 failed: 404 ×2' });
    h.request({}, undefined, 'net::ERR_CONNECTION_REFUSED');
    expect(h.badge()).toEqual({ text: '•', color: '#dc2626', title: '3 failed: 404 ×2, network error ×1' });
    h.service.applySettings(settings((s) => (s.display.badge = 'none')));
    expect(h.badge()).toEqual({ text: '', color: '#dc2626', title: '3 failed: 404 ×2, network error ×1' });
  });

  test("the tooltip speaks the settings' language, or the browser's for 'auto', and changes with the setting", () => {
    let browserLanguage = 'zh-TW';
    const h = harness(undefined, () => browserLanguage);
    h.request({}, 404);
    h.request({ url: 'https://app.example.test/favicon.ico', type: 'image' }, 404);
    h.request({}, undefined, 'net::ERR_CONNECTION_REFUSED');
    expect(h.badge()?.title).toBe('2 个失败：404 ×1，网络错误 ×1（另有 1 个已忽略）');
    h.service.applySettings(settings((s) => (s.display.language = 'en')));
    expect(h.badge()?.title).toBe('2 failed: 404 ×1, network error ×1 (+1 ignored)');
    browserLanguage = 'en-GB';
    h.service.applySettings(settings((s) => (s.display.language = 'zh-CN')));
    expect(h.badge()?.title).toBe('2 个失败：404 ×1，网络错误 ×1（另有 1 个已忽略）');
    h.service.applySettings(settings((s) => (s.display.language = 'auto')));
    expect(h.badge()?.title).toBe('2 failed: 404 ×1, network error ×1 (+1 ignored)');
    expect(h.service.badgeText().unwatched).toBe('StatusLens is not watching this site. Click to watch it.');
  });
});

describe('what to flag applies to new entries, on every path', () => {
  const off = (flag: keyof Settings['flag']) => settings((s) => (s.flag[flag] = false));

  test('4xx off: no new 4xx from the browser, the page, resource timing; 5xx still; what was logged stays', () => {
    const h = harness();
    h.request({ url: 'https://app.example.test/before' }, 404);
    h.service.applySettings(off('clientErrors'));
    h.request({}, 409);
    h.request({}, 502);
    expect(h.logged()).toEqual([502, 404]);
    const light = harness(LIGHT);
    light.service.applySettings(off('clientErrors'));
    expect(light.service.pageEvent({ kind: 'response', api: 'fetch', url: 'https://app.example.test/a', method: 'GET', status: 404, body: textBody('x') }, APP)).toBe(false);
    expect(light.service.pageEvent({ kind: 'document', url: 'https://app.example.test/gone', status: 410, body: { ...textBody('gone'), source: 'rendered-document' } }, APP)).toBe(false);
    expect(light.service.resourceStatuses([{ kind: 'resource', url: 'https://app.example.test/a.png', initiatorType: 'img', status: 404 }], APP)).toBe(0);
    expect(light.service.resourceStatuses([{ kind: 'resource', url: 'https://app.example.test/b.js', initiatorType: 'script', status: 500 }], APP)).toBe(1);
    expect(light.logged()).toEqual([500]);
    expect(light.service.view(1).refused).toBeUndefined(); // not flagged is not "refused by the rate limit"
  });

  test('5xx off: the browser and the page are both told no', () => {
    const h = harness(LIGHT);
    h.service.applySettings(off('serverErrors'));
    expect(h.service.pageEvent({ kind: 'response', api: 'xhr', url: 'https://app.example.test/a', method: 'GET', status: 503, body: textBody('x') }, APP)).toBe(false);
    expect(h.service.pageEvent({ kind: 'response', api: 'xhr', url: 'https://app.example.test/a', method: 'GET', status: 422, body: textBody('x') }, APP)).toBe(true);
    const full = harness();
    full.service.applySettings(off('serverErrors'));
    full.request({}, 500);
    full.request({}, 401);
    expect([h.logged(), full.logged()]).toEqual([[422], [401]]);
  });

  test('network errors off: none from the browser, the page or navigation; a twin is not merged either', () => {
    const h = harness({ level: () => 'full', full: () => true });
    // The page reported a failure while network errors were flagged: it stays, unmerged.
    h.service.pageEvent({ kind: 'failure', api: 'fetch', url: 'https://app.example.test/api', method: 'GET', message: 'Failed to fetch' }, APP);
    h.service.applySettings(off('networkErrors'));
    h.request({}, undefined, 'net::ERR_FAILED');
    h.request({ url: 'https://app.example.test/other' }, undefined, 'net::ERR_CONNECTION_REFUSED');
    expect(h.logged()).toEqual(['fetch failed: Failed to fetch']);
    expect(h.service.pageEvent({ kind: 'failure', api: 'xhr', url: 'https://app.example.test/x', method: 'GET', message: 'network error' }, APP)).toBe(false);
    const light = harness(LIGHT);
    light.service.applySettings(off('networkErrors'));
    expect(light.service.navigationError({ tabId: 1, frameId: 0, url: 'https://app.example.test/', error: 'net::ERR_CONNECTION_REFUSED' })).toBe(false);
    expect(light.service.pageEvent({ kind: 'failure', api: 'fetch', url: 'https://app.example.test/api', method: 'GET', message: 'Failed to fetch' }, APP)).toBe(false);
    expect(light.logged()).toEqual([]);
  });

  test('with network errors flagged, the twin is merged as before', () => {
    const h = harness({ level: () => 'full', full: () => true });
    h.service.pageEvent({ kind: 'failure', api: 'fetch', url: 'https://app.example.test/api', method: 'GET', message: 'Failed to fetch' }, APP);
    h.request({}, undefined, 'net::ERR_FAILED');
    expect(h.logged()).toEqual(['net::ERR_FAILED (page saw: fetch failed: Failed to fetch)']);
  });

  test('the twin is found behind a burst of other failures logged in between (a noisy page)', () => {
    const h = harness({ level: () => 'full', full: () => true });
    h.service.pageEvent({ kind: 'failure', api: 'fetch', url: 'https://app.example.test/api', method: 'GET', message: 'Failed to fetch' }, APP);
    for (let i = 0; i < 300; i++) h.request({ url: `https://app.example.test/flaky?attempt=${i}` }, 500);
    h.request({}, undefined, 'net::ERR_CONNECTION_RESET');
    const errors = h.logged().filter((x) => typeof x === 'string');
    expect(errors).toEqual(['net::ERR_CONNECTION_RESET (page saw: fetch failed: Failed to fetch)']);
  });

  test('a 3xx and a 200 (a GraphQL error) pass only when redirects and GraphQL errors are flagged', () => {
    const h = harness();
    h.service.add(entry({ id: 'r-302', statusCode: 302 }));
    h.service.add(entry({ id: 'g-200', statusCode: 200 }));
    expect(h.logged()).toEqual([]);
    h.service.applySettings(settings((s) => Object.assign(s.flag, { redirects: true, graphqlErrors: true })));
    h.service.add(entry({ id: 'r-302', statusCode: 302 }));
    h.service.add(entry({ id: 'g-200', statusCode: 200 }));
    expect(h.logged()).toEqual([200, 302]);
  });
});

describe('the body cap', () => {
  const big = 'x'.repeat(40 * 1024);

  test("a page's body and the browser's are cut to the user's cap, and say how big they were", () => {
    const h = harness(LIGHT);
    h.service.applySettings(settings((s) => (s.capture.bodyKiB = 16)));
    h.service.pageEvent({ kind: 'response', api: 'fetch', url: 'https://app.example.test/a', method: 'GET', status: 500, body: textBody(big) }, APP);
    expect(h.service.logs.snapshot(1).entries[0]!.body).toMatchObject({ keptSize: 16 * 1024, fullSize: big.length, truncated: true });
    expect(h.service.logs.snapshot(1).entries[0]!.body!.text).toHaveLength(16 * 1024);

    const full = harness();
    full.service.applySettings(settings((s) => (s.capture.bodyKiB = 64)));
    const id = full.request({}, 502);
    const wire: CapturedBody = { source: 'network', binary: false, text: 'y'.repeat(LIMITS.bodyBytes), keptSize: LIMITS.bodyBytes, fullSize: 3_000_000, truncated: true };
    expect(full.service.attachNetworkBody(id, wire)).toBe(true);
    expect(full.service.entry(1, id)!.body).toMatchObject({ keptSize: 64 * 1024, fullSize: 3_000_000, truncated: true });
  });

  test('at the default (256 KiB, the hard ceiling) a body is kept as it came', () => {
    const h = harness(LIGHT);
    const body = textBody('z'.repeat(LIMITS.bodyBytes));
    h.service.pageEvent({ kind: 'response', api: 'fetch', url: 'https://app.example.test/a', method: 'GET', status: 500, body }, APP);
    expect(h.service.logs.snapshot(1).entries[0]!.body).toMatchObject({ keptSize: LIMITS.bodyBytes, truncated: false });
  });
});

describe('masking secrets for our pages', () => {
  const secretive = () => {
    const h = harness();
    h.service.add(
      entry({
        id: 'secret',
        url: 'https://app.example.test/v1?api_key=K3Y',
        requestHeaders: [{ name: 'Authorization', value: 'Bearer eyJhbGciOi.secret' }],
        body: { source: 'network', binary: false, text: '{"error":"expired","refresh_token":"r-123"}', keptSize: 40, truncated: false, mimeType: 'application/json' },
      }),
    );
    return h;
  };

  test('on (the default): the list and the detail get masked copies, which say so', () => {
    const h = secretive();
    expect(h.service.view(1).entries![0]).toMatchObject({ url: 'https://app.example.test/v1?api_key=***', masked: 'revealable' });
    const shown = h.service.entry(1, 'secret')!;
    expect(JSON.stringify(shown)).not.toMatch(/K3Y|eyJhbGciOi|r-123/);
    expect(shown.masked).toBe('revealable');
  });

  test('off: the list and the detail get the entry as it is, with no "masked" mark; what is stored stays masked', () => {
    const h = secretive();
    h.service.applySettings(settings((s) => (s.capture.maskSecrets = false)));
    const listed = h.service.view(1).entries![0]!;
    expect(listed.url).toBe('https://app.example.test/v1?api_key=K3Y');
    expect(listed.masked).toBeUndefined();
    const shown = h.service.entry(1, 'secret')!;
    expect(shown.requestHeaders[0]!.value).toBe('Bearer eyJhbGciOi.secret');
    expect(shown.body!.text).toContain('r-123');
    expect(shown.masked).toBeUndefined();
    // The snapshot persistence writes is masked by the same rule whatever the setting (index.ts: prepare).
    const stored = maskEntry(h.service.snapshot(1).entries[0]!, 'stored');
    expect(JSON.stringify(stored)).not.toMatch(/K3Y|eyJhbGciOi|r-123/);
    expect(stored.masked).toBe('stored');
  });
});
