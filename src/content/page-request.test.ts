// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { LIMITS } from '../shared/limits';
import { headerLinesOf as validLines } from '../shared/validate-page-event';
import {
  HeaderLineList, UNREADABLE, capString, headerLinesOf, headerLinesOfFlat, headerLinesOfText, primitiveText, readPlain,
  requestBodyText, statusTextOf,
} from './page-request';

/** The lines as plain arrays, for toEqual (the hook's have no prototype). */
const plain = (lines: [string, string][] | undefined) => lines && Array.from(lines, (line) => Array.from(line));
const chars = (lines: [string, string][]) => Array.from(lines).reduce((n, line) => n + line[0].length + line[1].length, 0);
const sorted = (lines: [string, string][] | undefined) => plain(lines)?.sort((a, b) => (a[0]! < b[0]! ? -1 : 1));

describe('header lines the page set or could read', () => {
  test('from a Headers object, an array of pairs and a record', () => {
    expect(sorted(headerLinesOf(new Headers({ 'X-A': '1', Accept: 'text/plain' })))).toEqual([['accept', 'text/plain'], ['x-a', '1']]);
    expect(plain(headerLinesOf([['X-A', '1'], ['x-b', 2]]))).toEqual([['x-a', '1'], ['x-b', '2']]);
    expect(plain(headerLinesOf({ 'Content-Type': 'application/json', 'X-N': 5 }))).toEqual([['content-type', 'application/json'], ['x-n', '5']]);
    expect(plain(headerLinesOf({}))).toEqual([]);
  });

  test('values trimmed as Fetch does; lines the browser would refuse are left out', () => {
    expect(plain(headerLinesOf({ 'x-a': '  v \t', 'bad name': 'x', 'x-b': 'a\r\nb', 'x-c': 'a\0', '': 'x' }))).toEqual([['x-a', 'v']]);
  });

  test('no getter of the page runs: a getter anywhere leaves the lines out', () => {
    let reads = 0;
    const record = { get 'x-a'() { reads++; return '1'; } };
    const pair = ['x-a', '1'];
    Object.defineProperty(pair, 1, { get() { reads++; return '1'; } });
    const pairs = [['x-b', '2']];
    Object.defineProperty(pairs, 1, { get() { reads++; return ['x', 'y']; }, enumerable: true });
    expect(headerLinesOf(record)).toBeUndefined();
    expect(headerLinesOf([pair])).toBeUndefined();
    expect(headerLinesOf(pairs)).toBeUndefined();
    expect(reads).toBe(0);
  });

  test("values that are objects are left out: their toString is the page's", () => {
    let calls = 0;
    const value = { toString: () => { calls++; return 'v'; } };
    expect(headerLinesOf({ 'x-a': value })).toBeUndefined();
    expect(headerLinesOf([['x-a', value]])).toBeUndefined();
    expect(headerLinesOf([{ 0: 'x-a', 1: 'v', length: 2 }])).toBeUndefined(); // not an array: the browser iterates it
    expect(calls).toBe(0);
  });

  // A Proxy around a Headers object fails the native forEach's brand check in a browser, and is then
  // an iterable like these (happy-dom's Headers has no brand check: hook-transparency-scenario.ts).
  test('a Map or any other iterable is left out; a throwing Proxy throws to the caller', () => {
    expect(headerLinesOf(new Map([['a', '1']]))).toBeUndefined();
    expect(headerLinesOf(Object.create(new Map([['a', '1']])))).toBeUndefined();
    expect(headerLinesOf({ [Symbol.iterator]: function* () { yield ['a', '1']; } })).toBeUndefined();
    expect(headerLinesOf({ [Symbol('s')]: '1' })).toBeUndefined();
    const throwing = new Proxy({}, { ownKeys: () => { throw new Error('page trap'); } });
    expect(() => headerLinesOf(throwing)).toThrow('page trap'); // the hook's caller catches it
  });

  test('non-enumerable properties are skipped, as the browser skips them', () => {
    const record = Object.defineProperty({ 'x-a': '1' }, 'x-hidden', { value: '2', enumerable: false });
    expect(plain(headerLinesOf(record))).toEqual([['x-a', '1']]);
  });

  test('primitives and null are no headers', () => {
    for (const value of [null, undefined, 'a: b', 5]) expect(headerLinesOf(value)).toBeUndefined();
  });

  test("getAllResponseHeaders' text and setRequestHeader's recorded pairs", () => {
    expect(plain(headerLinesOfText('content-type: application/json\r\nx-a:  1 \r\nbroken\r\n\r\n'))).toEqual([['content-type', 'application/json'], ['x-a', '1']]);
    expect(plain(headerLinesOfText(''))).toEqual([]);
    expect(plain(headerLinesOfFlat(['X-A', '1', 'x-b', 2, 'x-c', {}], 3))).toEqual([['x-a', '1'], ['x-b', '2']]);
    expect(plain(headerLinesOfFlat(undefined, 0))).toEqual([]);
  });

  test('capped as validatePageEvent caps them, so a report passes unchanged', () => {
    const cases: [string, string][][] = [
      Array.from({ length: LIMITS.headerCount + 20 }, (_, i) => [`x-${i}`, 'v']),
      [['x-long', 'v'.repeat(LIMITS.headerValueChars + 100)]],
      Array.from({ length: 8 }, (_, i) => [`x-${i}`, 'w'.repeat(LIMITS.headerValueChars - i)]),
      [['x-emoji', `${'e'.repeat(LIMITS.headerValueChars - 1)}\u{1F600}`]],
      [['x'.repeat(LIMITS.headerNameChars + 1), 'v'], ['x-ok', 'v']],
    ];
    for (const lines of cases) {
      const list = new HeaderLineList();
      for (const [name, value] of lines) list.add(name, value);
      expect(list.lines.length).toBeLessThanOrEqual(LIMITS.headerCount);
      expect(chars(list.lines)).toBeLessThanOrEqual(LIMITS.headerTotalChars + LIMITS.headerNameChars);
      expect(validLines(JSON.parse(JSON.stringify(list.lines)))).toEqual(plain(list.lines));
    }
  });

  test("JSON text of the lines consults nothing of the page's (no Array.prototype.toJSON)", () => {
    const lines = headerLinesOf({ 'x-a': '1' })!;
    (Array.prototype as unknown as { toJSON: () => string }).toJSON = () => 'page';
    try {
      expect(JSON.stringify(lines)).toBe('[["x-a","1"]]');
    } finally {
      delete (Array.prototype as unknown as { toJSON?: unknown }).toJSON;
    }
  });

  // Headers objects go through the native forEach, whose independence from page code only a browser
  // shows (happy-dom's is JavaScript): hook-transparency-scenario.ts replaces these in real browsers.
  test('still works after the page replaced Array, Object, String and RegExp methods', () => {
    const saved = { iterator: Array.prototype[Symbol.iterator], toLowerCase: String.prototype.toLowerCase, exec: RegExp.prototype.exec };
    const trap = () => {
      throw new Error('called a replaced built-in');
    };
    Array.prototype[Symbol.iterator] = trap;
    String.prototype.toLowerCase = trap;
    RegExp.prototype.exec = trap;
    Object.defineProperty(Object.prototype, 'value', { configurable: true, get: trap });
    const pairs = [['X-A', '1']];
    const record = { 'X-A': '1', get 'x-b'() { return trap(); } };
    let results: unknown[] = [];
    try {
      results = [headerLinesOf(pairs), headerLinesOf(record)];
    } finally {
      Array.prototype[Symbol.iterator] = saved.iterator;
      Object.assign(String.prototype, { toLowerCase: saved.toLowerCase });
      Object.assign(RegExp.prototype, { exec: saved.exec });
      delete (Object.prototype as { value?: unknown }).value;
    }
    expect(results.map((lines) => plain(lines as [string, string][] | undefined))).toEqual([[['x-a', '1']], undefined]);
  });
});

describe('request body, status text and plain reads', () => {
  test('a text body: a string or URLSearchParams, capped; never a Blob, form, buffer or stream', () => {
    expect(requestBodyText('{"a":1}')).toBe('{"a":1}');
    expect(requestBodyText(new URLSearchParams({ q: 'a b', n: '1' }))).toBe('q=a+b&n=1');
    expect(requestBodyText('b'.repeat(LIMITS.requestBodyBytes + 1))).toHaveLength(LIMITS.requestBodyBytes);
    for (const body of [new Blob(['x']), new FormData(), new ArrayBuffer(2), new Uint8Array(2), null, undefined, 5]) expect(requestBodyText(body)).toBeUndefined();
    let calls = 0;
    const fake = Object.create(URLSearchParams.prototype, { toString: { value: () => { calls++; return 'page'; } } });
    expect(requestBodyText(fake)).toBeUndefined();
    expect(requestBodyText({ toString: () => { calls++; return 'page'; } })).toBeUndefined();
    expect(calls).toBe(0);
  });

  test('a status text is a reason phrase, capped; empty or with control characters it is left out', () => {
    expect(statusTextOf('Not Found')).toBe('Not Found');
    expect(statusTextOf('')).toBeUndefined();
    expect(statusTextOf('A\r\nB')).toBeUndefined();
    expect(statusTextOf('s'.repeat(LIMITS.statusTextChars + 3))).toHaveLength(LIMITS.statusTextChars);
  });

  test('readPlain reads data properties, own or inherited, and never runs a getter', () => {
    let reads = 0;
    const proto = { method: 'PUT' };
    expect(readPlain(Object.create(proto), 'method')).toBe('PUT');
    expect(readPlain({}, 'method')).toBeUndefined();
    expect(readPlain({ get method() { reads++; return 'GET'; } }, 'method')).toBe(UNREADABLE);
    expect(readPlain(Object.create({ get method() { reads++; return 'GET'; } }), 'method')).toBe(UNREADABLE);
    expect(reads).toBe(0);
  });

  test('capString keeps surrogate pairs whole; primitiveText turns only primitives to text', () => {
    expect(capString('ab\u{1F600}', 3)).toBe('ab');
    expect(capString('abc', 0)).toBe('');
    expect(capString('abc', 5)).toBe('abc');
    expect([primitiveText('a'), primitiveText(1), primitiveText(true), primitiveText({}), primitiveText(null)]).toEqual(['a', '1', 'true', undefined, undefined]);
  });
});
