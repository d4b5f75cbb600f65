import { describe, expect, it } from 'vitest';
import { analyzeResponse } from './index';
import { parseJsonBody, repairJson } from './json';
import { decodeEntities, elementText, markup } from './markup';
import { fieldName, pointerName } from './fields';

function read(body: string, contentType?: string, status = 500) {
  return analyzeResponse({ url: 'https://x.test/', method: 'GET', status, requestHeaders: {}, responseHeaders: contentType ? { 'content-type': contentType } : {}, body }).error;
}

describe('shape by content, not by label', () => {
  it('JSON labelled text/html or text/plain is read as JSON', () => {
    expect(read('{"message":"boom"}', 'text/html')).toMatchObject({ format: 'json', message: 'boom' });
    expect(read('  \n{"detail":"Not found."}', 'text/plain', 404)).toMatchObject({ format: 'django-rest-framework', message: 'Not found.' });
  });

  it('HTML labelled application/json is read as HTML; XML with an XHTML root too', () => {
    expect(read('<!DOCTYPE html><html><head><title>Login</title></head></html>', 'application/json')).toMatchObject({ format: 'html', message: 'Login' });
    expect(read('<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>Oops</title></head></html>')).toMatchObject({ format: 'html', message: 'Oops' });
  });

  it('a byte-order mark, an anti-hijacking prefix, a JSON string, a JSON array', () => {
    expect(read('\ufeff{"message":"bom"}')).toMatchObject({ format: 'json', message: 'bom' });
    expect(read(")]}'\n{\"error\":{\"code\":500,\"message\":\"xssi\",\"status\":\"INTERNAL\"}}")).toMatchObject({ format: 'google', message: 'xssi' });
    expect(read('"Service temporarily unavailable"')).toMatchObject({ format: 'plain-text', message: '"Service temporarily unavailable"' });
    expect(read('[{"field":"name","message":"is required"}]', undefined, 400)).toMatchObject({ format: 'json', message: 'is required', fields: [{ name: 'name', message: 'is required' }] });
    expect(read('["Email is invalid", "Age is required"]', undefined, 400)).toMatchObject({ format: 'json', message: 'Email is invalid' });
  });

  it('an empty or blank body gives no error at all', () => {
    expect(read('')).toBeUndefined();
    expect(read(' \r\n\t ')).toBeUndefined();
  });

  it('plain text: the first meaningful line, trimmed and capped at 500 characters', () => {
    expect(read('\n\n----\n  Database is down  \nmore\n')).toMatchObject({ format: 'plain-text', message: 'Database is down' });
    const long = read(`${'word '.repeat(400)}\n`);
    expect(long?.message?.length).toBe(500);
    expect(long?.message?.endsWith('…')).toBe(true);
  });

  it('a Java stack trace in plain text gives the exception line and class', () => {
    expect(read('java.lang.IllegalStateException: Pool exhausted\n\tat com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:181)\n')).toMatchObject({ message: 'java.lang.IllegalStateException: Pool exhausted', code: 'IllegalStateException' });
  });

  it('caps field lists at 50', () => {
    const body = JSON.stringify({ message: 'Invalid', errors: Object.fromEntries(Array.from({ length: 80 }, (_, i) => [`f${i}`, ['bad']])) });
    expect(read(body, 'application/json', 422)?.fields).toHaveLength(50);
  });
});

describe('cut and broken JSON', () => {
  it('closes what was open at the last complete value', () => {
    expect(repairJson('{"a":[1,{"b":"x')).toBe('{"a":[1,{"b":"x"}]}');
    expect(repairJson('{"a":1,"b')).toBe('{"a":1}');
    expect(repairJson('{"a":"x\\u00')).toBe('{"a":"x"}');
    expect(repairJson('{"a":12')).toBe('{}');
    expect(repairJson('{ "a" : { } , "b" : [ ] , "c" : tru')).toBe('{ "a" : { } , "b" : [ ]}');
    expect(repairJson('nope')).toBeUndefined();
  });

  it('reads the start of a cut body as its shape', () => {
    expect(parseJsonBody('{"type":"about:blank","title":"Conflict","status":409,"detail":"Version mismatch","trace":"at x\\n at')).toEqual({
      value: { type: 'about:blank', title: 'Conflict', status: 409, detail: 'Version mismatch', trace: 'at x\n at' },
    });
    expect(read('{"message": "cut here', 'application/json')).toMatchObject({ format: 'json', message: 'cut here' });
  });

  it('falls back to picking "message" out with a regex', () => {
    expect(read('{"message": "Quota exceeded", "limit": Infinity}')).toMatchObject({ format: 'json-partial', message: 'Quota exceeded' });
    expect(read('{"code": "E42", "detail": "Bad \\"quoted\\" value", "at": NaN}')).toMatchObject({ format: 'json-partial', message: 'Bad "quoted" value', code: 'E42' });
    // Broken after a complete member: the repaired prefix parses, so the shape is still read.
    expect(read('{"error_description": "Bad \\"quoted\\" value", oops')).toMatchObject({ format: 'json', message: 'Bad "quoted" value' });
  });
});

describe('markup and names', () => {
  it('decodes entities, with invalid code points replaced', () => {
    expect(decodeEntities('&lt;b&gt; &amp;amp; &#233;&#xE9; &hellip; &#0; &#xD800; &bogus;')).toBe('<b> &amp; éé … \ufffd \ufffd &bogus;');
  });

  it('finds elements case-insensitively and not by prefix', () => {
    const m = markup('<HTML><Head><TITLE>A &amp; B</TITLE></Head><h10>no</h10><h1 class="x">Real <i>one</i></h1>');
    expect(elementText(m, 'title')).toBe('A & B');
    expect(elementText(m, 'h1')).toBe('Real one');
  });

  it('names a field by the last segment of a pointer', () => {
    expect(pointerName('/data/attributes/version')).toBe('version');
    expect(pointerName('#/profile/color')).toBe('color');
    expect(pointerName('/a~1b/c~0d')).toBe('c~d');
    expect(pointerName('/paths/a~1b')).toBe('a/b');
    expect(pointerName('#/with%20space')).toBe('with space');
    expect(pointerName('/items/3')).toBe('items[3]');
    expect(pointerName('')).toBeUndefined();
    expect(fieldName('$.order.lines[0].qty')).toBe('order.lines[0].qty');
    expect(fieldName('email')).toBe('email');
  });
});
