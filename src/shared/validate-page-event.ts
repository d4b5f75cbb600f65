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
  switch (value.kind) {
    case 'response': {
      const status = value.status;
      if (typeof status !== 'number' || !isFlaggedStatus(status)) return undefined;
      const source = api === 'fetch' ? 'page-fetch' : 'page-xhr';
      const body = bodyOf(value.body, source);
      if (!body) return undefined;
      return { kind: 'response', api, url, method, status, body: { ...body, source } };
    }
    case 'failure':
      return { kind: 'failure', api, url, method, message: str(value.message, 300) ?? 'Failed' };
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

function str(value: unknown, cap: number): string | undefined {
  return typeof value === 'string' ? capText(value, cap).text : undefined;
}

function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.floor(value) : undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
