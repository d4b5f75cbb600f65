import type { LogEntry } from '../shared/types';
import { betterCors } from './cors';
import { lacksRequest } from './join-body';

/** A page's fetch failure and the browser's onErrorOccurred for it are one failure. */
const SAME_FAILURE_MS = 5_000;
/**
 * Twins arrive close together: only the newest failures that could be one (a network error or an
 * error on a status) are compared. Other entries are passed over without counting, so a burst of
 * 4xx/5xx between the page's report and the browser's event (a noisy page) cannot hide the twin;
 * a tab's log holds at most LIMITS.entriesPerTab entries to pass over.
 */
const LOOKBACK = 50;

/**
 * The failure already logged that `entry` repeats: same frame, URL and method, within a few
 * seconds. The page's report and the browser's event for one failed request arrive in either order.
 * The browser's record is a network error, or a response whose status it saw before the request
 * failed (Chrome: a 4xx that CORS then refused, "net::ERR_FAILED" on the entry of its status).
 */
export function findTwinFailure(newestFirst: Iterable<LogEntry>, entry: LogEntry): LogEntry | undefined {
  let seen = 0;
  for (const e of newestFirst) {
    if (e.kind !== 'network-error' && e.error === undefined) continue;
    if (++seen > LOOKBACK) break;
    if (e.url !== entry.url || e.method !== entry.method || e.frameId !== entry.frameId) continue;
    if (Math.abs(e.startTime - entry.startTime) <= SAME_FAILURE_MS || Math.abs((e.endTime ?? 0) - (entry.endTime ?? 0)) <= SAME_FAILURE_MS) return e;
  }
  return undefined;
}

/**
 * The page reported first; `observed` is the browser's record of the same failure. Keeps the
 * browser's error text first, what the page saw after it, and the browser's explanation of a CORS
 * refusal over the page's guess.
 */
export function mergeTwin(logged: LogEntry, observed: Pick<LogEntry, 'error' | 'cors'>): void {
  if (observed.error) logged.error = `${observed.error}${logged.error ? ` (page saw: ${logged.error})` : ''}`;
  const cors = betterCors(logged.cors, observed.cors);
  if (cors) logged.cors = cors;
  delete logged.reportedBy;
}

/**
 * The browser recorded first; `page` is the page's report of the same failure. The browser's record
 * stays as it is, but takes what the page sent (headers it set, a text body) when it shows none:
 * Chrome's webRequest shows no request headers in full capture's two events, and what a preflight
 * asked about is read from them. True when something was filled.
 */
export function fillFromPage(logged: LogEntry, page: LogEntry): boolean {
  if (!lacksRequest(logged) || (page.requestHeaders.length === 0 && page.requestBody === undefined)) return false;
  logged.requestHeaders = page.requestHeaders;
  if (page.requestBody) logged.requestBody = page.requestBody;
  return true;
}
