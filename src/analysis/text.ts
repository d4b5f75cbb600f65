/**
 * Bounds and small text helpers. Everything the module returns comes from an untrusted body or
 * header, so every string is cleaned and capped here before it leaves.
 */

export const CAPS = {
  message: 500,
  code: 100,
  name: 200,
  value: 200,
  url: 2000,
  traceId: 200,
  fields: 50,
  evidenceChars: 300,
  evidenceItems: 8,
  /** A fixed request bigger than this is not turned into commands (nobody pastes 64 KB into a shell). */
  fixChars: 64 * 1024,
  /** HTML and plain text are only read this far: titles, headings and first lines live at the top. */
  scanChars: 64 * 1024,
} as const;

// C0/C1 controls (except whitespace, which is collapsed) and bidi overrides that could disguise text.
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Trim, collapse whitespace, drop control characters, and cap at max characters (with "…"). */
export function clip(text: string, max: number = CAPS.message): string {
  // Cut before the regexes so a 1 MB string costs no more than a short one.
  const head = text.length > max * 2 + 64 ? text.slice(0, max * 2 + 64) : text;
  const flat = head.replace(CONTROLS, '').replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}

/** A scalar as display text (strings cleaned, numbers and booleans printed); undefined when empty or not scalar. */
export function scalarText(value: unknown, max: number = CAPS.message): string | undefined {
  if (typeof value === 'string') return clip(value, max) || undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'boolean') return String(value);
  return undefined;
}

/** Any JSON value as a short display text: strings as is, the rest as compact JSON. */
export function valueText(value: unknown, max: number = CAPS.value): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return clip(value, max);
  try {
    const json = JSON.stringify(value);
    return json === undefined ? undefined : clip(json, max);
  } catch {
    return undefined; // cyclic values cannot come from JSON.parse, but stay total
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The first of several members that is a non-empty string (or number), with the key it came from. */
export function firstText(obj: Record<string, unknown>, keys: readonly string[], max?: number): [string, string] | undefined {
  for (const key of keys) {
    const text = scalarText(obj[key], max);
    if (text !== undefined && text !== '') return [text, key];
  }
  return undefined;
}

/** A body quote for evidence: `detail: "The username is taken"`. */
export function quote(path: string, value: string): string {
  return clip(`${path}: ${JSON.stringify(clip(value, CAPS.evidenceChars))}`, CAPS.evidenceChars);
}

/** Length in UTF-8 bytes, without TextEncoder (so plain Node and every context agree). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4; // a surrogate pair is one 4-byte character
      i++;
    } else bytes += 3;
  }
  return bytes;
}

// The reason phrases of RFC 9110 §15 that error bodies repeat as their title; they add nothing to a message.
const REASONS =
  /^(?:bad request|unauthori[sz]ed|payment required|forbidden|not found|method not allowed|not acceptable|request timeout|conflict|gone|length required|precondition (?:failed|required)|(?:payload|content|request entity) too large|(?:request-)?uri too long|unsupported media type|range not satisfiable|expectation failed|misdirected request|unprocessable (?:entity|content)|locked|failed dependency|too early|upgrade required|too many requests|request header fields too large|unavailable for legal reasons|internal server error|not implemented|bad gateway|service unavailable|gateway timeout|http version not supported|insufficient storage|network authentication required|error)$/i;

export function isReasonPhrase(text: string): boolean {
  return REASONS.test(text.trim().replace(/^\d{3}\s+/, ''));
}

/**
 * A title and a detail as one message, the title first unless it only repeats the status or the
 * detail already says it: "Out of credit: Your balance is 30", "Not valid. Age must be positive".
 */
export function titleAndDetail(title: string | undefined, detail: string | undefined): string | undefined {
  if (!title || !detail) return detail ?? title;
  if (isReasonPhrase(title) || detail.toLowerCase().includes(title.toLowerCase().replace(/[.!]$/, ''))) return detail;
  return /[.!?:]$/.test(title) ? `${title} ${detail}` : `${title}: ${detail}`;
}
