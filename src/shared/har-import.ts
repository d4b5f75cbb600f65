import { BODY_SOURCES, type BodySource, type CapturedBody, type HeaderLine, type LogEntry, type RequestBodyInfo } from './types';
import { LIMITS } from './limits';
import { webRequestTypeOf } from './har-resource-type';

/** A HAR file larger than this is refused before it is read. */
export const HAR_FILE_BYTES = 50 * 1024 * 1024;
/** The tab id an imported log is shown under; no real tab has a negative id. */
export const IMPORTED_TAB_ID = -2;

export type HarReadResult =
  | { ok: true; entries: LogEntry[]; total: number; failed: number }
  | { ok: false; problem: 'too-large' | 'not-json' | 'not-har' };

/**
 * Reads a HAR file's text into log entries: only the failing ones (4xx, 5xx, status 0 with an
 * error), newest first, at most LIMITS.entriesPerTab of them (the newest), every field checked and capped. The
 * file is untrusted: any field of the wrong shape is dropped or the entry skipped; nothing throws.
 */
export function readHar(text: string): HarReadResult {
  if (text.length > HAR_FILE_BYTES) return { ok: false, problem: 'too-large' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not-json' };
  }
  const list = field(field(parsed, 'log'), 'entries');
  if (!Array.isArray(list)) return { ok: false, problem: 'not-har' };
  const entries: LogEntry[] = [];
  let failed = 0;
  // From the end: a HAR lists entries oldest first, and the log keeps the newest. Entries that
  // started in the same millisecond (the file's times are whole milliseconds) keep the file's order, reversed.
  for (let i = list.length - 1; i >= 0; i--) {
    const status = failingStatus(list[i]);
    if (status === undefined) continue;
    failed++;
    if (entries.length < LIMITS.entriesPerTab) entries.push(entryOf(list[i], status, i));
  }
  entries.sort((a, b) => b.startTime - a.startTime);
  return { ok: true, entries, total: list.length, failed };
}

/** An own property only: a key such as `__proto__` or `constructor` never reaches an inherited value. */
function field(o: unknown, key: string): unknown {
  return typeof o === 'object' && o !== null && !Array.isArray(o) && Object.hasOwn(o, key) ? (o as Record<string, unknown>)[key] : undefined;
}

const str = (v: unknown, max: number): string | undefined => (typeof v === 'string' ? v.slice(0, max) : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/** The entry's status when it is a failure the log would have kept, else undefined. */
function failingStatus(entry: unknown): number | undefined {
  const response = field(entry, 'response');
  const status = num(field(response, 'status'));
  if (status === undefined || !Number.isInteger(status)) return undefined;
  if (status >= 400 && status <= 599) return status;
  if (status === 0 && typeof field(response, '_error') === 'string' && field(response, '_error') !== '') return 0;
  return undefined;
}

function entryOf(entry: unknown, status: number, index: number): LogEntry {
  const request = field(entry, 'request');
  const response = field(entry, 'response');
  const started = Date.parse(str(field(entry, 'startedDateTime'), 64) ?? '');
  const startTime = Number.isFinite(started) ? started : 0;
  const time = num(field(entry, 'time'));
  const httpVersion = str(field(response, 'httpVersion'), 16) || str(field(request, 'httpVersion'), 16);
  const statusText = str(field(response, 'statusText'), LIMITS.statusTextChars) ?? '';
  const requestHeaders = headersOf(field(request, 'headers'));
  const custom = field(entry, '_statuslens');
  const masked = field(custom, 'masked');
  const seenBy = field(custom, 'seenBy');
  const requestBody = requestBodyOf(field(request, 'postData'), num(field(request, 'bodySize')));
  const body = bodyOf(field(response, 'content'));
  return {
    id: `har-${index}`,
    kind: status === 0 ? 'network-error' : 'http-error',
    tabId: IMPORTED_TAB_ID,
    frameId: 0,
    url: str(field(request, 'url'), LIMITS.urlChars) ?? '',
    method: (str(field(request, 'method'), 32) ?? 'GET').toUpperCase(),
    type: webRequestTypeOf(str(field(custom, 'type'), 32), str(field(entry, '_resourceType'), 32)),
    ...(status !== 0 && { statusCode: status }),
    ...(status !== 0 && httpVersion && { statusLine: `${httpVersion} ${status}${statusText ? ` ${statusText}` : ''}` }),
    ...(status === 0 && { error: str(field(response, '_error'), LIMITS.statusTextChars) }),
    requestHeaders,
    responseHeaders: headersOf(field(response, 'headers')),
    ...(requestBody && { requestBody }),
    startTime,
    ...(time !== undefined && time >= 0 && field(custom, 'durationUnknown') !== true && { endTime: startTime + time }),
    ...(str(field(entry, 'serverIPAddress'), 64) && { ip: str(field(entry, 'serverIPAddress'), 64) }),
    ...((masked === 'revealable' || masked === 'stored') && { masked: 'stored' as const }),
    ...((seenBy === 'page' || seenBy === 'resource-timing' || seenBy === 'navigation') && { seenBy }),
    previousPage: false,
    ...(body && { body }),
  };
}

/** Header lines of the right shape, capped as the background caps what it captures. */
function headersOf(v: unknown): HeaderLine[] {
  if (!Array.isArray(v)) return [];
  const out: HeaderLine[] = [];
  let total = 0;
  for (let i = 0; i < v.length && out.length < LIMITS.headerCount; i++) {
    const name = str(field(v[i], 'name'), LIMITS.headerNameChars);
    const value = str(field(v[i], 'value'), LIMITS.headerValueChars);
    if (!name || value === undefined) continue;
    total += name.length + value.length;
    if (total > LIMITS.headerTotalChars) break;
    out.push({ name, value });
  }
  return out;
}

function requestBodyOf(postData: unknown, bodySize: number | undefined): RequestBodyInfo | undefined {
  const raw = field(postData, 'text');
  if (typeof raw !== 'string') return undefined;
  const text = raw.slice(0, LIMITS.requestBodyBytes);
  const size = bodySize !== undefined && bodySize >= raw.length ? bodySize : raw.length;
  return { text, size, truncated: text.length < raw.length || typeof field(postData, 'comment') === 'string' };
}

function bodyOf(content: unknown): CapturedBody | undefined {
  const raw = field(content, 'text');
  const custom = field(content, '_statuslens');
  if (typeof raw !== 'string' && custom === undefined) return undefined;
  const [mimeType, ...params] = (str(field(content, 'mimeType'), 256) ?? '').split(';');
  const charset = params.map((p) => /^\s*charset=(.+)$/i.exec(p)?.[1]?.trim()).find(Boolean);
  // Base64 text is a binary body: shown by type and size, never decoded into the page.
  const binary = field(content, 'encoding') === 'base64' || field(custom, 'binary') === true;
  const text = typeof raw === 'string' && !binary ? raw.slice(0, LIMITS.bodyBytes) : undefined;
  const size = num(field(content, 'size'));
  const source = field(custom, 'source');
  return {
    source: (BODY_SOURCES as readonly unknown[]).includes(source) ? (source as BodySource) : 'network',
    ...(text !== undefined && { text }),
    binary,
    ...(mimeType?.trim() && mimeType.trim() !== 'x-unknown' && { mimeType: mimeType.trim().slice(0, 128) }),
    ...(charset && { charset: charset.slice(0, 64) }),
    keptSize: text?.length ?? 0,
    ...(size !== undefined && size >= 0 && { fullSize: size }),
    truncated: (typeof raw === 'string' && text !== undefined && text.length < raw.length) || field(custom, 'truncated') === true,
  };
}
