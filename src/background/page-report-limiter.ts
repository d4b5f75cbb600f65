import type { LogEntry, TabLogSnapshot } from '../shared/types';
import { LIMITS } from '../shared/limits';

export interface ReportLimits {
  burst: number;
  perSecond: number;
  perTab: number;
  /** Which entries this limiter counts when a log is restored. */
  owns(e: LogEntry): boolean;
}

/** Failures a page reports with no status, where the browser's own events also watch. */
export const FAILURE_LIMITS: ReportLimits = {
  burst: LIMITS.pageFailureBurst,
  perSecond: LIMITS.pageFailuresPerSecond,
  perTab: LIMITS.pageFailuresPerTab,
  owns: (e) => e.reportedBy !== undefined && e.seenBy === undefined,
};

/** Light capture: the page's reports (and its resource timing) are the log itself. */
export const LIGHT_LIMITS: ReportLimits = {
  burst: LIMITS.lightReportBurst,
  perSecond: LIMITS.lightReportsPerSecond,
  perTab: LIMITS.entriesPerTab,
  owns: (e) => e.seenBy !== undefined,
};

/**
 * Failures a page reports on its own (no browser event saw them) are the one kind of entry a
 * page can make up. Each frame gets a token bucket (a burst, then a steady rate), and a tab's log
 * holds at most LIMITS.pageFailuresPerTab of them, so a frame cannot flood the log and push the
 * browser's own records out. What is refused is counted and shown.
 */
export class PageReportLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private readonly live = new Map<number, number>();
  private readonly refusedByTab = new Map<number, number>();
  /** Entries counted in `live`, so letting one go twice cannot count twice. */
  private readonly counted = new WeakSet<LogEntry>();

  constructor(
    private readonly now: () => number,
    private readonly limits: ReportLimits = FAILURE_LIMITS,
  ) {}

  /** May this page-reported entry join the log? Counts it if so, and counts a refusal if not. */
  admit(entry: LogEntry): boolean {
    const key = `${entry.tabId}:${entry.frameId}`;
    const now = this.now();
    const { burst, perSecond, perTab } = this.limits;
    const bucket = this.buckets.get(key) ?? { tokens: burst, at: now };
    bucket.tokens = Math.min(burst, bucket.tokens + ((now - bucket.at) / 1000) * perSecond);
    bucket.at = now;
    this.buckets.set(key, bucket);
    if (bucket.tokens < 1 || (this.live.get(entry.tabId) ?? 0) >= perTab) {
      this.refusedByTab.set(entry.tabId, (this.refusedByTab.get(entry.tabId) ?? 0) + 1);
      return false;
    }
    bucket.tokens -= 1;
    this.live.set(entry.tabId, (this.live.get(entry.tabId) ?? 0) + 1);
    this.counted.add(entry);
    return true;
  }

  /** An entry left the log, or the browser confirmed it (it is no longer only the page's word). */
  released(entry: LogEntry): void {
    if (!this.counted.has(entry)) return;
    this.counted.delete(entry);
    this.live.set(entry.tabId, Math.max(0, (this.live.get(entry.tabId) ?? 0) - 1));
  }

  refused(tabId: number): number {
    return this.refusedByTab.get(tabId) ?? 0;
  }

  /** After the service worker restarts: count the page-reported entries and refusals it had. */
  restore(snapshot: TabLogSnapshot): void {
    for (const e of snapshot.entries) {
      if (!this.limits.owns(e) || this.counted.has(e)) continue;
      this.counted.add(e);
      this.live.set(e.tabId, (this.live.get(e.tabId) ?? 0) + 1);
    }
    if (snapshot.refused) this.refusedByTab.set(snapshot.tabId, Math.max(this.refused(snapshot.tabId), snapshot.refused));
  }

  clear(tabId: number): void {
    this.live.delete(tabId);
    this.refusedByTab.delete(tabId);
    for (const key of [...this.buckets.keys()]) if (key.startsWith(`${tabId}:`)) this.buckets.delete(key);
  }
}
