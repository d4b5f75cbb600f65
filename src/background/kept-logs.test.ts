import { describe, expect, test } from 'vitest';
import { KEEP_IDLE_MS, KEEP_MAX_WAIT_MS, KEEP_SESSION_KEY, KEPT_INDEX_KEY, KEPT_PREFIX, KeptLogs, boundKept, browserSession, type KeptBounds, type TabFacts } from './kept-logs';
import { readKeptEntry, readKeptIndex, readKeptLog, type KeptMeta } from './kept-read';
import { maskEntry } from './mask-entry';
import { jsonBytes } from './storage-budget';
import { entry, fakeArea } from './test-helpers';
import { BODY_SOURCES, type LogEntry, type TabLogSnapshot } from '../shared/types';

/** A background's kept logs over fake storage: tabs, their logs and their facts are set by the test. */
function harness(options: { bounds?: KeptBounds; local?: ReturnType<typeof fakeArea>; session?: ReturnType<typeof fakeArea> } = {}) {
  const local = options.local ?? fakeArea();
  const session = options.session ?? fakeArea();
  const logs = new Map<number, LogEntry[]>();
  const facts = new Map<number, TabFacts>();
  const timers: (() => void)[] = [];
  const delays: number[] = [];
  let now = 1_000_000;
  const kept = new KeptLogs(
    {
      local,
      session: () => browserSession(session),
      tabInfo: async (tabId) => facts.get(tabId),
      snapshot: (tabId): TabLogSnapshot => ({ tabId, entries: logs.get(tabId) ?? [], dropped: 0 }),
      prepare: (e) => maskEntry(e, 'stored'),
      now: () => now,
      setTimeout: (fn, ms) => {
        timers.push(fn);
        delays.push(ms);
      },
      onError: (what, e) => {
        throw new Error(`${what}: ${e}`);
      },
    },
    options.bounds,
  );
  const tab = (tabId: number, n: number, over: Partial<LogEntry> = {}, f: Partial<TabFacts> = {}) => {
    logs.set(tabId, Array.from({ length: n }, () => entry({ tabId, ...over })));
    facts.set(tabId, { title: `Tab ${tabId}`, url: `https://app.test/${tabId}`, incognito: false, ...f });
  };
  /** Runs the pending timer and waits for its writes. */
  const settle = async () => {
    await Promise.resolve();
    timers.splice(0).forEach((fn) => fn());
    await kept.flush();
  };
  return { kept, local, session, logs, facts, tab, settle, timers, delays, tick: (ms: number) => (now += ms) };
}

const index = (h: ReturnType<typeof harness>) => readKeptIndex(h.local.data.get(KEPT_INDEX_KEY));
const meta = (id: string, savedAt: number, count: number, bytes: number): KeptMeta => ({ id, session: 's', savedAt, count, bytes });

describe('KeptLogs', () => {
  test('nothing is written while the setting is off', async () => {
    const h = harness();
    h.tab(1, 2);
    h.kept.changed([1]);
    await h.settle();
    expect(h.timers).toEqual([]);
    expect(h.local.data.size).toBe(0);
  });

  test("a tab's log is kept under an id of the browser session and the tab, with its title, URL and time, masked", async () => {
    const h = harness();
    await h.kept.setEnabled(true);
    h.tab(7, 2, { requestHeaders: [{ name: 'Authorization', value: 'Bearer sk_live_abcdefghijklmnop' }] });
    h.kept.changed([7]);
    h.kept.changed([7]); // a burst: one timer, one write
    expect(h.timers).toHaveLength(1);
    await h.settle();
    const session = h.session.data.get(KEEP_SESSION_KEY) as string;
    expect(session).toMatch(/^[a-z0-9]+$/);
    const id = `${session}-7`;
    expect(index(h)).toEqual([{ id, session, title: 'Tab 7', url: 'https://app.test/7', savedAt: 1_000_000, count: 2, bytes: jsonBytes(h.local.data.get(KEPT_PREFIX + id)) }]);
    const log = readKeptLog(h.local.data.get(KEPT_PREFIX + id), id)!;
    expect(log.entries).toHaveLength(2);
    expect(log.entries[0]!.masked).toBe('stored');
    expect(JSON.stringify(h.local.data.get(KEPT_PREFIX + id))).not.toContain('sk_live_abcdefghijklmnop');
  });

  test('after a browser restart (a new session) the same tab id is another log, and the earlier one is listed', async () => {
    const local = fakeArea();
    const before = harness({ local });
    await before.kept.setEnabled(true);
    before.tab(3, 2);
    before.kept.changed([3]);
    await before.settle();
    expect(await before.kept.earlier()).toEqual([]); // this session's logs are live tabs
    const [{ id }] = index(before) as [KeptMeta];

    const after = harness({ local, session: fakeArea() }); // storage.session is empty after a restart
    await after.kept.setEnabled(true);
    after.tick(60_000);
    after.tab(3, 1, {}, { title: 'Other page' });
    after.kept.changed([3]);
    await after.settle();
    const earlier = await after.kept.earlier();
    expect(earlier).toEqual([{ id, title: 'Tab 3', url: 'https://app.test/3', savedAt: 1_000_000, count: 2 }]);
    expect((await after.kept.get(earlier[0]!.id))!.entries).toHaveLength(2);
    expect(index(after)).toHaveLength(2);
  });

  test('a page failing in a loop is written after a quiet spell, or once half a minute has passed, not on every failure', async () => {
    const h = harness();
    await h.kept.setEnabled(true);
    h.tab(1, 1);
    h.kept.changed([1]);
    expect(h.delays).toEqual([KEEP_IDLE_MS]);
    for (let t = 1000; t < KEEP_MAX_WAIT_MS; t += 1000) {
      h.tick(1000);
      h.kept.changed([1]); // another failure every second
      if (h.timers.length) {
        h.timers.splice(0).forEach((fn) => fn()); // due: not quiet yet, so it waits on
        await Promise.resolve();
      }
      expect(h.local.data.size).toBe(0);
    }
    h.tick(1000);
    h.timers.splice(0).forEach((fn) => fn()); // half a minute since the first change: written, storm or not
    await h.kept.flush(); // waits for the writes the timer started
    expect(index(h).map((m) => m.count)).toEqual([1]);

    // Quiet: written once the logs have been still for KEEP_IDLE_MS.
    h.tab(1, 2);
    h.kept.changed([1]);
    h.tick(KEEP_IDLE_MS);
    h.timers.splice(0).forEach((fn) => fn());
    await new Promise((r) => setTimeout(r, 0));
    expect(index(h).map((m) => m.count)).toEqual([2]);
  });

  test('private windows are never kept, nor a tab whose window was never learned', async () => {
    const h = harness();
    await h.kept.setEnabled(true);
    h.tab(1, 2, {}, { incognito: true });
    h.logs.set(2, [entry({ tabId: 2 })]); // no facts: the tab was gone before it could be asked
    h.kept.changed([1, 2]);
    await h.settle();
    expect(h.local.data.size).toBe(0);
  });

  test('a closing tab is written at once, from what the tab said of itself before', async () => {
    const h = harness();
    await h.kept.setEnabled(true);
    h.tab(4, 3);
    h.kept.changed([4]); // asks the tab for its facts; the answer comes after the tab has closed
    h.facts.delete(4); // closed: tabs.get fails from now on
    await h.kept.closed(4);
    h.logs.delete(4); // the service then clears it
    await h.settle();
    expect(index(h).map((m) => [m.title, m.count])).toEqual([['Tab 4', 3]]);
  });

  test('all kept logs stay within the entry bound: the oldest are deleted first', async () => {
    const h = harness({ bounds: { entries: 5, bytes: 1e9, bytesPerLog: 1e9 } });
    await h.kept.setEnabled(true);
    for (const tabId of [1, 2, 3]) {
      h.tab(tabId, 2);
      h.kept.changed([tabId]);
      await h.settle();
      h.tick(1000);
    }
    expect(index(h).map((m) => m.title)).toEqual(['Tab 3', 'Tab 2']);
    expect([...h.local.data.keys()].filter((k) => k.startsWith(KEPT_PREFIX))).toHaveLength(2);
    // Tab 1 written again is the newest: now Tab 2 is the oldest, and goes.
    h.kept.changed([1]);
    await h.settle();
    expect(index(h).map((m) => m.title)).toEqual(['Tab 1', 'Tab 3']);
  });

  test('all kept logs stay within the byte bound, and one log within its own', async () => {
    const body = (n: number) => ({ body: { source: 'network' as const, binary: false, text: 'x'.repeat(n), keptSize: n, truncated: false } });
    const h = harness({ bounds: { entries: 1e6, bytes: 9_000, bytesPerLog: 5_000 } });
    await h.kept.setEnabled(true);
    h.tab(1, 3, body(3_000)); // 9 KB of bodies: cut to 5 KB
    h.kept.changed([1]);
    await h.settle();
    const [first] = index(h);
    expect(first!.bytes).toBeLessThanOrEqual(5_200);
    const log = await h.kept.get(first!.id);
    expect(log!.entries.filter((e) => e.body?.text !== undefined)).toHaveLength(1);
    expect(log!.entries.filter((e) => e.body?.dropped === 'storage')).toHaveLength(2);
    h.tick(1000);
    h.tab(2, 1, body(4_500));
    h.kept.changed([2]);
    await h.settle();
    expect(index(h).map((m) => m.title)).toEqual(['Tab 2']); // both would pass 9 KB: the older goes
    expect(h.local.data.has(KEPT_PREFIX + first!.id)).toBe(false);
  });

  test('turning the setting off deletes every kept log, even one the index lost', async () => {
    const h = harness();
    await h.kept.setEnabled(true);
    h.tab(1, 1);
    h.kept.changed([1]);
    await h.settle();
    h.local.data.set(`${KEPT_PREFIX}orphan-1`, { id: 'orphan-1' });
    h.local.data.set('locale', 'en'); // not ours: stays
    h.kept.changed([1]); // waiting when the setting goes off: never written
    await h.kept.setEnabled(false);
    await h.settle();
    expect([...h.local.data.keys()]).toEqual(['locale']);
  });

  test("clearing a tab removes this session's kept copy of it", async () => {
    const h = harness();
    await h.kept.setEnabled(true);
    h.tab(1, 1);
    h.tab(2, 1);
    h.kept.changed([1, 2]);
    await h.settle();
    await h.kept.cleared(1);
    expect(index(h).map((m) => m.title)).toEqual(['Tab 2']);
    expect([...h.local.data.keys()].filter((k) => k.startsWith(KEPT_PREFIX))).toEqual([`${KEPT_PREFIX}${index(h)[0]!.id}`]);
  });

  test('an id that is not ours is not read', async () => {
    const h = harness({ local: fakeArea({ [`${KEPT_PREFIX}../x`]: { id: '../x', entries: [], savedAt: 1 } }) });
    expect(await h.kept.get('../x')).toBeNull();
    expect(await h.kept.get('abc-1')).toBeNull();
  });
});

describe('boundKept', () => {
  test('keeps the newest while both totals fit; from the first that does not, it and all older go', () => {
    const logs = [meta('a-1', 1, 10, 100), meta('a-2', 3, 10, 100), meta('a-3', 2, 10, 900), meta('a-4', 4, 1, 1)];
    const { keep, drop } = boundKept(logs, { entries: 100, bytes: 1000 });
    expect(keep.map((m) => m.id)).toEqual(['a-4', 'a-2']);
    expect(drop.map((m) => m.id)).toEqual(['a-3', 'a-1']); // a-1 would fit, but it is older than a-3
    expect(boundKept(logs, { entries: 20, bytes: 1e9 }).keep.map((m) => m.id)).toEqual(['a-4', 'a-2']);
    expect(boundKept(logs, { entries: 1e9, bytes: 1e9 }).drop).toEqual([]);
  });
});

describe('reading what storage.local holds', () => {
  test('a corrupt index keeps its readable records only', () => {
    const good = { id: 'abc-1', session: 'abc', savedAt: 5, count: 2, bytes: 10, title: 'T' };
    expect(readKeptIndex('nonsense')).toEqual([]);
    expect(readKeptIndex({ 0: good })).toEqual([]);
    const read = readKeptIndex([good, null, 7, { ...good, id: '../../x' }, { ...good, id: 'abc-2', count: -1 }, { ...good, id: 'abc-3', savedAt: 'yesterday' }, { ...good, title: 'again' }, { ...good, id: 'abc-4', title: 42 }]);
    expect(read).toEqual([{ ...good, url: undefined }, { ...good, id: 'abc-4', title: undefined, url: undefined }]);
  });

  test('a corrupt log: not one at all, another id, or with bad entries left out and counted', () => {
    expect(readKeptLog(null, 'abc-1')).toBeNull();
    expect(readKeptLog({ id: 'abc-2', entries: [], savedAt: 1 }, 'abc-1')).toBeNull();
    expect(readKeptLog({ id: 'abc-1', entries: 'many', savedAt: 1 }, 'abc-1')).toBeNull();
    const ok = entry({ id: 'ok' });
    const log = readKeptLog({ id: 'abc-1', savedAt: 1, dropped: 3, title: 'T', entries: [ok, { ...ok, url: 42 }, 'x', { ...ok, kind: 'evil' }] }, 'abc-1');
    expect(log).toMatchObject({ id: 'abc-1', title: 'T', count: 1, dropped: 6 });
    expect(log!.entries.map((e) => e.id)).toEqual(['ok']);
  });

  test('an entry is rebuilt from the fields it should have, each checked; nothing else passes', () => {
    const stored = {
      ...entry({ id: 'e1', statusCode: 500, error: 'boom', seenBy: 'page' }),
      requestBody: { size: 3, truncated: false, text: 'a=1', form: { a: ['1', 2] } },
      body: { source: 'page-fetch', binary: false, text: 'hi', keptSize: 2, truncated: false, mimeType: 'text/plain', onclick: 'x' },
      cors: { problem: 'origin-mismatch', allowOrigin: 'https://a.test', extra: 1 },
      responseHeaders: [{ name: 'X', value: 'y' }, { name: 1, value: 'z' }, null],
      html: '<img src=x onerror=alert(1)>',
      seenBy: 'someone',
      statusLine: { toString: 'x' },
    };
    const e = readKeptEntry(JSON.parse(JSON.stringify(stored)))!;
    expect(e).toMatchObject({ id: 'e1', statusCode: 500, error: 'boom', masked: 'stored', responseHeaders: [{ name: 'X', value: 'y' }] });
    expect(e.body).toEqual({ source: 'page-fetch', binary: false, text: 'hi', keptSize: 2, truncated: false, mimeType: 'text/plain' });
    expect(e.cors).toEqual({ problem: 'origin-mismatch', allowOrigin: 'https://a.test' });
    expect(e.requestBody).toEqual({ size: 3, truncated: false, text: 'a=1', form: { a: ['1'] } });
    expect('html' in e || 'seenBy' in e || 'statusLine' in e).toBe(false);
    const hostileForm = readKeptEntry(JSON.parse(`{"id":"f","kind":"http-error","tabId":1,"frameId":0,"url":"u","method":"GET","type":"fetch","startTime":1,"requestHeaders":[],"responseHeaders":[],"requestBody":{"size":1,"truncated":false,"form":{"__proto__":["x"],"b":["2"]}}}`))!;
    expect(Object.getPrototypeOf(hostileForm.requestBody!.form)).toBe(Object.prototype);
    expect(hostileForm.requestBody!.form).toEqual({ b: ['2'] });
  });

  test("every body source comes back, DevTools' too, and a retry keeps its mark", () => {
    for (const source of BODY_SOURCES) {
      const stored = { ...entry({ id: source, retryOf: 'orig-1' }), body: { source, binary: false, text: 'x', keptSize: 1, truncated: false } };
      const e = readKeptEntry(JSON.parse(JSON.stringify(stored)))!;
      expect(e.body?.source, source).toBe(source);
      expect(e.retryOf).toBe('orig-1');
    }
  });
});
