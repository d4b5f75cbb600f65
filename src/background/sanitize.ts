import type { HeaderLine, RequestBodyInfo } from '../shared/types';
import { LIMITS } from '../shared/limits';
import { capText } from '../shared/body';

/** Header lines as the browser gave them, capped in count and size; binary values become text. */
export function capHeaders(headers: { name: string; value?: string; binaryValue?: ArrayLike<number> }[] | undefined): HeaderLine[] {
  if (!Array.isArray(headers)) return [];
  const out: HeaderLine[] = [];
  // A server can send hundreds of kilobytes of headers; what one entry keeps is bounded in all.
  let room = LIMITS.headerTotalChars;
  for (const h of headers) {
    if (out.length >= LIMITS.headerCount || room <= 0) break;
    if (!h || typeof h.name !== 'string') continue;
    let value = typeof h.value === 'string' ? h.value : '';
    if (!value && h.binaryValue) value = String.fromCharCode(...Array.from(h.binaryValue).slice(0, LIMITS.headerValueChars));
    const name = capText(h.name, 256).text;
    const kept = capText(value, Math.max(0, Math.min(LIMITS.headerValueChars, room - name.length))).text;
    room -= name.length + kept.length;
    out.push({ name, value: kept });
  }
  return out;
}

export function headerValue(headers: readonly { name: string; value?: string }[] | undefined, name: string): string | undefined {
  if (!headers) return undefined;
  const lower = name.toLowerCase();
  return headers.find((h) => h.name.toLowerCase() === lower)?.value;
}

export function capUrl(url: string): string {
  return capText(url, LIMITS.urlChars).text;
}

interface RawRequestBody {
  error?: string;
  formData?: Record<string, string[]>;
  raw?: { bytes?: ArrayBuffer; file?: string }[];
}

/** The request body as webRequest offers it (onBeforeRequest 'requestBody'), kept only when small. */
export function captureRequestBody(body: RawRequestBody | undefined | null): RequestBodyInfo | undefined {
  if (!body) return undefined;
  if (body.formData) {
    const form: Record<string, string[]> = {};
    let size = 0;
    let truncated = false;
    for (const [name, values] of Object.entries(body.formData)) {
      for (const v of values) {
        size += name.length + v.length + 2;
        if (size > LIMITS.requestBodyBytes) {
          truncated = true;
          break;
        }
        (form[name] ??= []).push(v);
      }
    }
    return { form, size, truncated };
  }
  if (body.raw) {
    let size = 0;
    const parts: Uint8Array[] = [];
    let kept = 0;
    for (const part of body.raw) {
      if (!part.bytes) continue;
      size += part.bytes.byteLength;
      const room = LIMITS.requestBodyBytes - kept;
      if (room <= 0) continue;
      const view = new Uint8Array(part.bytes, 0, Math.min(room, part.bytes.byteLength));
      parts.push(view);
      kept += view.byteLength;
    }
    if (!parts.length) return size ? { size, truncated: true } : undefined;
    const all = new Uint8Array(kept);
    let at = 0;
    for (const p of parts) {
      all.set(p, at);
      at += p.byteLength;
    }
    const text = new TextDecoder('utf-8', { fatal: false }).decode(all);
    return { text, size, truncated: kept < size };
  }
  return undefined;
}
