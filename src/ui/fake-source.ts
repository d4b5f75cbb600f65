import type { LogEntry, TabLogView, TabSummary } from '../shared/types';
import type { LogSource } from './source';
import type { IgnoreRule } from '../shared/noise';

/**
 * A `LogSource` held in memory, for rendering the UI in tests without an extension around it:
 * one log per tab, a version that moves on every change, and a record of every call.
 * Entries are listed without body text and read in full by `getEntry`, as the background does.
 */
export class FakeLogSource implements LogSource {
  readonly logs = new Map<number, LogEntry[]>();
  version = 1;
  dropped = 0;
  refused = 0;
  tabs: TabSummary[] = [];
  /** When set, every call rejects with this message (the background is gone). */
  failure: string | undefined;
  readonly calls = {
    getLog: [] as [number, number | undefined][],
    getEntry: [] as [number, string, boolean][],
    clearLog: [] as number[],
    listTabs: 0,
    listTabsIgnore: [] as (IgnoreRule[] | undefined)[],
    searchLog: [] as [number, string][],
  };

  constructor(tabId?: number, entries: LogEntry[] = []) {
    if (tabId !== undefined) this.logs.set(tabId, entries);
  }

  /** Adds a failure at the top of a tab's log. */
  add(tabId: number, entry: LogEntry): void {
    this.logs.set(tabId, [entry, ...(this.logs.get(tabId) ?? [])]);
    this.version++;
  }

  async getLog(tabId: number, knownVersion?: number): Promise<TabLogView> {
    this.calls.getLog.push([tabId, knownVersion]);
    this.fail();
    if (knownVersion === this.version) return { tabId, version: this.version, unchanged: true };
    const entries = (this.logs.get(tabId) ?? []).map((e) => (e.body ? { ...e, body: { ...e.body, text: undefined } } : e));
    return { tabId, version: this.version, entries, dropped: this.dropped, refused: this.refused, offset: 0, total: entries.length };
  }

  async getEntry(tabId: number, id: string, reveal = false): Promise<LogEntry | null> {
    this.calls.getEntry.push([tabId, id, reveal]);
    this.fail();
    return this.logs.get(tabId)?.find((e) => e.id === id) ?? null;
  }

  async clearLog(tabId: number): Promise<void> {
    this.calls.clearLog.push(tabId);
    this.fail();
    this.logs.set(tabId, []);
    this.version++;
  }

  async listTabs(ignore?: IgnoreRule[]): Promise<TabSummary[]> {
    this.calls.listTabs++;
    this.calls.listTabsIgnore.push(ignore);
    this.fail();
    return this.tabs;
  }

  /** As the background searches: the bodies' text, in any case. */
  async searchLog(tabId: number, query: string): Promise<string[]> {
    this.calls.searchLog.push([tabId, query]);
    this.fail();
    const q = query.toLowerCase();
    return (this.logs.get(tabId) ?? []).filter((e) => [e.body?.text, e.requestBody?.text].some((t) => t?.toLowerCase().includes(q))).map((e) => e.id);
  }

  private fail(): void {
    if (this.failure !== undefined) throw new Error(this.failure);
  }
}
