import { describe, expect, test } from 'vitest';
import { fitTab, isSnapshot, jsonBytes } from './storage-budget';
import { entry } from './test-helpers';

const withText = (n: number, start: number) => entry({ startTime: start, body: { source: 'network', binary: false, text: 'x'.repeat(n), keptSize: n, truncated: false } });

describe('fitTab', () => {
  test('keeps the newest bodies within the budget, then entries without text, then counts the rest as dropped', () => {
    const fresh = withText(3000, 3);
    const mid = withText(3000, 2);
    const old = withText(3000, 1);
    const oldest = withText(3000, 0);
    const snapshot = { tabId: 1, entries: [fresh, mid, old, oldest], dropped: 2 };
    const meta = jsonBytes({ ...old, body: { ...old.body, text: undefined, dropped: 'storage' } });
    const { snapshot: out, bytes } = fitTab(snapshot, 3 * meta + 2 * 3100 + 100);
    expect(out.entries.map((e) => e.body?.text?.length ?? e.body?.dropped)).toEqual([3000, 3000, 'storage']);
    expect(out.dropped).toBe(3);
    expect(bytes).toBeLessThanOrEqual(3 * meta + 2 * 3100 + 100);
    expect(old.body?.text).toHaveLength(3000); // the live entry is not modified
  });

  test('counts UTF-8 bytes, as the storage quota does', () => {
    expect(jsonBytes('abc')).toBe(5);
    expect(jsonBytes('冲突')).toBe(2 + 6);
    expect(jsonBytes('😀')).toBe(2 + 4);
    const chinese = entry({ body: { source: 'network', binary: false, text: '冲'.repeat(1000), keptSize: 3000, truncated: false } });
    const { snapshot } = fitTab({ tabId: 1, entries: [chinese], dropped: 0 }, 2500);
    expect(snapshot.entries[0]!.body?.dropped).toBe('storage');
  });

  test('stores what prepare makes of an entry, never the live one', () => {
    const e = entry({ url: 'https://x.test/?token=secret' });
    const { snapshot } = fitTab({ tabId: 1, entries: [e], dropped: 0 }, 1e6, (x) => ({ ...x, url: 'https://x.test/?token=••••' }));
    expect(snapshot.entries[0]!.url).toBe('https://x.test/?token=••••');
    expect(e.url).toBe('https://x.test/?token=secret');
  });

  test('recognises its own snapshots only', () => {
    expect(isSnapshot({ tabId: 1, entries: [], dropped: 0 })).toBe(true);
    expect(isSnapshot({ tabId: '1', entries: [] })).toBe(false);
    expect(isSnapshot(null)).toBe(false);
  });
});
