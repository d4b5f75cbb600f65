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
 * The fetch part is here; XMLHttpRequest is in hook-xhr.ts, what both share in hook-common.ts.
 */
import type { PageEvent } from '../shared/protocol';
import { isFlaggedStatus } from '../shared/classify';
import { LIMITS } from '../shared/limits';
import { absolute, disguise, disguiseToString, nativeOf, send, urlOf, win, withMethod } from './hook-common';
import { hookXhr } from './hook-xhr';
import { PageBodyCollector, pageDecodeBody } from './page-body';
import {
  PromiseCtor, apply, domExceptionName, getOwnPropertyDescriptor, getPrototypeOf, headersGet, promiseThen,
  readerCancel, readerRead, record, requestMethod, requestUrl, responseBody, responseClone, responseHeaders,
  responseStatus, responseUrl, streamGetReader, stringSlice, stringToUpperCase, weakMapHas,
} from './primordials';

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

disguiseToString();
hookFetch();
hookXhr();
