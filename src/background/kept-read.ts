import { BODY_SOURCES, type CapturedBody, type CorsFailure, type HeaderLine, type KeptLog, type LogEntry, type RequestBodyInfo } from '../shared/types';
import { LIMITS } from '../shared/limits';
import { isRecord } from '../analysis/text';
import { capHeaders } from './sanitize';

/**
 * Reads what storage.local holds for kept logs back into typed values. We wrote it, but storage can
 * hold anything (an older version, another add-on build, a hand edit, a half-finished write), and a
 * bad value must cost one log, never the pop-out: every field is checked and rebuilt, nothing is
 * passed through unread, and an entry that fails a required field is left out.
 */

/** One kept log's record in the index: what the tab picker lists without reading the log itself. */
export interface KeptMeta {
  id: string;
  /** The browser session that wrote it (see KeptLogs): logs of the current session are live tabs. */
  session: string;
  title?: string;
  url?: string;
  savedAt: number;
  count: number;
  bytes: number;
}

/** Ids we make: the session's random part and the tab id. Anything else is not ours. */
export const KEPT_ID = /^[a-z0-9]{1,24}-\d{1,12}$/;

const str = (v: unknown, max = LIMITS.urlChars): string | undefined => (typeof v === 'string' ? v.slice(0, max) : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const count = (v: unknown): number | undefined => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : undefined);

/** The index: kept logs' records, each checked; a repeated id keeps its first record. */
export function readKeptIndex(value: unknown): KeptMeta[] {
  if (!Array.isArray(value)) return [];
  const out: KeptMeta[] = [];
  for (const v of value) {
    if (!isRecord(v) || typeof v.id !== 'string' || !KEPT_ID.test(v.id) || typeof v.session !== 'string') continue;
    const savedAt = num(v.savedAt);
    const entries = count(v.count);
    const bytes = count(v.bytes);
    if (savedAt === undefined || entries === undefined || bytes === undefined || out.some((m) => m.id === v.id)) continue;
    out.push({ id: v.id, session: v.session.slice(0, 24), title: str(v.title, 200), url: str(v.url), savedAt, count: entries, bytes });
  }
  return out;
}

/** A kept log read back, or null when it is not one (or not the one asked for). */
export function readKeptLog(value: unknown, id: string): KeptLog | null {
  if (!isRecord(value) || value.id !== id || !Array.isArray(value.entries)) return null;
  const savedAt = num(value.savedAt);
  if (savedAt === undefined) return null;
  const entries: LogEntry[] = [];
  for (const e of value.entries.slice(0, LIMITS.entriesPerTab)) {
    const read = readKeptEntry(e);
    if (read) entries.push(read);
  }
  const dropped = (count(value.dropped) ?? 0) + (value.entries.length - entries.length);
  return { id, title: str(value.title, 200), url: str(value.url), savedAt, count: entries.length, entries, dropped };
}

const KINDS = ['http-error', 'network-error'] as const;
const SEEN_BY = ['page', 'resource-timing', 'navigation'] as const;
const PROBLEMS = ['missing-allow-origin', 'origin-mismatch', 'credentials-wildcard', 'missing-allow-credentials', 'preflight-failed', 'unverified'] as const;
const oneOf = <T extends string>(list: readonly T[], v: unknown): T | undefined => (list as readonly unknown[]).includes(v) ? (v as T) : undefined;

/** One stored entry, rebuilt field by field; undefined when a field every entry has is missing or wrong. */
export function readKeptEntry(v: unknown): LogEntry | undefined {
  if (!isRecord(v)) return undefined;
  const kind = oneOf(KINDS, v.kind);
  const [id, url, method, type] = [str(v.id, 200), str(v.url), str(v.method, 64), str(v.type, 64)];
  const [tabId, frameId, startTime] = [num(v.tabId), num(v.frameId), num(v.startTime)];
  const requestHeaders = headers(v.requestHeaders);
  const responseHeaders = headers(v.responseHeaders);
  if (!kind || id === undefined || url === undefined || method === undefined || type === undefined) return undefined;
  if (tabId === undefined || frameId === undefined || startTime === undefined || !requestHeaders || !responseHeaders) return undefined;
  const e: LogEntry = { id, kind, tabId, frameId, url, method, type, requestHeaders, responseHeaders, startTime, previousPage: v.previousPage === true, masked: 'stored' };
  const statusCode = count(v.statusCode);
  if (statusCode !== undefined && statusCode <= 999) e.statusCode = statusCode;
  const strings = { statusLine: 256, error: 256, ip: 64, initiator: LIMITS.urlChars, reportedBy: LIMITS.urlChars, retryOf: 200 } as const;
  for (const [name, max] of Object.entries(strings) as [keyof typeof strings, number][]) {
    const s = str(v[name], max);
    if (s !== undefined) e[name] = s;
  }
  const endTime = num(v.endTime);
  if (endTime !== undefined) e.endTime = endTime;
  if (typeof v.fromCache === 'boolean') e.fromCache = v.fromCache;
  const seenBy = oneOf(SEEN_BY, v.seenBy);
  if (seenBy) e.seenBy = seenBy;
  const graphqlErrors = count(v.graphqlErrors);
  if (graphqlErrors !== undefined) e.graphqlErrors = graphqlErrors;
  const requestBody = readRequestBody(v.requestBody);
  if (requestBody) e.requestBody = requestBody;
  const body = readBody(v.body);
  if (body) e.body = body;
  const cors = readCors(v.cors);
  if (cors) e.cors = cors;
  return e;
}

/** Header lines of the right shape, capped as the background caps what it captures (sanitize.ts). */
function headers(v: unknown): HeaderLine[] | undefined {
  if (!Array.isArray(v)) return undefined;
  return capHeaders(v.filter((h): h is HeaderLine => isRecord(h) && typeof h.name === 'string' && typeof h.value === 'string'));
}

function readBody(v: unknown): CapturedBody | undefined {
  if (!isRecord(v)) return undefined;
  const source = oneOf(BODY_SOURCES, v.source);
  const keptSize = count(v.keptSize);
  if (!source || keptSize === undefined) return undefined;
  const body: CapturedBody = { source, binary: v.binary === true, keptSize, truncated: v.truncated === true };
  const text = str(v.text, LIMITS.bodyBytes);
  if (text !== undefined) body.text = text;
  const mimeType = str(v.mimeType, 256);
  if (mimeType !== undefined) body.mimeType = mimeType;
  const charset = str(v.charset, 64);
  if (charset !== undefined) body.charset = charset;
  const fullSize = count(v.fullSize);
  if (fullSize !== undefined) body.fullSize = fullSize;
  if (v.dropped === 'memory' || v.dropped === 'storage') body.dropped = v.dropped;
  const reportedBy = str(v.reportedBy);
  if (reportedBy !== undefined) body.reportedBy = reportedBy;
  return body;
}

function readRequestBody(v: unknown): RequestBodyInfo | undefined {
  if (!isRecord(v)) return undefined;
  const size = count(v.size);
  if (size === undefined) return undefined;
  const out: RequestBodyInfo = { size, truncated: v.truncated === true };
  const text = str(v.text, LIMITS.requestBodyBytes);
  if (text !== undefined) out.text = text;
  if (isRecord(v.form)) {
    const form: Record<string, string[]> = {};
    for (const [name, values] of Object.entries(v.form).slice(0, LIMITS.headerCount)) {
      // A JSON key __proto__ is an own property there, but assigning it here would set a prototype.
      if (Array.isArray(values) && name !== '__proto__') form[name.slice(0, LIMITS.headerNameChars)] = values.filter((x): x is string => typeof x === 'string').map((x) => x.slice(0, LIMITS.requestBodyBytes));
    }
    out.form = form;
  }
  return out;
}

function readCors(v: unknown): CorsFailure | undefined {
  if (!isRecord(v)) return undefined;
  const problem = oneOf(PROBLEMS, v.problem);
  if (!problem) return undefined;
  const out: CorsFailure = { problem };
  const origin = str(v.origin);
  if (origin !== undefined) out.origin = origin;
  const allowOrigin = str(v.allowOrigin);
  if (allowOrigin !== undefined) out.allowOrigin = allowOrigin;
  const preflightStatus = count(v.preflightStatus);
  if (preflightStatus !== undefined) out.preflightStatus = preflightStatus;
  const responseStatus = count(v.responseStatus);
  if (responseStatus !== undefined) out.responseStatus = responseStatus;
  return out;
}
