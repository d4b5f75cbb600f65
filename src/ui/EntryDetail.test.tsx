// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { EntryDetail } from './EntryDetail';
import { translator } from './i18n';
import { listNetworkErrorReferences, listStatusReferences } from '../reference/index';
import type { LogEntry } from '../shared/types';
import type { Locale } from '../reference/types';
import { memorySections, type SectionState } from './sections';
import { mount } from './test-mount';

const t = translator('en');

const failed = (over: Partial<LogEntry> = {}): LogEntry => ({
  id: 'e1', kind: 'http-error', tabId: 1, frameId: 0, url: 'https://api.example.test/v1/orders', method: 'POST', type: 'xmlhttprequest',
  statusCode: 401, statusLine: 'HTTP/1.1 401 Unauthorized', requestHeaders: [], responseHeaders: [], startTime: 0, previousPage: false, ...over,
});

/** The edit conflict of the fixture server (demo/server.mjs, /api/documents/7), as full capture logs it. */
const conflict = (over: Partial<LogEntry> = {}) =>
  failed({
    url: 'http://127.0.0.1:8787/api/documents/7',
    method: 'PUT',
    type: 'fetch',
    statusCode: 409,
    statusLine: 'HTTP/1.1 409 Conflict',
    requestHeaders: [{ name: 'Content-Type', value: 'application/json' }, { name: 'If-Match', value: '"doc-7-v11"' }],
    requestBody: { text: '{"title":"Q4 plan","version":11}', size: 32, truncated: false },
    responseHeaders: [{ name: 'Content-Type', value: 'application/json' }, { name: 'ETag', value: '"doc-7-v12"' }],
    body: { source: 'network', text: '{"error":"edit_conflict","message":"Document 7 was modified by another user (version 12, you sent 11).","currentVersion":12}', binary: false, keptSize: 120, truncated: false },
    ...over,
  });

const networkFailure = (over: Partial<LogEntry> = {}) =>
  failed({ kind: 'network-error', statusCode: undefined, statusLine: undefined, method: 'GET', url: 'http://127.0.0.1:49151/nothing', error: 'net::ERR_CONNECTION_REFUSED', ...over });

function detail(entry: LogEntry, extra: Partial<Parameters<typeof EntryDetail>[0]> = {}, locale: Locale = 'en') {
  return mount(
    <EntryDetail
      entry={entry}
      reference={entry.statusCode === undefined ? undefined : listStatusReferences(locale).find((r) => r.code === entry.statusCode)}
      referenceLoaded
      networkErrors={listNetworkErrorReferences(locale)}
      onBack={() => undefined}
      onOpenCode={() => undefined}
      sections={memorySections()}
      {...extra}
    />,
    locale,
  );
}
const q = (el: HTMLElement, testId: string) => el.querySelector(`[data-testid="${testId}"]`) as HTMLElement | null;
const all = (el: HTMLElement, selector: string) => [...el.querySelectorAll(selector)] as HTMLElement[];
/** True when `a` comes before `b` in the document. */
const before = (a: Element | null, b: Element | null) => Boolean(a && b && a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
const section = (el: HTMLElement, name: string) => el.querySelector(`details[data-section="${name}"]`) as HTMLDetailsElement | null;

describe('the first screen', () => {
  test('status, URL, what the server said, then the top suggestion with its fixed request, then the rest', () => {
    const el = detail(conflict());
    expect(q(el, 'detail-title')!.textContent).toBe('409 Conflict PUT');
    expect(q(el, 'detail-url')!.textContent).toBe('http://127.0.0.1:8787/api/documents/7');
    expect(q(el, 'detail-url')!.title).toBe('http://127.0.0.1:8787/api/documents/7');
    expect(q(el, 'server-message')!.textContent).toBe('Document 7 was modified by another user (version 12, you sent 11).');
    expect(q(el, 'server-code')!.textContent).toBe('edit_conflict');

    const [top, ...others] = all(el, '[data-testid="suggestion"]');
    expect(top!.dataset.suggestionId).toBe('conflict-edit');
    const fixed = top!.querySelector('[data-testid="copy-fixed-curl"]');
    expect(fixed?.textContent).toBe(t('copyFixedCurl'));
    expect(top!.querySelector('[data-testid="copy-fixed-fetch"]')).not.toBeNull();
    // Others collapsed to their titles.
    for (const other of others) expect((other.querySelector('details') as HTMLDetailsElement).open).toBe(false);

    // In reading order: head, server said, the fix, then the failing request (secondary), then the sections.
    const order = [q(el, 'detail-title'), q(el, 'server-said'), fixed, q(el, 'copy-curl'), section(el, 'response-body'), section(el, 'response-headers'), section(el, 'reference'), section(el, 'request-headers'), section(el, 'request-body'), section(el, 'details')];
    expect(order.every((e) => e !== null)).toBe(true);
    for (let i = 1; i < order.length; i++) expect(before(order[i - 1]!, order[i]!), `${i}`).toBe(true);
    expect(q(el, 'copy-curl')!.textContent).toBe('Copy failing request as cURL');
    expect(q(el, 'copy-fetch')!.textContent).toBe('Copy failing request as fetch()');
  });

  test('evidence is closed, the body open, the rest on demand; the reference says what it is about', () => {
    const el = detail(conflict());
    for (const evidence of all(el, 'details[data-section="evidence"]')) expect(evidence.hasAttribute('open')).toBe(false);
    expect(section(el, 'response-body')!.open).toBe(true);
    for (const name of ['response-headers', 'reference', 'request-headers', 'request-body', 'details']) expect(section(el, name)!.open, name).toBe(false);
    expect(section(el, 'reference')!.querySelector('summary')!.textContent).toBe('About 409 Conflict');
    expect(section(el, 'reference')!.querySelector('[data-testid="reference-entry"]')).not.toBeNull();
    expect(section(el, 'response-headers')!.querySelector('summary')!.textContent).toBe('Response headers (2)');
  });

  test('the fixed request agrees with itself: new If-Match and the new version in the body', async () => {
    const copied: string[] = [];
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => void copied.push(text) } });
    const el = detail(conflict());
    await act(async () => q(el, 'copy-fixed-curl')!.click());
    expect(copied[0]).toContain(`-H 'If-Match: "doc-7-v12"'`);
    expect(copied[0]).toContain(`--data-raw '{"title":"Q4 plan","version":12}'`);
    expect(q(el, 'fix')!.textContent).toMatch(/^Merge your changes into the current resource first/);
  });

  test('the full URL wraps only in the details; the title line is one line', () => {
    const el = detail(conflict());
    expect(q(el, 'full-url')!.textContent).toBe('http://127.0.0.1:8787/api/documents/7');
    expect(q(el, 'full-url')!.classList.contains('full-url')).toBe(true);
  });
});

describe('sections remember their state by name', () => {
  const click = async (details: HTMLDetailsElement | null) => act(async () => details!.querySelector('summary')!.click());

  test('opening one is remembered for the next detail and the next popup', async () => {
    const store = memorySections();
    const first = detail(conflict(), { sections: store });
    expect(section(first, 'response-headers')!.open).toBe(false);
    await click(section(first, 'response-headers'));
    await click(section(first, 'response-body'));
    expect(store.isOpen('response-headers')).toBe(true);
    expect(store.isOpen('response-body')).toBe(false);

    const next = detail(failed({ id: 'e2' }), { sections: store });
    expect(section(next, 'response-headers')!.open).toBe(true);
    expect(section(next, 'response-body')!.open).toBe(false);
    expect(section(next, 'reference')!.open).toBe(false);
  });

  test('evidence opens for every suggestion once opened for one', async () => {
    const store = memorySections();
    const el = detail(conflict(), { sections: store });
    await click(el.querySelector('details[data-section="evidence"]'));
    expect(store.isOpen('evidence')).toBe(true);
    const again = detail(conflict({ id: 'e3' }), { sections: store });
    expect((again.querySelector('details[data-section="evidence"]') as HTMLDetailsElement).open).toBe(true);
  });

  test('a host store is asked first and told every change', async () => {
    const calls: string[] = [];
    const host: SectionState = { isOpen: (name) => (calls.push(`get ${name}`), name === 'details' ? true : undefined), setOpen: (name, open) => void calls.push(`set ${name} ${open}`) };
    const el = detail(conflict(), { sections: host });
    expect(section(el, 'details')!.open).toBe(true);
    await click(section(el, 'request-headers'));
    expect(calls).toContain('get details');
    expect(calls).toContain('set request-headers true');
  });
});

describe('where what the server said came from', () => {
  test('read off the wire: "from the network"', () => {
    const el = detail(conflict());
    expect(all(el, '[data-testid="said-source"]').map((s) => s.textContent)).toEqual(['from the network', 'from the network']);
  });

  test("a failed frame as rendered: the browser's status line first, the page's words labelled as such", () => {
    const el = detail(
      failed({
        type: 'sub_frame',
        method: 'GET',
        statusCode: 500,
        statusLine: 'HTTP/1.1 500 Internal Server Error',
        body: { source: 'rendered-document', reportedBy: 'http://127.0.0.1:8787', text: '<html><head><title>injected</title></head><body><h1>Internal Server Error</h1></body></html>', binary: false, keptSize: 90, truncated: false },
      }),
    );
    const lines = all(el, '[data-testid="said-line"]');
    expect(lines.map((l) => [l.dataset.kind, l.dataset.source])).toEqual([['status', 'network'], ['message', 'rendered-document']]);
    expect(lines[0]!.textContent).toBe('Status line HTTP/1.1 500 Internal Server Error from the network');
    expect(lines[1]!.textContent).toContain('from the page as rendered: its script may have changed it');
    expect(lines[1]!.classList.contains('unverified')).toBe(true);
  });

  test("the page's own fetch, in light capture", () => {
    const el = detail(conflict({ seenBy: 'page', reportedBy: 'http://127.0.0.1:8787', body: { ...conflict().body!, source: 'page-fetch', reportedBy: 'http://127.0.0.1:8787' } }));
    expect(q(el, 'said-source')!.textContent).toBe("from the page's own fetch()");
    // The caveat about light capture comes after the advice, not before it.
    expect(before(q(el, 'copy-fixed-curl'), q(el, 'seen-by'))).toBe(true);
  });
});

describe('network failures are explained', () => {
  test('CORS: the headline, the header and the origin, the lines to add, then the reference', () => {
    const el = detail(networkFailure({ url: 'https://api.example.com/v1/orders', error: 'net::ERR_FAILED', initiator: 'http://localhost:5173', cors: { problem: 'missing-allow-origin', origin: 'http://localhost:5173' } }));
    expect(q(el, 'detail-title')!.textContent).toBe('CORS: response not allowed for this origin GET');
    const top = q(el, 'suggestion')!;
    expect(top.textContent).toContain('The response from api.example.com has no Access-Control-Allow-Origin header, so the browser hid it from http://localhost:5173.');
    expect(top.querySelector('[data-testid="server-fix"] pre')!.textContent).toBe('Access-Control-Allow-Origin: http://localhost:5173\nVary: Origin');
    expect(before(top, section(el, 'reference'))).toBe(true);
    expect(section(el, 'reference')!.querySelector('summary')!.textContent).toBe('About this error: Request failed (usually CORS)');
    expect((section(el, 'reference')!.querySelector('[data-testid="network-error-entry"]') as HTMLElement).dataset.error).toBe('failed-cors');
    expect(el.textContent).toContain('CORS');
  });

  test('a page TypeError on a cross-origin URL, with no browser name, is likely CORS', () => {
    const el = detail(networkFailure({ url: 'https://api.example.com/v1/orders', error: 'fetch failed: Failed to fetch', seenBy: 'page', reportedBy: 'http://localhost:5173' }));
    expect(q(el, 'detail-title')!.textContent).toBe('Likely CORS: cross-origin request refused GET');
    expect(q(el, 'suggestion')!.dataset.suggestionId).toBe('cors-likely');
    // To a local server, a server that is not running looks the same: the title says both.
    const local = detail(networkFailure({ id: 'e9', url: 'http://localhost:8787/api/no-cors', error: 'fetch failed: Failed to fetch', seenBy: 'page', reportedBy: 'http://127.0.0.1:8787' }));
    expect(q(local, 'detail-title')!.textContent).toBe('Likely CORS, or nothing listening on :8787 GET');
    expect(all(local, '[data-testid="suggestion"]').map((s) => s.dataset.suggestionId)).toEqual(['cors-likely', 'dev-server-down']);
  });

  test('refused on a local port: asks about the dev server; "No response reached the page" once; no body block', () => {
    const el = detail(networkFailure());
    expect(q(el, 'detail-title')!.textContent).toBe('Connection refused GET');
    expect(q(el, 'suggestion')!.querySelector('.suggestion-title')!.textContent).toBe('Is your dev server running on :49151?');
    expect(el.textContent!.split(t('noResponseReachedPage')).length - 1).toBe(1);
    expect(q(el, 'body-notice')).toBeNull();
    expect(section(el, 'response-body')).toBeNull();
    expect(el.textContent).not.toContain(t('bodyNone'));
    expect(el.textContent).not.toContain(t('referenceMissing'));
    expect((section(el, 'reference')!.querySelector('[data-testid="network-error-entry"]') as HTMLElement).dataset.error).toBe('connection-refused');
  });

  test('a failure only the page saw, same-origin: its own reference entry, never "no entry"', () => {
    const el = detail(networkFailure({ url: 'https://app.example.com/api', error: 'fetch failed: Failed to fetch', seenBy: 'page', reportedBy: 'https://app.example.com' }));
    expect((section(el, 'reference')!.querySelector('[data-testid="network-error-entry"]') as HTMLElement).dataset.error).toBe('page-request-failed');
    expect(q(el, 'network-error-names')!.textContent).toContain('TypeError: Failed to fetch');
    expect(q(el, 'suggestion')!.dataset.suggestionId).toBe('network-failure');
  });

  test('an error name the reference does not know: a suggestion still, and where to look it up', () => {
    const el = detail(networkFailure({ error: 'net::ERR_SOMETHING_NEW' }));
    expect(q(el, 'detail-title')!.textContent).toBe(`${t('networkError')} GET`);
    expect(q(el, 'suggestion')!.dataset.suggestionId).toBe('network-failure');
    expect(q(el, 'network-error-unknown')!.textContent).toContain('net_error_list.h');
    expect(el.textContent).not.toContain(t('referenceMissing'));
  });

  test('in Chinese', () => {
    const el = detail(networkFailure(), {}, 'zh-CN');
    expect(q(el, 'detail-title')!.textContent).toBe('连接被拒绝 GET');
    expect(q(el, 'suggestion')!.querySelector('.suggestion-title')!.textContent).toBe('你的开发服务器在 :49151 上运行吗?');
    expect(q(el, 'no-response')!.textContent).toBe('没有任何响应到达页面。');
  });
});

describe('the secrets bar', () => {
  test("'revealable' offers Reveal, which asks to reveal", () => {
    const asked: boolean[] = [];
    const el = detail(failed({ masked: 'revealable' }), { onReveal: (show) => asked.push(show) });
    expect(q(el, 'secrets')!.textContent).toContain(t('secretsMasked'));
    q(el, 'reveal-secrets')!.click();
    expect(asked).toEqual([true]);
  });

  test('once revealed, Hide asks to mask again', () => {
    const asked: boolean[] = [];
    const el = detail(failed({ masked: 'revealable' }), { revealed: true, onReveal: (show) => asked.push(show) });
    expect(q(el, 'secrets')!.textContent).toContain(t('secretsShown'));
    q(el, 'hide-secrets')!.click();
    expect(asked).toEqual([false]);
  });

  test("'stored' says the originals are gone, with nothing to reveal", () => {
    const el = detail(failed({ masked: 'stored' }), { onReveal: () => undefined });
    expect(q(el, 'secrets')!.textContent).toBe(t('secretsStored'));
    expect(q(el, 'reveal-secrets')).toBeNull();
  });

  test('an entry without secrets has no bar', () => {
    expect(q(detail(failed()), 'secrets')).toBeNull();
  });
});

test('a failure the page reported names the page, as unverified', () => {
  const el = detail(failed({ reportedBy: 'https://app.example.test' }));
  const notice = q(el, 'reported-by')!;
  expect(notice.textContent).toContain('Reported by the page at https://app.example.test');
  expect(notice.classList.contains('unverified')).toBe(true);
});

test('a failure the browser saw has no page notice', () => {
  expect(q(detail(failed()), 'reported-by')).toBeNull();
});

/** An expired token's 401, with secrets in the URL, a header and the request body. */
const unauthorized = (over: Partial<LogEntry> = {}): LogEntry =>
  failed({
    url: 'https://api.example.test/v1/orders?api_key=k3y-123',
    type: 'fetch',
    startTime: Date.UTC(2026, 11, 3, 9, 30),
    requestHeaders: [{ name: 'Authorization', value: 'Bearer s3cret-token' }, { name: 'Content-Type', value: 'application/json' }],
    responseHeaders: [{ name: 'Content-Type', value: 'application/json' }, { name: 'WWW-Authenticate', value: 'Bearer error="invalid_token", error_description="The access token expired"' }],
    requestBody: { text: '{"user":"ann","password":"hunter2"}', size: 35, truncated: false },
    body: { source: 'network', binary: false, keptSize: 60, truncated: false, mimeType: 'application/json', text: '{"error":"invalid_token","error_description":"The access token expired"}' },
    ...over,
  });

describe('copy buttons', () => {
  let copied: string[];
  beforeEach(() => {
    copied = [];
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => void copied.push(text) } });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  test('cURL and fetch() copies put placeholders where the secrets were', async () => {
    // Shown revealed: the copies must still not carry the real values.
    const entry = failed({
      url: 'https://api.example.test/v1/orders?api_key=k3y-123',
      requestHeaders: [
        { name: 'Authorization', value: 'Bearer s3cret-token' },
        { name: 'Content-Type', value: 'application/json' },
      ],
      requestBody: { text: '{"user":"ann","password":"hunter2"}', size: 35, truncated: false },
    });
    const el = detail(entry, { revealed: true });
    await act(async () => q(el, 'copy-curl')!.click());
    await act(async () => q(el, 'copy-fetch')!.click());
    expect(copied).toHaveLength(2);
    const [curl, fetchCall] = copied as [string, string];
    expect(curl).toMatch(/^curl /);
    expect(fetchCall).toMatch(/^await fetch\(/);
    for (const text of copied) {
      expect(text).toContain('<your Authorization>');
      expect(text).toContain('<your api_key>');
      expect(text).toContain('<your password>');
      expect(text).not.toMatch(/s3cret-token|k3y-123|hunter2/);
    }
    expect(q(el, 'copy-curl')!.textContent).toBe(t('copied'));
    expect(el.querySelector('[data-copy-text]')).toBeNull(); // the command is not kept in the page
  });

  test('Markdown and plain text, next to the failing-request copies, secrets masked even when shown revealed', async () => {
    const el = detail(unauthorized(), { revealed: true });
    expect(q(el, 'copy-report-md')!.textContent).toBe(t('copyReportMarkdown'));
    expect(q(el, 'copy-report-md')!.closest('.copy-row.failing')).toBe(q(el, 'copy-curl')!.closest('.copy-row.failing'));
    await act(async () => q(el, 'copy-report-md')!.click());
    await act(async () => q(el, 'copy-report-text')!.click());
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
    const el = detail(unauthorized({ kind: 'network-error', statusCode: undefined, statusLine: undefined, method: 'GET', url: 'http://127.0.0.1:49151/nothing', error: 'net::ERR_CONNECTION_REFUSED', responseHeaders: [], body: undefined, requestBody: undefined }), { revealed: true }, 'zh-CN');
    await act(async () => q(el, 'copy-report-text')!.click());
    const [text] = copied as [string];
    expect(text.split('\n')[0]).toMatch(/^\S.* — GET http:\/\/127\.0\.0\.1:49151\/nothing$/);
    expect(text).toContain('错误: net::ERR_CONNECTION_REFUSED');
    expect(text).toContain('可能的原因: ');
    expect(text).toContain("    curl 'http://127.0.0.1:49151/nothing'");
  });
});
