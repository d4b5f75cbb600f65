import { describe, expect, test } from 'vitest';
import { BodyCollector, bytesLookBinary, capText, decodeBody, mimeIsBinary, parseContentType } from './body';

describe('parseContentType', () => {
  test('media type and charset, case and quotes normalised', () => {
    expect(parseContentType('Application/JSON; Charset="UTF-8"')).toEqual({ mimeType: 'application/json', charset: 'utf-8' });
    expect(parseContentType('text/html')).toEqual({ mimeType: 'text/html', charset: undefined });
    expect(parseContentType(undefined)).toEqual({});
  });
});

describe('binary detection', () => {
  test('by media type', () => {
    expect(mimeIsBinary('application/problem+json')).toBe(false);
    expect(mimeIsBinary('application/vnd.api+json')).toBe(false);
    expect(mimeIsBinary('image/svg+xml')).toBe(false);
    expect(mimeIsBinary('image/png')).toBe(true);
    expect(mimeIsBinary('application/octet-stream')).toBe(true);
    expect(mimeIsBinary('application/x-unknown')).toBeUndefined();
  });
  test('by content when the type cannot tell', () => {
    expect(bytesLookBinary(new Uint8Array([0x7b, 0x7d]))).toBe(false);
    expect(bytesLookBinary(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00]))).toBe(true);
  });
});

describe('BodyCollector', () => {
  test('keeps at most the cap and counts everything', () => {
    const c = new BodyCollector(10);
    c.push(new Uint8Array(6).fill(1));
    c.push(new Uint8Array(6).fill(2));
    c.push(new Uint8Array(100).fill(3));
    expect(c.totalBytes).toBe(112);
    expect([...c.bytes()]).toEqual([1, 1, 1, 1, 1, 1, 2, 2, 2, 2]);
    expect(c.full).toBe(true);
  });
});

describe('decodeBody', () => {
  const enc = (s: string) => new TextEncoder().encode(s);
  test('decodes text by its charset', () => {
    const latin1 = new Uint8Array([0x63, 0x61, 0x66, 0xe9]); // "café" in ISO-8859-1
    expect(decodeBody(latin1, { contentType: 'text/plain; charset=iso-8859-1', source: 'network', truncated: false }).text).toBe('café');
    expect(decodeBody(enc('冲突'), { contentType: 'application/json; charset=utf-8', source: 'network', truncated: false }).text).toBe('冲突');
  });
  test('an unknown charset falls back to UTF-8 instead of losing the body', () => {
    expect(decodeBody(enc('ok'), { contentType: 'text/plain; charset=x-nonsense', source: 'network', truncated: false }).text).toBe('ok');
  });
  test('a cut inside a multi-byte character drops the broken tail', () => {
    const bytes = enc('ab冲').slice(0, 4); // 'a', 'b', and 2 of 3 bytes of 冲
    const body = decodeBody(bytes, { contentType: 'text/plain; charset=utf-8', source: 'network', truncated: true, fullSize: 5 });
    expect(body.text).toBe('ab');
    expect(body).toMatchObject({ truncated: true, fullSize: 5, keptSize: 4 });
  });
  test('binary bodies keep only type and size', () => {
    const body = decodeBody(new Uint8Array([0, 1, 2, 3]), { contentType: 'application/octet-stream', source: 'network', truncated: false, fullSize: 4 });
    expect(body).toEqual({ source: 'network', mimeType: 'application/octet-stream', charset: undefined, fullSize: 4, truncated: false, binary: true, keptSize: 0 });
  });
});

describe('capText', () => {
  test('never splits a surrogate pair', () => {
    expect(capText('ab😀', 3)).toEqual({ text: 'ab', truncated: true });
    expect(capText('abc', 3)).toEqual({ text: 'abc', truncated: false });
  });
});
