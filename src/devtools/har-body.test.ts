import { describe, expect, test } from 'vitest';
import { devtoolsBodyReport, wantsBody } from './har-body';
import type { FinishedRequest } from '../platform/devtools-runtime';
import { DEFAULT_SETTINGS } from '../shared/settings';
import { parseDevtoolsBody } from '../background/devtools-body';

const STARTED = '2026-12-03T17:11:01.293Z';

function har(status: number, mimeType: string, over: Partial<NonNullable<FinishedRequest['response']>> = {}): FinishedRequest {
  return {
    startedDateTime: STARTED,
    request: { url: 'http://127.0.0.1:8080/devtools/missing.png', method: 'GET' },
    response: { status, headers: [{ name: 'Content-Length', value: '42' }], content: { size: 42, mimeType }, ...over },
  };
}

const base64 = (bytes: number[] | string) => btoa(typeof bytes === 'string' ? bytes : String.fromCharCode(...bytes));

describe('which DevTools records are read', () => {
  test('what the user flags, and nothing without a response', () => {
    expect(wantsBody(har(404, 'text/html'), DEFAULT_SETTINGS.flag)).toBe(true);
    expect(wantsBody(har(503, 'text/html'), DEFAULT_SETTINGS.flag)).toBe(true);
    expect(wantsBody(har(200, 'text/html'), DEFAULT_SETTINGS.flag)).toBe(false);
    expect(wantsBody(har(0, ''), DEFAULT_SETTINGS.flag)).toBe(false); // a network failure: no body to read
    expect(wantsBody(har(404, 'text/html'), { ...DEFAULT_SETTINGS.flag, clientErrors: false })).toBe(false);
    expect(wantsBody(har(302, 'text/html'), { ...DEFAULT_SETTINGS.flag, redirects: true })).toBe(true);
  });
});

describe('a DevTools record becomes the devtoolsBody message', () => {
  test('text as DevTools gave it, with what the background matches on', () => {
    const report = devtoolsBodyReport(7, har(404, 'text/html'), { content: '<p>no such image</p>' }, 64 * 1024);
    expect(report).toEqual({
      tabId: 7,
      url: 'http://127.0.0.1:8080/devtools/missing.png',
      method: 'GET',
      status: 404,
      startedAt: Date.parse(STARTED),
      body: { binary: false, text: '<p>no such image</p>', truncated: false, fullSize: 42, mimeType: 'text/html' },
    });
    // What the background reads back is what was sent: the message passes its own shape check.
    expect(parseDevtoolsBody({ ...report })).toEqual(report);
  });

  test("base64 text (Chrome's encoding for an image request) is decoded in the response's charset", () => {
    const utf8 = devtoolsBodyReport(1, har(404, 'text/plain; charset=utf-8'), { content: base64([0xe6, 0x89, 0xbe, 0xe4, 0xb8, 0x8d, 0xe5, 0x88, 0xb0]), encoding: 'base64' }, 1024);
    expect(utf8?.body).toMatchObject({ binary: false, text: '找不到', fullSize: 9 });
    const latin1 = devtoolsBodyReport(1, har(404, 'text/plain; charset=iso-8859-1'), { content: base64([0x63, 0x61, 0x66, 0xe9]), encoding: 'base64' }, 1024);
    expect(latin1?.body.text).toBe('café');
  });

  test('bytes stay binary: type and size only, never text', () => {
    const png = devtoolsBodyReport(1, har(404, 'image/png'), { content: base64([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), encoding: 'base64' }, 1024);
    expect(png?.body).toEqual({ binary: true, truncated: false, fullSize: 8, mimeType: 'image/png' });
    const sniffed = devtoolsBodyReport(1, har(404, ''), { content: base64([0, 1, 2, 3, 0, 0]), encoding: 'base64' }, 1024);
    expect(sniffed?.body).toEqual({ binary: true, truncated: false, fullSize: 6 });
    expect(devtoolsBodyReport(1, har(404, 'text/plain'), { content: '%%% not base64', encoding: 'base64' }, 1024)).toBeUndefined();
    // Firefox names no encoding: an image type is enough to keep its bytes out of the text.
    const firefoxPng = devtoolsBodyReport(1, har(404, 'image/png'), { content: 'iVBORw0KGgo=' }, 1024);
    expect(firefoxPng?.body).toEqual({ binary: true, truncated: false, fullSize: 42, mimeType: 'image/png' });
  });

  test("the user's cap cuts the text at a character boundary, keeping the full size", () => {
    const report = devtoolsBodyReport(1, har(500, 'text/plain', { content: { size: 3000, mimeType: 'text/plain' } }), { content: 'é'.repeat(1500) }, 1001);
    expect(report?.body).toMatchObject({ truncated: true, fullSize: 3000, text: 'é'.repeat(500) });
  });

  test('a body DevTools never read is not sent as an empty one', () => {
    // Chrome cancels a failed script at its status line: DevTools hands over "" although the server sent 42 bytes.
    expect(devtoolsBodyReport(1, har(500, 'application/javascript'), { content: '' }, 1024)).toBeUndefined();
    expect(devtoolsBodyReport(1, har(500, 'application/javascript', { headers: [] }), { content: null }, 1024)).toBeUndefined();
    // A response that says it is empty is an empty body.
    const empty = devtoolsBodyReport(1, har(500, '', { headers: [{ name: 'content-length', value: '0' }] }), { content: '' }, 1024);
    expect(empty?.body).toMatchObject({ binary: false, text: '', truncated: false });
  });

  test('a record without what the background matches on is not sent', () => {
    expect(devtoolsBodyReport(1, { ...har(404, 'text/plain'), startedDateTime: 'yesterday' }, { content: 'x' }, 1024)).toBeUndefined();
    expect(devtoolsBodyReport(1, { ...har(404, 'text/plain'), request: { url: 'http://x.test/' } }, { content: 'x' }, 1024)).toBeUndefined();
    expect(devtoolsBodyReport(1, { ...har(404, 'text/plain'), response: undefined }, { content: 'x' }, 1024)).toBeUndefined();
  });
});
