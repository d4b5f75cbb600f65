/**
 * Why the browser refused a cross-origin response, redone from what full capture's two webRequest
 * events show: the response's headers (onHeadersReceived) and the failure (onErrorOccurred). The
 * rules are the Fetch standard's "CORS check" (https://fetch.spec.whatwg.org/#concept-cors-check)
 * and "CORS-preflight fetch" (§4.8, https://fetch.spec.whatwg.org/#cors-preflight-fetch-0).
 *
 * What each browser shows (observed in Chromium 156 and Firefox ESR 153 with a fixture that answers
 * without, or with a wrong, Access-Control-Allow-Origin, and a preflight answered 404):
 * - Chromium checks CORS in the network service, below the extension's proxy
 *   (services/network/cors/cors_url_loader.cc). Without 'extraHeaders' the proxy never receives a
 *   refused response, so onHeadersReceived does not fire for it: only onErrorOccurred,
 *   "net::ERR_FAILED". With 'extraHeaders' the headers reach the extension through the network
 *   service's header client first, so onHeadersReceived fires (status and headers), then
 *   onErrorOccurred "net::ERR_FAILED" for the same requestId; preflights show as OPTIONS requests of
 *   their own (WebRequestProxyingURLLoaderFactory::InProgressRequest: "for_cors_preflight_ ... extensions
 *   should see nothing" unless the header client is used, extensions/browser/api/web_request/
 *   web_request_proxying_url_loader_factory.cc). src/platform/browser.ts asks for 'extraHeaders'.
 * - Firefox checks CORS after the channel has its response (netwerk/protocol/http/nsCORSListenerProxy.cpp):
 *   a refused simple request shows onHeadersReceived and then onCompleted, with no error at all; the
 *   page's own report of the failure is the only sign (see Recorder.explainPageFailure). A failed
 *   preflight shows the OPTIONS request (onHeadersReceived with its status), then onErrorOccurred
 *   "NS_ERROR_DOM_BAD_URI" for the OPTIONS request and for the request it was asked for.
 * webRequest does not say whether credentials were sent; a response that allows only uncredentialed
 * requests (`*`, or the origin without Access-Control-Allow-Credentials) and still failed is taken
 * to have failed for that reason, since that is the only way it fails the check.
 */
import type { CorsFailure } from '../shared/types';
import { originOf } from './join-body';
import type { RequestDetails } from './request-details';

/** The error names the browsers give a request refused under CORS (see above). */
const CORS_ERRORS = new Set(['net::ERR_FAILED', 'NS_ERROR_DOM_BAD_URI']);

export function isCorsError(error: string | undefined): boolean {
  return error !== undefined && CORS_ERRORS.has(error);
}

/** The parts of a webRequest event the CORS check reads. */
export type CorsRequestDetails = Pick<
  RequestDetails,
  'requestId' | 'url' | 'method' | 'type' | 'tabId' | 'frameId' | 'timeStamp' | 'initiator' | 'originUrl' | 'statusCode' | 'responseHeaders'
>;

/** What a cross-origin response said about CORS, kept until its request ends (see CorsMemo). */
export interface CorsFacts {
  requestId: string;
  tabId: number;
  frameId: number;
  url: string;
  method: string;
  /** The origin that made the request, as the browser named it. */
  origin: string;
  status: number;
  /** Access-Control-Allow-Origin as sent (several lines joined by ", ", which no origin matches). */
  allowOrigin?: string;
  allowCredentials?: string;
  preflight: boolean;
  at: number;
}

/**
 * The origin that made a request: Chrome's `initiator` is one already; Firefox's `originUrl` is the
 * URL of the document or worker that made it. Undefined for the browser's own requests.
 */
export function requestOrigin(d: Pick<CorsRequestDetails, 'initiator' | 'originUrl'>): string | undefined {
  if (d.initiator !== undefined) return d.initiator;
  return d.originUrl === undefined ? undefined : originOf(d.originUrl);
}

/** Is `url` at `origin`? webRequest gives both serialised alike (lower-case host, no default port). */
export function isSameOrigin(url: string, origin: string): boolean {
  return url.startsWith(origin) && (url.length === origin.length || url.charCodeAt(origin.length) === 0x2f /* / */);
}

/**
 * The CORS facts of a response worth keeping: a cross-origin fetch or XHR whose response would not
 * pass the CORS check for every request (Access-Control-Allow-Origin missing, another origin, `*`,
 * or the origin without Access-Control-Allow-Credentials: true), and every cross-origin preflight.
 * A same-origin response costs one string comparison; a response that allows the origin with
 * credentials costs a scan of its headers and is not kept.
 */
export function corsFactsOf(d: CorsRequestDetails): CorsFacts | undefined {
  if (d.type !== 'xmlhttprequest' || d.statusCode === undefined) return undefined;
  const origin = requestOrigin(d);
  if (origin === undefined || isSameOrigin(d.url, origin)) return undefined;
  let allowOrigin: string | undefined;
  let allowCredentials: string | undefined;
  for (const h of d.responseHeaders ?? []) {
    const name = h.name.toLowerCase();
    if (!name.startsWith('access-control-allow-')) continue;
    const value = (h.value ?? '').trim();
    if (name === 'access-control-allow-origin') allowOrigin = allowOrigin === undefined ? value : `${allowOrigin}, ${value}`;
    else if (name === 'access-control-allow-credentials') allowCredentials = value;
  }
  const preflight = d.method === 'OPTIONS';
  if (!preflight && allowOrigin === origin && allowCredentials === 'true') return undefined; // passes, credentials or not
  return {
    requestId: d.requestId,
    tabId: d.tabId,
    frameId: d.frameId,
    url: d.url,
    method: d.method,
    origin,
    status: d.statusCode,
    ...(allowOrigin !== undefined ? { allowOrigin: allowOrigin.slice(0, 512) } : {}),
    ...(allowCredentials !== undefined ? { allowCredentials: allowCredentials.slice(0, 64) } : {}),
    preflight,
    at: d.timeStamp,
  };
}

/** Which part of the CORS check a response that failed it did not pass; undefined if it passes. */
function originProblem(f: CorsFacts): Pick<CorsFailure, 'problem' | 'allowOrigin'> | undefined {
  const allowOrigin = f.allowOrigin;
  if (allowOrigin === undefined || allowOrigin === '') return { problem: 'missing-allow-origin' };
  if (allowOrigin === '*') return { problem: 'credentials-wildcard', allowOrigin };
  if (allowOrigin !== f.origin) return { problem: 'origin-mismatch', allowOrigin };
  if (f.allowCredentials !== 'true') return { problem: 'missing-allow-credentials', allowOrigin };
  return undefined;
}

/** Why a response with these facts was refused, given that the browser refused it. */
export function corsFailureOf(f: CorsFacts): CorsFailure | undefined {
  const found = originProblem(f);
  return found ? { ...found, origin: f.origin, responseStatus: f.status } : undefined;
}

/**
 * Why a request whose preflight had these facts was refused: the preflight's status when it was
 * not a 2xx (§4.8 step 7: "ok status"), else what its Access-Control-Allow-Origin said, when that
 * is the reason. Which method or header the preflight's answer left out is for the reader of the
 * request's method and headers (the page's report) to say.
 */
export function preflightFailureOf(f: CorsFacts): CorsFailure {
  const out: CorsFailure = { problem: 'preflight-failed', origin: f.origin, preflightStatus: f.status };
  if (f.allowOrigin !== undefined) out.allowOrigin = f.allowOrigin;
  return out;
}

/** A cross-origin request failed with no response we could read: CORS is likely, not certain. */
export function unverifiedCors(origin: string): CorsFailure {
  return { problem: 'unverified', origin };
}

/** The better of two explanations of one failure: a precise one over an unverified one; else the newer. */
export function betterCors(current: CorsFailure | undefined, next: CorsFailure | undefined): CorsFailure | undefined {
  if (!next) return current;
  if (!current) return next;
  return next.problem === 'unverified' && current.problem !== 'unverified' ? current : next;
}
