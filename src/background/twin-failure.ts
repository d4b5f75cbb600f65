import type { LogEntry } from '../shared/types';

/** A page's fetch failure and the browser's onErrorOccurred for it are one failure. */
const SAME_FAILURE_MS = 5_000;
/** Twins arrive close together: only the newest entries are searched. */
const LOOKBACK = 50;

/**
 * The failure already logged that `entry` repeats: same frame, URL and method, within a few
 * seconds. The page's report and the browser's event for one failed request arrive in either order.
 */
export function findTwinFailure(newestFirst: Iterable<LogEntry>, entry: LogEntry): LogEntry | undefined {
  let seen = 0;
  for (const e of newestFirst) {
    if (++seen > LOOKBACK) break;
    if (e.kind !== 'network-error' || e.url !== entry.url || e.method !== entry.method || e.frameId !== entry.frameId) continue;
    if (Math.abs(e.startTime - entry.startTime) <= SAME_FAILURE_MS || Math.abs((e.endTime ?? 0) - (entry.endTime ?? 0)) <= SAME_FAILURE_MS) return e;
  }
  return undefined;
}

/** Keeps the browser's record: its error text first, what the page saw after it. */
export function mergeTwin(logged: LogEntry, browserError: string | undefined): void {
  if (browserError) logged.error = `${browserError}${logged.error ? ` (page saw: ${logged.error})` : ''}`;
  delete logged.reportedBy;
}
