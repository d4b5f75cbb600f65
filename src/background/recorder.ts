import type { LogEntry } from '../shared/types';
import { isFlaggedNetworkError, isFlaggedStatus } from '../shared/classify';
import { capHeaders, capUrl } from './sanitize';

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
  responseHeaders?: Parameters<typeof capHeaders>[0];
  statusCode?: number;
  statusLine?: string;
  fromCache?: boolean;
  ip?: string;
  error?: string;
}

export interface RecorderSink {
  /** A new flagged entry. */
  added(entry: LogEntry): void;
  /** An entry changed; persist it. */
  updated(entry: LogEntry): void;
  find(requestId: string): LogEntry | undefined;
}

/**
 * Turns the two webRequest events of full capture into log entries (see observeWebRequests in
 * src/platform/browser.ts for why two). Nothing is held for requests in flight: a successful
 * response costs one status check, and a flagged one is complete when its headers arrive.
 */
export class Recorder {
  constructor(private readonly sink: RecorderSink) {}

  onHeadersReceived = (d: RequestDetails): void => {
    if (d.tabId < 0 || d.statusCode === undefined || !isFlaggedStatus(d.statusCode)) return; // the browser's own requests have no tab
    if (this.sink.find(d.requestId)) return; // an auth retry can report headers twice
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
      requestHeaders: [],
      responseHeaders: [],
      startTime: d.timeStamp,
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
