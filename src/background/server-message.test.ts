import { describe, expect, test, vi } from 'vitest';
import { serverMessageOf, SERVER_MESSAGE_CHARS } from './server-message';
import { entry } from './test-helpers';
import { StatusLensService } from './service';
import type { CapturedBody } from '../shared/types';

// The real reader, counted: a poll must not read the same body twice.
const reads = vi.hoisted(() => ({ n: 0 }));
vi.mock('../analysis/detect', async (actual) => {
  const real = await actual<typeof import('../analysis/detect')>();
  return { ...real, readBody: (...args: Parameters<typeof real.readBody>) => (reads.n++, real.readBody(...args)) };
});

const body = (text: string, mimeType = 'application/json', over: Partial<CapturedBody> = {}): CapturedBody => ({ source: 'network', binary: false, text, mimeType, keptSize: text.length, truncated: false, ...over });

describe('the server message of a list row', () => {
  test.each([
    ['problem+json title', 409, body(JSON.stringify({ type: 'about:blank', title: 'Username already taken', status: 409 }), 'application/problem+json'), 'Username already taken'],
    ['a JSON message', 404, body(JSON.stringify({ message: 'No order with id 9001', code: 'ORDER_NOT_FOUND' })), 'No order with id 9001'],
    ['Spring Boot', 503, body(JSON.stringify({ timestamp: '2026-01-01T00:00:00Z', status: 503, error: 'Service Unavailable', message: 'Report generator is restarting', path: '/r' })), 'Report generator is restarting'],
    ['plain text', 404, body('image not found: missing.png', 'text/plain'), 'image not found: missing.png'],
  ])('%s', (_name, statusCode, b, expected) => {
    expect(serverMessageOf(entry({ statusCode, body: b }))).toBe(expected);
  });

  test('one line, control and bidi characters dropped, capped', () => {
    const long = `Line one\n\tline two \u202Eevil\u202C ${'x'.repeat(400)}`;
    const message = serverMessageOf(entry({ statusCode: 500, body: body(JSON.stringify({ message: long })) }))!;
    expect(message.startsWith('Line one line two evil x')).toBe(true);
    expect(message).not.toMatch(/[\n\t\u202E\u202C]/);
    expect(message.length).toBeLessThanOrEqual(SERVER_MESSAGE_CHARS);
    expect(message.endsWith('…')).toBe(true);
  });

  test('nothing for a page that only repeats the status, a binary body, no body, or a network error', () => {
    const nginx = '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>';
    expect(serverMessageOf(entry({ statusCode: 502, body: body(nginx, 'text/html') }))).toBeUndefined();
    expect(serverMessageOf(entry({ statusCode: 500, body: body('', 'application/octet-stream', { binary: true, text: undefined }) }))).toBeUndefined();
    expect(serverMessageOf(entry({ statusCode: 500 }))).toBeUndefined();
    expect(serverMessageOf(entry({ kind: 'network-error', statusCode: undefined, error: 'net::ERR_FAILED', body: body('{"message":"x"}') }))).toBeUndefined();
  });

  test('a secret in the body is masked as the detail masks it', () => {
    const fieldOnly = serverMessageOf(entry({ statusCode: 400, body: body(JSON.stringify({ errors: { password: ['hunter2 is too short'] } })) }));
    expect(fieldOnly).toBe('password: ***');
  });

  test('each body is read once, and again when its text changes', () => {
    const b = body(JSON.stringify({ message: 'first' }));
    const e = entry({ statusCode: 500, body: b });
    const before = reads.n;
    for (let i = 0; i < 5; i++) expect(serverMessageOf(e)).toBe('first');
    expect(serverMessageOf({ ...e, id: 'a copy of the list entry' })).toBe('first'); // the same body object
    expect(reads.n - before).toBe(1);
    b.text = JSON.stringify({ message: 'second' }); // changed in place
    expect(serverMessageOf(e)).toBe('second');
    expect(serverMessageOf(entry({ statusCode: 500, body: { ...b } }))).toBe('second'); // another body object
    expect(reads.n - before).toBe(3);
  });
});

describe('list replies', () => {
  test("carry each entry's server message, never its body text", () => {
    const service = new StatusLensService({ now: () => 1, setTimeout: () => undefined, setBadge: () => undefined, persist: () => undefined });
    service.add(entry({ id: 'said', statusCode: 409, body: body(JSON.stringify({ message: 'Version conflict', token: 'secret-value' })) }));
    service.add(entry({ id: 'silent', statusCode: 500 }));
    const view = service.view(1);
    const said = view.entries!.find((e) => e.id === 'said')!;
    expect(said.serverMessage).toBe('Version conflict');
    expect(said.body?.text).toBeUndefined();
    expect(view.entries!.find((e) => e.id === 'silent')!.serverMessage).toBeUndefined();
    // The message is for the list only: the log itself is not changed.
    expect(service.logs.get('said')!.serverMessage).toBeUndefined();
  });
});
