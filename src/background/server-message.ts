/**
 * The server's one-line message for a list row ("Username already taken"), read from the body by
 * the same reader as the detail's "What the server said" (src/analysis/detect.ts). It runs here,
 * in the background, so the popup's first chunk carries no analysis; and once per body, so a poll
 * every second does not read 500 bodies again.
 */
import type { CapturedBody, LogEntry } from '../shared/types';
import { readBody } from '../analysis/detect';
import { maskBodyText } from '../analysis/secrets';
import { clip } from '../analysis/text';
import { reasonPhrase } from '../reference/reasons';

/** A row has one line for it. */
export const SERVER_MESSAGE_CHARS = 160;

/**
 * Keyed by the body object: a body replaced (a better one joined) is read again; `text` is kept
 * to notice a body whose text was dropped or changed in place (memory budget).
 */
const read = new WeakMap<CapturedBody, { text: string; message: string | undefined }>();

export function serverMessageOf(entry: LogEntry): string | undefined {
  const body = entry.body;
  if (entry.kind !== 'http-error' || entry.statusCode === undefined || !body || body.binary || body.text === undefined) return undefined;
  const known = read.get(body);
  if (known && known.text === body.text) return known.message;
  const message = messageIn(entry.statusCode, entry.statusLine, body);
  read.set(body, { text: body.text!, message });
  return message;
}

function messageIn(status: number, statusLine: string | undefined, body: CapturedBody): string | undefined {
  let said: string | undefined;
  try {
    // Masked first: the list shows what the masked detail shows, never a secret field's value.
    const text = maskBodyText(body.text!, body.mimeType);
    const reading = readBody({
      url: '',
      method: 'GET',
      status,
      requestHeaders: {},
      responseHeaders: body.mimeType ? { 'content-type': body.mimeType } : {},
      body: text,
      bodyTruncated: body.truncated,
    }).reading;
    const field = reading?.fields[0];
    said = reading?.message ?? reading?.code ?? (field ? `${field.name}: ${field.message ?? ''}` : undefined);
  } catch {
    return undefined; // the reader never throws by contract; a row without a message is fine
  }
  if (said === undefined) return undefined;
  const line = clip(said, SERVER_MESSAGE_CHARS);
  return line && !restatesStatus(line, status, statusLine) ? line : undefined;
}

/** "502 Bad Gateway" under a row that already says 502 Bad Gateway tells nothing. */
function restatesStatus(line: string, status: number, statusLine: string | undefined): boolean {
  const words = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const said = words(line);
  const reasons = [reasonPhrase(status), statusLine?.replace(/^(HTTP\/[\d.]+\s+)?\d{3}\s*/i, '')].filter((r): r is string => !!r);
  return said === String(status) || reasons.some((r) => said === words(r) || said === words(`${status} ${r}`));
}
