import type { BodySource, CapturedBody } from './types';
import { parseContentType } from './media-type';

// Decoding starts from the Content-Type; its callers and tests find the parser here too.
export { parseContentType } from './media-type';

export const TEXT_MIME = /^(text\/|application\/(.*[+/])?(json|xml|javascript|ecmascript|x-www-form-urlencoded|graphql|yaml|x-yaml|csv|html)\b)|^image\/svg\+xml|^message\/|[+/]json$|[+/]xml$/;
export const BINARY_MIME = /^(image|audio|video|font)\/|^application\/(octet-stream|pdf|zip|gzip|x-protobuf|protobuf|grpc|wasm|x-tar|vnd\.|msgpack|x-msgpack|cbor)/;

/** Is this media type binary? undefined when the type alone cannot tell. */
export function mimeIsBinary(mimeType: string | undefined): boolean | undefined {
  if (!mimeType) return undefined;
  if (TEXT_MIME.test(mimeType)) return false;
  if (BINARY_MIME.test(mimeType)) return true;
  return undefined;
}

/** Sniffs the first bytes: a NUL or many control bytes means binary (cf. WHATWG MIME Sniffing §7.2). */
export function bytesLookBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 1024);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  return n > 0 && control / n > 0.1;
}

export function decoderFor(charset: string | undefined): TextDecoder {
  try {
    return new TextDecoder(charset || 'utf-8', { fatal: false });
  } catch {
    // An unknown label: fall back to UTF-8 rather than lose the body.
    return new TextDecoder('utf-8', { fatal: false });
  }
}

/**
 * Collects up to `cap` bytes of a streamed body while counting all of it. Work per chunk is
 * a copy of at most the part that fits, so a huge body costs nothing once the cap is reached.
 */
export class BodyCollector {
  private readonly chunks: Uint8Array[] = [];
  private kept = 0;
  private total = 0;

  constructor(private readonly cap: number) {}

  push(chunk: Uint8Array): void {
    this.total += chunk.byteLength;
    const room = this.cap - this.kept;
    if (room <= 0) return;
    const part = chunk.byteLength <= room ? chunk.slice() : chunk.slice(0, room);
    this.chunks.push(part);
    this.kept += part.byteLength;
  }

  get totalBytes(): number {
    return this.total;
  }

  get full(): boolean {
    return this.kept >= this.cap;
  }

  bytes(): Uint8Array {
    const out = new Uint8Array(this.kept);
    let at = 0;
    for (const c of this.chunks) {
      out.set(c, at);
      at += c.byteLength;
    }
    return out;
  }
}

export interface DecodeOptions {
  contentType?: string;
  source: BodySource;
  /** The full size, when known; otherwise the bytes seen. */
  fullSize?: number;
  truncated: boolean;
}

/** Turns kept bytes into a body record: text decoded by its charset, or binary kept as type and size. */
export function decodeBody(bytes: Uint8Array, options: DecodeOptions): CapturedBody {
  const { mimeType, charset } = parseContentType(options.contentType);
  const binary = mimeIsBinary(mimeType) ?? bytesLookBinary(bytes);
  const base = {
    source: options.source,
    mimeType,
    charset,
    fullSize: options.fullSize,
    truncated: options.truncated,
  };
  if (binary) return { ...base, binary: true, keptSize: 0 };
  let text = decoderFor(charset).decode(bytes);
  // A cut in the middle of a multi-byte character decodes to U+FFFD; drop that last one.
  if (options.truncated && text.endsWith('\uFFFD')) text = text.slice(0, -1);
  return { ...base, binary: false, text, keptSize: bytes.byteLength };
}

/** Cuts text at `cap` UTF-16 units without splitting a surrogate pair. */
export function capText(text: string, cap: number): { text: string; truncated: boolean } {
  if (text.length <= cap) return { text, truncated: false };
  let end = cap;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return { text: text.slice(0, end), truncated: true };
}
