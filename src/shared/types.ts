/** Types shared by the background, the content scripts and the pages. */

export interface HeaderLine {
  name: string;
  value: string;
}

/**
 * Where a body's text came from; shown to the user beside the body. The list is what readers of
 * stored and imported logs accept (src/background/kept-read.ts, src/shared/har-import.ts).
 */
export const BODY_SOURCES = [
  'network', // Firefox webRequest.filterResponseData: the bytes on the wire
  'page-fetch', // the page's own fetch(), read from a clone
  'page-xhr', // the page's own XMLHttpRequest
  'rendered-document', // a failed document as the browser rendered it (Chrome)
  'devtools', // DevTools' own network record (devtools.network getContent), while DevTools is open
] as const;
export type BodySource = (typeof BODY_SOURCES)[number];

export interface CapturedBody {
  source: BodySource;
  /** Decoded text, when the body is text. Never rendered as HTML. */
  text?: string;
  /** True when the body is binary and only its type and size are kept. */
  binary: boolean;
  mimeType?: string;
  charset?: string;
  /** Bytes (or characters, for rendered documents) kept in `text`. */
  keptSize: number;
  /** The full size when known (Content-Length or counted while streaming). */
  fullSize?: number;
  truncated: boolean;
  /** Set when the text was dropped later to stay within a storage or memory budget. */
  dropped?: 'memory' | 'storage';
  /**
   * For bodies a page reported (page-fetch, page-xhr, rendered-document): the origin of the frame
   * that reported it, as the browser named it. Such bodies are unverified: the page could have
   * changed them. Bodies read off the wire (`network`) have none.
   */
  reportedBy?: string;
}

/** True for bodies that came from the page rather than from the browser's own record of the response. */
export function isPageReported(body: CapturedBody): boolean {
  return body.source !== 'network' && body.source !== 'devtools';
}

export interface RequestBodyInfo {
  text?: string;
  /** e.g. form fields rendered as name=value lines */
  form?: Record<string, string[]>;
  size: number;
  truncated: boolean;
}

export type EntryKind = 'http-error' | 'network-error';

export type SeenBy = 'page' | 'resource-timing' | 'navigation';

export interface LogEntry {
  /** The browser's webRequest requestId, or a generated id for page-reported failures. */
  id: string;
  kind: EntryKind;
  tabId: number;
  frameId: number;
  url: string;
  method: string;
  /** webRequest resource type: main_frame, sub_frame, xmlhttprequest, image, script, ... */
  type: string;
  statusCode?: number;
  statusLine?: string;
  /** Network error text for kind 'network-error', e.g. net::ERR_CONNECTION_REFUSED. */
  error?: string;
  requestHeaders: HeaderLine[];
  responseHeaders: HeaderLine[];
  requestBody?: RequestBodyInfo;
  startTime: number;
  endTime?: number;
  fromCache?: boolean;
  ip?: string;
  initiator?: string;
  /**
   * The document that made the request, as the browser named it: Chrome's documentId, or
   * Firefox's documentUrl. A page-reported body joins an entry only if it comes from that document.
   */
  documentId?: string;
  documentUrl?: string;
  /** For failures a page reported (no browser event saw them): the reporting frame's origin. */
  reportedBy?: string;
  /**
   * Who saw this entry when the browser's webRequest API did not (absent: webRequest did, in full
   * capture): the page's own fetch/XHR ('page'), the page's resource timing ('resource-timing':
   * a status only), or the browser's navigation events ('navigation': a document that failed to load).
   */
  seenBy?: SeenBy;
  /**
   * Set on copies with secrets masked (see src/analysis/secrets.ts): 'revealable' while the
   * background still holds the originals in memory, 'stored' once only the masked copy exists
   * (what storage.session holds, and what a restarted service worker reads back).
   */
  masked?: 'revealable' | 'stored';
  /** True once the tab has navigated away from the page that made this request. */
  previousPage: boolean;
  body?: CapturedBody;
  /**
   * The server's one-line message, read from the body by src/analysis (e.g. "Version conflict"),
   * shown under the URL in the list so most failures are understood without opening them. Set by
   * the background in list replies only; capped, shown as text.
   */
  serverMessage?: string;
  /** For a network failure the browser refused under CORS: what was wrong (see CorsFailure). */
  cors?: CorsFailure;
  /**
   * A response with status 200 logged because its JSON body had a non-empty top-level `errors`
   * array (GraphQL over HTTP), when settings.flag.graphqlErrors asks for it: how many errors it listed.
   */
  graphqlErrors?: number;
  /** Set on the response to a "Retry in page" the user confirmed: the id of the entry it retried. Logged whatever its status. */
  retryOf?: string;
}

/**
 * Why a cross-origin response was withheld from the page (Fetch standard, "CORS check"). Chrome
 * reports only net::ERR_FAILED and the page sees only a TypeError; these fields come from the
 * response headers the browser saw, when full capture saw them, or from the page's own origin.
 */
export interface CorsFailure {
  /** The origin that made the request (the page's), which the response had to allow. */
  origin?: string;
  /**
   * - 'missing-allow-origin': the response had no Access-Control-Allow-Origin.
   * - 'origin-mismatch': it named another origin (in `allowOrigin`).
   * - 'credentials-wildcard': `*` with credentials, which the standard forbids.
   * - 'missing-allow-credentials': credentials sent, no `Access-Control-Allow-Credentials: true`.
   * - 'preflight-failed': the OPTIONS preflight failed (status in `preflightStatus` when known).
   * - 'unverified': a cross-origin request failed with no response the extension could read;
   *   CORS is the likely cause but a network failure looks the same to the page.
   */
  problem: 'missing-allow-origin' | 'origin-mismatch' | 'credentials-wildcard' | 'missing-allow-credentials' | 'preflight-failed' | 'unverified';
  /** The header value the response sent, when it sent one. */
  allowOrigin?: string;
  preflightStatus?: number;
  /** The response's status when the browser saw one (the request reached the server). */
  responseStatus?: number;
}

export interface TabLogSnapshot {
  tabId: number;
  /** Newest first. */
  entries: LogEntry[];
  /** How many entries were dropped because the log was full. */
  dropped: number;
  /** Failures reported by the tab's pages that were refused by the rate limit. */
  refused?: number;
}

/**
 * A tab's log as the list view needs it: bodies without their text (the detail view asks for one
 * entry at a time), and a version so an unchanged log costs nothing to poll.
 */
export interface TabLogView {
  tabId: number;
  version: number;
  /** List entries: no headers, no body or request-body text (`getEntry` gives one entry in full). */
  entries?: LogEntry[];
  dropped?: number;
  /** True when the caller's `knownVersion` is still current; `entries` is then left out. */
  unchanged?: boolean;
  /** Index of the first entry in `entries`, and how many the log holds in all (the list is paged). */
  offset?: number;
  total?: number;
  /** Failures reported by the tab's pages that were refused by the rate limit. */
  refused?: number;
}

/** The kind of a failure, worst first when a page has several: network, then 5xx, then 4xx. */
export type StatusClass = 'client-error' | 'server-error' | 'network-error';

export interface TabSummary {
  tabId: number;
  title?: string;
  url?: string;
  count: number;
  worst?: StatusClass;
}

/** A log kept from an earlier browser session (settings.capture.keepLogs), as the tab picker lists it. */
export interface KeptLogSummary {
  /** The kept log's own id: tab ids do not survive a browser restart. */
  id: string;
  /** The tab's title and top URL when the log was last written. */
  title?: string;
  url?: string;
  /** When it was last written (ms since the epoch). */
  savedAt: number;
  /** Entries kept. */
  count: number;
}

/** A kept log in full, read-only: entries newest first, masked as stored. */
export interface KeptLog extends KeptLogSummary {
  entries: LogEntry[];
  /** Entries the tab's log had dropped, or that did not fit the kept log's budget. */
  dropped: number;
}
