/**
 * Reports that arrived before the entry they belong to: kept per tab, a few at most and for a short
 * while, until an entry they match is logged. Page bodies (join-body.ts) and DevTools' bodies
 * (devtools-body.ts) both wait here.
 */
export class TabWaitingList<T> {
  private readonly byTab = new Map<number, T[]>();

  constructor(
    private readonly perTab: number,
    private readonly maxAgeMs: number,
    private readonly receivedAt: (item: T) => number,
  ) {}

  /** Adds what just arrived; what has waited too long goes first, then the oldest past the bound. */
  add(tabId: number, item: T, now: number): void {
    const list = this.fresh(tabId, now);
    list.push(item);
    if (list.length > this.perTab) list.shift();
    this.byTab.set(tabId, list);
  }

  /** Takes the oldest fresh item `matches` accepts, if any. */
  take(tabId: number, now: number, matches: (item: T) => boolean): T | undefined {
    const fresh = this.fresh(tabId, now);
    const index = fresh.findIndex(matches);
    const found = index >= 0 ? fresh.splice(index, 1)[0] : undefined;
    this.set(tabId, fresh);
    return found;
  }

  /** Keeps only the tab's items `keep` accepts. */
  keep(tabId: number, keep: (item: T) => boolean): void {
    this.set(tabId, (this.byTab.get(tabId) ?? []).filter(keep));
  }

  waiting(tabId: number): number {
    return this.byTab.get(tabId)?.length ?? 0;
  }

  clear(tabId: number): void {
    this.byTab.delete(tabId);
  }

  private fresh(tabId: number, now: number): T[] {
    return (this.byTab.get(tabId) ?? []).filter((item) => now - this.receivedAt(item) <= this.maxAgeMs);
  }

  private set(tabId: number, list: T[]): void {
    if (list.length) this.byTab.set(tabId, list);
    else this.byTab.delete(tabId);
  }
}
