import { describe, expect, test } from 'vitest';
import { TabLogs } from './tab-log';
import { entry } from './test-helpers';

describe('TabLogs', () => {
  test('newest first, per tab', () => {
    const logs = new TabLogs(10);
    const a = entry({ tabId: 1 });
    const b = entry({ tabId: 2 });
    const c = entry({ tabId: 1 });
    [a, b, c].forEach((e) => logs.add(e));
    expect(logs.snapshot(1).entries.map((e) => e.id)).toEqual([c.id, a.id]);
    expect(logs.snapshot(2).entries.map((e) => e.id)).toEqual([b.id]);
    expect(logs.snapshot(3)).toEqual({ tabId: 3, entries: [], dropped: 0 });
  });

  test('keeps at most the bound, drops the oldest and counts them', () => {
    const logs = new TabLogs(500);
    const all = Array.from({ length: 1234 }, () => entry({ tabId: 7 }));
    all.forEach((e) => logs.add(e));
    const snap = logs.snapshot(7);
    expect(snap.entries).toHaveLength(500);
    expect(snap.dropped).toBe(734);
    expect(snap.entries[0]!.id).toBe(all[1233]!.id);
    expect(snap.entries[499]!.id).toBe(all[734]!.id);
    expect(logs.get(all[0]!.id)).toBeUndefined(); // dropped entries are forgotten by id too
    expect(logs.get(all[1233]!.id)).toBe(all[1233]);
  });

  test('a top-level navigation marks the old page, and only entries since the last one', () => {
    const logs = new TabLogs();
    const old = entry();
    logs.add(old);
    expect(logs.markPreviousPage(1)).toBe(true);
    const fresh = entry();
    logs.add(fresh);
    expect(logs.currentEntries(1).map((e) => e.id)).toEqual([fresh.id]);
    expect(logs.snapshot(1).entries.map((e) => e.previousPage)).toEqual([false, true]);
    expect(logs.markPreviousPage(99)).toBe(false);
  });

  test('clear forgets the tab', () => {
    const logs = new TabLogs();
    const e = entry();
    logs.add(e);
    logs.clear(1);
    expect(logs.snapshot(1).entries).toEqual([]);
    expect(logs.get(e.id)).toBeUndefined();
  });

  test('the wire replaces what a page reported; a page report replaces nothing', () => {
    const logs = new TabLogs();
    const e = entry();
    logs.add(e);
    const body = { binary: false, keptSize: 1, truncated: false } as const;
    expect(logs.attachBody(e, { ...body, source: 'rendered-document', text: 'r' })).toBe(true);
    expect(logs.attachBody(e, { ...body, source: 'page-fetch', text: 'p' })).toBe(false);
    expect(logs.attachBody(e, { ...body, source: 'network', text: 'n' })).toBe(true);
    expect(logs.attachBody(e, { ...body, source: 'page-fetch', text: 'p2' })).toBe(false);
    expect(e.body?.text).toBe('n');
  });

  test('restore merges stored entries before ones seen while storage was read', () => {
    const logs = new TabLogs();
    const live = entry();
    logs.add(live);
    const stored1 = entry();
    const stored2 = entry();
    logs.restore({ tabId: 1, entries: [stored2, stored1], dropped: 3 });
    expect(logs.snapshot(1).entries.map((e) => e.id)).toEqual([live.id, stored2.id, stored1.id]);
    expect(logs.snapshot(1).dropped).toBe(3);
  });
});
