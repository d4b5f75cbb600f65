import { describe, expect, test } from 'vitest';
import { fitToStorage, isSnapshot } from './storage-budget';
import { entry } from './test-helpers';

const withText = (n: number, start: number) => entry({ startTime: start, body: { source: 'network', binary: false, text: 'x'.repeat(n), keptSize: n, truncated: false } });

describe('fitToStorage', () => {
  test('keeps the newest bodies within the budget and marks the rest', () => {
    const old = withText(60, 1);
    const mid = withText(30, 2);
    const fresh = withText(50, 3);
    const untouched = { tabId: 2, entries: [entry({ tabId: 2 })], dropped: 0 };
    const input = [{ tabId: 1, entries: [fresh, mid, old], dropped: 0 }, untouched];
    const out = fitToStorage(input, 100);
    const kept = out[0]!.entries.map((e) => e.body?.text?.length ?? e.body?.dropped);
    expect(kept).toEqual([50, 30, 'storage']);
    expect(out[1]).toBe(untouched); // unchanged tabs keep their identity
    expect(old.body?.text).toHaveLength(60); // the live entry is not modified
  });
  test('recognises its own snapshots only', () => {
    expect(isSnapshot({ tabId: 1, entries: [], dropped: 0 })).toBe(true);
    expect(isSnapshot({ tabId: '1', entries: [] })).toBe(false);
    expect(isSnapshot(null)).toBe(false);
  });
});
