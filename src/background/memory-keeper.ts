import type { LogEntry } from '../shared/types';
import { LIMITS } from '../shared/limits';
import { MemoryBudget, entryChars } from './memory-budget';
import type { TabLogs } from './tab-log';

/**
 * Keeps what the logs hold in memory bounded, per tab and in all. Every entry is charged to its
 * tab at its current size (re-counted when it changes). A tab over its share gives up the text of
 * its own oldest bodies, then its oldest entries; other tabs are touched only if they are among
 * the largest when the total is over (see MemoryBudget.cuts).
 */
export class MemoryKeeper {
  private readonly budget = new MemoryBudget(LIMITS.memoryCharsPerTab, LIMITS.memoryChars);
  /** What each entry was last counted at, so a change is charged by its difference. */
  private readonly counted = new WeakMap<LogEntry, number>();

  constructor(
    private readonly logs: TabLogs,
    /** Hears of each tab whose entries lost text or were let go. */
    private readonly shrunk: (tabId: number) => void,
  ) {}

  /** Charges an entry's current size to its tab (nothing once the logs let it go). */
  recount(entry: LogEntry): void {
    if (this.logs.get(entry.id) !== entry) return;
    const now = entryChars(entry);
    this.budget.add(entry.tabId, now - (this.counted.get(entry) ?? 0));
    this.counted.set(entry, now);
  }

  /** The logs let an entry go. */
  released(entry: LogEntry): void {
    this.budget.add(entry.tabId, -(this.counted.get(entry) ?? 0));
    this.counted.delete(entry);
  }

  forget(tabId: number): void {
    this.budget.forget(tabId);
  }

  /** Brings memory back within bounds after `changedTab` grew (or, without it, after a restore). */
  reclaim(changedTab?: number): void {
    const tabOver = changedTab === undefined || this.budget.tab(changedTab) > LIMITS.memoryCharsPerTab;
    if (!tabOver && this.budget.total <= LIMITS.memoryChars) return;
    for (const [tabId, target] of this.budget.cuts()) this.shrink(tabId, target);
  }

  private shrink(tabId: number, target: number): void {
    for (const e of this.logs.oldestFirst(tabId)) {
      if (this.budget.tab(tabId) <= target) break;
      if (e.body?.text === undefined) continue;
      e.body = { ...e.body, text: undefined, dropped: 'memory' };
      this.recount(e);
    }
    // Bodies alone were not enough (a tab of huge headers or URLs): let its oldest entries go.
    let over = this.budget.tab(tabId) - target;
    let count = 0;
    for (const e of this.logs.oldestFirst(tabId)) {
      if (over <= 0) break;
      over -= this.counted.get(e) ?? 0;
      count++;
    }
    this.logs.dropOldest(tabId, count);
    this.shrunk(tabId);
  }

  get total(): number {
    return this.budget.total;
  }

  tab(tabId: number): number {
    return this.budget.tab(tabId);
  }
}
