import type { LogEntry, TabLogView, TabSummary } from '../shared/types';
import type { LogSource } from './source';

/**
 * A read-only log over entries read from a HAR file: one tab, one version, nothing to clear.
 * The list gets entries without body text and the detail asks for one in full, as with the
 * background, so the same UI shows both.
 */
export class HarLogSource implements LogSource {
  private readonly byId: Map<string, LogEntry>;

  constructor(
    readonly tabId: number,
    private readonly entries: readonly LogEntry[],
    private readonly title: string,
  ) {
    this.byId = new Map(entries.map((e) => [e.id, e]));
  }

  async getLog(tabId: number, knownVersion?: number): Promise<TabLogView> {
    if (knownVersion === 1) return { tabId, version: 1, unchanged: true };
    const entries = tabId === this.tabId ? this.entries.map((e) => (e.body?.text !== undefined ? { ...e, body: { ...e.body, text: undefined } } : e)) : [];
    return { tabId, version: 1, entries, dropped: 0, offset: 0, total: entries.length };
  }

  async getEntry(tabId: number, id: string): Promise<LogEntry | null> {
    return tabId === this.tabId ? (this.byId.get(id) ?? null) : null;
  }

  async clearLog(): Promise<void> {
    // Read-only: the file stays as it was opened.
  }

  async listTabs(): Promise<TabSummary[]> {
    return [{ tabId: this.tabId, title: this.title, count: this.entries.length }];
  }

  async searchLog(tabId: number, query: string): Promise<string[]> {
    const q = query.toLowerCase();
    if (tabId !== this.tabId || !q) return [];
    return this.entries.filter((e) => e.body?.text?.toLowerCase().includes(q) || e.requestBody?.text?.toLowerCase().includes(q)).map((e) => e.id);
  }
}
