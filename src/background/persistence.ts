import type { LogEntry, TabLogSnapshot } from '../shared/types';
import { fitTab } from './storage-budget';
import { waterLevel } from './memory-budget';

export const KEY_PREFIX = 'log:';

/** The part of storage.session we use. */
export interface SessionStore {
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

export interface StorageLimits {
  perTabBytes: number;
  totalBytes: number;
}

/**
 * Saves tab logs to storage.session so they survive Chrome stopping the service worker. Each tab
 * is its own key and its own write, so one tab's failed write cannot lose another's. Each tab is
 * cut to its own limit; when all together would pass the total, the largest tabs are cut to a
 * common level, so a small tab is never cut because another tab is big.
 */
export class LogPersistence {
  /** Each tab's latest snapshot cut to the per-tab limit, and its size. */
  private readonly tabs = new Map<number, { snapshot: TabLogSnapshot; bytes: number }>();
  /** The budget each tab was last written with (Infinity: whole). */
  private readonly writtenAt = new Map<number, number>();

  constructor(
    private readonly store: SessionStore,
    private readonly limits: StorageLimits,
    private readonly prepare: (e: LogEntry) => LogEntry = (e) => e,
    private readonly onError: (tabId: number, error: unknown) => void = () => undefined,
  ) {}

  /** What restore found in storage: counted, so the next save knows the sizes. */
  adopt(snapshots: TabLogSnapshot[]): void {
    for (const s of snapshots) {
      this.tabs.set(s.tabId, fitTab(s, this.limits.perTabBytes, this.prepare));
      this.writtenAt.set(s.tabId, Number.POSITIVE_INFINITY);
    }
  }

  async save(changed: TabLogSnapshot[], removed: number[]): Promise<void> {
    for (const id of removed) {
      this.tabs.delete(id);
      this.writtenAt.delete(id);
    }
    const changedIds = new Set<number>();
    for (const s of changed) {
      this.tabs.set(s.tabId, fitTab(s, this.limits.perTabBytes, this.prepare));
      changedIds.add(s.tabId);
    }
    const level = waterLevel(
      [...this.tabs.values()].map((t) => t.bytes),
      this.limits.totalBytes,
    );
    const writes: Promise<void>[] = [];
    for (const [tabId, tab] of this.tabs) {
      const budget = tab.bytes <= level ? Number.POSITIVE_INFINITY : level;
      if (!changedIds.has(tabId) && this.writtenAt.get(tabId) === budget) continue;
      const snapshot = budget === Number.POSITIVE_INFINITY ? tab.snapshot : fitTab(tab.snapshot, budget).snapshot;
      this.writtenAt.set(tabId, budget);
      writes.push(this.write(tabId, snapshot));
    }
    if (removed.length) writes.push(this.store.remove(removed.map((id) => KEY_PREFIX + id)).catch((e) => this.onError(-1, e)));
    await Promise.all(writes);
  }

  private async write(tabId: number, snapshot: TabLogSnapshot): Promise<void> {
    try {
      await this.store.set({ [KEY_PREFIX + tabId]: snapshot });
    } catch (error) {
      // Over quota after all (other data, or a miscount): keep what we can, without body text.
      this.onError(tabId, error);
      const bare = fitTab(snapshot, 0.5 * this.limits.perTabBytes, (e) => (e.body?.text === undefined ? e : { ...e, body: { ...e.body, text: undefined, dropped: 'storage' } }));
      this.writtenAt.delete(tabId);
      await this.store.set({ [KEY_PREFIX + tabId]: bare.snapshot }).catch((e) => this.onError(tabId, e));
    }
  }
}
