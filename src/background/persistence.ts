import type { LogEntry, TabLogSnapshot } from '../shared/types';
import { fitTab } from './storage-budget';
import { waterLevel } from './memory-budget';

export const KEY_PREFIX = 'log:';
/** Which tabs have a stored log, and its size: all a waking worker reads before it is needed. */
export const INDEX_KEY = 'logIndex';

/** The part of storage.session we use. */
export interface SessionStore {
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

export interface StorageLimits {
  perTabBytes: number;
  totalBytes: number;
}

export interface PersistenceOptions {
  /** Turns a live entry into what may be stored (secrets masked). */
  prepare?: (e: LogEntry) => LogEntry;
  onError?: (tabId: number, error: unknown) => void;
  /** Loads a stored tab the worker has not read yet (it calls `adopt`); needed to cut it. */
  load?: (tabId: number) => Promise<void>;
}

/** Reads the index a previous worker wrote: tab id → stored bytes. */
export function readIndex(value: unknown): Map<number, number> {
  const out = new Map<number, number>();
  if (typeof value !== 'object' || value === null) return out;
  for (const [key, bytes] of Object.entries(value)) {
    const tabId = Number(key);
    if (Number.isInteger(tabId) && typeof bytes === 'number' && Number.isFinite(bytes) && bytes >= 0) out.set(tabId, bytes);
  }
  return out;
}

/**
 * Saves tab logs to storage.session so they survive Chrome stopping the service worker. Each tab
 * is its own key and its own write, so one tab's failed write cannot lose another's. Each tab is
 * cut to its own limit; when all together would pass the total, the largest tabs are cut to a
 * common level, so a small tab is never cut because another tab is big. An index of the stored
 * tabs and their sizes lets a waking worker start without reading every log.
 */
export class LogPersistence {
  /** Each tab's latest snapshot cut to the per-tab limit, and its size. */
  private readonly tabs = new Map<number, { snapshot: TabLogSnapshot; bytes: number }>();
  /** Tabs stored by an earlier worker and not read yet: their stored size. */
  private readonly unread = new Map<number, number>();
  /** The budget each tab was last written with (Infinity: whole), and what it then took. */
  private readonly writtenAt = new Map<number, number>();
  private readonly writtenBytes = new Map<number, number>();
  private indexWritten = '';
  private readonly prepare: (e: LogEntry) => LogEntry;
  private readonly onError: (tabId: number, error: unknown) => void;

  constructor(
    private readonly store: SessionStore,
    private readonly limits: StorageLimits,
    private readonly options: PersistenceOptions = {},
  ) {
    this.prepare = options.prepare ?? ((e) => e);
    this.onError = options.onError ?? (() => undefined);
  }

  /** The index a waking worker found: these tabs are stored but not read yet. */
  announce(index: Map<number, number>): void {
    for (const [tabId, bytes] of index) if (!this.tabs.has(tabId)) this.unread.set(tabId, bytes);
    this.indexWritten = indexText(this.index());
  }

  /** A stored tab, read back: counted, so the next save knows its size. */
  adopt(snapshots: TabLogSnapshot[]): void {
    for (const s of snapshots) {
      const fitted = fitTab(s, this.limits.perTabBytes, this.prepare);
      this.tabs.set(s.tabId, fitted);
      this.unread.delete(s.tabId);
      this.writtenAt.set(s.tabId, Number.POSITIVE_INFINITY);
      this.writtenBytes.set(s.tabId, fitted.bytes);
    }
  }

  /**
   * "Clear all": the host removes every stored log; nothing is remembered of them, so the next
   * save writes only what is logged from now on, and no empty index.
   */
  forgetAll(): void {
    this.tabs.clear();
    this.unread.clear();
    this.writtenAt.clear();
    this.writtenBytes.clear();
    this.indexWritten = indexText({});
  }

  async save(changed: TabLogSnapshot[], removed: number[]): Promise<void> {
    for (const id of removed) {
      this.tabs.delete(id);
      this.unread.delete(id);
      this.writtenAt.delete(id);
      this.writtenBytes.delete(id);
    }
    const changedIds = new Set<number>();
    for (const s of changed) {
      this.tabs.set(s.tabId, fitTab(s, this.limits.perTabBytes, this.prepare));
      this.unread.delete(s.tabId);
      changedIds.add(s.tabId);
    }
    let level = this.level();
    // A stored tab larger than its share must be read before it can be cut.
    const toRead = [...this.unread].filter(([, bytes]) => bytes > level).map(([tabId]) => tabId);
    if (toRead.length && this.options.load) {
      await Promise.all(toRead.map((tabId) => this.options.load!(tabId).catch((e) => this.onError(tabId, e))));
      level = this.level();
    }
    const writes: Promise<void>[] = [];
    for (const [tabId, tab] of this.tabs) {
      const budget = tab.bytes <= level ? Number.POSITIVE_INFINITY : level;
      if (!changedIds.has(tabId) && this.writtenAt.get(tabId) === budget) continue;
      const fitted = budget === Number.POSITIVE_INFINITY ? tab : fitTab(tab.snapshot, budget);
      this.writtenAt.set(tabId, budget);
      this.writtenBytes.set(tabId, fitted.bytes);
      writes.push(this.write(tabId, fitted.snapshot));
    }
    if (removed.length) writes.push(this.store.remove(removed.map((id) => KEY_PREFIX + id)).catch((e) => this.onError(-1, e)));
    await Promise.all(writes);
    await this.writeIndex();
  }

  private level(): number {
    return waterLevel([...[...this.tabs.values()].map((t) => t.bytes), ...this.unread.values()], this.limits.totalBytes);
  }

  private index(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const [tabId, bytes] of this.unread) out[tabId] = bytes;
    for (const tabId of this.tabs.keys()) out[tabId] = this.writtenBytes.get(tabId) ?? 0;
    return out;
  }

  private async writeIndex(): Promise<void> {
    const index = this.index();
    const text = indexText(index);
    if (text === this.indexWritten) return;
    this.indexWritten = text;
    await this.store.set({ [INDEX_KEY]: index }).catch((e) => this.onError(-1, e));
  }

  private async write(tabId: number, snapshot: TabLogSnapshot): Promise<void> {
    try {
      await this.store.set({ [KEY_PREFIX + tabId]: snapshot });
    } catch (error) {
      // Over quota after all (other data, or a miscount): keep what we can, without body text.
      this.onError(tabId, error);
      const bare = fitTab(snapshot, 0.5 * this.limits.perTabBytes, (e) => (e.body?.text === undefined ? e : { ...e, body: { ...e.body, text: undefined, dropped: 'storage' } }));
      this.writtenAt.delete(tabId);
      this.writtenBytes.set(tabId, bare.bytes);
      await this.store.set({ [KEY_PREFIX + tabId]: bare.snapshot }).catch((e) => this.onError(tabId, e));
    }
  }
}

function indexText(index: Record<string, number>): string {
  return JSON.stringify(Object.entries(index).sort(([a], [b]) => Number(a) - Number(b)));
}

