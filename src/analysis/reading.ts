import type { FieldError, ServerError } from './types';
import type { FormatId } from './ids';
import { CAPS, clip, quote, scalarText } from './text';

/**
 * What a format reader got out of a body: the public ServerError plus what the suggestion rules
 * need and the UI does not show (the quotes behind the message, classifying words, retry hints).
 */
export interface Reading extends ServerError {
  /** Where the trace id was read, quoted for evidence. */
  traceEvidence?: string;
  /** Body quotes behind message and code, e.g. `title: "Username already taken"`. */
  evidence: string[];
  /** Words that classify the error without being its message: problem type, Google status, Stripe type. */
  hints: string[];
  /** A retry delay the body gave (Google RetryInfo), in seconds. */
  retryDelaySeconds?: number;
  /** The body carries a stack trace or exception: the application itself failed. */
  exception?: string;
}

export function newReading(format: FormatId): Reading {
  return { format, fields: [], evidence: [], hints: [] };
}

/** Sets the message once (the first reader call wins) and quotes where it came from. */
export function setMessage(r: Reading, value: unknown, at?: string): void {
  if (r.message !== undefined) return;
  const text = scalarText(value, CAPS.message);
  if (!text) return;
  r.message = text;
  if (at) r.evidence.push(quote(at, text));
}

export function setCode(r: Reading, value: unknown, at?: string): void {
  if (r.code !== undefined) return;
  const text = scalarText(value, CAPS.code);
  if (!text) return;
  r.code = text;
  if (at) r.evidence.push(quote(at, text));
}

/** Documentation links are kept only as absolute http(s) URLs: the UI turns them into links. */
export function setDocs(r: Reading, value: unknown): void {
  if (r.docsUrl === undefined && typeof value === 'string' && /^https?:\/\/\S+$/i.test(value.trim())) r.docsUrl = clip(value, CAPS.url);
}

/** Sets the trace id once; `shown` is what the evidence quotes when the id was cut out of a longer value. */
export function setTrace(r: Reading, value: unknown, at: string, shown?: string): void {
  if (r.traceId !== undefined) return;
  const text = scalarText(value, CAPS.traceId);
  if (!text) return;
  r.traceId = text;
  r.traceEvidence = quote(at, shown ?? text);
}

export function addHint(r: Reading, value: unknown): void {
  const text = scalarText(value, CAPS.code);
  if (text && r.hints.length < 20) r.hints.push(text);
}

/** Adds a field error; names are cleaned, empty names dropped, and at most CAPS.fields are kept. */
export function addField(r: Reading, name: unknown, message?: unknown, value?: string): void {
  if (r.fields.length >= CAPS.fields) return;
  const n = scalarText(name, CAPS.name);
  if (!n) return;
  const field: FieldError = { name: n };
  const m = scalarText(message, CAPS.message);
  if (m) field.message = m;
  if (value !== undefined) field.value = clip(value, CAPS.value);
  r.fields.push(field);
}

/** The public part of a reading. Undefined members are left out so the result compares cleanly. */
export function toServerError(r: Reading): ServerError {
  const out: ServerError = { format: r.format, fields: r.fields };
  if (r.message !== undefined) out.message = r.message;
  if (r.code !== undefined) out.code = r.code;
  if (r.docsUrl !== undefined) out.docsUrl = r.docsUrl;
  if (r.traceId !== undefined) out.traceId = r.traceId;
  return out;
}

/** What a format reader may know besides the parsed body. */
export interface ReadContext {
  /** The response media type without parameters, lower-case. */
  contentType?: string;
}
