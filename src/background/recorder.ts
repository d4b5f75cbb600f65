import type { LogEntry, RequestBodyInfo } from '../shared/types';
import { LIMITS } from '../shared/limits';
import { isFlaggedNetworkError, isFlaggedStatus } from '../shared/classify';
import { capHeaders, capUrl, captureRequestBody } from './sanitize';

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
}

export interface RecorderSink {
  /** A new flagged entry. */
  added(entry: LogEntry): void;
  /** An entry changed (completed); persist it. */
  updated(entry: LogEntry): void;
  /** A top-level navigation began in this tab. */
  navigated(tabId: number): void;
  find(requestId: string): LogEntry | undefined;
}

/**
 * Turns webRequest events into log entries. Each handler does constant work: one Map lookup,
 * and header copying only for flagged responses.
 */
export class Recorder {
  /** In-flight requests; insertion-ordered, so the oldest is dropped first when full. */
  private readonly pending = new Map<string, Pending>();

  constructor(private readonly sink: RecorderSink) {}

  get pendingCount(): number {
    return this.pending.size;
  }

  onBeforeRequest = (d: RequestDetails): void => {
    if (d.tabId < 0) return; // the browser's own or another extension's requests
    if (d.type === 'main_frame') this.sink.navigated(d.tabId);
    // A redirect re-enters onBeforeRequest with the same id; keep the first start time.
    const existing = this.pending.get(d.requestId);
    if (existing) return;
    if (this.pending.size >= LIMITS.pendingRequests) {
      const oldest = this.pending.keys().next().value;
      if (oldest !== undefined) this.pending.delete(oldest);
    }
    this.pending.set(d.requestId, {
      startTime: d.timeStamp,
      requestBody: d.method === 'GET' || !d.requestBody ? undefined : safe(() => captureRequestBody(d.requestBody)),
    });
  };

  onSendHeaders = (d: RequestDetails): void => {
    const p = this.pending.get(d.requestId);
    if (p) p.rawRequestHeaders = d.requestHeaders;
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
      initiator: initiatorOf(d),
      previousPage: false,
    });
  };

  onCompleted = (d: RequestDetails): void => {
    // A flagged response served from cache may skip onHeadersReceived in some browsers.
    if (d.fromCache && !this.sink.find(d.requestId)) this.onHeadersReceived(d);
    this.pending.delete(d.requestId);
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
    const p = this.pending.get(d.requestId);
    this.pending.delete(d.requestId);
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
      initiator: initiatorOf(d),
      previousPage: false,
    });
  };
}

function initiatorOf(d: RequestDetails): string | undefined {
  const v = d.initiator ?? d.originUrl ?? d.documentUrl;
  return v ? capUrl(v) : undefined;
}

function safe<T>(fn: () => T): T | undefined {
  try {
    return fn();
  } catch {
    return undefined;
  }
}
