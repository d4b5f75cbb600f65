/**
 * The page hook's XMLHttpRequest part: open(), setRequestHeader() and send() wrapped in Proxies
 * (see hook-common.ts), one set of listeners per XHR object for its life, and for a flagged status
 * or a failure a report with a capped copy of the body and what the page asked (and, when asked,
 * for a 200 whose GraphQL body lists errors).
 */
import type { PageEvent } from '../shared/protocol';
import { isFlaggedStatus } from '../shared/classify';
import { LIMITS } from '../shared/limits';
import { absolute, baseNow, disguise, methodName, nativeOf, send, since, urlOf, win, withFields } from './hook-common';
import { pageContentType, pageDecodeBody, pageXhrTextBody } from './page-body';
import { hookConfig } from './hook-config';
import { graphqlErrorCount, graphqlLike } from './hook-graphql';
import { UNREADABLE, bareArray, headerLinesOfFlat, headerLinesOfText, requestBodyText, statusTextOf } from './page-request';
import {
  Uint8ArrayCtor, WeakMapCtor, addEventListener, apply, arrayBufferByteLength, blobSize, now, record, stringify, weakMapGet,
  weakMapHas, weakMapSet, xhrGetAllResponseHeaders, xhrGetResponseHeader, xhrReadyState, xhrResponse, xhrResponseText,
  xhrResponseType, xhrResponseURL, xhrStatus, xhrStatusText,
} from './primordials';

/** One XHR object's current request: references and numbers only, its one record reused on every open(). */
interface XhrRequest {
  /** As open() got it: a string, or UNREADABLE (its toString is the page's). */
  method: unknown;
  /** As open() got it (a string, or a URL object's href), and the base URL it is relative to. */
  url: string;
  base: string;
  /** Unknown URL: the request is not reported (see hookFetch). */
  known: boolean;
  aborted: boolean;
  /** Sent and not yet reported: each request is reported once. */
  pending: boolean;
  listening: boolean;
  /** setRequestHeader's names and values since open(), flat (name, value, name, value…): `headerCount` pairs. */
  headers: unknown[] | undefined;
  headerCount: number;
  /** What send() got; read only if a report is due. */
  body: unknown;
  /** now() at send(), and at the first readystatechange after it (the headers, or the failure); -1 before. */
  start: number;
  answeredAt: number;
  /** The listener that notes `answeredAt`, made once per XHR object and added once per send(). */
  onAnswer: () => void;
}

// A listener called once costs less than one called at every change of readyState (about four a request).
const ONCE = record({ once: true });

export function hookXhr(): void {
  const XHR = win.XMLHttpRequest;
  if (typeof XHR !== 'function') return;
  const proto = XHR.prototype;
  if (weakMapHas(nativeOf, proto.open)) return;
  const requests = new WeakMapCtor<XMLHttpRequest, XhrRequest>();

  proto.open = disguise(proto.open, (target, self, args) => {
    const xhr = self as XMLHttpRequest;
    const info = typeof self === 'object' && self !== null ? weakMapGet(requests, xhr) : undefined;
    // The page may reopen from its own loadend or readystatechange handler, before ours runs:
    // report the finished request now, while status and body are still its own.
    if (info?.pending) {
      info.pending = false;
      if (xhrReadyState(xhr) === 4) finishXhr(xhr, info);
    }
    const result = apply(target, self, args);
    const method = args.length > 0 ? args[0] : undefined;
    const given = args.length > 1 ? args[1] : undefined;
    const url = urlOf(given);
    const next: XhrRequest = info ?? newRequest(xhr);
    next.known = url !== undefined;
    next.method = typeof method === 'string' ? method : UNREADABLE;
    next.url = url ?? '';
    next.base = typeof given === 'string' ? baseNow() : ''; // a URL object's href is absolute
    next.aborted = false;
    next.headerCount = 0;
    next.body = undefined;
    if (!info) weakMapSet(requests, xhr, next);
    return result;
  });

  proto.setRequestHeader = disguise(proto.setRequestHeader, (target, self, args) => {
    const result = apply(target, self, args); // throws as the native does: nothing to record then
    const info = weakMapGet(requests, self as XMLHttpRequest); // the native call succeeded: an XHR
    if (info && info.headerCount < LIMITS.headerCount && args.length > 1) {
      // References only; a value that is an object was turned to text by the page's own toString,
      // and is left out when read (headerLinesOfFlat).
      const headers = (info.headers ??= bareArray([]));
      headers[2 * info.headerCount] = args[0];
      headers[2 * info.headerCount + 1] = args[1];
      info.headerCount++;
    }
    return result;
  });

  proto.send = disguise(proto.send, (target, self, args) => {
    const info = typeof self === 'object' && self !== null ? weakMapGet(requests, self as XMLHttpRequest) : undefined;
    if (!info) return apply(target, self, args);
    const xhr = self as XMLHttpRequest;
    if (!info.listening) {
      // One pair of listeners per XHR object for its whole life, however often it is reused.
      info.listening = true;
      addEventListener(xhr, 'abort', () => (info.aborted = true));
      addEventListener(xhr, 'loadend', () => {
        // Not DONE: the page already reopened and sent the next request from its own handler,
        // and open() reported this one (see above).
        if (!info.pending || xhrReadyState(xhr) !== 4) return;
        info.pending = false;
        finishXhr(xhr, info);
      });
    }
    // A send() the native refuses (already sent, not opened) leaves the request in flight as it was.
    const { pending, body, start, answeredAt } = info;
    info.pending = true;
    info.body = args.length > 0 ? args[0] : undefined;
    info.answeredAt = -1;
    info.start = now();
    addEventListener(xhr, 'readystatechange', info.onAnswer, ONCE); // no-op while still added
    try {
      return apply(target, self, args);
    } catch (error) {
      info.pending = pending;
      info.body = body;
      info.start = start;
      info.answeredAt = answeredAt;
      throw error;
    }
  });
}

function newRequest(xhr: XMLHttpRequest): XhrRequest {
  const info: XhrRequest = {
    method: undefined, url: '', base: '', known: false, aborted: false, pending: false, listening: false,
    headers: undefined, headerCount: 0, body: undefined, start: 0, answeredAt: -1,
    // The first change after send() is HEADERS_RECEIVED, or DONE when it failed. A change it hears
    // while not pending, or in readyState OPENED (a request the page reopened and sent from its own
    // handler, before the old change reached us), belongs to no request it can time.
    onAnswer: () => {
      if (info.pending && info.answeredAt < 0 && xhrReadyState(xhr) >= 2) info.answeredAt = now();
    },
  };
  return info;
}

/** What the page asked, read now that a report is due. */
function xhrAsked(info: XhrRequest): Record<string, unknown> {
  return record({
    method: methodName(info.method),
    requestHeaders: headerLinesOfFlat(info.headers, info.headerCount),
    requestBody: requestBodyText(info.body), // a string or URLSearchParams; never a Blob, form or Document
    durationMs: since(info.start, info.answeredAt >= 0 ? info.answeredAt : now()),
  });
}

function finishXhr(xhr: XMLHttpRequest, info: XhrRequest): void {
  try {
    if (!info.known) return;
    const status = xhrStatus(xhr);
    if (status === 0) {
      if (info.aborted) return;
      const event = record({ kind: 'failure', api: 'xhr', url: absolute(info.url, info.base), message: 'network error (status 0)' });
      send(withFields(event, xhrAsked(info)) as PageEvent);
      return;
    }
    // A 200 is read only when asked to, and only if it looks like GraphQL (hook-graphql.ts).
    const graphql = !isFlaggedStatus(status);
    if (graphql && (status !== 200 || !hookConfig.graphqlErrors)) return;
    const url = xhrResponseURL(xhr) || absolute(info.url, info.base);
    if (graphql && !graphqlLike(url, info.body)) return;
    const contentType = xhrGetResponseHeader(xhr, 'content-type') ?? undefined;
    const declaredHeader = +(xhrGetResponseHeader(xhr, 'content-length') ?? '');
    const declared = declaredHeader > 0 && declaredHeader < Infinity ? declaredHeader : undefined;
    const body = xhrBody(xhr, contentType, declared);
    if (!body) return;
    const graphqlErrors = graphql ? graphqlErrorCount(body) : 0;
    if (graphql && graphqlErrors === 0) return;
    const event = record({ kind: 'response', api: 'xhr', url, status });
    if (graphql) withFields(event, record({ graphqlErrors }));
    withFields(event, record({ statusText: statusTextOf(xhrStatusText(xhr)), responseHeaders: headerLinesOfText(xhrGetAllResponseHeaders(xhr)) }));
    send(withFields(withFields(event, xhrAsked(info)), record({ body })) as PageEvent);
  } catch {
    // A body we cannot read (e.g. responseType 'document' on a non-XML reply): skip it.
  }
}

function xhrBody(xhr: XMLHttpRequest, contentType: string | undefined, declared: number | undefined) {
  const type = xhrResponseType(xhr);
  if (type === 'arraybuffer') {
    const buffer = xhrResponse(xhr) as ArrayBuffer;
    const size = arrayBufferByteLength(buffer);
    const kept = size > LIMITS.bodyBytes ? LIMITS.bodyBytes : size;
    const bytes = new Uint8ArrayCtor(buffer, 0, kept);
    return pageDecodeBody(bytes, { contentType, source: 'page-xhr', fullSize: declared ?? size, truncated: kept < size });
  }
  if (type === 'blob') {
    const { mimeType } = pageContentType(contentType);
    return record({ source: 'page-xhr' as const, binary: true, keptSize: 0, fullSize: blobSize(xhrResponse(xhr) as Blob), truncated: false, mimeType });
  }
  if (type === 'json') return pageXhrTextBody(stringify(xhrResponse(xhr)) ?? '', contentType, declared, LIMITS.bodyBytes);
  if (type === '' || type === 'text') return pageXhrTextBody(xhrResponseText(xhr), contentType, declared, LIMITS.bodyBytes);
  return undefined;
}
