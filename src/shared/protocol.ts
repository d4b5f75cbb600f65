import type { CapturedBody, KeptLog, KeptLogSummary, LogEntry, TabLogView, TabSummary } from './types';
import type { WatchState } from './sites';
import type { IgnoreRule } from './noise';
import type { RetryRefusal, RetryRequest } from '../analysis/retry-plan';

/**
 * The runtime-message protocol: for each sender, one map from message name to request and reply.
 * The background answers each map from its own handler table (src/background/messages.ts), so a
 * message reaches only the handlers its sender may use, and a wrong reply does not compile.
 */

/** What our own extension pages (the popup and its pop-out) may ask. */
export interface ExtensionPageMessages {
  /** One page of the list, from `offset` (newest first); see TabLogView.total. */
  getLog: { request: { tabId: number; knownVersion?: number; offset?: number }; reply: TabLogView };
  /** One entry in full; secrets masked unless `reveal` asks for what memory still holds. */
  getEntry: { request: { tabId: number; id: string; reveal?: boolean }; reply: LogEntry | null };
  clearLog: { request: { tabId: number }; reply: { cleared: boolean } };
  /** Tabs with a log; each count leaves out the failures the page's `ignore` rules hide (as the list does). */
  listTabs: { request: { ignore?: IgnoreRule[] }; reply: TabSummary[] };
  /** Ids of the tab's entries whose response or request body contains `query` (any case); list entries carry no body text. */
  searchLog: { request: { tabId: number; query: string }; reply: string[] };
  /** How the tab's page is watched now; `site` is the pattern naming its site, when it is a web page. */
  watchState: { request: { tabId: number }; reply: WatchState & { site?: string } };
  /**
   * How many failures in every tab's log each rule hides now (the settings page's live counts).
   * The rules are read as stored settings are (readIgnoreRules): the counts are for the rules read,
   * in their order, so a list that does not read back identically gets fewer counts than rules.
   */
  ignoreCounts: { request: { rules: IgnoreRule[] }; reply: { counts: number[] } };
  /** The origin of the tab's top page now; absent when the tab is gone or shows no web page. Where "Retry in page" would run. */
  tabOrigin: { request: { tabId: number }; reply: { origin?: string } };
  /**
   * Sends a fixed request from the tab's page, once the user has seen it and confirmed (see
   * src/background/retry.ts): `id` is the logged request it replaces, `pageOrigin` the page the user
   * saw, `request` exactly what the confirm showed. The response joins the log as `retryOf: id`.
   */
  retryInPage: { request: { tabId: number; id: string; pageOrigin: string; request: RetryRequest }; reply: RetryReply };
  /** Logs kept from earlier browser sessions (settings.capture.keepLogs), newest first. */
  listKept: { request: Record<never, never>; reply: KeptLogSummary[] };
  /** One kept log in full, read-only; null when it is gone. */
  getKept: { request: { id: string }; reply: KeptLog | null };
  /** Every tab's log, in memory and in storage.session, and every kept log in storage.local. */
  clearAll: { request: Record<never, never>; reply: { cleared: boolean } };
  /**
   * A failed response's body from DevTools' network record (the DevTools page, while DevTools is
   * open on `tabId`), for the entry StatusLens logged without one: see src/background/devtools-body.ts.
   */
  devtoolsBody: { request: DevtoolsBodyReport; reply: { result: DevtoolsBodyResult } };
}

/** Why a retry was not sent: the request's own rules (retry-plan.ts), or the tab and log as they are now. */
export type RetryRefusalReason = RetryRefusal | 'not-in-log' | 'page-changed' | 'failed';

/** A retry's outcome: the new entry's id (whatever its status), or why nothing was logged. */
export type RetryReply = { ok: true; id: string } | { ok: false; refused: RetryRefusalReason; error?: string };

/** One finished request as DevTools recorded it (a HAR entry), with its body already capped. */
export interface DevtoolsBodyReport {
  tabId: number;
  url: string;
  method: string;
  status: number;
  /** HAR startedDateTime, in ms since the epoch. */
  startedAt: number;
  body: { text?: string; binary: boolean; mimeType?: string; fullSize?: number; truncated: boolean };
}

/**
 * 'attached': the matching entry took the body; 'has-body': it had one already; 'waiting': no entry
 * yet, kept a short while for one to appear (never an entry of its own: see devtools-body.ts).
 */
export type DevtoolsBodyResult = 'attached' | 'has-body' | 'waiting';

/** What the relay, our content script in a tab's frame, may report. */
export interface ContentScriptMessages {
  /**
   * A batch from one frame's relay, sent at most every 100 ms so a busy page costs few messages.
   * Each event is the page hook's JSON text, passed on unparsed: parsing happens in the background,
   * off the page's main thread.
   */
  pageEvents: { request: { events: string[] }; reply: { accepted: number } };
  /**
   * The relay's own report of the document it runs in (Chrome: a failed document's body as the
   * browser rendered it). Sent by the relay alone, never through the page hook's channel.
   */
  renderedDocument: { request: { event: RenderedDocumentEvent }; reply: { accepted: boolean } };
  /**
   * Failing statuses from the frame's resource timing (PerformanceResourceTiming.responseStatus),
   * read by the relay itself: images, scripts, styles, frames the page loaded from its own origin
   * (cross-origin loads report 0 unless the server allows it with Timing-Allow-Origin).
   */
  resourceStatuses: { request: { events: ResourceStatusEvent[] }; reply: { accepted: number } };
}

export type MessageMap = ExtensionPageMessages & ContentScriptMessages;
export type MessageName = keyof MessageMap;
export type Request<K extends MessageName> = MessageMap[K]['request'];
export type Reply<K extends MessageName> = MessageMap[K]['reply'];

export type Message = {
  [K in MessageName]: { type: K } & Request<K>;
}[MessageName];

/** What the page hook reports: a flagged response it saw, with a capped copy of its body. */
export interface PageResponseEvent {
  kind: 'response';
  api: 'fetch' | 'xhr';
  url: string;
  /** Absent when the hook could not learn it without side effects on the page. */
  method?: string;
  status: number;
  statusText?: string;
  /**
   * What the page itself could read, for sites watched without webRequest (the light tier):
   * response headers as the page sees them (CORS hides all but the safelisted and exposed ones;
   * Set-Cookie never shows), the request headers the page set itself (the browser adds others,
   * such as Cookie and User-Agent), a text request body, and the time from the call to the
   * response headers. Each is optional: the hook leaves out what it cannot read without side effects.
   */
  responseHeaders?: [string, string][];
  requestHeaders?: [string, string][];
  requestBody?: string;
  durationMs?: number;
  body: Omit<CapturedBody, 'source'> & { source: 'page-fetch' | 'page-xhr' };
  /**
   * Set on a status-200 report of a GraphQL response whose JSON body has a non-empty top-level
   * `errors` array (only when settings.flag.graphqlErrors is on): how many errors it lists.
   */
  graphqlErrors?: number;
}

/** A request the page's own fetch/XHR saw fail with no status (CORS, refused, DNS). */
export interface PageFailureEvent {
  kind: 'failure';
  api: 'fetch' | 'xhr';
  url: string;
  method?: string;
  message: string;
  requestHeaders?: [string, string][];
  requestBody?: string;
  durationMs?: number;
  /**
   * fetch's request mode when the page set one (init.mode, or a Request's): a 'no-cors' or
   * 'same-origin' request is never refused for want of CORS headers.
   */
  mode?: 'cors' | 'no-cors' | 'same-origin';
}

/** A failed document as the browser rendered it (Chrome has no other way to read its body). */
export interface RenderedDocumentEvent {
  kind: 'document';
  url: string;
  status: number;
  body: Omit<CapturedBody, 'source'> & { source: 'rendered-document' };
}

/** One failing resource from the frame's resource timing. */
export interface ResourceStatusEvent {
  kind: 'resource';
  url: string;
  /** PerformanceResourceTiming.initiatorType: img, script, link, css, iframe, other, ... */
  initiatorType: string;
  status: number;
  durationMs?: number;
}

/**
 * What the page hook reports through its private channel (src/content/page-channel.ts). No page
 * script can write to that channel, but the hook runs in the page's MAIN world and reports what
 * the page's own calls did, so a page still chooses what it reports: untrusted input.
 */
export type PageEvent = PageResponseEvent | PageFailureEvent;
/** What the service accepts: page events, and the relay's own document reports. */
export type ReportedEvent = PageEvent | RenderedDocumentEvent;
