import type { PageEvent } from './protocol';
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
  const url = str(value.url, LIMITS.urlChars);
  if (!url || !/^(https?|file|ftp):/i.test(url)) return undefined;
  switch (value.kind) {
    case 'response': {
      const api = value.api === 'fetch' || value.api === 'xhr' ? value.api : undefined;
      const method = methodOf(value.method);
      const status = value.status;
      if (!api || !method || typeof status !== 'number' || !isFlaggedStatus(status)) return undefined;
      const body = bodyOf(value.body, api === 'fetch' ? 'page-fetch' : 'page-xhr');
      if (!body) return undefined;
      return { kind: 'response', api, url, method, status, body: body as never, contentType: str(value.contentType, 256) };
    }
    case 'failure': {
      const api = value.api === 'fetch' || value.api === 'xhr' ? value.api : undefined;
      const method = methodOf(value.method);
      if (!api || !method) return undefined;
      return { kind: 'failure', api, url, method, message: str(value.message, 300) ?? 'Failed' };
    }
    case 'document': {
      const status = value.status;
      if (typeof status !== 'number' || !isFlaggedStatus(status)) return undefined;
      const body = bodyOf(value.body, 'rendered-document');
      if (!body) return undefined;
      return { kind: 'document', url, status, body: body as never };
    }
    default:
      return undefined;
  }
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

function methodOf(value: unknown): string | undefined {
  return typeof value === 'string' && /^[A-Za-z]{1,16}$/.test(value) ? value.toUpperCase() : undefined;
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
