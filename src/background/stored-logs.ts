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
 * needed (a message about it, a save of it, a new entry or page in it), so a cold start costs the
 * same with one tab stored as with fifty. Chrome stops an idle worker after 30 s, so this happens
 * often. A tab's read does not wait for the index: the popup's first question costs one read.
 */
export class StoredLogs {
  private readonly reads = new Map<number, Promise<void>>();
  private booted: Promise<Map<number, number>> | undefined;

  constructor(private readonly deps: StoredLogsDeps) {}

  boot(): Promise<void> {
    return this.index().then(() => undefined);
  }

  /** The index, read once; its first reading announces the tabs not read yet. */
  private index(): Promise<Map<number, number>> {
    this.booted ??= this.deps.get([INDEX_KEY]).then((items) => {
      const index = readIndex(items[INDEX_KEY]);
      // Tabs already read (or being read) are known; announce only the others.
      this.deps.announce(new Map([...index].filter(([tabId]) => !this.reads.has(tabId))));
      return index;
    });
    return this.booted;
  }

  /** Reads a tab's stored log once; later calls wait for the same read. */
  load(tabId: number): Promise<void> {
    let read = this.reads.get(tabId);
    if (!read) {
      read = this.deps.get([KEY_PREFIX + tabId]).then((items) => {
        const value = items[KEY_PREFIX + tabId];
        if (isSnapshot(value) && value.tabId === tabId) this.deps.restore(value);
      });
      this.reads.set(tabId, read);
    }
    return read;
  }

  /** Reads every stored tab (the pop-out's tab list needs them all). */
  async loadAll(): Promise<void> {
    const index = await this.index();
    await Promise.all([...index.keys()].map((tabId) => this.load(tabId)));
  }

  /** A closed tab's stored log will never be needed. */
  forget(tabId: number): void {
    this.reads.set(tabId, Promise.resolve());
  }

  /**
   * "Clear all", after every stored tab was read (loadAll) and cleared: the index names nothing
   * more, and the tabs already read are never read again, so none comes back from storage.
   */
  forgetAll(): void {
    this.booted = Promise.resolve(new Map());
  }

  /** Tabs the index names that have not been read. */
  async unreadTabs(): Promise<number[]> {
    const index = await this.index();
    return [...index.keys()].filter((tabId) => !this.reads.has(tabId));
  }
}
