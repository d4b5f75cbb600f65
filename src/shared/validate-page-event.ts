import type { PageEvent, RenderedDocumentEvent } from './protocol';
import type { CapturedBody } from './types';
import { LIMITS } from './limits';
import { capText } from './body';
import { isFlaggedStatus } from './classify';

/**
 * Checks the shape of a page event. Page events come from a page's MAIN world and can be
 * forged by any script on it, so nothing is trusted: every field is type-checked and capped,
 * and anything unexpected is refused rather than repaired.
 */
export function validatePageEvent(value: unknown): PageEvent | undefined {
  if (!isObject(value)) return undefined;
  const url = urlOf(value.url);
  if (!url) return undefined;
  // A method, when given, must be an RFC 9110 token; absent means the hook could not read it.
  const method = value.method === undefined ? undefined : methodOf(value.method);
  if (method === null) return undefined;
  const api = value.api === 'fetch' || value.api === 'xhr' ? value.api : undefined;
  if (!api) return undefined;
  // What the page itself could read or set; each optional, each refused whole when malformed.
  const requestHeaders = headerLinesOf(value.requestHeaders);
  const requestBody = value.requestBody === undefined ? undefined : typeof value.requestBody === 'string' ? capText(value.requestBody, LIMITS.requestBodyBytes).text : null;
  const durationMs = value.durationMs === undefined ? undefined : durationOf(value.durationMs);
  if (requestHeaders === null || requestBody === null || durationMs === null) return undefined;
  const asked = defined({ requestHeaders, requestBody, durationMs });
  switch (value.kind) {
    case 'response': {
      const status = value.status;
      // A 200 is reported only as a GraphQL response that lists errors, and says how many.
      const graphqlErrors = value.graphqlErrors === undefined ? undefined : countOf(value.graphqlErrors);
      if (graphqlErrors === null || typeof status !== 'number') return undefined;
      if (graphqlErrors === undefined ? !isFlaggedStatus(status) : status !== 200) return undefined;
      const source = api === 'fetch' ? 'page-fetch' : 'page-xhr';
      const body = bodyOf(value.body, source);
      if (!body) return undefined;
      const statusText = value.statusText === undefined ? undefined : statusTextOf(value.statusText);
      const responseHeaders = headerLinesOf(value.responseHeaders);
      if (statusText === null || responseHeaders === null) return undefined;
      return { kind: 'response', api, url, method, status, ...defined({ statusText, responseHeaders, graphqlErrors }), ...asked, body: { ...body, source } };
    }
    case 'failure': {
      const mode = value.mode;
      if (mode !== undefined && mode !== 'cors' && mode !== 'no-cors' && mode !== 'same-origin') return undefined;
      return { kind: 'failure', api, url, method, message: str(value.message, 300) ?? 'Failed', ...asked, ...defined({ mode }) };
    }
    default:
      // 'document' reports come from the relay on their own message, never through the page.
      return undefined;
  }
}

/** Checks the relay's own report of its document; capped like everything else. */
export function validateDocumentReport(value: unknown): RenderedDocumentEvent | undefined {
  if (!isObject(value) || value.kind !== 'document') return undefined;
  const url = urlOf(value.url);
  const status = value.status;
  if (!url || typeof status !== 'number' || !isFlaggedStatus(status)) return undefined;
  const body = bodyOf(value.body, 'rendered-document');
  if (!body) return undefined;
  return { kind: 'document', url, status, body: { ...body, source: 'rendered-document' } };
}

function urlOf(value: unknown): string | undefined {
  const url = str(value, LIMITS.urlChars);
  return url && /^(https?|file|ftp):/i.test(url) ? url : undefined;
}

function bodyOf(value: unknown, source: CapturedBody['source']): CapturedBody | undefined {
  if (!isObject(value) || value.source !== source) return undefined;
  if (typeof value.binary !== 'boolean' || typeof value.truncated !== 'boolean') return undefined;
  const text = value.text === undefined ? undefined : typeof value.text === 'string' ? value.text : null;
  if (text === null) return undefined;
  const capped = text === undefined ? undefined : capText(text, LIMITS.bodyBytes);
  return {
    source,
    binary: value.binary,
    text: value.binary ? undefined : capped?.text,
    mimeType: str(value.mimeType, 128),
    charset: str(value.charset, 64),
    keptSize: num(value.keptSize) ?? capped?.text.length ?? 0,
    fullSize: num(value.fullSize),
    truncated: value.truncated || Boolean(capped?.truncated),
  };
}

/**
 * An RFC 9110 §9.1 method: a token (§5.6.2). Fetch upper-cases only the six standard methods
 * (fetch.spec.whatwg.org/#concept-method-normalize); others keep their case. Null when invalid.
 */
export function methodOf(value: unknown): string | null {
  if (typeof value !== 'string' || !/^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,32}$/.test(value)) return null;
  const upper = value.toUpperCase();
  return /^(DELETE|GET|HEAD|OPTIONS|POST|PUT)$/.test(upper) ? upper : value;
}

/** An RFC 9110 §5.6.2 token: what a header name must be. */
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/**
 * Header lines as [name, value] pairs, as the page could read or set them: each name a token of at
 * most LIMITS.headerNameChars (lower-cased, as Headers gives them), each value a string with no CR,
 * LF or NUL. Capped as the browser's own lines are (background/sanitize.ts): at most
 * LIMITS.headerCount lines, each value cut to LIMITS.headerValueChars, and no more than
 * LIMITS.headerTotalChars of names and values in all; lines past a cap are left out unread.
 * Undefined when absent, null when malformed.
 */
export function headerLinesOf(value: unknown): [string, string][] | undefined | null {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) return null;
  const out: [string, string][] = [];
  let room = LIMITS.headerTotalChars;
  for (let i = 0; i < value.length && out.length < LIMITS.headerCount && room > 0; i++) {
    const line: unknown = value[i];
    if (!Array.isArray(line) || line.length !== 2) return null;
    const [name, text] = line as unknown[];
    if (typeof name !== 'string' || name.length > LIMITS.headerNameChars || !TOKEN.test(name)) return null;
    if (typeof text !== 'string' || /[\r\n\0]/.test(text)) return null;
    const kept = capText(text, Math.max(0, Math.min(LIMITS.headerValueChars, room - name.length))).text;
    room -= name.length + kept.length;
    out.push([name.toLowerCase(), kept]);
  }
  return out;
}

/** A reason phrase (RFC 9112 §4: tab, space, visible and obs-text characters), capped; null when malformed. */
function statusTextOf(value: unknown): string | null {
  if (typeof value !== 'string' || /[\0-\x08\x0a-\x1f\x7f]/.test(value)) return null;
  return capText(value, LIMITS.statusTextChars).text;
}

/** Milliseconds from the call to the response headers (or the failure): finite and not negative. */
function durationOf(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : null;
}

/** How many GraphQL errors a report counts: a whole number from 1 to 1,000,000; null otherwise. */
function countOf(value: unknown): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 1_000_000 ? value : null;
}

/** The fields whose value is not undefined: absent stays absent. */
function defined<T extends object>(fields: T): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(fields) as (keyof T)[]) if (fields[key] !== undefined) out[key] = fields[key];
  return out;
}

function str(value: unknown, cap: number): string | undefined {
  return typeof value === 'string' ? capText(value, cap).text : undefined;
}

function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.floor(value) : undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
