import type { LogEntry, RequestBodyInfo } from '../shared/types';
import { LIMITS } from '../shared/limits';
import { isFlaggedNetworkError, isFlaggedStatus } from '../shared/classify';
import { capHeaders, capUrl } from './sanitize';
import { captureRequestBody } from './request-body';

/** The parts of webRequest's details we read; both browsers give at least these. */
export interface RequestDetails {
  requestId: string;
  url: string;
  method: string;
  type: string;
  tabId: number;
  frameId: number;
  timeStamp: number;
  initiator?: string;
  originUrl?: string;
  documentUrl?: string;
  /** Chrome 106+: the document that made the request (absent for navigations). */
  documentId?: string;
  requestBody?: Parameters<typeof captureRequestBody>[0];
  requestHeaders?: Parameters<typeof capHeaders>[0];
  responseHeaders?: Parameters<typeof capHeaders>[0];
  statusCode?: number;
  statusLine?: string;
  fromCache?: boolean;
  ip?: string;
  error?: string;
}

interface Pending {
  startTime: number;
  requestBody?: RequestBodyInfo;
  /** As the browser gave them; copied and capped only if the response is flagged. */
  rawRequestHeaders?: RequestDetails['requestHeaders'];
  /** Characters this request holds (request body and headers), counted against LIMITS.pendingChars. */
  chars: number;
  headerChars: number;
}

export interface RecorderSink {
  /** A new flagged entry. */
  added(entry: LogEntry): void;
  /** An entry changed (completed); persist it. */
  updated(entry: LogEntry): void;
  /** A navigation began in this frame of this tab (frame 0: the whole page). */
  navigated(tabId: number, frameId: number): void;
  find(requestId: string): LogEntry | undefined;
}

/**
 * Turns webRequest events into log entries. Each handler does constant work: one Map lookup,
 * and header copying only for flagged responses.
 */
export class Recorder {
  /** In-flight requests; insertion-ordered, so the oldest is dropped first when full. */
  private readonly pending = new Map<string, Pending>();
  private pendingChars = 0;

  constructor(private readonly sink: RecorderSink) {}

  /** Characters held for in-flight requests (request bodies and headers). */
  get pendingHeldChars(): number {
    return this.pendingChars;
  }

  private forget(requestId: string): Pending | undefined {
    const p = this.pending.get(requestId);
    if (!p) return undefined;
    this.pending.delete(requestId);
    this.pendingChars -= p.chars;
    return p;
  }

  onBeforeRequest = (d: RequestDetails): void => {
    if (d.tabId < 0) return; // the browser's own or another extension's requests
    if (d.type === 'main_frame' || d.type === 'sub_frame') this.sink.navigated(d.tabId, d.frameId);
    // A redirect re-enters onBeforeRequest with the same id; keep the first start time.
    const existing = this.pending.get(d.requestId);
    if (existing) return;
    const requestBody = d.method === 'GET' || !d.requestBody ? undefined : safe(() => captureRequestBody(d.requestBody));
    const chars = (requestBody?.text?.length ?? 0) + (requestBody?.form ? requestBody.size : 0);
    this.makeRoom(chars);
    this.pending.set(d.requestId, { startTime: d.timeStamp, requestBody, chars, headerChars: 0 });
    this.pendingChars += chars;
  };

  /** Forgets the oldest in-flight requests until one more, holding `chars`, fits both bounds. */
  private makeRoom(chars: number): void {
    while (this.pending.size && (this.pending.size >= LIMITS.pendingRequests || this.pendingChars + chars > LIMITS.pendingChars)) {
      const oldest = this.pending.keys().next().value;
      if (oldest === undefined) break;
      this.forget(oldest);
    }
  }

  onSendHeaders = (d: RequestDetails): void => {
    const p = this.pending.get(d.requestId);
    if (!p || !Array.isArray(d.requestHeaders)) return;
    // Held by reference and copied only if the response is flagged, but counted now: a page can
    // send requests with huge headers that never complete.
    let chars = 0;
    for (const h of d.requestHeaders) chars += (h.name?.length ?? 0) + (h.value?.length ?? h.binaryValue?.length ?? 0);
    // A redirect sends headers again: the last ones replace the first.
    const before = p.headerChars;
    const fits = this.pendingChars - before + chars <= LIMITS.pendingChars;
    p.rawRequestHeaders = fits ? d.requestHeaders : undefined; // keep the request, not its headers
    p.headerChars = fits ? chars : 0;
    p.chars += p.headerChars - before;
    this.pendingChars += p.headerChars - before;
  };

  onHeadersReceived = (d: RequestDetails): void => {
    if (d.tabId < 0 || d.statusCode === undefined || !isFlaggedStatus(d.statusCode)) return;
    if (this.sink.find(d.requestId)) return; // an auth retry can report headers twice
    const p = this.pending.get(d.requestId);
    this.sink.added({
      id: d.requestId,
      kind: 'http-error',
      tabId: d.tabId,
      frameId: d.frameId,
      url: capUrl(d.url),
      method: d.method,
      type: d.type,
      statusCode: d.statusCode,
      statusLine: d.statusLine ? d.statusLine.slice(0, 512) : undefined,
      requestHeaders: capHeaders(p?.rawRequestHeaders),
      responseHeaders: capHeaders(d.responseHeaders),
      requestBody: p?.requestBody,
      startTime: p?.startTime ?? d.timeStamp,
      ...documentOf(d),
      previousPage: false,
    });
  };

  onCompleted = (d: RequestDetails): void => {
    // A flagged response served from cache may skip onHeadersReceived in some browsers.
    if (d.fromCache && !this.sink.find(d.requestId)) this.onHeadersReceived(d);
    this.forget(d.requestId);
    const entry = this.sink.find(d.requestId);
    if (entry) this.finish(entry, d);
  };

  private finish(entry: LogEntry, d: RequestDetails): void {
    entry.endTime = d.timeStamp;
    entry.fromCache = Boolean(d.fromCache);
    if (d.ip) entry.ip = d.ip.slice(0, 64);
    if (!entry.responseHeaders.length) entry.responseHeaders = capHeaders(d.responseHeaders);
    this.sink.updated(entry);
  }

  onErrorOccurred = (d: RequestDetails): void => {
    const p = this.forget(d.requestId);
    if (d.tabId < 0 || !d.error) return;
    const existing = this.sink.find(d.requestId);
    if (existing) {
      // A flagged response whose transfer then failed: keep the status, note the error.
      existing.error = d.error.slice(0, 256);
      existing.endTime = d.timeStamp;
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
      requestHeaders: capHeaders(p?.rawRequestHeaders),
      responseHeaders: [],
      requestBody: p?.requestBody,
      startTime: p?.startTime ?? d.timeStamp,
      endTime: d.timeStamp,
      ...documentOf(d),
      previousPage: false,
    });
  };
}

/** Who made the request: shown as the initiator, and used to tie page-reported bodies to it. */
function documentOf(d: RequestDetails): Pick<LogEntry, 'initiator' | 'documentId' | 'documentUrl'> {
  const initiator = d.initiator ?? d.originUrl ?? d.documentUrl;
  const out: Pick<LogEntry, 'initiator' | 'documentId' | 'documentUrl'> = {};
  if (initiator) out.initiator = capUrl(initiator);
  if (typeof d.documentId === 'string') out.documentId = d.documentId.slice(0, 64);
  if (typeof d.documentUrl === 'string') out.documentUrl = capUrl(d.documentUrl);
  return out;
}

function safe<T>(fn: () => T): T | undefined {
  try {
    return fn();
  } catch {
    return undefined;
  }
}
