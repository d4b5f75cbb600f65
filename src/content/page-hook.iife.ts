/**
 * MAIN world, document_start, every frame: watches the page's own fetch and XMLHttpRequest and,
 * for flagged statuses (and, when the settings ask, for a 200 whose GraphQL body lists errors: see
 * hook-graphql.ts), reads a capped copy of the body. The page must see what it sees without
 * StatusLens:
 * - fetch, XMLHttpRequest.prototype.open/send/setRequestHeader and Function.prototype.toString are
 *   Proxies around the native functions, so name, length, prototype and "not a constructor" are
 *   the native ones, and toString prints the native source;
 * - nothing the page passed is read twice (no getter runs because of us), no global is added;
 * - every built-in used after page scripts start was taken before (primordials.ts);
 * - fetch's rejection stays unhandled when the page leaves it so (see hookFetch);
 * - reports travel on a channel the page can neither hear nor write to (page-channel.ts).
 * A call that succeeds costs what is taken when it is made (references to what the page passed,
 * the clock, the base URL) and the read of its status (for a 200, one look at a setting). Headers,
 * bodies and the request's text are read only for a flagged status or a failure (page-request.ts),
 * or, when GraphQL errors are asked for, for a 200 whose URL or request body looks like GraphQL.
 * The fetch part is here; XMLHttpRequest is in hook-xhr.ts, what both share in hook-common.ts.
 */
import type { PageEvent } from '../shared/protocol';
import { isFlaggedStatus } from '../shared/classify';
import { LIMITS } from '../shared/limits';
import { absolute, baseNow, disguise, disguiseToString, methodName, nativeOf, send, since, urlOf, win, withFields } from './hook-common';
import { hookXhr } from './hook-xhr';
import { PageBodyCollector, pageDecodeBody } from './page-body';
import { hookConfig } from './hook-config';
import { graphqlErrorCount, graphqlLike } from './hook-graphql';
import { UNREADABLE, bareArray, headerLinesOf, readPlain, requestBodyText, statusTextOf, type HeaderLines } from './page-request';
import {
  DOMExceptionProto, apply, domExceptionName, getOwnPropertyDescriptor, getPrototypeOf, headersGet, now, promiseThen, readerCancel, readerRead, record,
  requestHeaders, requestMethod, requestMode, requestUrl, responseBody, responseClone, responseHeaders, responseStatus,
  responseStatusText, responseUrl, streamGetReader, stringSlice, weakMapHas,
} from './primordials';

/** A Request's URL, read by the native getter (a brand check: `instanceof` would ask the page's Symbol.hasInstance). */
function requestUrlOf(input: object): string | undefined {
  try {
    return requestUrl(input as Request);
  } catch {
    return undefined;
  }
}

/**
 * What the page asked, read once a report is due: the method (see hookFetch), the headers it set
 * (init.headers, else the Request's own) and a text body (init.body). Each is left out when it
 * cannot be read without the page's code; init is read through data properties only.
 */
function fetchAsked(request: Request | undefined, init: unknown, method: unknown, start: number): Record<string, unknown> {
  let headers: unknown = undefined;
  let body: unknown = undefined;
  if (init !== undefined && init !== null) {
    headers = typeof init === 'object' ? readPlain(init, 'headers') : UNREADABLE;
    body = typeof init === 'object' ? readPlain(init, 'body') : UNREADABLE;
  }
  let requestHeaderLines: HeaderLines | undefined;
  if (headers === UNREADABLE) requestHeaderLines = undefined;
  else if (headers !== undefined) requestHeaderLines = headerLinesOf(headers);
  else if (request) requestHeaderLines = headerLinesOf(requestHeaders(request));
  else requestHeaderLines = bareArray([]);
  return record({
    method: methodName(method),
    requestHeaders: requestHeaderLines,
    requestBody: requestBodyText(body), // a Request's own body is a stream: never read
    durationMs: since(start),
  });
}

// ---- fetch ----
function hookFetch(): void {
  const nativeFetch = win.fetch;
  if (typeof nativeFetch !== 'function' || weakMapHas(nativeOf, nativeFetch)) return;
  win.fetch = disguise(nativeFetch, (target, self, args) => {
    // Taken now, all cheap: the clock, and what could change before the answer comes. A string
    // URL keeps the base URL it is relative to (history.pushState changes it) and is resolved only
    // if reported; a URL object's href and a Request's URL and method are read by native getters.
    // Headers and body are left where they are until a report is due (fetchAsked).
    // The method is read now as a data property only: undefined is GET, UNREADABLE (a getter, an
    // init that is a function) and non-strings are left out of the report, and the background
    // matches the body on the rest (src/background/join-body.ts). An unknown URL (an object with
    // its own toString) leaves the call unreported.
    const start = now();
    const input = args.length > 0 ? args[0] : undefined;
    const init = args.length > 1 ? args[1] : undefined;
    let url: string | undefined;
    let base = '';
    let request: Request | undefined;
    let method: unknown;
    try {
      if (typeof input === 'string') {
        url = input;
        base = baseNow();
      } else if (input !== null && typeof input === 'object') {
        url = requestUrlOf(input);
        if (url !== undefined) {
          request = input as Request;
          method = requestMethod(request);
        } else {
          url = urlOf(input);
        }
      }
      if (init !== undefined && init !== null) {
        // A primitive init makes fetch reject before any request: nothing to report.
        if (typeof init !== 'object' && typeof init !== 'function') url = undefined;
        else {
          const given = typeof init === 'object' ? readPlain(init, 'method') : UNREADABLE;
          if (given !== undefined) method = given;
        }
      }
    } catch {
      url = undefined;
    }
    const original = apply(target, self, args) as Promise<Response>;
    if (url === undefined) return original;
    const asked = url;
    // Observing `original` marks it handled, so the page gets the promise `then` derives from it,
    // which settles the same way one step later: left unhandled, it still fires `unhandledrejection`
    // with the browser's own error (HTML §8.1.7.2 "unhandled promise rejections").
    return promiseThen<Response, Response>(
      original,
      (response) => {
        try {
          const status = responseStatus(response);
          if (isFlaggedStatus(status)) readFetchResponse(response, status, fetchAsked(request, init, method, start), false);
          else if (status === 200 && hookConfig.graphqlErrors) readIfGraphql(response, request, init, method, start);
        } catch {
          // Never let our reading break the page.
        }
        return response;
      },
      (error) => {
        try {
          reportFetchFailure(error, asked, base, request, init, method, start);
        } catch {
          // as above
        }
        throw error;
      },
    );
  });
}

/** A 200 that may be a GraphQL response listing errors (hook-graphql.ts): read, and reported only if it is. */
function readIfGraphql(response: Response, request: Request | undefined, init: unknown, method: unknown, start: number): void {
  const body = init !== null && typeof init === 'object' ? readPlain(init, 'body') : undefined;
  if (graphqlLike(responseUrl(response), body)) readFetchResponse(response, 200, fetchAsked(request, init, method, start), true);
}

/** fetch's mode when the page chose one: init.mode (a data property), else the Request's. */
function modeOf(request: Request | undefined, init: unknown): string | undefined {
  const given = init !== null && typeof init === 'object' ? readPlain(init, 'mode') : undefined;
  const mode = given !== undefined ? given : request ? requestMode(request) : undefined;
  return mode === 'cors' || mode === 'no-cors' || mode === 'same-origin' ? mode : undefined;
}

function reportFetchFailure(error: unknown, asked: string, base: string, request: Request | undefined, init: unknown, method: unknown, start: number): void {
  // The page cancelled it. Only a DOMException is asked its name: asking a TypeError from the
  // network would throw, and an exception costs more than the rest of the report.
  if (error !== null && typeof error === 'object' && getPrototypeOf(error) === DOMExceptionProto && domExceptionName(error as DOMException) === 'AbortError') return;
  const own = error !== null && typeof error === 'object' ? getOwnPropertyDescriptor(error, 'message') : undefined;
  const message = own && typeof own.value === 'string' ? own.value : 'network error';
  const event = record({ kind: 'failure', api: 'fetch', url: absolute(asked, base), message: stringSlice(message, 0, 300) });
  withFields(event, record({ mode: modeOf(request, init) }));
  send(withFields(event, fetchAsked(request, init, method, start)) as PageEvent);
}

/** Reads a capped copy of the body and reports it; for `graphql`, only if the body lists GraphQL errors. */
function readFetchResponse(response: Response, status: number, asked: Record<string, unknown>, graphql: boolean): void {
  const headers = responseHeaders(response);
  const contentType = headersGet(headers, 'content-type') ?? undefined;
  const lengthHeader = +(headersGet(headers, 'content-length') ?? '');
  const declared = lengthHeader > 0 && lengthHeader < Infinity ? lengthHeader : undefined;
  const url = responseUrl(response);
  const read = record({ statusText: statusTextOf(responseStatusText(response)), responseHeaders: headerLinesOf(headers) });
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
    const graphqlErrors = graphql ? graphqlErrorCount(body) : 0;
    if (graphql && graphqlErrors === 0) return;
    const event = withFields(withFields(record({ kind: 'response', api: 'fetch', url: url || '', status }), read), asked);
    send(withFields(event, record({ body, graphqlErrors: graphql ? graphqlErrors : undefined })) as PageEvent);
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
