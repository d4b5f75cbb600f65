import { describe, expect, test } from 'vitest';
import { INDEX_KEY, KEY_PREFIX, LogPersistence, readIndex, type SessionStore } from './persistence';
import { StoredLogs } from './stored-logs';
import { jsonBytes } from './storage-budget';
import { entry } from './test-helpers';
import type { TabLogSnapshot } from '../shared/types';

/** storage.session with a quota, recording every write. */
function fakeStore(quota = Number.POSITIVE_INFINITY) {
  const data = new Map<string, unknown>();
  const writes: string[][] = [];
  const store: SessionStore = {
    async set(items) {
      const next = new Map(data);
      for (const [k, v] of Object.entries(items)) next.set(k, v);
      const used = [...next].reduce((n, [k, v]) => n + k.length + jsonBytes(v), 0);
      if (used > quota) throw new Error('QUOTA_BYTES quota exceeded');
      for (const [k, v] of Object.entries(items)) data.set(k, v);
      writes.push(Object.keys(items));
    },
    async remove(keys) {
      for (const k of keys) data.delete(k);
    },
  };
  return { store, data, writes };
}

const tab = (tabId: number, entries: number, bodyChars: number): TabLogSnapshot => ({
  tabId,
  dropped: 0,
  entries: Array.from({ length: entries }, (_, i) => entry({ tabId, startTime: i, body: { source: 'network', binary: false, text: 'z'.repeat(bodyChars), keptSize: bodyChars, truncated: false } })),
});

describe('LogPersistence', () => {
  test('each tab is its own write', async () => {
    const s = fakeStore();
    const p = new LogPersistence(s.store, { perTabBytes: 1e6, totalBytes: 3e6 });
    await p.save([tab(1, 2, 10), tab(2, 2, 10)], []);
    expect(s.writes).toEqual([[`${KEY_PREFIX}1`], [`${KEY_PREFIX}2`], [INDEX_KEY]]);
    expect([...readIndex(s.data.get(INDEX_KEY)).keys()]).toEqual([1, 2]);
    await p.save([], [1]);
    expect([...s.data.keys()].sort()).toEqual([`${KEY_PREFIX}2`, INDEX_KEY].sort());
    expect([...readIndex(s.data.get(INDEX_KEY)).keys()]).toEqual([2]);
  });

  test('a huge tab is cut to its own limit and never costs a small tab its data', async () => {
    const s = fakeStore(1_000_000);
    const p = new LogPersistence(s.store, { perTabBytes: 400_000, totalBytes: 900_000 });
    const small = tab(2, 3, 1000);
    await p.save([small], []);
    for (let round = 0; round < 3; round++) await p.save([tab(1, 500, 20_000), tab(3 + round, 200, 20_000)], []);
    const stored = s.data.get(`${KEY_PREFIX}2`) as TabLogSnapshot;
    expect(stored.entries.map((e) => e.body?.text?.length)).toEqual([1000, 1000, 1000]);
    const big = s.data.get(`${KEY_PREFIX}1`) as TabLogSnapshot;
    expect(jsonBytes(big)).toBeLessThanOrEqual(400_000);
    expect(big.entries.length).toBeGreaterThan(0);
  });

  test("when the total is over, the largest tabs share what is left", async () => {
    const s = fakeStore();
    const p = new LogPersistence(s.store, { perTabBytes: 500_000, totalBytes: 600_000 });
    await p.save([tab(1, 100, 5000), tab(2, 100, 5000), tab(3, 2, 100)], []);
    const sizes = [1, 2, 3].map((t) => jsonBytes(s.data.get(`${KEY_PREFIX}${t}`)));
    expect(sizes.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(600_000);
    expect(Math.abs(sizes[0]! - sizes[1]!)).toBeLessThan(20_000);
    expect((s.data.get(`${KEY_PREFIX}3`) as TabLogSnapshot).entries.every((e) => e.body?.text?.length === 100)).toBe(true);
  });

  test('a write the quota refuses keeps the tab without body text, and other tabs are saved', async () => {
    const s = fakeStore(150_000);
    const errors: number[] = [];
    const p = new LogPersistence(s.store, { perTabBytes: 1e6, totalBytes: 1e7 }, { onError: (t) => errors.push(t) });
    await p.save([tab(1, 2, 100), tab(2, 40, 5000)], []);
    expect(errors).toContain(2);
    expect((s.data.get(`${KEY_PREFIX}1`) as TabLogSnapshot).entries).toHaveLength(2);
    const saved = s.data.get(`${KEY_PREFIX}2`) as TabLogSnapshot;
    expect(saved.entries.length).toBeGreaterThan(0);
    expect(saved.entries.every((e) => e.body?.text === undefined)).toBe(true);
  });

  test('a waking worker reads only the index, then each tab when it is needed', async () => {
    const s = fakeStore();
    const before = new LogPersistence(s.store, { perTabBytes: 1e6, totalBytes: 3e6 });
    await before.save([tab(1, 3, 10), tab(2, 2, 10), tab(3, 1, 10)], []);

    // A new worker: the same storage, nothing read yet.
    const reads: string[][] = [];
    const restored: number[] = [];
    const get = async (keys: string[]) => {
      reads.push(keys);
      return Object.fromEntries(keys.filter((k) => s.data.has(k)).map((k) => [k, s.data.get(k)]));
    };
    let stored!: StoredLogs;
    const after = new LogPersistence(s.store, { perTabBytes: 1e6, totalBytes: 3e6 }, { load: (id) => stored.load(id) });
    stored = new StoredLogs({ get, announce: (index) => after.announce(index), restore: (snap) => (restored.push(snap.tabId), after.adopt([snap])) });
    await stored.boot();
    expect(reads).toEqual([[INDEX_KEY]]);
    expect((await stored.unreadTabs()).sort()).toEqual([1, 2, 3]);

    await Promise.all([stored.load(2), stored.load(2)]); // read once
    expect(reads).toEqual([[INDEX_KEY], [`${KEY_PREFIX}2`]]);
    expect(restored).toEqual([2]);

    // Saving tab 2 keeps tabs 1 and 3 in the index, unread and untouched.
    s.writes.length = 0;
    await after.save([tab(2, 4, 10)], []);
    expect(s.writes).toEqual([[`${KEY_PREFIX}2`], [INDEX_KEY]]);
    expect([...readIndex(s.data.get(INDEX_KEY)).keys()].sort()).toEqual([1, 2, 3]);
    expect((s.data.get(`${KEY_PREFIX}1`) as TabLogSnapshot).entries).toHaveLength(3);
    await stored.loadAll();
    expect(restored.sort()).toEqual([1, 2, 3]);
  });

  test('an unread tab larger than its share is read, then cut', async () => {
    const s = fakeStore();
    await new LogPersistence(s.store, { perTabBytes: 500_000, totalBytes: 1e6 }).save([tab(1, 100, 4000)], []);
    const big = jsonBytes(s.data.get(`${KEY_PREFIX}1`));
    expect(big).toBeGreaterThan(300_000);
    let stored!: StoredLogs;
    const after = new LogPersistence(s.store, { perTabBytes: 500_000, totalBytes: 600_000 }, { load: (id) => stored.load(id) });
    stored = new StoredLogs({
      get: async (keys) => Object.fromEntries(keys.filter((k) => s.data.has(k)).map((k) => [k, s.data.get(k)])),
      announce: (index) => after.announce(index),
      restore: (snap) => after.adopt([snap]),
    });
    await stored.boot();
    await after.save([tab(2, 100, 4000)], []);
    const sizes = [1, 2].map((t) => jsonBytes(s.data.get(`${KEY_PREFIX}${t}`)));
    expect(sizes[0]! + sizes[1]!).toBeLessThanOrEqual(600_000);
    expect(await stored.unreadTabs()).toEqual([]);
  });

  test("a tab's first read does not wait for the index", async () => {
    const reads: string[][] = [];
    let releaseIndex!: () => void;
    const indexGate = new Promise<void>((r) => (releaseIndex = r));
    const stored = new StoredLogs({
      get: async (keys) => {
        reads.push(keys);
        if (keys[0] === INDEX_KEY) await indexGate;
        return {};
      },
      announce: () => undefined,
      restore: () => undefined,
    });
    const booting = stored.boot();
    await stored.load(5); // answers while the index is still being read
    expect(reads).toEqual([[INDEX_KEY], [`${KEY_PREFIX}5`]]);
    releaseIndex();
    await booting;
  });
});
