/**
 * The page hook's XMLHttpRequest part: open() and send() wrapped in Proxies (see hook-common.ts),
 * one pair of listeners per XHR object for its life, and a capped copy of a flagged body.
 */
import type { PageEvent } from '../shared/protocol';
import { isFlaggedStatus } from '../shared/classify';
import { LIMITS } from '../shared/limits';
import { absolute, disguise, nativeOf, send, urlOf, win, withMethod } from './hook-common';
import { pageContentType, pageDecodeBody, pageXhrTextBody } from './page-body';
import {
  Uint8ArrayCtor, WeakMapCtor, addEventListener, apply, arrayBufferByteLength, blobSize, record, stringify, stringToUpperCase,
  weakMapGet, weakMapHas, weakMapSet, xhrGetResponseHeader, xhrReadyState, xhrResponse, xhrResponseText, xhrResponseType,
  xhrResponseURL, xhrStatus,
} from './primordials';

interface XhrRequest {
  /** Absent when open() was given something other than a string (its toString is the page's). */
  method?: string;
  url: string;
  /** Unknown URL: the request is not reported (see fetchTarget). */
  known: boolean;
  aborted: boolean;
  /** Sent and not yet reported: each request is reported once. */
  pending: boolean;
}

export function hookXhr(): void {
  const XHR = win.XMLHttpRequest;
  if (typeof XHR !== 'function') return;
  const proto = XHR.prototype;
  if (weakMapHas(nativeOf, proto.open)) return;
  const requests = new WeakMapCtor<XMLHttpRequest, XhrRequest>();
  const listening = new WeakMapCtor<XMLHttpRequest, true>();

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
    const url = urlOf(args.length > 1 ? args[1] : undefined);
    const next: XhrRequest = info ?? { url: '', known: false, aborted: false, pending: false };
    next.known = url !== undefined;
    next.method = typeof method === 'string' ? stringToUpperCase(method) : undefined;
    next.url = url === undefined ? '' : absolute(url);
    next.aborted = false;
    if (!info) weakMapSet(requests, xhr, next);
    return result;
  });

  proto.send = disguise(proto.send, (target, self, args) => {
    const info = typeof self === 'object' && self !== null ? weakMapGet(requests, self as XMLHttpRequest) : undefined;
    if (!info) return apply(target, self, args);
    const xhr = self as XMLHttpRequest;
    if (!weakMapHas(listening, xhr)) {
      // One pair of listeners per XHR object for its whole life, however often it is reused.
      weakMapSet(listening, xhr, true);
      addEventListener(xhr, 'abort', () => (info.aborted = true));
      addEventListener(xhr, 'loadend', () => {
        // Not DONE: the page already reopened and sent the next request from its own handler,
        // and open() reported this one (see above).
        if (!info.pending || xhrReadyState(xhr) !== 4) return;
        info.pending = false;
        finishXhr(xhr, info);
      });
    }
    info.pending = true;
    try {
      return apply(target, self, args);
    } catch (error) {
      info.pending = false;
      throw error;
    }
  });
}

function finishXhr(xhr: XMLHttpRequest, info: XhrRequest): void {
  try {
    if (!info.known) return;
    const status = xhrStatus(xhr);
    if (status === 0) {
      if (!info.aborted) send(withMethod(record({ kind: 'failure', api: 'xhr', url: info.url, message: 'network error (status 0)' }), info.method) as PageEvent);
      return;
    }
    if (!isFlaggedStatus(status)) return;
    const contentType = xhrGetResponseHeader(xhr, 'content-type') ?? undefined;
    const declaredHeader = +(xhrGetResponseHeader(xhr, 'content-length') ?? '');
    const declared = declaredHeader > 0 && declaredHeader < Infinity ? declaredHeader : undefined;
    const body = xhrBody(xhr, contentType, declared);
    if (!body) return;
    send(withMethod(record({ kind: 'response', api: 'xhr', url: xhrResponseURL(xhr) || info.url, status, body }), info.method) as PageEvent);
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
