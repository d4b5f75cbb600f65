import type { RequestSpec } from './types';
import type { LogEntry } from '../shared/types';
import { canonicalName } from './header-names';
import { isSetByBrowser } from './curl';
import { isToken, requestMethod } from './http-token';
import { isSecretHeader, maskBodyText, maskHeaderValue, maskUrl } from './secrets';

/**
 * "Retry in page": the exact request sent from a fixed request, and the rules it must pass. The
 * popup shows `retryText` of what it will send and sends that very object; the background checks it
 * again with `vetRetry` before anything leaves the browser. Pure: no browser here.
 *
 * Secrets are never re-sent. The log holds masked copies (`Bearer ***`, `"password": "***"`), the
 * fixed request a suggestion carries is masked the same way (rule-context.ts), and the original values
 * are not kept to be sent again. A masked header is left out (and the confirm says so); a masked URL
 * or body refuses the retry, since leaving part of them out would change the request. Cookies are not
 * headers of ours: the request runs in the page, so the browser adds the page's own cookies for a
 * same-origin URL, as it did for the page's call.
 */

/** A request exactly as it is sent: header names as shown, in order. */
export interface RetryRequest {
  method: string;
  url: string;
  headers: [string, string][];
  body?: string;
}

/** A header of the fixed request that is not sent, and why: masked in the log, set by the browser, or not valid in fetch(). */
export interface LeftOut {
  name: string;
  reason: 'masked' | 'browser' | 'invalid';
}

export type RetryRefusal = 'not-http' | 'other-origin' | 'bad-method' | 'masked-url' | 'masked-body' | 'too-large' | 'bad-header';

export type RetryPlan = { ok: true; request: RetryRequest; leftOut: LeftOut[] } | { ok: false; refused: RetryRefusal };

/** Bounds on what a retry sends: a logged request body is at most 16 KiB, a fix adds little to it. */
export const RETRY_LIMITS = { bodyChars: 64 * 1024, urlChars: 8 * 1024, headers: 100, headerChars: 8 * 1024 } as const;

// fetch() throws on these (Fetch standard: forbidden methods).
const FORBIDDEN_METHODS = new Set(['CONNECT', 'TRACE', 'TRACK']);
// A header value fetch() accepts: no NUL, CR or LF (Fetch standard, "header value").
const BAD_VALUE = /[\0\r\n]/;
const PROBE = () => '\u0001';

/** The origin of an http(s) URL (or of an origin string), else undefined. */
export function httpOrigin(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.origin : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The origin of the page that made a logged request, where a retry must run: the reporting frame's,
 * else the browser's initiator or document; a page load is its own. Undefined when none is known.
 */
export function madeByOrigin(entry: Pick<LogEntry, 'reportedBy' | 'initiator' | 'documentUrl' | 'type' | 'url'>): string | undefined {
  return httpOrigin(entry.reportedBy ?? entry.initiator ?? entry.documentUrl) ?? (entry.type === 'main_frame' ? httpOrigin(entry.url) : undefined);
}

/** True when text that masking would change shows only the mask: a secret the log masked. */
function stillMasked(text: string, mask: (replace?: () => string) => string): boolean {
  return mask() === text && mask(PROBE) !== text;
}

/** A secret header whose value masking leaves as it is: it reads `Bearer ***`, the log's mask, not the secret. */
const headerMasked = (name: string, value: string) => isSecretHeader(name) && maskHeaderValue(name, value) === value;

const contentTypeOf = (headers: [string, string][]) => headers.find(([n]) => n.toLowerCase() === 'content-type')?.[1];

/** The request to send for a fixed request that replaces the one at `originalUrl`, or why there is none. */
export function planRetry(fix: RequestSpec, originalUrl: string): RetryPlan {
  const method = requestMethod(fix.method);
  if (method === undefined) return { ok: false, refused: 'bad-method' };
  const headers: [string, string][] = [];
  const leftOut: LeftOut[] = [];
  for (const [raw, value] of Object.entries(fix.headers)) {
    const name = raw.trim();
    if (!name || name.startsWith(':')) continue; // HTTP/2 pseudo-headers are the request line
    if (!isToken(name) || BAD_VALUE.test(value)) leftOut.push({ name, reason: 'invalid' });
    else if (isSetByBrowser(name)) leftOut.push({ name: canonicalName(name), reason: 'browser' });
    else if (headerMasked(name, value)) leftOut.push({ name: canonicalName(name), reason: 'masked' });
    else headers.push([canonicalName(name), value]);
  }
  const request: RetryRequest = { method, url: fix.url, headers };
  // fetch() refuses a body on GET and HEAD.
  if (fix.body !== undefined && method !== 'GET' && method !== 'HEAD') request.body = fix.body;
  const refused = vetRetry(request, originalUrl);
  return refused ? { ok: false, refused } : { ok: true, request, leftOut };
}

/**
 * Why `request` may not be sent in place of the request to `originalUrl`, or undefined when it may.
 * The background asks this again of what the popup sends: the popup is ours, but the check costs nothing.
 */
export function vetRetry(request: RetryRequest, originalUrl: string): RetryRefusal | undefined {
  const origin = httpOrigin(request.url);
  if (!origin || !/^https?:\/\//i.test(request.url)) return 'not-http';
  if (origin !== httpOrigin(originalUrl)) return 'other-origin';
  const method = requestMethod(request.method);
  if (method === undefined || method !== request.method || FORBIDDEN_METHODS.has(method)) return 'bad-method';
  if (request.url.length > RETRY_LIMITS.urlChars || (request.body?.length ?? 0) > RETRY_LIMITS.bodyChars || request.headers.length > RETRY_LIMITS.headers) return 'too-large';
  for (const [name, value] of request.headers) {
    if (!isToken(name) || BAD_VALUE.test(value) || value.length > RETRY_LIMITS.headerChars || isSetByBrowser(name)) return 'bad-header';
    if (headerMasked(name, value)) return 'bad-header';
  }
  if (stillMasked(request.url, (r) => maskUrl(request.url, r))) return 'masked-url';
  const body = request.body;
  if (body !== undefined && stillMasked(body, (r) => maskBodyText(body, contentTypeOf(request.headers), r))) return 'masked-body';
  return undefined;
}

/** The request as the confirm step shows it: request line, headers, a blank line, the body. Exactly what is sent. */
export function retryText(request: RetryRequest): string {
  const lines = [`${request.method} ${request.url}`, ...request.headers.map(([n, v]) => `${n}: ${v}`)];
  return request.body === undefined ? lines.join('\n') : `${lines.join('\n')}\n\n${request.body}`;
}
