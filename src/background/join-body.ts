import type { CapturedBody, HeaderLine, LogEntry, RequestBodyInfo } from '../shared/types';
import { LIMITS } from '../shared/limits';
import { TabWaitingList } from './tab-waiting-list';
import { HOOK_BODY_TYPES } from '../shared/page-body-types';

/**
 * May `next` take the place of `current`? The bytes the browser read off the wire replace what a
 * page reported; a page's report never replaces anything, so a page cannot overwrite a real body
 * (or a second report overwrite the first); and a body whose text was dropped to save memory
 * stays "dropped", since nothing can tell a late report apart from a forged one.
 */
export function mayReplace(current: CapturedBody | undefined, next: CapturedBody): boolean {
  if (!current) return true;
  if (current.dropped) return false;
  return next.source === 'network' && current.source !== 'network';
}

/** The frame and document a page report came from, as the browser's sender record names them. */
export interface ReportingDocument {
  frameId: number;
  /** Chrome's documentId of the reporting frame (absent in browsers that lack it). */
  documentId?: string;
  /** The reporting frame's URL and origin. */
  url?: string;
  origin?: string;
}

/** A body reported by the page, waiting to be joined to the browser's record of the response. */
export interface PageBody {
  tabId: number;
  from: ReportingDocument;
  url: string;
  /** Absent when the page hook could not read it without side effects; then any method matches. */
  method?: string;
  status: number;
  body: CapturedBody;
  receivedAt: number;
  /** What the page sent (headers it set, a text body), for an entry whose browser record has none. */
  request?: { requestHeaders: HeaderLine[]; requestBody?: RequestBodyInfo };
  /** Which of the page's APIs made the call. */
  api?: 'fetch' | 'xhr';
}


/**
 * Does this page-reported body belong to this observed response? The page cannot name the
 * browser's requestId, so we match on what both sides saw (tab, URL, method, status) and on who
 * reported it: the same frame, and the very document that made the request. A page that queues
 * reports and then navigates to another site can therefore not dress that site's responses.
 */
export function bodyMatches(entry: LogEntry, body: PageBody): boolean {
  if (entry.tabId !== body.tabId || entry.statusCode !== body.status || entry.url !== body.url) return false;
  if (body.method !== undefined && entry.method !== body.method) return false;
  // Content scripts and webRequest number frames alike (0 is the top frame).
  if (entry.frameId !== body.from.frameId) return false;
  if (body.body.source === 'rendered-document') {
    // The document's own frame reports its own navigation: the frame was loaded by this request.
    if (entry.type !== (body.from.frameId === 0 ? 'main_frame' : 'sub_frame')) return false;
    return body.from.url === undefined || withoutFragment(body.from.url) === entry.url;
  }
  if (!HOOK_BODY_TYPES.has(entry.type)) return false;
  return sameDocument(entry, body.from);
}

/** Did the reporting document make this request? The strongest check each browser allows. */
export function sameDocument(entry: LogEntry, from: ReportingDocument): boolean {
  if (entry.documentId !== undefined && from.documentId !== undefined) return entry.documentId === from.documentId;
  if (entry.documentUrl !== undefined && from.url !== undefined) return withoutFragment(entry.documentUrl) === withoutFragment(from.url);
  const origin = from.origin ?? originOf(from.url);
  return origin !== undefined && entry.initiator !== undefined && originOf(entry.initiator) === origin;
}

export function originOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const origin = new URL(url).origin;
    return origin === 'null' ? undefined : origin;
  } catch {
    return undefined;
  }
}

export function withoutFragment(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}

/**
 * Finds the entry a page report belongs to among the tab's newest entries: the newest one that
 * matches and can take its body, or still lacks what the page sent (Firefox may have read the
 * body off the wire first; the request's headers and body still come from the page).
 */
export function findEntryForBody(newestFirst: Iterable<LogEntry>, body: PageBody, lookback = 200): LogEntry | undefined {
  let seen = 0;
  for (const entry of newestFirst) {
    if (++seen > lookback) break;
    if (!bodyMatches(entry, body)) continue;
    if (mayReplace(entry.body, body.body) || (body.request !== undefined && lacksRequest(entry))) return entry;
  }
  return undefined;
}

/** An entry with neither request headers nor a request body: the page's report may fill them. */
export function lacksRequest(entry: LogEntry): boolean {
  return entry.requestHeaders.length === 0 && entry.requestBody === undefined;
}

/**
 * Bodies that arrived before the browser reported their response; bounded per tab and by age,
 * and dropped when the frame that reported them navigates (its document is gone).
 */
export class UnmatchedBodies {
  private readonly list = new TabWaitingList<PageBody>(LIMITS.unmatchedBodiesPerTab, LIMITS.unmatchedBodyAgeMs, (b) => b.receivedAt);

  add(body: PageBody): void {
    this.list.add(body.tabId, body, body.receivedAt);
  }

  /** Takes the oldest waiting body that matches a newly observed entry. */
  take(entry: LogEntry, now: number): PageBody | undefined {
    return this.list.take(entry.tabId, now, (b) => bodyMatches(entry, b) && mayReplace(entry.body, b.body));
  }

  /** A frame navigated: what its old document reported can no longer be joined. Frame 0 takes all. */
  frameNavigated(tabId: number, frameId: number): void {
    if (frameId === 0) this.list.clear(tabId);
    else this.list.keep(tabId, (b) => b.from.frameId !== frameId);
  }

  waiting(tabId: number): number {
    return this.list.waiting(tabId);
  }

  clear(tabId: number): void {
    this.list.clear(tabId);
  }
}
