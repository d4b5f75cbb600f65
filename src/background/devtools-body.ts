import type { CapturedBody, LogEntry } from '../shared/types';
import type { DevtoolsBodyReport } from '../shared/protocol';
import { LIMITS } from '../shared/limits';
import { withoutFragment } from './join-body';
import { TabWaitingList } from './tab-waiting-list';

/**
 * Bodies from DevTools' own network record (devtools.network.onRequestFinished + getContent, read
 * by our DevTools page while DevTools is open on a tab). Chrome gives extensions no other way to
 * read the body of a failed image, script, style or document. Such a body only fills an entry
 * StatusLens logged without one: it never makes an entry of its own, so a site the user does not
 * watch stays unwatched even with DevTools open, and the same request is never listed twice.
 */

/** How far apart DevTools' start time and ours may be: both come from the same browser's clock,
 * but page-reported entries (light capture) are stamped when the page's report arrives. */
export const DEVTOOLS_START_SLACK_MS = 10_000;
/** How long a body waits for its entry (the page's report may land after DevTools finished). */
export const DEVTOOLS_BODY_WAIT_MS = 15_000;
/** Records waiting per tab: a few capped bodies, so a tab's waiting list stays small in memory. */
export const DEVTOOLS_WAITING_PER_TAB = 20;
const METHOD = /^[A-Za-z]{1,16}$/;

/**
 * Reads a devtoolsBody message (an extension page sent it, but it carries what a web server
 * returned): every field checked, text capped at the body ceiling. undefined when malformed.
 */
export function parseDevtoolsBody(raw: Record<string, unknown>): DevtoolsBodyReport | undefined {
  const { tabId, url, method, status, startedAt, body } = raw;
  if (typeof tabId !== 'number' || !Number.isInteger(tabId) || tabId < 0) return undefined;
  if (typeof url !== 'string' || !/^https?:\/\//.test(url) || url.length > LIMITS.urlChars) return undefined;
  if (typeof method !== 'string' || !METHOD.test(method)) return undefined;
  if (typeof status !== 'number' || !Number.isInteger(status) || status < 100 || status > 599) return undefined;
  if (typeof startedAt !== 'number' || !Number.isFinite(startedAt) || startedAt <= 0) return undefined;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  const b = body as Record<string, unknown>;
  if (typeof b.binary !== 'boolean' || typeof b.truncated !== 'boolean') return undefined;
  if (b.text !== undefined && (typeof b.text !== 'string' || b.text.length > LIMITS.bodyBytes)) return undefined;
  if (b.mimeType !== undefined && (typeof b.mimeType !== 'string' || b.mimeType.length > LIMITS.headerNameChars)) return undefined;
  if (b.fullSize !== undefined && (typeof b.fullSize !== 'number' || !Number.isInteger(b.fullSize) || b.fullSize < 0)) return undefined;
  return {
    tabId,
    url,
    method: method.toUpperCase(),
    status,
    startedAt,
    body: {
      binary: b.binary,
      truncated: b.truncated,
      ...(typeof b.text === 'string' && !b.binary && { text: b.text }),
      ...(typeof b.mimeType === 'string' && { mimeType: b.mimeType }),
      ...(typeof b.fullSize === 'number' && { fullSize: b.fullSize }),
    },
  };
}

/** The report's body as an entry holds it (the service then cuts it to the user's cap). */
export function devtoolsCapturedBody(report: DevtoolsBodyReport): CapturedBody {
  const text = report.body.text;
  return {
    source: 'devtools',
    binary: report.body.binary,
    ...(text !== undefined && { text }),
    ...(report.body.mimeType !== undefined && { mimeType: report.body.mimeType }),
    keptSize: text === undefined ? 0 : new TextEncoder().encode(text).length,
    ...(report.body.fullSize !== undefined && { fullSize: report.body.fullSize }),
    truncated: report.body.truncated,
  };
}

/**
 * Is this DevTools record the same request as this entry? URL, method, status, and close start
 * times, on the tab's current page: DevTools reports a request when it finishes, so a record that
 * comes before its entry (page reports land later) would otherwise fill the same URL's entry from
 * the page before a reload.
 */
export function devtoolsMatches(entry: LogEntry, report: DevtoolsBodyReport): boolean {
  return (
    entry.tabId === report.tabId &&
    !entry.previousPage &&
    entry.kind === 'http-error' &&
    entry.statusCode === report.status &&
    entry.method.toUpperCase() === report.method &&
    withoutFragment(entry.url) === withoutFragment(report.url) &&
    Math.abs(entry.startTime - report.startedAt) <= DEVTOOLS_START_SLACK_MS
  );
}

/**
 * The entry this record belongs to: of those that match, the one whose start is closest (a page
 * that loads the same failing URL twice has two entries, and each gets its own body).
 * `withBody` tells apart "no entry" from "its entry has a body already".
 */
export function findEntryForDevtools(entries: Iterable<LogEntry>, report: DevtoolsBodyReport): { entry?: LogEntry; withBody: boolean } {
  let best: LogEntry | undefined;
  let withBody = false;
  for (const entry of entries) {
    if (!devtoolsMatches(entry, report)) continue;
    if (entry.body) {
      withBody = true;
      continue;
    }
    if (!best || Math.abs(entry.startTime - report.startedAt) < Math.abs(best.startTime - report.startedAt)) best = entry;
  }
  return best ? { entry: best, withBody: false } : { withBody };
}

/** DevTools records whose entry has not appeared yet: a few per tab, for a few seconds. */
export class WaitingDevtoolsBodies {
  private readonly list = new TabWaitingList<{ report: DevtoolsBodyReport; receivedAt: number }>(DEVTOOLS_WAITING_PER_TAB, DEVTOOLS_BODY_WAIT_MS, (w) => w.receivedAt);

  /** What has waited too long goes first (watching is off for the page, say: no entry will come). */
  add(report: DevtoolsBodyReport, now: number): void {
    this.list.add(report.tabId, { report, receivedAt: now }, now);
  }

  /** Takes the waiting record that matches a new entry, if one does and is fresh. */
  take(entry: LogEntry, now: number): DevtoolsBodyReport | undefined {
    return this.list.take(entry.tabId, now, (w) => devtoolsMatches(entry, w.report))?.report;
  }

  waiting(tabId: number): number {
    return this.list.waiting(tabId);
  }

  clear(tabId: number): void {
    this.list.clear(tabId);
  }
}
