import type { CapturedBody, LogEntry } from '../shared/types';
import type { ReportedEvent, ResourceStatusEvent } from '../shared/protocol';
import type { WatchLevel } from '../shared/sites';
import { isFlaggedNetworkError } from '../shared/classify';
import type { TabLogs } from './tab-log';
import type { Recorder } from './recorder';
import { findEntryForBody, originOf, type PageBody, type ReportingDocument } from './join-body';
import type { PageReportLimiter } from './page-report-limiter';
import { documentEntry, navigationErrorEntry, navigationErrorName, pageFailureEntry, pageResponseEntry, requestPartsOf, resourceEntry, type ReportOrigin } from './light-entries';
import { fillFromPage, findTwinFailure } from './twin-failure';

/** A page report with the sender the browser named: the tab, frame and document it came from. */
export interface PageReporter extends ReportingDocument {
  tabId: number;
}

/** What page reports need of the service (src/background/service.ts): its log, intake and bodies. */
export interface PageReportHost {
  readonly logs: TabLogs;
  readonly recorder: Recorder;
  readonly watch: { level(url: string): WatchLevel; full(url: string): boolean };
  readonly limiter: PageReportLimiter;
  readonly lightLimiter: PageReportLimiter;
  now(): number;
  /** The service's single entry point for new entries (settings.flag, limits, twins). */
  intake(entry: LogEntry, from: 'navigation' | PageReportLimiter): boolean;
  attach(entry: LogEntry, body: CapturedBody): boolean;
  attachPageBody(entry: LogEntry, report: PageBody): boolean;
  /** An entry changed in place (no new failure: the badge stays). */
  changed(entry: LogEntry): void;
  /** A body whose entry is not logged yet: kept a moment for it. */
  unmatched(report: PageBody): void;
}

/**
 * What pages report (their fetch/XHR failures and bodies, documents, resource timing) and the
 * browser's navigation errors, turned into entries or bodies for entries: where webRequest watches a
 * URL (full capture) a report only fills the browser's entry; elsewhere it is the entry.
 */
export class PageReports {
  constructor(private readonly host: PageReportHost) {}

  /**
   * A page event, already shape-checked. `from` comes from the browser's sender record, never
   * from the page: it decides which tab, frame and document the report may touch.
   */
  pageEvent(event: ReportedEvent, from: PageReporter): boolean {
    const reporter = this.reporter(from);
    if (!reporter) return false;
    const full = this.host.watch.full(event.url);
    if (event.kind === 'failure') {
      const entry = pageFailureEntry(event, reporter, this.made(from.tabId), !full);
      if (full) {
        const twin = findTwinFailure(this.host.logs.snapshotIterator(from.tabId), entry);
        if (twin) {
          // The browser already recorded it with a better reason; what the page sent fills what it lacks.
          if (!fillFromPage(twin, entry)) return false;
          this.host.changed(twin);
          return true;
        }
        // Firefox: no error event for a response CORS refused; the headers it showed explain the report.
        if (this.host.recorder.explainPageFailure(entry, reporter.origin, this.host.now())) return true;
      }
      return this.host.intake(entry, full ? this.host.limiter : this.host.lightLimiter);
    }
    const body = { ...event.body, reportedBy: reporter.origin };
    // A 200 whose GraphQL body lists errors: webRequest records no 200, so the page's report is the entry.
    const graphql = event.kind === 'response' && event.graphqlErrors !== undefined;
    if (graphql && !this.host.recorder.flags.graphqlErrors) return false;
    if (!full || graphql) {
      // No webRequest listener sees this request: what the page saw is the entry itself.
      const entry = event.kind === 'document' ? documentEntry(event, reporter, this.made(from.tabId)) : pageResponseEntry(event, reporter, this.made(from.tabId));
      if (!this.host.intake(entry, this.host.lightLimiter)) return false;
      this.host.attach(entry, body);
      return true;
    }
    const pageBody: PageBody = {
      tabId: from.tabId,
      from,
      url: event.url,
      method: event.kind === 'document' ? 'GET' : event.method,
      status: event.status,
      body,
      receivedAt: this.host.now(),
      ...(event.kind === 'response' ? { request: requestPartsOf(event), api: event.api } : {}),
    };
    const entry = findEntryForBody(this.host.logs.snapshotIterator(from.tabId), pageBody);
    if (entry) return this.host.attachPageBody(entry, pageBody);
    this.host.unmatched(pageBody);
    return true;
  }

  /** Failing statuses from a frame's resource timing: entries only where webRequest does not watch. */
  resourceStatuses(events: ResourceStatusEvent[], from: PageReporter): number {
    const reporter = this.reporter(from);
    if (!reporter) return 0;
    let accepted = 0;
    for (const event of events) {
      if (this.host.watch.full(event.url)) continue; // the browser's own events have it, with headers
      if (this.host.intake(resourceEntry(event, reporter, this.made(from.tabId)), this.host.lightLimiter)) accepted++;
    }
    return accepted;
  }

  /** A document that failed to load, from webNavigation: an entry where webRequest does not watch. */
  navigationError(d: { tabId: number; frameId: number; url: string; error?: string }): boolean {
    const error = navigationErrorName(d.error);
    if (d.tabId < 0 || !error || !isFlaggedNetworkError(error)) return false;
    if (!this.watched(d.url) || this.host.watch.full(d.url)) return false;
    return this.host.intake(navigationErrorEntry({ ...d, error }, this.made(d.tabId)), 'navigation');
  }

  /** The reporting frame as the browser named it, if its page is watched at all. */
  private reporter(from: PageReporter): ReportOrigin | undefined {
    // An about:blank or about:srcdoc frame is watched as the origin it inherited.
    const page = from.url?.startsWith('http') ? from.url : (from.origin ?? '');
    if (!this.watched(page)) return undefined;
    return { tabId: from.tabId, frameId: from.frameId, origin: from.origin ?? originOf(from.url) ?? 'unknown origin' };
  }

  private watched(url: string): boolean {
    const level = this.host.watch.level(url);
    return level === 'light' || level === 'full';
  }

  private made(tabId: number): { id: string; now: number } {
    const now = this.host.now();
    return { id: `page-${tabId}-${now}-${Math.random().toString(36).slice(2, 8)}`, now };
  }
}
