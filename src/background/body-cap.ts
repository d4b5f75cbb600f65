import type { CapturedBody } from '../shared/types';
import { LIMITS } from '../shared/limits';
import type { BodyCapKiB } from '../shared/settings';

/** The user's body cap in bytes; LIMITS.bodyBytes stays the ceiling whatever is stored. */
export const bodyCapBytes = (kib: BodyCapKiB): number => Math.min(kib * 1024, LIMITS.bodyBytes);

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * A body whose text is at most `capBytes` bytes of UTF-8, cut at a character boundary. A cut body
 * says so (`truncated`) and keeps its full size when known: what the capture counted, or, for a body
 * that arrived whole, its own size. `keptSize` is in bytes, or in characters for a rendered
 * document, as CapturedBody defines it. Returns the body itself when it fits.
 */
export function capBody(body: CapturedBody, capBytes: number): CapturedBody {
  const text = body.text;
  // A UTF-16 unit is at most 3 bytes of UTF-8 (a surrogate pair, 2 units, is 4): most bodies fit unencoded.
  if (text === undefined || text.length * 3 <= capBytes) return body;
  const bytes = encoder.encode(text);
  if (bytes.length <= capBytes) return body;
  let end = Math.max(0, capBytes);
  // Back up to the first byte of the character the cap falls in (continuation bytes are 10xxxxxx).
  while (end > 0 && (bytes[end]! & 0xc0) === 0x80) end--;
  const kept = decoder.decode(bytes.subarray(0, end));
  const inChars = body.source === 'rendered-document';
  return {
    ...body,
    text: kept,
    keptSize: inChars ? kept.length : end,
    fullSize: body.fullSize ?? (body.truncated ? undefined : inChars ? text.length : bytes.length),
    truncated: true,
  };
}
