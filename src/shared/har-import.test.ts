import { describe, expect, test } from 'vitest';
import { HAR_FILE_BYTES, readHar } from './har-import';
import { LIMITS } from './limits';

const failing = (over: Record<string, unknown> = {}) => ({
  startedDateTime: '2026-01-02T03:04:05.000Z',
  time: 10,
  request: { method: 'get', url: 'https://api.example.test/x', headers: [{ name: 'Accept', value: '*/*' }] },
  response: { status: 404, statusText: 'Not Found', httpVersion: 'HTTP/1.1', headers: [], content: { size: 5, mimeType: 'text/plain', text: 'gone!' } },
  ...over,
});
const harOf = (entries: unknown[]) => JSON.stringify({ log: { version: '1.2', creator: { name: 'x', version: '1' }, entries } });

describe('readHar', () => {
  test('keeps only 4xx, 5xx and status 0 with an error, and counts them against the whole', () => {
    const read = readHar(
      harOf([
        failing(),
        failing({ response: { status: 200, content: { text: 'fine' } } }),
        failing({ response: { status: 302 } }),
        failing({ response: { status: 0 } }), // pending or aborted: no error named
        failing({ response: { status: 0, _error: 'net::ERR_NAME_NOT_RESOLVED' } }),
        failing({ response: { status: 500, content: { mimeType: 'text/html', text: '<b>x</b>' } } }),
      ]),
    );
    expect(read).toMatchObject({ ok: true, total: 6, failed: 3 });
    if (!read.ok) return;
    // All in the same millisecond: the file's order, newest (last) first.
    expect(read.entries.map((e) => e.statusCode ?? e.error)).toEqual([500, 'net::ERR_NAME_NOT_RESOLVED', 404]);
    const first = read.entries[2];
    expect(first).toMatchObject({ method: 'GET', kind: 'http-error', statusLine: 'HTTP/1.1 404 Not Found', body: { text: 'gone!', mimeType: 'text/plain' } });
    expect(first!.endTime! - first!.startTime).toBe(10);
    expect(read.entries[1]).toMatchObject({ kind: 'network-error' });
    expect(read.entries[1]).not.toHaveProperty('statusCode');
  });

  test('refuses what is not a HAR with a reason, never throwing', () => {
    expect(readHar('not json {')).toEqual({ ok: false, problem: 'not-json' });
    expect(readHar('')).toEqual({ ok: false, problem: 'not-json' });
    for (const text of ['null', '42', '"log"', '[]', '{"log":null}', '{"log":{"entries":{}}}', '{"log":[{"entries":[]}]}']) {
      expect(readHar(text)).toEqual({ ok: false, problem: 'not-har' });
    }
    expect(readHar(' '.repeat(HAR_FILE_BYTES + 1))).toEqual({ ok: false, problem: 'too-large' });
  });

  test('skips or repairs fields of the wrong type', () => {
    const read = readHar(
      harOf([
        null,
        7,
        'entry',
        [],
        { response: { status: '404' } },
        { response: { status: 404.5 } },
        { request: 'x', response: { status: 410, headers: 'h', content: { text: 12, mimeType: 3 } }, time: 'long', startedDateTime: {} },
        failing({ request: { method: 5, url: ['u'], headers: [null, 1, { name: 2, value: 'v' }, { name: 'Ok', value: 'yes' }, { name: 'NoValue' }] } }),
      ]),
    );
    expect(read).toMatchObject({ ok: true, total: 8, failed: 2 });
    if (!read.ok) return;
    for (const e of read.entries) {
      expect(typeof e.url).toBe('string');
      expect(Array.isArray(e.requestHeaders) && Array.isArray(e.responseHeaders)).toBe(true);
    }
    const weird = read.entries.find((e) => e.statusCode === 410)!;
    expect(weird).toMatchObject({ url: '', method: 'GET', startTime: 0, responseHeaders: [] });
    expect(weird.body).toBeUndefined();
    expect(weird.endTime).toBeUndefined();
    expect(read.entries.find((e) => e.statusCode === 404)!.requestHeaders).toEqual([{ name: 'Ok', value: 'yes' }]);
  });

  test('caps huge strings, header lists and bodies', () => {
    const huge = 'a'.repeat(LIMITS.bodyBytes * 2);
    const headers = Array.from({ length: 5000 }, (_, i) => ({ name: `X-${i}`, value: 'v' }));
    const read = readHar(harOf([failing({ request: { method: 'POST', url: `https://x.test/${huge}`, headers, postData: { mimeType: 'text/plain', text: huge } }, response: { status: 500, statusText: huge, httpVersion: 'HTTP/1.1', headers: [{ name: 'X-Big', value: huge }], content: { size: huge.length, mimeType: 'text/plain', text: huge } } })]));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const [e] = read.entries;
    expect(e!.url.length).toBe(LIMITS.urlChars);
    expect(e!.requestHeaders.length).toBe(LIMITS.headerCount);
    expect(e!.responseHeaders[0]!.value.length).toBe(LIMITS.headerValueChars);
    expect(e!.statusLine!.length).toBeLessThan(LIMITS.statusTextChars + 20);
    expect(e!.body).toMatchObject({ keptSize: LIMITS.bodyBytes, fullSize: huge.length, truncated: true });
    expect(e!.body!.text!.length).toBe(LIMITS.bodyBytes);
    expect(e!.requestBody).toMatchObject({ size: huge.length, truncated: true });
    expect(e!.requestBody!.text!.length).toBe(LIMITS.requestBodyBytes);
  });

  test('a million entries: counts them all, keeps at most a log’s worth of failures', () => {
    const one = JSON.stringify(failing());
    const text = `{"log":{"entries":[${Array.from({ length: 1_000_000 }, (_, i) => (i % 1000 === 0 ? one : '{}')).join(',')}]}}`;
    const read = readHar(text);
    expect(read).toMatchObject({ ok: true, total: 1_000_000, failed: 1000 });
    if (!read.ok) return;
    expect(read.entries.length).toBe(LIMITS.entriesPerTab);
    // The newest: the file's last failures, last first.
    expect(read.entries[0]!.id).toBe('har-999000');
    expect(read.entries.at(-1)!.id).toBe(`har-${(1000 - LIMITS.entriesPerTab) * 1000}`);
  });

  test('prototype keys are plain data: nothing inherited is read, nothing global changes', () => {
    const text = `{"__proto__":{"log":{"entries":[]}},"log":{"__proto__":{"entries":[1]},"entries":[
      {"__proto__":{"response":{"status":500}},"constructor":{"prototype":{"polluted":true}}},
      {"request":{"url":"https://x.test/","headers":[{"name":"__proto__","value":"p"}],"__proto__":{"method":"DELETE"}},
       "response":{"status":418,"__proto__":{"_error":"e"},"content":{"__proto__":{"text":"inherited"},"mimeType":"text/plain"}}}]}}`;
    const read = readHar(text);
    expect(read).toMatchObject({ ok: true, total: 2, failed: 1 });
    if (!read.ok) return;
    const [e] = read.entries;
    expect(e).toMatchObject({ statusCode: 418, method: 'GET', requestHeaders: [{ name: '__proto__', value: 'p' }] });
    expect(e!.body).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(e!.requestHeaders[0])).toBe(Object.prototype);
  });

  test('a base64 body is binary: kept by type and size, not shown as text', () => {
    const read = readHar(harOf([failing({ response: { status: 500, content: { size: 3, mimeType: 'image/png', encoding: 'base64', text: 'iVBO' } } })]));
    const body = read.ok ? read.entries[0]!.body : undefined;
    expect(body).toMatchObject({ binary: true, mimeType: 'image/png', fullSize: 3 });
    expect(body?.text).toBeUndefined();
  });

  test("reads Chrome's own type names; an unknown or hostile one is 'other'", () => {
    const types = ['xhr', 'Fetch', 'document', 'image', 'weird', '__proto__'].map((t) => failing({ _resourceType: t }));
    const read = readHar(harOf(types));
    expect(read.ok && read.entries.map((e) => e.type).sort()).toEqual(['fetch', 'image', 'main_frame', 'other', 'other', 'xmlhttprequest']);
  });
});
