import type { RequestBodyInfo } from '../shared/types';
import { LIMITS } from '../shared/limits';

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
