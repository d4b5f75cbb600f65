/**
 * The page hook's copy of a flagged body, built only from the built-ins taken at document_start
 * (see primordials.ts). Same results as decodeBody in shared/body.ts, which the background uses;
 * page-body.test.ts checks the two agree, and that this one still works once a page has replaced
 * the string, regexp, typed-array and TextDecoder methods.
 */
import type { CapturedBody } from '../shared/types';
import { BINARY_MIME, TEXT_MIME } from '../shared/body';
import {
  TextDecoderCtor, Uint8ArrayCtor, record, regExpExec, stringCharCodeAt, stringIndexOf, stringSlice,
  stringToLowerCase, stringTrim, textDecoderDecode, typedArrayLength,
} from './primordials';

/** Keeps the first `cap` bytes of a streamed body and counts all of it. */
export class PageBodyCollector {
  private buffer: Uint8Array;
  private kept = 0;
  private total = 0;

  constructor(private readonly cap: number) {
    this.buffer = new Uint8ArrayCtor(0);
  }

  push(chunk: Uint8Array): void {
    const n = typedArrayLength(chunk);
    this.total += n;
    const room = this.cap - this.kept;
    if (room <= 0) return;
    if (typedArrayLength(this.buffer) === 0) this.buffer = new Uint8ArrayCtor(this.cap);
    const take = n < room ? n : room;
    // Indexed access on a typed array never reaches a prototype, unlike set() or subarray().
    for (let i = 0; i < take; i++) this.buffer[this.kept + i] = chunk[i]!;
    this.kept += take;
  }

  get totalBytes(): number {
    return this.total;
  }

  bytes(): Uint8Array {
    const out = new Uint8ArrayCtor(this.kept);
    for (let i = 0; i < this.kept; i++) out[i] = this.buffer[i]!;
    return out;
  }
}

/** Media type and charset of a Content-Type value (RFC 9110 §8.3), as parseContentType does. */
export function pageContentType(value: string | undefined): { mimeType?: string; charset?: string } {
  if (!value) return {};
  let rest: string = value;
  let semi = stringIndexOf(rest, ';');
  const mimeType = stringToLowerCase(stringTrim(semi < 0 ? rest : stringSlice(rest, 0, semi))) || undefined;
  let charset: string | undefined;
  while (semi >= 0) {
    rest = stringSlice(rest, semi + 1);
    semi = stringIndexOf(rest, ';');
    const param = semi < 0 ? rest : stringSlice(rest, 0, semi);
    const eq = stringIndexOf(param, '=');
    if (eq < 0 || stringToLowerCase(stringTrim(stringSlice(param, 0, eq))) !== 'charset') continue;
    let v = stringTrim(stringSlice(param, eq + 1));
    if (v.length && stringCharCodeAt(v, 0) === 0x22) v = stringSlice(v, 1);
    if (v.length && stringCharCodeAt(v, v.length - 1) === 0x22) v = stringSlice(v, 0, -1);
    charset = stringToLowerCase(v) || undefined;
  }
  return { mimeType, charset };
}

function mimeIsBinary(mimeType: string | undefined): boolean | undefined {
  if (!mimeType) return undefined;
  if (regExpExec(TEXT_MIME, mimeType) !== null) return false;
  if (regExpExec(BINARY_MIME, mimeType) !== null) return true;
  return undefined;
}

function bytesLookBinary(bytes: Uint8Array): boolean {
  const length = typedArrayLength(bytes);
  const n = length < 1024 ? length : 1024;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  return n > 0 && control / n > 0.1;
}

function decodeText(bytes: Uint8Array, charset: string | undefined): string {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoderCtor(charset || 'utf-8');
  } catch {
    decoder = new TextDecoderCtor('utf-8'); // an unknown label: UTF-8 rather than lose the body
  }
  return textDecoderDecode(decoder, bytes);
}

export interface PageDecodeOptions {
  contentType?: string;
  source: 'page-fetch' | 'page-xhr';
  fullSize?: number;
  truncated: boolean;
}

/** A body record with no prototype, ready for JSON.stringify without consulting the page. */
export function pageDecodeBody(bytes: Uint8Array, options: PageDecodeOptions): CapturedBody {
  const { mimeType, charset } = pageContentType(options.contentType);
  const binary = mimeIsBinary(mimeType) ?? bytesLookBinary(bytes);
  const base = { source: options.source, mimeType, charset, fullSize: options.fullSize, truncated: options.truncated };
  if (binary) return record({ ...base, binary: true, keptSize: 0 });
  let text = decodeText(bytes, charset);
  // A cut in the middle of a multi-byte character decodes to U+FFFD; drop that last one.
  if (options.truncated && text.length && stringCharCodeAt(text, text.length - 1) === 0xfffd) text = stringSlice(text, 0, -1);
  return record({ ...base, binary: false, text, keptSize: typedArrayLength(bytes) });
}

function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = stringCharCodeAt(text, i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) (n += 4), i++;
    else n += 3;
  }
  return n;
}

function textLooksBinary(text: string): boolean {
  const n = text.length < 1024 ? text.length : 1024;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = stringCharCodeAt(text, i);
    if (c === 0) return true;
    if (c < 9 || (c > 13 && c < 32 && c !== 27)) control++;
  }
  return n > 0 && control / n > 0.1;
}

/**
 * An XHR body the browser already decoded to text: kept up to `cap` UTF-16 units without splitting
 * a surrogate pair (as capText does), sizes counted in UTF-8 bytes, charset reported as UTF-8.
 */
export function pageXhrTextBody(full: string, contentType: string | undefined, declaredSize: number | undefined, cap: number): CapturedBody {
  const { mimeType } = pageContentType(contentType);
  let end = full.length;
  if (end > cap) {
    end = cap;
    const code = stringCharCodeAt(full, end - 1);
    if (code >= 0xd800 && code <= 0xdbff) end--;
  }
  const truncated = end < full.length;
  const text = truncated ? stringSlice(full, 0, end) : full;
  const keptSize = utf8Length(text);
  const fullSize = declaredSize ?? (truncated ? undefined : keptSize);
  const base = { source: 'page-xhr' as const, mimeType: mimeType ?? 'text/plain', charset: 'utf-8', fullSize, truncated };
  if (mimeIsBinary(mimeType) ?? textLooksBinary(text)) return record({ ...base, binary: true, keptSize: 0 });
  return record({ ...base, binary: false, text, keptSize });
}
