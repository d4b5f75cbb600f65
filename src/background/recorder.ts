import type { LogEntry } from '../shared/types';
import type { Settings } from '../shared/settings';
import { isFlaggedNetworkError, isFlaggedStatus } from '../shared/classify';
import { capHeaders, capUrl } from './sanitize';
import { betterCors, corsFactsOf, corsFailureOf, isCorsError, isSameOrigin, preflightFailureOf, requestOrigin, unverifiedCors } from './cors';
import { CorsMemo } from './cors-memo';
import { fillFromPage } from './twin-failure';
import type { RequestDetails } from './request-details';

export type { RequestDetails };

export interface RecorderSink {
  /** A new flagged entry. */
  added(entry: LogEntry): void;
  /** An entry changed; persist it. */
  updated(entry: LogEntry): void;
  find(requestId: string): LogEntry | undefined;
}

/**
 * What is logged beyond 4xx, 5xx and network errors (settings.flag): 3xx responses, which only
 * webRequest sees, and GraphQL errors in a 200, which only the page sees (service.ts asks here).
 */
export type RecorderFlags = Pick<Settings['flag'], 'redirects' | 'graphqlErrors'>;

/**
 * Is a response with this status recorded? Every 4xx and 5xx, and a 3xx when redirects are flagged.
 * The service's intake then applies the rest of the user's choices (classify.ts, isFlaggedEntry); a
 * 200 is never recorded here, since only the page can read a GraphQL error out of its body.
 */
function recordsStatus(status: number, flags: RecorderFlags): boolean {
  return isFlaggedStatus(status) || (flags.redirects && status >= 300 && status <= 399 && status % 1 === 0);
}

/**
 * Turns the two webRequest events of full capture into log entries (see observeWebRequests in
 * src/platform/browser.ts for why two). Nothing is held for most requests in flight: a successful
 * response costs one status check, and a flagged one is complete when its headers arrive. A
 * cross-origin fetch or XHR whose response may fail the CORS check is remembered, briefly and
 * boundedly (cors-memo.ts), so that its failure can say why (cors.ts).
 */
export class Recorder {
  private wanted: RecorderFlags = { redirects: false, graphqlErrors: false };
  private readonly cors = new CorsMemo();
  /** Redirects keep their requestId for the next hop: each 3xx entry gets an id of its own. */
  private redirects = 0;

  constructor(private readonly sink: RecorderSink) {}

  /** The user's settings changed (or were read at start): new responses follow them. */
  setFlags(flags: RecorderFlags): void {
    this.wanted = { redirects: flags.redirects === true, graphqlErrors: flags.graphqlErrors === true };
  }

  get flags(): RecorderFlags {
    return this.wanted;
  }

  onHeadersReceived = (d: RequestDetails): void => {
    if (d.tabId < 0 || d.statusCode === undefined) return; // the browser's own requests have no tab
    if (d.type === 'xmlhttprequest') {
      const facts = corsFactsOf(d);
      if (facts) this.cors.remember(facts);
    }
    if (!recordsStatus(d.statusCode, this.wanted)) return;
    const redirect = d.statusCode < 400;
    if (!redirect && this.sink.find(d.requestId)) return; // an auth retry can report headers twice
    this.sink.added({
      id: redirect ? `${d.requestId}-redirect-${++this.redirects}` : d.requestId,
      kind: 'http-error',
      tabId: d.tabId,
      frameId: d.frameId,
      url: capUrl(d.url),
      method: d.method,
      type: d.type,
      statusCode: d.statusCode,
      statusLine: d.statusLine ? d.statusLine.slice(0, 512) : undefined,
      requestHeaders: [],
      responseHeaders: capHeaders(d.responseHeaders),
      startTime: d.timeStamp,
      endTime: d.timeStamp,
      ...(d.ip ? { ip: d.ip.slice(0, 64) } : {}),
      ...documentOf(d),
      previousPage: false,
    });
  };

  onErrorOccurred = (d: RequestDetails): void => {
    if (d.tabId < 0 || !d.error) return;
    const cors = this.corsOfError(d);
    if (cors === PREFLIGHT_OWN_ERROR) return;
    const existing = this.sink.find(d.requestId);
    if (existing) {
      // A flagged response whose transfer then failed, or that CORS then refused: keep the status, note the error.
      existing.error = d.error.slice(0, 256);
      existing.endTime = d.timeStamp;
      const better = betterCors(existing.cors, cors);
      if (better) existing.cors = better;
      this.sink.updated(existing);
      return;
    }
    if (!isFlaggedNetworkError(d.error)) return;
    this.sink.added({
      id: d.requestId,
      kind: 'network-error',
      tabId: d.tabId,
      frameId: d.frameId,
      url: capUrl(d.url),
      method: d.method,
      type: d.type,
      error: d.error.slice(0, 256),
      requestHeaders: [],
      responseHeaders: [],
      startTime: d.timeStamp,
      endTime: d.timeStamp,
      ...documentOf(d),
      ...(cors ? { cors } : {}),
      previousPage: false,
    });
  };

  /**
   * Why a failed request was refused under CORS, when it was a cross-origin fetch or XHR that failed
   * as the browsers fail CORS (cors.ts): from its own response's headers, else from its preflight's,
   * else unverified. PREFLIGHT_OWN_ERROR for Firefox's error on the preflight itself, which the
   * request it was asked for reports.
   */
  private corsOfError(d: RequestDetails): LogEntry['cors'] | typeof PREFLIGHT_OWN_ERROR {
    if (d.type !== 'xmlhttprequest' || !isCorsError(d.error)) return undefined;
    const origin = requestOrigin(d);
    if (origin === undefined || isSameOrigin(d.url, origin)) return undefined;
    if (this.cors.get(d.requestId, d.timeStamp)?.preflight) return PREFLIGHT_OWN_ERROR;
    const facts = this.cors.take(d.requestId, d.timeStamp);
    if (facts) return corsFailureOf(facts) ?? unverifiedCors(origin);
    const preflight = this.cors.takeNewest((f) => f.preflight && f.tabId === d.tabId && f.url === d.url && f.origin === origin, d.timeStamp);
    return preflight ? preflightFailureOf(preflight) : unverifiedCors(origin);
  }

  /**
   * A page reported a fetch or XHR failure for a request full capture saw. Firefox reports no error
   * for a response refused under CORS (cors.ts), so its remembered headers explain the page's
   * report: the entry already logged for a flagged status takes the explanation (and what the page
   * sent) and true is returned; else `entry`, the page's, takes it. `origin` is the reporting
   * frame's, as the browser named it: only that frame's own requests are matched.
   */
  explainPageFailure(entry: LogEntry, origin: string, now: number): boolean {
    const facts = this.cors.takeNewest(
      (f) => !f.preflight && f.tabId === entry.tabId && f.frameId === entry.frameId && f.url === entry.url && f.method === entry.method && f.origin === origin,
      now,
    );
    const cors = facts && corsFailureOf(facts);
    if (!facts || !cors) return false;
    const logged = this.sink.find(facts.requestId);
    if (!logged) {
      entry.cors = cors;
      return false;
    }
    logged.cors = betterCors(logged.cors, cors);
    fillFromPage(logged, entry);
    this.sink.updated(logged);
    return true;
  }
}

/** See Recorder.corsOfError. */
const PREFLIGHT_OWN_ERROR = Symbol('preflight');

/** Who made the request: shown as the initiator, and used to tie page-reported bodies to it. */
function documentOf(d: RequestDetails): Pick<LogEntry, 'initiator' | 'documentId' | 'documentUrl'> {
  const initiator = d.initiator ?? d.originUrl ?? d.documentUrl;
  const out: Pick<LogEntry, 'initiator' | 'documentId' | 'documentUrl'> = {};
  if (initiator) out.initiator = capUrl(initiator);
  if (typeof d.documentId === 'string') out.documentId = d.documentId.slice(0, 64);
  if (typeof d.documentUrl === 'string') out.documentUrl = capUrl(d.documentUrl);
  return out;
}
