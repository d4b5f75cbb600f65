import { describe, expect, test } from 'vitest';
import { StatusLensService } from './service';
import { LogPersistence } from './persistence';
import { StoredLogs } from './stored-logs';
import { KEEP_SESSION_KEY, KeptLogs, browserSession } from './kept-logs';
import { clearStoredLogs } from './clear-all';
import { handleMessage, type MessageContext } from './messages';
import { maskEntry } from './mask-entry';
import { entry, fakeArea } from './test-helpers';
import type { BadgeState } from './badge';

/**
 * The background as index.ts wires it, over storage areas in memory: a log in memory, in
 * storage.session (one tab read by this worker, one only stored by an earlier one), and kept in
 * storage.local from this session and an earlier one.
 */
async function background() {
  const session = fakeArea();
  const local = fakeArea({ locale: 'zh-CN' });
  const timers: (() => void)[] = [];
  const badges = new Map<number, BadgeState>();
  let stored: StoredLogs;
  let persisting: Promise<void> = Promise.resolve();
  const persistence = new LogPersistence(session, { perTabBytes: 1e6, totalBytes: 3e6 }, { prepare: (e) => maskEntry(e, 'stored'), load: (tabId) => stored.load(tabId) });
  const service: StatusLensService = new StatusLensService({
    now: () => 5_000,
    setTimeout: (fn) => timers.push(fn),
    setBadge: (tabId, state) => badges.set(tabId, state),
    persist: (ids, removed) => {
      persisting = Promise.all(ids.map((id) => stored.load(id))).then(() => {
        kept.changed(ids);
        return persistence.save(ids.map((id) => service.snapshot(id)), removed);
      });
    },
  });
  const kept = new KeptLogs({
    local,
    session: () => browserSession(session),
    tabInfo: async (tabId) => ({ title: `Tab ${tabId}`, url: 'https://app.test/', incognito: false }),
    snapshot: (tabId) => service.snapshot(tabId),
    prepare: (e) => maskEntry(e, 'stored'),
    now: () => 5_000,
    setTimeout: (fn) => timers.push(fn),
    onError: (what, e) => {
      throw new Error(`${what}: ${e}`);
    },
  });
  stored = new StoredLogs({
    get: (keys) => session.get(keys),
    announce: (index) => persistence.announce(index),
    restore: (snapshot) => {
      service.restore([snapshot]);
      persistence.adopt([snapshot]);
    },
  });
  const run = async () => {
    for (let i = 0; i < 5; i++) {
      await new Promise((r) => setTimeout(r, 0));
      timers.splice(0).forEach((fn) => fn());
      await persisting;
      await kept.flush();
    }
  };
  const ctx: MessageContext = {
    service,
    extensionOrigin: 'ext://',
    extensionId: 'me',
    loadTab: (tabId) => stored.load(tabId),
    loadAll: () => stored.loadAll(),
    tabInfo: async () => undefined,
    watchReady: async () => undefined,
    watchState: () => ({ level: 'full' }),
    keep: {
      earlier: () => kept.earlier(),
      get: (id) => kept.get(id),
      cleared: (tabId) => kept.cleared(tabId),
      clearStored: () =>
        clearStoredLogs({ pendingWrite: () => persisting, stored, persistence, session, kept, openTabs: async () => [1, 2, 3], redrawBadge: (tabId) => badges.set(tabId, service.badgeState(tabId)) }),
    },
  };
  const ask = (message: Record<string, unknown>) => handleMessage(message, { id: 'me', url: 'ext://popup' }, ctx);
  return { service, session, local, kept, stored, badges, run, ask };
}

describe('Clear all', () => {
  test('after it, nothing of any log is in memory, in storage.session or in storage.local, and no badge counts', async () => {
    const bg = await background();
    await bg.kept.setEnabled(true);
    // A kept log from before the browser restarted, and a tab stored by an earlier worker, never read by this one.
    bg.local.data.set('kept:old1-9', { id: 'old1-9', savedAt: 1, entries: [entry({ tabId: 9 })], dropped: 0 });
    bg.local.data.set('keptIndex', [{ id: 'old1-9', session: 'old1', savedAt: 1, count: 1, bytes: 100 }]);
    bg.session.data.set('log:3', { tabId: 3, entries: [entry({ tabId: 3, statusCode: 500 })], dropped: 0 });
    bg.session.data.set('logIndex', { 3: 400 });
    await bg.stored.boot();
    bg.service.add(entry({ tabId: 1, statusCode: 404 }));
    bg.service.add(entry({ tabId: 2, statusCode: 503 }));
    await bg.run();
    expect([...bg.session.data.keys()].sort()).toEqual([KEEP_SESSION_KEY, 'log:1', 'log:2', 'log:3', 'logIndex']);
    expect([...bg.local.data.keys()].filter((k) => k.startsWith('kept'))).toHaveLength(4); // two tabs, the old log, the index
    expect(await bg.ask({ type: 'listKept' })).toHaveLength(1);

    expect(await bg.ask({ type: 'clearAll' })).toEqual({ cleared: true });
    await bg.run(); // whatever was scheduled before lands, and writes nothing back
    expect([...bg.session.data.keys()]).toEqual([KEEP_SESSION_KEY]);
    expect([...bg.local.data.keys()]).toEqual(['locale']); // the language the popup saved stays
    for (const tabId of [1, 2, 3]) {
      expect(bg.service.snapshot(tabId).entries).toEqual([]);
      expect(bg.badges.get(tabId)?.text).toBe('');
      expect(await bg.ask({ type: 'getLog', tabId })).toMatchObject({ entries: [], total: 0 });
    }
    expect(await bg.ask({ type: 'listTabs' })).toEqual([]);
    expect(await bg.ask({ type: 'listKept' })).toEqual([]);
  });

  test('clearing one tab takes its kept copy, and a kept log is read back with its rows explained', async () => {
    const bg = await background();
    await bg.kept.setEnabled(true);
    bg.local.data.set('kept:old1-9', {
      id: 'old1-9',
      savedAt: 1,
      dropped: 0,
      entries: [entry({ tabId: 9, statusCode: 409, body: { source: 'network', binary: false, text: '{"message":"Version conflict"}', mimeType: 'application/json', keptSize: 30, truncated: false } })],
    });
    bg.local.data.set('keptIndex', [{ id: 'old1-9', session: 'old1', savedAt: 1, count: 1, bytes: 100 }]);
    bg.service.add(entry({ tabId: 1 }));
    await bg.run();
    expect([...bg.local.data.keys()].filter((k) => k.startsWith('kept:'))).toHaveLength(2);
    await bg.ask({ type: 'clearLog', tabId: 1 });
    await bg.run();
    expect([...bg.local.data.keys()].filter((k) => k.startsWith('kept:'))).toEqual(['kept:old1-9']);
    const log = (await bg.ask({ type: 'getKept', id: 'old1-9' })) as { entries: { serverMessage?: string }[] };
    expect(log.entries[0]!.serverMessage).toBe('Version conflict');
    expect(await bg.ask({ type: 'getKept', id: 42 })).toBeUndefined();
  });
});
