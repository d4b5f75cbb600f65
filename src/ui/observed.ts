import type { LogEntry } from '../shared/types';
import type { ObservedFailure, ObservedResponse } from '../analysis/index';
import { headerRecord, reasonFromStatusLine } from './format';

/** A log entry as the analysis reads it: a response with a status, or a failure without one. */

export function requestBodyText(entry: LogEntry): string | undefined {
  const rb = entry.requestBody;
  if (!rb) return undefined;
  if (rb.text !== undefined) return rb.text;
  if (rb.form) return new URLSearchParams(Object.entries(rb.form).flatMap(([k, vs]) => vs.map((v) => [k, v]))).toString();
  return undefined;
}

export function observedResponse(entry: LogEntry & { statusCode: number }): ObservedResponse {
  return {
    url: entry.url,
    method: entry.method,
    status: entry.statusCode,
    statusText: reasonFromStatusLine(entry.statusLine),
    requestHeaders: headerRecord(entry.requestHeaders),
    responseHeaders: headerRecord(entry.responseHeaders),
    body: entry.body?.text,
    bodyTruncated: entry.body?.truncated,
    requestBody: requestBodyText(entry),
  };
}

export function observedFailure(entry: LogEntry): ObservedFailure {
  const failure: ObservedFailure = {
    url: entry.url,
    method: entry.method,
    requestHeaders: headerRecord(entry.requestHeaders),
    navigation: entry.type === 'main_frame' || entry.type === 'sub_frame',
  };
  if (entry.error) failure.error = entry.error;
  // Who made the request: the page that reported it, else the browser's initiator or document.
  const page = entry.reportedBy ?? entry.initiator ?? entry.documentUrl;
  if (page) failure.pageOrigin = page;
  if (entry.cors) failure.cors = entry.cors;
  return failure;
}
