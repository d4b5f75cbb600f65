import { describe, expect, test } from 'vitest';
import { har as validateHar } from 'har-validator';
import { harFileName, toHar } from './har';
import { readHar } from './har-import';
import { maskEntry } from '../background/mask-entry';
import { entry } from '../background/test-helpers';
import pkg from '../../package.json';
import type { LogEntry } from './types';

const failures = (): LogEntry[] => [
  entry({
    id: 'a',
    url: 'https://api.example.test/v1/orders?page=2&token=T0K',
    method: 'POST',
    statusCode: 409,
    statusLine: 'HTTP/1.1 409 Conflict',
    startTime: Date.UTC(2026, 0, 2, 3, 4, 5),
    endTime: Date.UTC(2026, 0, 2, 3, 4, 5) + 120,
    requestHeaders: [
      { name: 'Content-Type', value: 'application/json' },
      { name: 'Authorization', value: 'Bearer s3cr3t-bearer' },
    ],
    responseHeaders: [{ name: 'Content-Type', value: 'application/json; charset=utf-8' }],
    requestBody: { text: '{"item":7,"password":"hunter2"}', size: 31, truncated: false },
    body: { source: 'network', binary: false, text: '{"error":"Version conflict","refresh_token":"r-123"}', keptSize: 52, fullSize: 52, truncated: false, mimeType: 'application/json', charset: 'utf-8' },
    ip: '203.0.113.9',
  }),
  entry({
    id: 'b',
    url: 'https://cdn.example.test/app.js',
    type: 'script',
    statusCode: 503,
    statusLine: 'HTTP/2 503',
    startTime: Date.UTC(2026, 0, 2, 3, 4, 6),
    body: { source: 'page-fetch', binary: false, text: 'x'.repeat(100), keptSize: 100, fullSize: 5000, truncated: true, reportedBy: 'https://app.example.test' },
  }),
  entry({ id: 'c', kind: 'network-error', statusCode: undefined, error: 'net::ERR_CONNECTION_REFUSED', url: 'http://127.0.0.1:9/x', startTime: Date.UTC(2026, 0, 2, 3, 4, 7) }),
];

describe('toHar', () => {
  test('writes a file the HAR 1.2 schema accepts, with StatusLens and its version as creator', async () => {
    const har = toHar(failures());
    await expect(validateHar(JSON.parse(JSON.stringify(har)))).resolves.toBeTruthy();
    expect(har.log.version).toBe('1.2');
    expect(har.log.creator).toEqual({ name: 'StatusLens', version: pkg.version });
  });

  test('the schema check is real: a file missing a required field is refused', async () => {
    const har = JSON.parse(JSON.stringify(toHar(failures())));
    delete har.log.entries[0].response.content.mimeType;
    await expect(validateHar(har)).rejects.toBeTruthy();
  });

  test('keeps what the user needs: status, timings, query, post data, truncation, network errors', () => {
    const [a, b, c] = toHar(failures()).log.entries;
    expect(a!.startedDateTime).toBe('2026-01-02T03:04:05.000Z');
    expect(a!.time).toBe(120);
    expect(a!.timings).toEqual({ send: 0, wait: 120, receive: 0 });
    expect(a!.request.queryString).toEqual([
      { name: 'page', value: '2' },
      { name: 'token', value: 'T0K' },
    ]);
    expect(a!.request.postData).toEqual({ mimeType: 'application/json', text: '{"item":7,"password":"hunter2"}' });
    expect(a!.response).toMatchObject({ status: 409, statusText: 'Conflict', httpVersion: 'HTTP/1.1', content: { mimeType: 'application/json; charset=utf-8', size: 52 } });
    expect(a!.serverIPAddress).toBe('203.0.113.9');
    // HAR 1.2 allows no negative send/wait/receive: an unknown duration is 0, flagged for our own reader.
    expect(b!.timings).toEqual({ send: 0, wait: 0, receive: 0 });
    expect(b!._statuslens).toMatchObject({ durationUnknown: true });
    expect(b!.response.content.comment).toBe('Truncated by StatusLens: 100 of 5000 bytes kept.');
    expect(b!.response.content._statuslens).toMatchObject({ source: 'page-fetch', truncated: true, reportedBy: 'https://app.example.test' });
    expect(c!.response).toMatchObject({ status: 0, _error: 'net::ERR_CONNECTION_REFUSED', content: { size: 0, mimeType: 'x-unknown' } });
  });

  test('writes entries oldest first, as HAR readers expect', () => {
    const urls = toHar([...failures()].reverse()).log.entries.map((e) => e.request.url);
    expect(urls).toEqual(failures().map((e) => e.url));
  });

  test('masked entries stay masked in the file', () => {
    const text = JSON.stringify(toHar(failures().map((e) => maskEntry(e, 'revealable'))));
    for (const secret of ['T0K', 's3cr3t-bearer', 'hunter2', 'r-123']) expect(text).not.toContain(secret);
    expect(text).toContain('Version conflict');
  });

  test('names the file by host and local time', () => {
    expect(harFileName('api.example.test', new Date(2026, 0, 2, 3, 4, 5))).toBe('statuslens-api.example.test-20260102-030405.har');
    expect(harFileName('we/ird:host', new Date(2026, 11, 31, 23, 59, 9))).toBe('statuslens-we_ird_host-20261231-235909.har');
    expect(harFileName('', new Date(2026, 0, 1))).toBe('statuslens-log-20260101-000000.har');
  });
});

describe('round trip', () => {
  test('failures in the same millisecond come back in the order the list showed them', () => {
    // webRequest times have fractions of a millisecond; HAR's startedDateTime has whole ones.
    const shown = [entry({ id: 'late', startTime: 1000.7, statusCode: 500 }), entry({ id: 'early', startTime: 1000.2, statusCode: 404 })];
    const read = readHar(JSON.stringify(toHar(shown)));
    expect(read.ok && read.entries.map((e) => e.statusCode)).toEqual([500, 404]);
  });

  test('export then import gives the same failures: status, method, URL, headers, body text', () => {
    const original = failures().map((e) => maskEntry(e, 'revealable'));
    const read = readHar(JSON.stringify(toHar(original)));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.total).toBe(3);
    expect(read.failed).toBe(3);
    const pick = (e: LogEntry) => ({
      kind: e.kind,
      status: e.statusCode,
      error: e.error,
      method: e.method,
      url: e.url,
      requestHeaders: e.requestHeaders,
      responseHeaders: e.responseHeaders,
      body: e.body?.text,
      requestBody: e.requestBody?.text,
      truncated: e.body?.truncated,
      startTime: e.startTime,
      endTime: e.endTime,
      type: e.type,
    });
    const newestFirst = [...original].sort((x, y) => y.startTime - x.startTime);
    expect(read.entries.map(pick)).toEqual(newestFirst.map(pick));
    expect(read.entries.find((e) => e.url.includes('orders'))!.masked).toBe('stored');
    expect(read.entries.find((e) => e.url.includes('orders'))!.statusLine).toBe('HTTP/1.1 409 Conflict');
  });

  test("types are written in DevTools' names for Chrome's Network panel, and come back exactly", () => {
    const typed = ['xmlhttprequest', 'fetch', 'main_frame', 'sub_frame', 'script', 'image', 'imageset', 'stylesheet', 'csp_report', 'object'].map((type, i) =>
      entry({ id: type, type, startTime: 1000 + i, statusCode: 500 }),
    );
    const har = toHar(typed);
    expect(har.log.entries.map((e) => e._resourceType)).toEqual(['xhr', 'fetch', 'document', 'document', 'script', 'image', 'image', 'stylesheet', 'csp-violation-report', 'other']);
    const read = readHar(JSON.stringify(har));
    expect(read.ok && read.entries.map((e) => e.type).reverse()).toEqual(typed.map((e) => e.type));
  });
});
