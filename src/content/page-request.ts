/**
 * What the page hook reports besides a status and a body: header lines as the page could read or
 * set them, a text request body, the status text. Read only once a response is flagged or a call
 * failed, built only from the built-ins taken at document_start (primordials.ts), and without
 * running any getter or toString of the page: what cannot be read so is left out. Every line is
 * capped as validatePageEvent caps it (shared/validate-page-event.ts), so a report passes unchanged.
 */
import { LIMITS } from '../shared/limits';
import {
  StringCtor, getOwnPropertyDescriptor, getPrototypeOf, hasOwn, headersForEach, isArray, ownKeys, regExpExec,
  setPrototypeOf, stringCharCodeAt, stringIndexOf, stringSlice, stringToLowerCase, urlSearchParamsToString,
} from './primordials';

export type HeaderLines = [string, string][];

/** An array with no prototype: JSON.stringify and indexed writes consult nothing of the page's. */
export function bareArray<T>(items: T[]): T[] {
  setPrototypeOf(items, null);
  return items;
}

/** What readPlain returns for a property it could not read without running the page's code. */
export const UNREADABLE: unique symbol = Symbol('unreadable');

/**
 * `obj[key]` when it is a data property of `obj` or of its prototypes, undefined when there is
 * none; UNREADABLE for a getter (the browser ran it once, we do not run it again) or a chain too long.
 */
export function readPlain(obj: object, key: string | symbol): unknown {
  let o: object | null = obj;
  for (let depth = 0; o !== null && depth < 32; depth++) {
    const d = getOwnPropertyDescriptor(o, key);
    // hasOwn, not `in`: a descriptor's prototype is the page's Object.prototype.
    if (d) return hasOwn(d, 'value') ? d.value : UNREADABLE;
    o = getPrototypeOf(o);
  }
  return o === null ? undefined : UNREADABLE;
}

/** A string, or a number or boolean as the browser would write it; undefined for objects (their toString is the page's). */
export function primitiveText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  return typeof value === 'number' || typeof value === 'boolean' ? StringCtor(value) : undefined;
}

/** The first `cap` UTF-16 units of `text`, without splitting a surrogate pair (as capText). */
export function capString(text: string, cap: number): string {
  if (text.length <= cap) return text;
  let end = cap > 0 ? cap : 0;
  const code = end > 0 ? stringCharCodeAt(text, end - 1) : 0;
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return stringSlice(text, 0, end);
}

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const FORBIDDEN_IN_VALUE = /[\r\n\0]/;
const NOT_IN_REASON = /[\0-\x08\x0a-\x1f\x7f]/;

/** Leading and trailing HTTP whitespace removed, as Fetch normalises a header value. */
function trimHttpSpace(text: string): string {
  let start = 0;
  let end = text.length;
  const space = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
  while (start < end && space(stringCharCodeAt(text, start))) start++;
  while (end > start && space(stringCharCodeAt(text, end - 1))) end--;
  return start === 0 && end === text.length ? text : stringSlice(text, start, end);
}

/**
 * Header lines, capped as the browser's own are (background/sanitize.ts): LIMITS.headerCount lines,
 * each value cut to LIMITS.headerValueChars, LIMITS.headerTotalChars of names and values in all.
 * A line the browser would refuse (a name that is no token, a value with CR, LF or NUL) is left out.
 */
export class HeaderLineList {
  readonly lines: HeaderLines = bareArray([]);
  private room: number = LIMITS.headerTotalChars;

  get full(): boolean {
    return this.lines.length >= LIMITS.headerCount || this.room <= 0;
  }

  add(rawName: string, rawValue: string): void {
    if (this.full || rawName.length > LIMITS.headerNameChars || regExpExec(TOKEN, rawName) === null) return;
    const value = trimHttpSpace(rawValue);
    if (regExpExec(FORBIDDEN_IN_VALUE, value) !== null) return;
    const name = stringToLowerCase(rawName);
    const room = this.room - name.length;
    const kept = capString(value, room < LIMITS.headerValueChars ? room : LIMITS.headerValueChars);
    this.room = room - kept.length;
    this.lines[this.lines.length] = bareArray<string>([name, kept]) as [string, string];
  }
}

/** A Headers object's lines, through the native forEach: false when `value` is not one (a page object or Proxy). */
function addHeadersObject(list: HeaderLineList, value: object): boolean {
  try {
    headersForEach(value as Headers, (text, name) => list.add(name, text));
    return true;
  } catch {
    return false;
  }
}

/** [[name, value], …] read through own data properties only; false when anything needs the page's code. */
function addPairs(list: HeaderLineList, pairs: object): boolean {
  const length = readOwn(pairs, 'length');
  if (typeof length !== 'number') return false;
  for (let i = 0; i < length && !list.full; i++) {
    const pair = readOwn(pairs, i);
    if (pair === null || typeof pair !== 'object' || !isArray(pair) || readOwn(pair, 'length') !== 2) return false;
    const name = primitiveText(readOwn(pair, 0));
    const value = primitiveText(readOwn(pair, 1));
    if (name === undefined || value === undefined) return false;
    list.add(name, value);
  }
  return true;
}

/** { name: value, … } read through own enumerable data properties only; false when anything needs the page's code. */
function addRecord(list: HeaderLineList, record: object): boolean {
  const keys = ownKeys(record);
  for (let i = 0; i < keys.length && !list.full; i++) {
    const key = keys[i];
    if (typeof key !== 'string') return false; // a symbol: the browser refused the call
    const d = getOwnPropertyDescriptor(record, key);
    if (!d || !d.enumerable) continue;
    if (!hasOwn(d, 'value')) return false;
    const value = primitiveText(d.value);
    if (value === undefined) return false;
    list.add(key, value);
  }
  return true;
}

function readOwn(obj: object, key: string | number): unknown {
  const d = getOwnPropertyDescriptor(obj, key);
  return d && hasOwn(d, 'value') ? d.value : UNREADABLE;
}

const ITERATOR = Symbol.iterator;

/**
 * The lines of what fetch accepts as headers (Fetch's HeadersInit): a Headers object, an array of
 * pairs, or a record. Undefined when they cannot be read without the page's code: any other
 * iterable (a Map, a Proxy around a Headers object), which the browser read through its iterator.
 */
export function headerLinesOf(value: unknown): HeaderLines | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const list = new HeaderLineList();
  let read: boolean;
  if (isArray(value)) read = addPairs(list, value);
  else if (readPlain(value, ITERATOR) === undefined) read = addRecord(list, value);
  else read = addHeadersObject(list, value); // the one iterable read here (asked first, a record would throw: slow)
  return read ? list.lines : undefined;
}

/** The lines of getAllResponseHeaders' text ("name: value" lines joined by CRLF). */
export function headerLinesOfText(text: string): HeaderLines {
  const list = new HeaderLineList();
  for (let at = 0; at < text.length && !list.full; ) {
    let end = stringIndexOf(text, '\r\n', at);
    if (end < 0) end = text.length;
    const colon = stringIndexOf(text, ':', at);
    if (colon > at && colon < end) list.add(stringSlice(text, at, colon), stringSlice(text, colon + 1, end));
    at = end + 2;
  }
  return list.lines;
}

/** Lines given as name, value, name, value… (what setRequestHeader recorded). */
export function headerLinesOfFlat(flat: readonly unknown[] | undefined, count: number): HeaderLines {
  const list = new HeaderLineList();
  for (let i = 0; i < count && !list.full; i++) {
    const name = primitiveText(flat?.[2 * i]);
    const value = primitiveText(flat?.[2 * i + 1]);
    if (name !== undefined && value !== undefined) list.add(name, value);
  }
  return list.lines;
}

/**
 * A request body as text, when the page gave one that is text already: a string, or URLSearchParams
 * (serialised by the native method, a brand check). Blobs, forms, buffers and streams are never read.
 */
export function requestBodyText(body: unknown): string | undefined {
  if (typeof body === 'string') return capString(body, LIMITS.requestBodyBytes);
  if (body === null || typeof body !== 'object') return undefined;
  try {
    return capString(urlSearchParamsToString(body as URLSearchParams), LIMITS.requestBodyBytes);
  } catch {
    return undefined;
  }
}

/** A reason phrase as validatePageEvent accepts it, capped; undefined when empty or malformed. */
export function statusTextOf(text: string): string | undefined {
  if (!text || regExpExec(NOT_IN_REASON, text) !== null) return undefined;
  return capString(text, LIMITS.statusTextChars);
}
