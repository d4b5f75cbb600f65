import type { TabLogSnapshot } from '../shared/types';
import { INDEX_KEY, KEY_PREFIX, readIndex } from './persistence';
import { isSnapshot } from './storage-budget';

export interface StoredLogsDeps {
  get(keys: string[]): Promise<Record<string, unknown>>;
  /** Tabs an earlier worker stored, with their sizes (not read yet). */
  announce(index: Map<number, number>): void;
  /** One stored tab, read back: merged into the live logs. */
  restore(snapshot: TabLogSnapshot): void;
}

/**
 * A waking service worker reads only the index of stored tabs; each tab's log is read when first
 * needed (a message about it, a save of it, a new page in it), so a cold start costs the same with
 * one tab stored as with fifty. Chrome stops an idle worker after 30 s, so this happens often.
 */
export class StoredLogs {
  private readonly unread = new Set<number>();
  private readonly loading = new Map<number, Promise<void>>();

  constructor(private readonly deps: StoredLogsDeps) {}

  async boot(): Promise<void> {
    const index = readIndex((await this.deps.get([INDEX_KEY]))[INDEX_KEY]);
    for (const tabId of index.keys()) this.unread.add(tabId);
    this.deps.announce(index);
  }

  /** Reads a tab's stored log once; later calls wait for the same read. */
  load(tabId: number): Promise<void> {
    if (!this.unread.has(tabId)) return this.loading.get(tabId) ?? Promise.resolve();
    this.unread.delete(tabId);
    const read = this.deps.get([KEY_PREFIX + tabId]).then((items) => {
      const value = items[KEY_PREFIX + tabId];
      if (isSnapshot(value) && value.tabId === tabId) this.deps.restore(value);
    });
    this.loading.set(tabId, read);
    void read.finally(() => this.loading.delete(tabId)).catch(() => undefined);
    return read;
  }

  loadAll(): Promise<void> {
    return Promise.all([...this.unread].map((tabId) => this.load(tabId))).then(() => undefined);
  }

  /** A closed tab's stored log will never be needed. */
  forget(tabId: number): void {
    this.unread.delete(tabId);
  }

  get unreadTabs(): number[] {
    return [...this.unread];
  }
}
