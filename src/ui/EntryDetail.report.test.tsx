// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { EntryDetail } from './EntryDetail';
import { translator } from './i18n';
import { listNetworkErrorReferences, listStatusReferences } from '../reference/index';
import type { LogEntry } from '../shared/types';
import type { Locale } from '../reference/types';
import { memorySections } from './sections';
import { mount } from './test-mount';

/** "Copy as bug report" in the detail: what the two buttons hand to the clipboard, in the UI's language. */

const failed = (over: Partial<LogEntry> = {}): LogEntry => ({
  id: 'e1', kind: 'http-error', tabId: 1, frameId: 0, url: 'https://api.example.test/v1/orders?api_key=k3y-123', method: 'POST', type: 'fetch',
  statusCode: 401, statusLine: 'HTTP/1.1 401 Unauthorized', startTime: Date.UTC(2026, 11, 3, 9, 30), previousPage: false,
  requestHeaders: [{ name: 'Authorization', value: 'Bearer s3cret-token' }, { name: 'Content-Type', value: 'application/json' }],
  responseHeaders: [{ name: 'Content-Type', value: 'application/json' }, { name: 'WWW-Authenticate', value: 'Bearer error="invalid_token", error_description="The access token expired"' }],
  requestBody: { text: '{"user":"ann","password":"hunter2"}', size: 35, truncated: false },
  body: { source: 'network', binary: false, keptSize: 60, truncated: false, mimeType: 'application/json', text: '{"error":"invalid_token","error_description":"The access token expired"}' },
  ...over,
});

function detail(entry: LogEntry, locale: Locale = 'en') {
  return mount(
    <EntryDetail
      entry={entry}
      reference={entry.statusCode === undefined ? undefined : listStatusReferences(locale).find((r) => r.code === entry.statusCode)}
      referenceLoaded
      networkErrors={listNetworkErrorReferences(locale)}
      onBack={() => undefined}
      onOpenCode={() => undefined}
      sections={memorySections()}
      revealed
    />,
    locale,
  );
}
const button = (el: HTMLElement, testId: string) => el.querySelector(`[data-testid="${testId}"]`) as HTMLButtonElement;

describe('copy as bug report', () => {
  let copied: string[];
  beforeEach(() => {
    copied = [];
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => void copied.push(text) } });
  });
  afterEach(() => vi.useRealTimers());

  test('Markdown and plain text, next to the failing-request copies, secrets masked even when shown revealed', async () => {
    const el = detail(failed());
    expect(button(el, 'copy-report-md').textContent).toBe(translator('en')('copyReportMarkdown'));
    expect(button(el, 'copy-report-md').closest('.copy-row.failing')).toBe(button(el, 'copy-curl').closest('.copy-row.failing'));
    await act(async () => button(el, 'copy-report-md').click());
    await act(async () => button(el, 'copy-report-text').click());
    const [markdown, text] = copied as [string, string];
    expect(markdown.split('\n')[0]).toBe('**401 Unauthorized** — POST `https://api.example.test/v1/orders?api_key=***`');
    expect(markdown).toContain('- **When:** 2026-12-03T09:30:00.000Z');
    expect(markdown).toContain('- **Likely cause:** The access token is expired or revoked');
    expect(markdown).toContain('WWW-Authenticate: Bearer error="invalid_token"'); // cited by the advice
    expect(text.split('\n')[0]).toBe('401 Unauthorized — POST https://api.example.test/v1/orders?api_key=***');
    for (const report of copied) {
      expect(report).toContain('Authorization: Bearer ***');
      expect(report).not.toMatch(/s3cret-token|k3y-123|hunter2/);
    }
  });

  test('a network failure, in Chinese when the UI is', async () => {
    const el = detail(failed({ kind: 'network-error', statusCode: undefined, statusLine: undefined, method: 'GET', url: 'http://127.0.0.1:49151/nothing', error: 'net::ERR_CONNECTION_REFUSED', responseHeaders: [], body: undefined, requestBody: undefined }), 'zh-CN');
    await act(async () => button(el, 'copy-report-text').click());
    const [text] = copied as [string];
    expect(text.split('\n')[0]).toMatch(/^\S.* — GET http:\/\/127\.0\.0\.1:49151\/nothing$/);
    expect(text).toContain('错误: net::ERR_CONNECTION_REFUSED');
    expect(text).toContain('可能的原因: ');
    expect(text).toContain("    curl 'http://127.0.0.1:49151/nothing'");
  });
});
