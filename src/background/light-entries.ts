/**
 * Log entries made from what the page itself saw, where no webRequest listener watches (light
 * capture): the page's own fetch/XHR responses and failures, its resource timing, and the browser's
 * navigation errors. Each says who saw it (`seenBy`), since each sees less than webRequest does.
 */
import type { PageFailureEvent, PageResponseEvent, RenderedDocumentEvent, ResourceStatusEvent } from '../shared/protocol';
import type { HeaderLine, LogEntry, RequestBodyInfo, SeenBy } from '../shared/types';
import { resourceTypeOf } from '../shared/validate-resource-status';
import { capText } from '../shared/body';
import { LIMITS } from '../shared/limits';
import { capHeaders, capUrl } from './sanitize';
import { unverifiedCors } from './cors';
import { originOf } from './join-body';

/** Where a report came from, as the browser named the sender. */
export interface ReportOrigin {
  tabId: number;
  frameId: number;
  origin: string;
}

interface Made {
  id: string;
  now: number;
}

const lines = (pairs: [string, string][] | undefined): HeaderLine[] => capHeaders(pairs?.map(([name, value]) => ({ name, value })));

/** What the page sent, as the page hook read it: headers it set itself, and a text body. */
export function requestPartsOf(event: PageResponseEvent | PageFailureEvent): { requestHeaders: HeaderLine[]; requestBody?: RequestBodyInfo } {
  const requestHeaders = lines(event.requestHeaders);
  if (event.requestBody === undefined) return { requestHeaders };
  const { text, truncated } = capText(event.requestBody, LIMITS.requestBodyBytes);
  return { requestHeaders, requestBody: { text, size: event.requestBody.length, truncated } };
}

export function pageResponseEntry(event: PageResponseEvent, from: ReportOrigin, made: Made): LogEntry {
  return {
    id: made.id,
    kind: 'http-error',
    tabId: from.tabId,
    frameId: from.frameId,
    url: capUrl(event.url),
    method: event.method ?? 'GET',
    type: event.api === 'fetch' ? 'fetch' : 'xmlhttprequest',
    statusCode: event.status,
    statusLine: event.statusText ? `${event.status} ${capText(event.statusText, LIMITS.statusTextChars).text}` : undefined,
    ...requestPartsOf(event),
    responseHeaders: lines(event.responseHeaders),
    startTime: made.now - (event.durationMs ?? 0),
    endTime: made.now,
    reportedBy: from.origin,
    seenBy: 'page',
    ...(event.graphqlErrors !== undefined ? { graphqlErrors: event.graphqlErrors } : {}),
    previousPage: false,
  };
}

/**
 * A failed fetch or XHR to another origin than the reporting frame's (as the browser named the
 * frame) may have been refused under CORS: the page is told only "Failed to fetch" (Chrome) or
 * "NetworkError when attempting to fetch resource." (Firefox), for a refused connection alike.
 * Nothing the page can observe without sending a request of its own tells the two apart (observed
 * in Chromium 156 and Firefox ESR 153: both leave a resource-timing entry with responseStatus 0 and
 * zeroed timings for a CORS refusal and for a refused connection), so the entry says "unverified".
 * A 'no-cors' or 'same-origin' fetch is never refused for want of CORS headers.
 */
function likelyCors(event: PageFailureEvent, from: ReportOrigin): Pick<LogEntry, 'cors'> {
  if (event.mode === 'no-cors' || event.mode === 'same-origin') return {};
  const target = originOf(event.url);
  const origin = originOf(from.origin);
  return target !== undefined && origin !== undefined && target !== origin ? { cors: unverifiedCors(origin) } : {};
}

export function pageFailureEntry(event: PageFailureEvent, from: ReportOrigin, made: Made, light: boolean): LogEntry {
  return {
    id: made.id,
    kind: 'network-error',
    tabId: from.tabId,
    frameId: from.frameId,
    url: capUrl(event.url),
    method: event.method ?? 'GET',
    type: event.api === 'fetch' ? 'fetch' : 'xmlhttprequest',
    error: `${event.api === 'fetch' ? 'fetch' : 'XMLHttpRequest'} failed: ${event.message}`,
    ...requestPartsOf(event),
    responseHeaders: [],
    startTime: made.now - (event.durationMs ?? 0),
    endTime: made.now,
    reportedBy: from.origin,
    ...(light ? { seenBy: 'page' as const } : {}),
    ...likelyCors(event, from),
    previousPage: false,
  };
}

/** A GET with a status and nothing else: what a document report or resource timing gives. */
function statusOnlyEntry(url: string, status: number, type: string, from: ReportOrigin, made: Made, seenBy: SeenBy, durationMs = 0): LogEntry {
  return {
    id: made.id,
    kind: 'http-error',
    tabId: from.tabId,
    frameId: from.frameId,
    url: capUrl(url),
    method: 'GET',
    type,
    statusCode: status,
    requestHeaders: [],
    responseHeaders: [],
    startTime: made.now - durationMs,
    endTime: made.now,
    reportedBy: from.origin,
    seenBy,
    previousPage: false,
  };
}

/** A failed document the relay reported; its rendered body is attached by the caller. */
export function documentEntry(event: RenderedDocumentEvent, from: ReportOrigin, made: Made): LogEntry {
  return statusOnlyEntry(event.url, event.status, frameType(from.frameId), from, made, 'page');
}

export function resourceEntry(event: ResourceStatusEvent, from: ReportOrigin, made: Made): LogEntry {
  return statusOnlyEntry(event.url, event.status, resourceTypeOf(event.initiatorType), from, made, 'resource-timing', event.durationMs);
}

const frameType = (frameId: number) => (frameId === 0 ? 'main_frame' : 'sub_frame');

/** A document that never loaded (refused, DNS, TLS), as webNavigation.onErrorOccurred reports it. */
export function navigationErrorEntry(d: { tabId: number; frameId: number; url: string; error: string }, made: Made): LogEntry {
  return {
    id: made.id,
    kind: 'network-error',
    tabId: d.tabId,
    frameId: d.frameId,
    url: capUrl(d.url),
    method: 'GET',
    type: frameType(d.frameId),
    error: d.error.slice(0, 256),
    requestHeaders: [],
    responseHeaders: [],
    startTime: made.now,
    endTime: made.now,
    seenBy: 'navigation',
    previousPage: false,
  };
}

/**
 * Firefox's webNavigation.onErrorOccurred says only "Error code N", N being the nsresult; the
 * network ones read here are named as Firefox's webRequest names them (netwerk/base/nsNetError.h).
 * Anything else (NS_BINDING_ABORTED when the user navigates away, for one) is not a failure to show.
 */
const FIREFOX_NAVIGATION_ERRORS: Record<number, string> = {
  0x804b000d: 'NS_ERROR_CONNECTION_REFUSED',
  0x804b000e: 'NS_ERROR_NET_TIMEOUT',
  0x804b0010: 'NS_ERROR_OFFLINE',
  0x804b0013: 'NS_ERROR_PORT_ACCESS_NOT_ALLOWED',
  0x804b0014: 'NS_ERROR_NET_RESET',
  0x804b001e: 'NS_ERROR_UNKNOWN_HOST',
  0x804b001f: 'NS_ERROR_REDIRECT_LOOP',
  0x804b002a: 'NS_ERROR_UNKNOWN_PROXY_HOST',
  0x804b0047: 'NS_ERROR_NET_INTERRUPT',
  0x804b0048: 'NS_ERROR_PROXY_CONNECTION_REFUSED',
};

/** A navigation error as both browsers' webRequest would name it; undefined when not one to show. */
export function navigationErrorName(error: string | undefined): string | undefined {
  if (!error) return undefined;
  const code = /^Error code (\d+)$/.exec(error);
  if (code) return FIREFOX_NAVIGATION_ERRORS[Number(code[1])];
  return error;
}
