import type { HeaderLine } from '../shared/types';
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
    const name = capText(h.name, LIMITS.headerNameChars).text;
    const kept = capText(value, Math.max(0, Math.min(LIMITS.headerValueChars, room - name.length))).text;
    room -= name.length + kept.length;
    out.push({ name, value: kept });
  }
  return out;
}


export function capUrl(url: string): string {
  return capText(url, LIMITS.urlChars).text;
}
