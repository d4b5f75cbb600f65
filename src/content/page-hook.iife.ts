/**
 * MAIN world, document_start, every frame: watches the page's own fetch and XMLHttpRequest and,
 * for flagged statuses, reads a capped copy of the body. The page must see what it sees without
 * StatusLens:
 * - fetch, XMLHttpRequest.prototype.open/send and Function.prototype.toString are Proxies around
 *   the native functions, so name, length, prototype and "not a constructor" are the native ones,
 *   and toString prints the native source;
 * - nothing the page passed is read twice (no getter runs because of us), no global is added;
 * - every built-in used after page scripts start was taken before (primordials.ts);
 * - fetch's rejection stays unhandled when the page leaves it so (see hookFetch);
 * - reports travel on a channel the page can neither hear nor write to (page-channel.ts).
 */
import type { PageEvent } from '../shared/protocol';
import { isFlaggedStatus } from '../shared/classify';
import { LIMITS } from '../shared/limits';
import { openHookChannel } from './hook-channel';
import { PageBodyCollector, pageContentType, pageDecodeBody, pageXhrTextBody } from './page-body';
import {
  PromiseCtor, ProxyCtor, URLCtor, Uint8ArrayCtor, WeakMapCtor, addEventListener, apply, arrayBufferByteLength,
  baseURI, blobSize, documentRef, domExceptionName, getOwnPropertyDescriptor, getPrototypeOf, headersGet, promiseThen,
  readerCancel, readerRead, record, requestMethod, requestUrl, responseBody, responseClone, responseHeaders, responseStatus, responseUrl,
  streamGetReader, stringify, stringSlice, stringToUpperCase, urlHref, weakMapGet, weakMapHas, weakMapSet, xhrGetResponseHeader,
  xhrReadyState, xhrResponse, xhrResponseText, xhrResponseType, xhrResponseURL, xhrStatus,
} from './primordials';

// A second copy of this script in the same frame (extension reload) must not wrap twice. The mark
// is the Proxy itself, known only to the copy that made it; nothing is written to window.
const win = window;
const nativeToString = Function.prototype.toString;
const nativeOf = new WeakMapCtor<object, object>(); // our Proxy -> the function it stands for

// Reports go to the relay through a channel no page script can hear or write to (page-channel.ts).
const sendToRelay = openHookChannel(documentRef);

function send(event: PageEvent): void {
  try {
    sendToRelay(stringify(event));
  } catch {
    // Never let our reporting break the page.
  }
}

/** A report names the method only when the hook could read it (PageEvent's `method` is optional). */
function withMethod<T extends object>(event: T, method: string | undefined): T & { method?: string } {
  if (method !== undefined) (event as T & { method?: string }).method = method;
  return event;
}

function absolute(url: string): string {
  try {
    return urlHref(new URLCtor(url, baseURI(documentRef)));
  } catch {
    return url;
  }
}

/** Wraps a native function in a Proxy whose apply trap is `call`; everything else is the native's. */
function disguise<F extends (...args: never[]) => unknown>(native: F, call: (target: F, self: unknown, args: unknown[]) => unknown): F {
  const handler = record({ apply: call });
  const proxy = new ProxyCtor(native, handler as ProxyHandler<F>);
  weakMapSet(nativeOf, proxy, native);
  return proxy;
}

// ---- Function.prototype.toString: our Proxies print as the functions they stand for ----
if (!weakMapHas(nativeOf, Function.prototype.toString)) {
  Function.prototype.toString = disguise(nativeToString, (target, self, args) => apply(target, weakMapGet(nativeOf, self as object) ?? self, args));
}

/** An own data property of a plain object, read without running any getter or proxy trap of the page. */
function plainValue(obj: unknown, key: string): { found: boolean; value?: unknown; safe: boolean } {
  let o = obj;
  for (let depth = 0; o !== null && typeof o === 'object' && depth < 32; depth++) {
    const d = getOwnPropertyDescriptor(o, key);
    if (d) return 'value' in d ? { found: true, value: d.value, safe: true } : { found: true, safe: false };
    o = getPrototypeOf(o);
  }
  return { found: false, safe: o === null };
}

/** Is this a Request? The brand check of a native getter: `instanceof` would ask the page's Symbol.hasInstance. */
function asRequest(input: unknown): { url: string; method: string } | undefined {
  if (input === null || typeof input !== 'object') return undefined;
  try {
    return { url: requestUrl(input as Request), method: requestMethod(input as Request) };
  } catch {
    return undefined;
  }
}

function urlOf(input: unknown): string | undefined {
  if (input === null || typeof input !== 'object') return typeof input === 'string' ? input : undefined;
  try {
    return urlHref(input as URL); // a URL object; any other object would run the page's toString
  } catch {
    return undefined;
  }
}

/** What the hook learned about a request; `method` is absent when it could not be read safely. */
interface Asked {
  url: string;
  method?: string;
}

/**
 * What a fetch call asked for, learned without reading anything the browser will read again: a
 * string, URL or Request input, and `init.method` only as a data property. An unknown URL (an
 * object with its own toString) leaves the call unreported; an unknown method (a getter, a
 * non-string, an init that is a function) is left out of the report, and the background matches
 * the body on the rest (src/background/join-body.ts).
 */
function fetchTarget(args: unknown[]): Asked | undefined {
  const input = args.length > 0 ? args[0] : undefined;
  const init = args.length > 1 ? args[1] : undefined;
  const request = asRequest(input);
  const url = request?.url ?? urlOf(input);
  if (url === undefined) return undefined;
  const asked: Asked = record({ url: absolute(url) });
  let method: string | undefined = request?.method ?? 'GET';
  if (init !== undefined && init !== null) {
    // A primitive init makes fetch reject before any request: nothing to report.
    if (typeof init !== 'object' && typeof init !== 'function') return undefined;
    const m = typeof init === 'object' ? plainValue(init, 'method') : { found: false, safe: false };
    if (!m.safe) method = undefined;
    else if (m.found && m.value !== undefined) method = typeof m.value === 'string' ? m.value : undefined;
  }
  if (method !== undefined) asked.method = stringToUpperCase(method);
  return asked;
}

// ---- fetch ----
function hookFetch(): void {
  const nativeFetch = win.fetch;
  if (typeof nativeFetch !== 'function' || weakMapHas(nativeOf, nativeFetch)) return;
  win.fetch = disguise(nativeFetch, (target, self, args) => {
    let asked: Asked | undefined;
    try {
      asked = fetchTarget(args);
    } catch {
      asked = undefined;
    }
    const original = apply(target, self, args) as Promise<Response>;
    if (!asked) return original;
    const { url, method } = asked; // method may be undefined: see fetchTarget
    // Observing `original` marks it handled, so the page gets a promise of its own that settles
    // the same way one step later: left unhandled, it still fires `unhandledrejection` with the
    // browser's own error (HTML §8.1.7.2 "unhandled promise rejections").
    return new PromiseCtor<Response>((resolve, reject) => {
      promiseThen(
        original,
        (response) => {
          try {
            if (isFlaggedStatus(responseStatus(response))) readFetchBody(response, method);
          } catch {
            // Never let our reading break the page.
          }
          resolve(response);
        },
        (error) => {
          try {
            reportFetchFailure(error, url, method);
          } catch {
            // as above
          }
          reject(error);
        },
      );
    });
  });
}

function reportFetchFailure(error: unknown, url: string, method: string | undefined): void {
  let name = '';
  try {
    name = domExceptionName(error as DOMException);
  } catch {
    // not a DOMException: a TypeError from the network
  }
  if (name === 'AbortError') return; // the page cancelled it
  const own = error !== null && typeof error === 'object' ? getOwnPropertyDescriptor(error, 'message') : undefined;
  const message = own && typeof own.value === 'string' ? own.value : 'network error';
  send(withMethod(record({ kind: 'failure', api: 'fetch', url, message: stringSlice(message, 0, 300) }), method) as PageEvent);
}

function readFetchBody(response: Response, method: string | undefined): void {
  const headers = responseHeaders(response);
  const contentType = headersGet(headers, 'content-type') ?? undefined;
  const lengthHeader = +(headersGet(headers, 'content-length') ?? '');
  const declared = lengthHeader > 0 && lengthHeader < Infinity ? lengthHeader : undefined;
  const status = responseStatus(response);
  const url = responseUrl(response);
  const copy = responseClone(response); // before any page handler can consume the body
  const stream = responseBody(copy);
  const collector = new PageBodyCollector(LIMITS.bodyBytes);
  let truncated = false;

  const finish = () => {
    const body = pageDecodeBody(collector.bytes(), {
      contentType,
      source: 'page-fetch',
      fullSize: truncated ? declared : collector.totalBytes, // unknown past the cap without Content-Length
      truncated,
    });
    send(withMethod(record({ kind: 'response', api: 'fetch', url: url || '', status, body }), method) as PageEvent);
  };
  if (!stream) return finish();
  const reader = streamGetReader(stream);
  const next = (): void => {
    promiseThen(
      readerRead(reader),
      (chunk) => {
        if (chunk.done) return finish();
        collector.push(chunk.value);
        if (collector.totalBytes > LIMITS.bodyBytes) {
          // Stop past the cap: cancelling our branch of the tee leaves the page's branch untouched.
          truncated = true;
          promiseThen(readerCancel(reader), () => undefined, () => undefined);
          return finish();
        }
        next();
      },
      () => finish(), // the page aborted, or the network failed mid-body: report what was read
    );
  };
  next();
}

// ---- XMLHttpRequest ----
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

function hookXhr(): void {
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

hookFetch();
hookXhr();
