import { describe, expect, test } from 'vitest';
import { StatusLensService } from './service';
import { handleMessage, type MessageContext } from './messages';
import { SEARCH_QUERY_CHARS, searchBodies, searchQueryOf } from './search-log';
import { entry } from './test-helpers';
import type { CapturedBody } from '../shared/types';
import { DEFAULT_SETTINGS } from '../shared/settings';

const body = (text: string): CapturedBody => ({ source: 'network', binary: false, text, keptSize: text.length, truncated: false });

describe('searching bodies', () => {
  const entries = [
    entry({ id: 'a', body: body('{"error":"Quota exceeded for Zebrafish"}') }),
    entry({ id: 'b', body: body('nothing here') }),
    entry({ id: 'c', requestBody: { text: '{"name":"zebrafish tank"}', size: 25, truncated: false } }),
    entry({ id: 'd', requestBody: { form: { species: ['ZEBRAFISH'] }, size: 17, truncated: false } }),
    entry({ id: 'e', body: { source: 'network', binary: true, keptSize: 10, truncated: false } }),
  ];

  test('response bodies and request bodies (text and form), in any case', () => {
    expect(searchBodies(entries, 'zebrafish')).toEqual(['a', 'c', 'd']);
    expect(searchBodies(entries, 'QUOTA EXCEEDED')).toEqual(['a']);
    expect(searchBodies(entries, 'absent')).toEqual([]);
    expect(searchBodies(entries, '')).toEqual([]);
  });

  test('the query is literal text, never a pattern', () => {
    const e = [entry({ id: 'x', body: body('price: $5.00 (approx.)') }), entry({ id: 'y', body: body('price 5a00') })];
    expect(searchBodies(e, '$5.00 (')).toEqual(['x']);
    expect(searchBodies(e, '.*')).toEqual([]);
  });

  test('a query is a capped, trimmed string', () => {
    expect(searchQueryOf('  zebra ')).toBe('zebra');
    expect(searchQueryOf('z'.repeat(10_000))).toHaveLength(SEARCH_QUERY_CHARS);
    expect(searchQueryOf(42)).toBeUndefined();
    expect(searchQueryOf({ toString: () => 'x' })).toBeUndefined();
  });
});

describe('the searchLog message', () => {
  const origin = 'chrome-extension://abc/';
  const popup = { id: 'abc', url: `${origin}src/popup/index.html` };
  function setup() {
    const service = new StatusLensService({ now: () => 1, setTimeout: () => undefined, setBadge: () => undefined, persist: () => undefined });
    service.add(entry({ id: 'one', tabId: 1, body: body('deadline exceeded in Zebrafish service') }));
    service.add(entry({ id: 'two', tabId: 1, body: body('other') }));
    service.add(entry({ id: 'three', tabId: 2, body: body('zebrafish in another tab') }));
    const loaded: number[] = [];
    const ctx: MessageContext = {
      service,
      extensionOrigin: origin,
      extensionId: 'abc',
      loadTab: async (tabId) => void loaded.push(tabId),
      loadAll: async () => undefined,
      tabInfo: async () => undefined,
      watchReady: async () => undefined,
      watchState: () => ({ level: 'light' }),
    };
    return { ctx, loaded };
  }

  test("answers our pages with the ids of that tab's entries only, after reading its stored log", async () => {
    const { ctx, loaded } = setup();
    expect(await handleMessage({ type: 'searchLog', tabId: 1, query: 'ZEBRAFISH' }, popup, ctx)).toEqual(['one']);
    expect(loaded).toEqual([1]);
  });

  test("a secret the list masks is not found; with masking off in the settings, it is", async () => {
    const { ctx } = setup();
    ctx.service.add(entry({ id: 'secret', tabId: 1, body: body('{"message":"bad login","password":"hunter2-zz"}') }));
    expect(await handleMessage({ type: 'searchLog', tabId: 1, query: 'hunter2-zz' }, popup, ctx)).toEqual([]);
    expect(await handleMessage({ type: 'searchLog', tabId: 1, query: 'bad login' }, popup, ctx)).toEqual(['secret']);
    const s = structuredClone(DEFAULT_SETTINGS);
    s.capture.maskSecrets = false;
    ctx.service.applySettings(s);
    expect(await handleMessage({ type: 'searchLog', tabId: 1, query: 'hunter2-zz' }, popup, ctx)).toEqual(['secret']);
  });

  test('a malformed request gets no answer; a web page gets none at all', async () => {
    const { ctx } = setup();
    for (const bad of [{ tabId: 1 }, { tabId: '1', query: 'x' }, { tabId: 1.5, query: 'x' }, { tabId: 1, query: ['x'] }]) {
      expect(await handleMessage({ type: 'searchLog', ...bad }, popup, ctx)).toBeUndefined();
    }
    expect(await handleMessage({ type: 'searchLog', tabId: 1, query: 'zebrafish' }, { id: 'abc', tabId: 1, url: 'https://evil.test/' }, ctx)).toBeUndefined();
  });
});

describe('the tab picker counts what the list header counts', () => {
  test('current-page failures not hidden by the rules the page sent', async () => {
    const service = new StatusLensService({ now: () => 1, setTimeout: () => undefined, setBadge: () => undefined, persist: () => undefined });
    service.add(entry({ tabId: 1, url: 'https://shop.test/favicon.ico', type: 'image' }));
    service.add(entry({ tabId: 1, url: 'https://shop.test/api/a', statusCode: 500 }));
    service.add(entry({ tabId: 1, url: 'https://ads.test/pixel', statusCode: 404 }));
    service.add(entry({ tabId: 1, url: 'https://shop.test/old', previousPage: true }));
    const ctx = { service, extensionOrigin: 'x://', extensionId: 'abc', loadTab: async () => undefined, loadAll: async () => undefined, tabInfo: async () => ({ title: 'Shop' }), watchReady: async () => undefined, watchState: () => ({ level: 'light' as const }) };
    const ask = (ignore: unknown) => handleMessage({ type: 'listTabs', ignore }, { id: 'abc', url: 'x://popup' }, ctx);
    expect(await ask(undefined)).toMatchObject([{ tabId: 1, count: 3, title: 'Shop' }]);
    expect(await ask([{ kind: 'favicon', value: '' }, { kind: 'host', value: 'ads.test' }])).toMatchObject([{ tabId: 1, count: 1 }]);
    // Rules are read like stored settings: what is not a rule is left out.
    expect(await ask([{ kind: 'host', value: 'ads.test' }, { kind: 'eval', value: 'x' }, 'favicon'])).toMatchObject([{ tabId: 1, count: 2 }]);
  });
});
