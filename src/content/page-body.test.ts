// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { decodeBody } from '../shared/body';
import { PageBodyCollector, pageContentType, pageDecodeBody, pageXhrTextBody } from './page-body';
import { parseContentType } from '../shared/body';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('the page hook decodes bodies as the background does', () => {
  const contentTypes = [undefined, '', 'application/json', 'Text/HTML; Charset="ISO-8859-1"', 'text/plain; format=flowed; charset=utf-8', 'image/png', 'application/x-unknown;charset'];
  test.each(contentTypes)('Content-Type %s', (contentType) => {
    expect(pageContentType(contentType)).toEqual(parseContentType(contentType));
    for (const bytes of [utf8('{"error":"nope"}'), new Uint8Array([0x89, 0x50, 0x00]), utf8('caf\u00e9 \u20ac')]) {
      const options = { contentType, source: 'page-fetch' as const, fullSize: 10, truncated: false };
      expect({ ...pageDecodeBody(bytes, options) }).toEqual(decodeBody(bytes, options));
    }
  });

  test('a collector keeps the first bytes and counts all of them', () => {
    const c = new PageBodyCollector(4);
    c.push(utf8('ab'));
    c.push(utf8('cdef'));
    expect([...c.bytes()]).toEqual([...utf8('abcd')]);
    expect(c.totalBytes).toBe(6);
  });

  test('XHR text is cut without splitting a surrogate pair, sizes in UTF-8 bytes', () => {
    const body = pageXhrTextBody('ab\u{1F600}', 'application/json', undefined, 3);
    expect(body).toMatchObject({ text: 'ab', truncated: true, keptSize: 2, fullSize: undefined, charset: 'utf-8', binary: false });
    expect(pageXhrTextBody('\u20ac', 'text/plain', undefined, 10)).toMatchObject({ keptSize: 3, fullSize: 3, truncated: false });
  });

  test('still works after the page replaced the string, regexp and decoder methods', () => {
    const saved = { split: String.prototype.split, toLowerCase: String.prototype.toLowerCase, test: RegExp.prototype.test, exec: RegExp.prototype.exec, decode: TextDecoder.prototype.decode };
    const trap = () => {
      throw new Error('called a replaced built-in');
    };
    Object.assign(String.prototype, { split: trap, toLowerCase: trap });
    Object.assign(RegExp.prototype, { test: trap, exec: trap });
    TextDecoder.prototype.decode = trap;
    try {
      const body = pageDecodeBody(utf8('{"a":1}'), { contentType: 'Application/JSON', source: 'page-fetch', truncated: false });
      expect(body).toMatchObject({ text: '{"a":1}', mimeType: 'application/json', binary: false });
    } finally {
      Object.assign(String.prototype, { split: saved.split, toLowerCase: saved.toLowerCase });
      Object.assign(RegExp.prototype, { test: saved.test, exec: saved.exec });
      TextDecoder.prototype.decode = saved.decode;
    }
  });
});
