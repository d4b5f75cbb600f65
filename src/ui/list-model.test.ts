import { describe, expect, test } from 'vitest';
import { entry } from '../background/test-helpers';
import { chipCounts, groupFailures, listView, matchesFilters, NO_FILTERS, newestFirst, typeChipOf, type ListFilters } from './list-model';
import type { IgnoreRule } from '../shared/noise';

const reasonOf = (c: number) => ({ 404: 'Not Found', 500: 'Internal Server Error' })[c];
const ids = (es: { id: string }[]) => es.map((e) => e.id);

describe('order', () => {
  test('newest first by start time, not by when each was logged; the previous page stays below', () => {
    // Logged in completion order: the refused request that started first failed last.
    const log = [
      entry({ id: 'refused', startTime: 100, kind: 'network-error', statusCode: undefined, error: 'net::ERR_CONNECTION_REFUSED' }),
      entry({ id: 'late', startTime: 300 }),
      entry({ id: 'early', startTime: 200 }),
      entry({ id: 'old-page', startTime: 400, previousPage: true }),
    ];
    expect(ids(newestFirst(log))).toEqual(['late', 'early', 'refused', 'old-page']);
  });

  test('stable: the same start time keeps the log order', () => {
    const log = [entry({ id: 'a', startTime: 5 }), entry({ id: 'b', startTime: 5 }), entry({ id: 'c', startTime: 5 })];
    expect(ids(newestFirst(log))).toEqual(['a', 'b', 'c']);
    expect(ids(newestFirst([...log].reverse()))).toEqual(['c', 'b', 'a']);
  });
});

describe('filters', () => {
  const f = (over: Partial<ListFilters>): ListFilters => ({ ...NO_FILTERS, ...over });
  const fetch500 = entry({ id: 'f500', type: 'fetch', statusCode: 500, url: 'https://api.shop.test/v1/cart?x=1', serverMessage: 'Inventory timed out' });
  const img404 = entry({ id: 'i404', type: 'image', statusCode: 404, url: 'https://cdn.shop.test/logo.png' });
  const refused = entry({ id: 'net', type: 'main_frame', kind: 'network-error', statusCode: undefined, error: 'net::ERR_CONNECTION_REFUSED', url: 'http://localhost:9/' });
  const all = [fetch500, img404, refused];
  const pass = (filters: ListFilters, hits: string[] = []) => ids(all.filter((e) => matchesFilters(e, filters, new Set(hits), reasonOf)));

  test('types map as the chips name them', () => {
    expect(['fetch', 'xmlhttprequest', 'main_frame', 'sub_frame', 'image', 'imageset', 'script', 'stylesheet', 'font', 'ping'].map(typeChipOf)).toEqual([
      'fetch', 'fetch', 'document', 'document', 'image', 'image', 'script', 'other', 'other', 'other',
    ]);
  });

  test('chips: any chip of a group, every group', () => {
    expect(pass(f({ classes: ['5xx'] }))).toEqual(['f500']);
    expect(pass(f({ classes: ['4xx', 'network'] }))).toEqual(['i404', 'net']);
    expect(pass(f({ types: ['document'] }))).toEqual(['net']);
    expect(pass(f({ hosts: ['cdn.shop.test', 'api.shop.test'] }))).toEqual(['f500', 'i404']);
    expect(pass(f({ classes: ['4xx'], hosts: ['api.shop.test'] }))).toEqual([]);
  });

  test('text: URL, status and reason, error, server message (any case), or a body the source found', () => {
    expect(pass(f({ text: 'CART' }))).toEqual(['f500']);
    expect(pass(f({ text: '404' }))).toEqual(['i404']);
    expect(pass(f({ text: 'not found' }))).toEqual(['i404']);
    expect(pass(f({ text: 'refused' }))).toEqual(['net']);
    expect(pass(f({ text: 'inventory' }))).toEqual(['f500']);
    expect(pass(f({ text: 'zebra' }), ['i404'])).toEqual(['i404']);
    expect(pass(f({ text: 'zebra', classes: ['5xx'] }), ['i404'])).toEqual([]); // and the chips still hold
    expect(pass(f({ text: '   ' }))).toEqual(['f500', 'i404', 'net']);
  });

  test('chip counts, hosts by how many failures', () => {
    const c = chipCounts([...all, entry({ url: 'https://cdn.shop.test/a.js', type: 'script', statusCode: 404 })]);
    expect(c.classes).toEqual({ '4xx': 2, '5xx': 1, network: 1 });
    expect(c.types).toEqual({ fetch: 1, document: 1, image: 1, script: 1, other: 0 });
    expect(c.hosts).toEqual([['cdn.shop.test', 2], ['api.shop.test', 1], ['localhost:9', 1]]);
  });
});

describe('grouping', () => {
  test('the same method, status and URL without its query are one group, where its newest is', () => {
    const same = (id: string, startTime: number, q: string) => entry({ id, startTime, statusCode: 500, url: `https://api.test/orders?page=${q}` });
    const log = newestFirst([
      same('s1', 1, '1'),
      entry({ id: 'other-status', startTime: 2, statusCode: 502, url: 'https://api.test/orders' }),
      same('s2', 3, '2'),
      entry({ id: 'other-method', startTime: 4, method: 'POST', statusCode: 500, url: 'https://api.test/orders' }),
      same('s3', 5, '3'),
      entry({ id: 'refused-a', startTime: 6, kind: 'network-error', statusCode: undefined, error: 'net::ERR_CONNECTION_REFUSED', url: 'https://api.test/orders' }),
      entry({ id: 'refused-b', startTime: 7, kind: 'network-error', statusCode: undefined, error: 'net::ERR_CONNECTION_REFUSED', url: 'https://api.test/orders' }),
      entry({ id: 'timeout', startTime: 8, kind: 'network-error', statusCode: undefined, error: 'net::ERR_TIMED_OUT', url: 'https://api.test/orders' }),
    ]);
    expect(groupFailures(log).map((g) => ids(g.entries))).toEqual([['timeout'], ['refused-b', 'refused-a'], ['s3', 's2', 's1'], ['other-method'], ['other-status']]);
  });

  test('300 identical 500s are one group', () => {
    const log = newestFirst(Array.from({ length: 300 }, (_, i) => entry({ startTime: i, statusCode: 500, url: `https://api.test/flaky?attempt=${i}` })));
    const groups = groupFailures(log);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.entries).toHaveLength(300);
    expect(groups[0]!.entries[0]!.startTime).toBe(299);
  });

  test('the previous page is grouped apart', () => {
    const log = newestFirst([entry({ id: 'now', statusCode: 500, url: 'https://a.test/x' }), entry({ id: 'before', statusCode: 500, url: 'https://a.test/x', previousPage: true })]);
    expect(groupFailures(log)).toHaveLength(2);
  });
});

describe('the list view', () => {
  const favicon: IgnoreRule = { kind: 'favicon', value: '' };
  const ads: IgnoreRule = { kind: 'host', value: 'ads.test' };
  const log = [
    entry({ id: 'icon', url: 'https://shop.test/favicon.ico', type: 'image', startTime: 5 }),
    entry({ id: 'ad', url: 'https://ads.test/pixel', statusCode: 500, startTime: 4 }),
    entry({ id: 'api', url: 'https://shop.test/api', statusCode: 500, startTime: 3 }),
    entry({ id: 'old', url: 'https://shop.test/old', startTime: 9, previousPage: true }),
  ];

  test('ignored entries are hidden, named by their rule, and not counted', () => {
    const v = listView(log, [favicon, ads], false, NO_FILTERS, new Set(), reasonOf);
    expect(ids(v.shown)).toEqual(['api', 'old']);
    expect(v.hiddenBy.get('icon')).toBe(favicon);
    expect(v.hiddenBy.get('ad')).toBe(ads);
    expect(v.current).toBe(1); // the previous page's do not count either
  });

  test('shown on demand, still not counted', () => {
    const v = listView(log, [favicon, ads], true, NO_FILTERS, new Set(), reasonOf);
    expect(ids(v.shown)).toEqual(['icon', 'ad', 'api', 'old']);
    expect(v.current).toBe(1);
  });

  test('filters choose among what is shown', () => {
    const v = listView(log, [favicon], false, { ...NO_FILTERS, classes: ['5xx'] }, new Set(), reasonOf);
    expect(ids(v.base)).toEqual(['ad', 'api', 'old']);
    expect(ids(v.shown)).toEqual(['ad', 'api']);
  });
});
