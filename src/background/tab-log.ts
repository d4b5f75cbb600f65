import type { CapturedBody, LogEntry, TabLogSnapshot } from '../shared/types';
import { LIMITS } from '../shared/limits';
import { mayReplace } from './join-body';

/**
 * The per-tab logs: bounded, newest first. Pure: no browser API, so it is tested in Node.
 * Entries are kept oldest-first internally so that adding one is O(1) amortised; readers get
 * a reversed copy.
 */
export class TabLogs {
  private readonly logs = new Map<number, { entries: LogEntry[]; dropped: number }>();
  private readonly byId = new Map<string, LogEntry>();

  /** `onDrop` hears of every entry the logs let go (trimmed or cleared), e.g. to return its body's memory. */
  constructor(
    private readonly maxEntries: number = LIMITS.entriesPerTab,
    private readonly onDrop: (entry: LogEntry) => void = () => undefined,
  ) {}

  add(entry: LogEntry): void {
    let log = this.logs.get(entry.tabId);
    if (!log) {
      log = { entries: [], dropped: 0 };
      this.logs.set(entry.tabId, log);
    }
    log.entries.push(entry);
    this.byId.set(entry.id, entry);
    // Trim in chunks so a full log does not shift its array on every event.
    if (log.entries.length > this.maxEntries + Math.max(1, this.maxEntries >> 4)) this.trim(log);
  }

  private trim(log: { entries: LogEntry[]; dropped: number }): void {
    const excess = log.entries.length - this.maxEntries;
    if (excess <= 0) return;
    for (const old of log.entries.splice(0, excess)) {
      this.byId.delete(old.id);
      this.onDrop(old);
    }
    log.dropped += excess;
  }

  get(id: string): LogEntry | undefined {
    return this.byId.get(id);
  }

  snapshot(tabId: number): TabLogSnapshot {
    const log = this.logs.get(tabId);
    if (!log) return { tabId, entries: [], dropped: 0 };
    this.trim(log);
    return { tabId, entries: log.entries.slice().reverse(), dropped: log.dropped };
  }

  /** How many entries the tab's log holds now. */
  size(tabId: number): number {
    const log = this.logs.get(tabId);
    if (!log) return 0;
    this.trim(log);
    return log.entries.length;
  }

  /** Newest first, without copying: for scans that usually stop early. */
  *snapshotIterator(tabId: number): Generator<LogEntry> {
    const log = this.logs.get(tabId);
    if (!log) return;
    for (let i = log.entries.length - 1; i >= 0; i--) yield log.entries[i]!;
  }

  /** Entries of the page now showing in the tab (not those marked as from the previous page). */
  currentEntries(tabId: number): LogEntry[] {
    const log = this.logs.get(tabId);
    if (!log) return [];
    this.trim(log);
    return log.entries.filter((e) => !e.previousPage);
  }

  tabIds(): number[] {
    return [...this.logs.keys()];
  }

  /** A top-level navigation: keep the old page's entries but mark them. */
  markPreviousPage(tabId: number, navigatedAt = Infinity): boolean {
    const log = this.logs.get(tabId);
    if (!log) return false;
    let marked = false;
    for (let i = log.entries.length - 1; i >= 0; i--) {
      const entry = log.entries[i]!;
      // The navigation's own failure can be reported before the navigation event itself (a
      // refused connection fails at once): what started after the navigation began stays current.
      if (entry.startTime >= navigatedAt) continue;
      if (entry.previousPage) break; // older ones were marked by an earlier navigation
      entry.previousPage = true;
      marked = true;
    }
    return marked;
  }

  clear(tabId: number): void {
    const log = this.logs.get(tabId);
    if (!log) return;
    for (const e of log.entries) {
      this.byId.delete(e.id);
      this.onDrop(e);
    }
    this.logs.delete(tabId);
  }

  /** Attach a body unless the entry holds one it may not replace (see `mayReplace`). */
  attachBody(entry: LogEntry, body: CapturedBody): boolean {
    if (!mayReplace(entry.body, body)) return false;
    entry.body = body;
    return true;
  }

  /** Oldest first, without copying: the order in which a tab gives memory back. */
  *oldestFirst(tabId: number): Generator<LogEntry> {
    const log = this.logs.get(tabId);
    if (!log) return;
    for (let i = 0; i < log.entries.length; i++) yield log.entries[i]!;
  }

  /** Lets the tab's `count` oldest entries go (counted as dropped), e.g. when its memory share is spent. */
  dropOldest(tabId: number, count: number): void {
    const log = this.logs.get(tabId);
    if (!log || count <= 0) return;
    for (const old of log.entries.splice(0, Math.min(count, log.entries.length))) {
      this.byId.delete(old.id);
      this.onDrop(old);
      log.dropped++;
    }
  }

  /** Restore a log saved before the service worker stopped. */
  restore(snapshot: TabLogSnapshot): void {
    // Events may have arrived while storage was being read: keep them after the stored ones.
    const current = this.logs.get(snapshot.tabId);
    const stored = snapshot.entries.slice().reverse().filter((e) => !this.byId.has(e.id));
    const entries = stored.concat(current?.entries ?? []);
    this.logs.set(snapshot.tabId, { entries, dropped: snapshot.dropped + (current?.dropped ?? 0) });
    for (const e of stored) this.byId.set(e.id, e);
  }
}
