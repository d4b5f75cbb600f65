/**
 * "Retry in page": a fixed request the user saw and confirmed, sent from the tab's own page, its
 * response logged as a retry of the original (`retryOf`) whatever its status.
 *
 * Where it runs: the tab's top frame, in our content script's ISOLATED world (scripting.executeScript,
 * `pageFetch` below), not the page's MAIN world. In the MAIN world `fetch` is whatever the page made
 * of it: a hostile or merely instrumented page could read the request (and any header the user
 * revealed) or change what is sent and what comes back. The isolated world has its own globals, which
 * page scripts cannot reach. The request still goes as the page's:
 * - Chrome: content-script fetches are made on behalf of the page's origin (Origin header, CORS,
 *   and the page's cookies under fetch's default `credentials: 'same-origin'`), since Chrome 85
 *   (developer.chrome.com/docs/extensions/develop/concepts/network-requests).
 * - Firefox: the content script's own `fetch` carries the extension's principal (no Origin, no page
 *   CORS); `content.fetch` is the page's (MDN: Content scripts, "XHR and Fetch"), reached through
 *   the X-ray view, which sees the native function even when the page replaced `window.fetch`.
 * What the page can still do: its service worker, if it has one, sees the request, as it would the
 * page's own call. The tab's top origin is checked here and again inside the page right before the
 * call, so a navigation in between cannot send the request from another site.
 *
 * Permissions: none beyond what the extension holds at install. `scripting` and the `<all_urls>`
 * host permission (manifest.json) already allow executeScript in a watched tab, so no optional
 * permission is asked for.
 */
import type { CapturedBody, HeaderLine, LogEntry } from '../shared/types';
import type { RetryReply } from '../shared/protocol';
import { httpOrigin, madeByOrigin, vetRetry, type RetryRequest } from '../analysis/retry-plan';
import { mimeIsBinary, parseContentType } from '../shared/body';
import { contentTypeOf } from '../shared/media-type';
import { LIMITS } from '../shared/limits';
import { capHeaders, capUrl } from './sanitize';
import { capBody } from './body-cap';

/** What `pageFetch` returns: the response as the page's fetch saw it, its body text cut at `capChars`. */
export interface PageFetchResult {
  status: number;
  statusText: string;
  headers: [string, string][];
  text: string;
  truncated: boolean;
  durationMs: number;
}
type PageOutcome = { response: PageFetchResult } | { refused: 'page-changed' } | { error: string };

export interface RetryDeps {
  /** The tab's top page URL now, or undefined when the tab is gone. */
  tabUrl(tabId: number): Promise<string | undefined>;
  /** Runs `pageFetch` in the tab's top frame (ISOLATED world) and gives back what it returned. */
  runInPage(tabId: number, args: Parameters<typeof pageFetch>): Promise<unknown>;
  /** The entry the user retried, in the tab's log, unmasked (undefined when it is gone). */
  original(tabId: number, id: string): LogEntry | undefined;
  /**
   * Logs the response (the body cap is the user's, settings.capture.bodyKiB, in bytes), merged into
   * the browser's own entry for it when full capture logged one since `since` (see findRetryTwin).
   * Returns the id the response is logged under.
   */
  log(entry: LogEntry, since: number): string;
  bodyCapBytes: number;
  now(): number;
}

/** A retry request from a message, or undefined when it is not one: strings only, bounded. */
export function readRetryRequest(raw: unknown): RetryRequest | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const r = raw as Record<string, unknown>;
  if (typeof r.method !== 'string' || typeof r.url !== 'string' || !Array.isArray(r.headers)) return undefined;
  if (r.body !== undefined && typeof r.body !== 'string') return undefined;
  if (r.headers.length > LIMITS.headerCount) return undefined;
  const headers: [string, string][] = [];
  for (const h of r.headers) {
    if (!Array.isArray(h) || h.length !== 2 || typeof h[0] !== 'string' || typeof h[1] !== 'string') return undefined;
    headers.push([h[0], h[1]]);
  }
  const out: RetryRequest = { method: r.method, url: r.url, headers };
  if (typeof r.body === 'string') out.body = r.body;
  return out;
}

/** Checks the request, the log and the tab, runs the request in the page, and logs what came back. */
export async function retryInPage(q: { tabId: number; id: string; pageOrigin: string; request: RetryRequest }, deps: RetryDeps): Promise<RetryReply> {
  const original = deps.original(q.tabId, q.id);
  if (!original || original.tabId !== q.tabId) return { ok: false, refused: 'not-in-log' };
  const refused = vetRetry(q.request, original.url);
  if (refused) return { ok: false, refused };
  // The page now must be the one that made the request and the one the user saw when confirming.
  const now = httpOrigin(await deps.tabUrl(q.tabId).catch(() => undefined));
  const madeBy = madeByOrigin(original);
  if (!now || now !== q.pageOrigin || (madeBy !== undefined && madeBy !== now) || (madeBy === undefined && now !== httpOrigin(original.url))) return { ok: false, refused: 'page-changed' };
  const started = deps.now();
  let outcome: PageOutcome | undefined;
  try {
    outcome = readOutcome(await deps.runInPage(q.tabId, [now, q.request, deps.bodyCapBytes]));
  } catch (e) {
    return { ok: false, refused: 'failed', error: String(e).slice(0, 300) };
  }
  if (!outcome) return { ok: false, refused: 'failed', error: 'no answer from the page' };
  if ('refused' in outcome) return { ok: false, refused: 'page-changed' };
  const id = `retry-${q.tabId}-${started}-${Math.random().toString(36).slice(2, 8)}`;
  return { ok: true, id: deps.log(retryEntry(original, q.request, outcome, { id, now: deps.now(), origin: now, capBytes: deps.bodyCapBytes }), started) };
}

/**
 * Where the site is captured in full, the browser's webRequest events see a retry that fails again
 * and log it on their own, a moment before the page's answer arrives: that entry is the retry, not a
 * second failure. It is the newest entry of the tab for the same URL, method and status, started
 * since the retry was sent, made by the browser's events (no page report, no retry mark).
 */
export function findRetryTwin(newestFirst: Iterable<LogEntry>, retry: LogEntry, since: number): LogEntry | undefined {
  for (const e of newestFirst) {
    if (e.startTime < since) return undefined;
    if (e.retryOf === undefined && e.seenBy === undefined && e.reportedBy === undefined && e.url === retry.url && e.method === retry.method && e.statusCode === retry.statusCode && e.kind === retry.kind) return e;
  }
  return undefined;
}

/** The browser's entry for a retry takes the retry's mark, and what the page's answer has that it lacks. */
export function mergeRetry(twin: LogEntry, retry: LogEntry): void {
  twin.retryOf = retry.retryOf;
  if (twin.requestHeaders.length === 0) twin.requestHeaders = retry.requestHeaders;
  if (!twin.requestBody && retry.requestBody) twin.requestBody = retry.requestBody;
  if (!twin.body && retry.body) twin.body = retry.body;
}

/** The page's answer, shape-checked: it comes back through the page's process, and its values from a server. */
function readOutcome(raw: unknown): PageOutcome | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const r = raw as Record<string, unknown>;
  if (r.refused === 'page-changed') return { refused: 'page-changed' };
  if (typeof r.error === 'string') return { error: r.error.slice(0, 300) };
  const p = r.response as Record<string, unknown> | undefined;
  if (typeof p !== 'object' || p === null || typeof p.status !== 'number' || !Number.isInteger(p.status) || typeof p.text !== 'string' || !Array.isArray(p.headers)) return undefined;
  const headers = p.headers.filter((h): h is [string, string] => Array.isArray(h) && typeof h[0] === 'string' && typeof h[1] === 'string');
  return {
    response: {
      status: p.status,
      statusText: typeof p.statusText === 'string' ? p.statusText.slice(0, LIMITS.statusTextChars) : '',
      headers,
      text: p.text,
      truncated: p.truncated === true,
      durationMs: typeof p.durationMs === 'number' && p.durationMs >= 0 ? p.durationMs : 0,
    },
  };
}

function retryEntry(original: LogEntry, request: RetryRequest, outcome: Exclude<PageOutcome, { refused: string }>, made: { id: string; now: number; origin: string; capBytes: number }): LogEntry {
  const requestHeaders: HeaderLine[] = capHeaders(request.headers.map(([name, value]) => ({ name, value })));
  const base: LogEntry = {
    id: made.id,
    kind: 'http-error',
    tabId: original.tabId,
    frameId: 0,
    url: capUrl(request.url),
    method: request.method,
    type: 'fetch',
    requestHeaders,
    responseHeaders: [],
    startTime: made.now,
    endTime: made.now,
    reportedBy: made.origin,
    previousPage: false,
    retryOf: original.id,
  };
  if (request.body !== undefined) base.requestBody = { text: request.body.slice(0, LIMITS.requestBodyBytes), size: request.body.length, truncated: request.body.length > LIMITS.requestBodyBytes };
  if ('error' in outcome) return { ...base, kind: 'network-error', error: `fetch failed: ${outcome.error}` };
  const r = outcome.response;
  const responseHeaders = capHeaders(r.headers.map(([name, value]) => ({ name, value })));
  const { mimeType, charset } = parseContentType(contentTypeOf(responseHeaders));
  const binary = mimeIsBinary(mimeType) === true;
  const body: CapturedBody = binary
    ? { source: 'page-fetch', binary: true, keptSize: 0, truncated: false, reportedBy: made.origin }
    : capBody({ source: 'page-fetch', text: r.text, binary: false, keptSize: new TextEncoder().encode(r.text).length, truncated: r.truncated, reportedBy: made.origin }, made.capBytes);
  if (mimeType) body.mimeType = mimeType;
  if (charset) body.charset = charset;
  return {
    ...base,
    statusCode: r.status,
    statusLine: r.statusText ? `${r.status} ${r.statusText}` : String(r.status),
    responseHeaders,
    startTime: made.now - r.durationMs,
    body,
  };
}

/**
 * Runs in the tab's top frame, in the ISOLATED world (serialised by executeScript: it may use
 * nothing from outside its own body). Refuses when the page is no longer at `origin`. Redirects are
 * not followed (`redirect: 'manual'`): a retry never lands on another origin, and fetch shows a
 * manual redirect only as an opaque one (no status, no Location), so it is logged as a failure. The body is read as text and cut at `capChars`
 * characters (the background then cuts it at the user's cap in bytes).
 */
export async function pageFetch(origin: string, request: RetryRequest, capChars: number): Promise<PageOutcome> {
  if (location.origin !== origin) return { refused: 'page-changed' };
  try {
    const init: RequestInit = { method: request.method, headers: request.headers, credentials: 'same-origin', redirect: 'manual', cache: 'no-store' };
    if (request.body !== undefined) init.body = request.body;
    // Firefox: `content.fetch` is the page's own (its origin and cookies); see the file's comment.
    const page = Reflect.get(globalThis, 'content') as { fetch?: typeof fetch } | undefined;
    const clone = Reflect.get(globalThis, 'cloneInto') as ((o: unknown, scope: unknown) => unknown) | undefined;
    const started = performance.now();
    const response =
      typeof page?.fetch === 'function' && typeof clone === 'function' ? await page.fetch(request.url, clone(init, page) as RequestInit) : await fetch(request.url, init);
    if (response.type === 'opaqueredirect') return { error: 'the server answered with a redirect, which a retry does not follow' };
    const headers: [string, string][] = [];
    response.headers.forEach((value, name) => void headers.push([name, value]));
    const text = await response.text();
    return {
      response: {
        status: response.status,
        statusText: response.statusText,
        headers,
        text: text.slice(0, capChars),
        truncated: text.length > capChars,
        durationMs: Math.round(performance.now() - started),
      },
    };
  } catch (e) {
    return { error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
  }
}
