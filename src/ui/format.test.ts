import { describe, expect, test } from 'vitest';
import { bodySizeOf, formatBytes, headerRecord, reasonFromStatusLine, splitUrl, textBlocks } from './format';
import type { LogEntry } from '../shared/types';

describe('sizes', () => {
  test('readable sizes in binary units', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1023)).toBe('1023 B');
    expect(formatBytes(2048)).toBe('2.0 KiB');
    expect(formatBytes(256 * 1024)).toBe('256.0 KiB');
    expect(formatBytes(3 * 1024 * 1024)).toBe('3.0 MiB');
  });

  test('the size column: the full size when known, a + when cut, a dash without a body', () => {
    const entry = (body?: LogEntry['body']): LogEntry => ({
      id: 'e', kind: 'http-error', tabId: 1, frameId: 0, url: 'https://x.test/', method: 'GET', type: 'xmlhttprequest',
      statusCode: 500, requestHeaders: [], responseHeaders: [], startTime: 0, previousPage: false, body,
    });
    expect(bodySizeOf(entry())).toBe('—');
    expect(bodySizeOf(entry({ source: 'network', binary: false, keptSize: 1024, fullSize: 4096, truncated: true }))).toBe('4.0 KiB+');
    expect(bodySizeOf(entry({ source: 'network', binary: false, keptSize: 10, truncated: false }))).toBe('10 B');
  });
});

test('repeated headers are joined under their lower-case name (RFC 9110 §5.3)', () => {
  expect(headerRecord([
    { name: 'Vary', value: 'Accept' },
    { name: 'vary', value: 'Origin' },
    { name: 'Content-Type', value: 'text/plain' },
  ])).toEqual({ vary: 'Accept, Origin', 'content-type': 'text/plain' });
});

test('URL and status line helpers', () => {
  expect(splitUrl('https://api.example.test/v1/users?page=2')).toEqual({ path: '/v1/users?page=2', host: 'api.example.test' });
  expect(splitUrl('not a url')).toEqual({ path: 'not a url', host: '' });
  expect(reasonFromStatusLine('HTTP/1.1 409 Conflict')).toBe('Conflict');
  expect(reasonFromStatusLine(undefined)).toBe('');
});

test('textBlocks cuts long text at line ends, or after so many characters, and joins back exactly', () => {
  const text = Array.from({ length: 250 }, (_, i) => `line ${i}`).join('\n');
  const blocks = textBlocks(text);
  expect(blocks.map((b) => b.split('\n').length - 1)).toEqual([100, 100, 49]);
  expect(blocks.join('')).toBe(text);
  expect(textBlocks('short')).toEqual(['short']);
  expect(textBlocks('')).toEqual([]);
  const oneLine = 'x'.repeat(40_000);
  expect(textBlocks(oneLine).map((b) => b.length)).toEqual([16_384, 16_384, 7_232]);
});
