// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { act } from 'preact/test-utils';
import { EntryDetail } from './EntryDetail';
import { CompareView } from './CompareView';
import { memorySections } from './sections';
import { mount } from './test-mount';
import { settle } from './test-wait';
import { retryText, type RetryRequest } from '../analysis/retry-plan';
import type { LogEntry } from '../shared/types';
import type { RetryReply } from '../shared/protocol';
import type { RetryContext } from './use-retry';
import type { Locale } from '../reference/types';
import { NO_FILTERS, listView } from './list-model';

const PAGE = 'http://127.0.0.1:8787';

/** The fixture server's edit conflict (demo/server.mjs, /api/documents/7) as full capture logs it in Chrome. */
const conflict = (over: Partial<LogEntry> = {}): LogEntry => ({
  id: 'c1', kind: 'http-error', tabId: 3, frameId: 0, url: `${PAGE}/api/documents/7`, method: 'PUT', type: 'fetch', initiator: PAGE,
  statusCode: 409, statusLine: 'HTTP/1.1 409 Conflict', startTime: 0, previousPage: false,
  requestHeaders: [{ name: 'Content-Type', value: 'application/json' }, { name: 'If-Match', value: '"doc-7-v11"' }],
  requestBody: { text: '{"title":"Q4 plan","version":11}', size: 32, truncated: false },
  responseHeaders: [{ name: 'Content-Type', value: 'application/json' }, { name: 'ETag', value: '"doc-7-v12"' }],
  body: { source: 'network', text: '{"error":"edit_conflict","message":"Document 7 was modified by another user (version 12, you sent 11).","currentVersion":12}', binary: false, keptSize: 120, truncated: false },
  ...over,
});

const success = (over: Partial<LogEntry> = {}): LogEntry => ({
  ...conflict(), id: 'r1', retryOf: 'c1', statusCode: 200, statusLine: '200 OK',
  responseHeaders: [{ name: 'content-type', value: 'application/json' }, { name: 'etag', value: '"doc-7-v13"' }, { name: 'x-seen-origin', value: PAGE }],
  body: { source: 'page-fetch', text: '{"id":7,"title":"Q4 plan","version":13}', binary: false, keptSize: 40, truncated: false },
  ...over,
});

/** A host that records what it is asked to send, and answers as told. */
function host(options: { pageOrigin?: string; reply?: RetryReply; after?: LogEntry | null } = {}) {
  const sent: { tabId: number; id: string; pageOrigin: string; request: RetryRequest }[] = [];
  const ctx: RetryContext = {
    tabId: 3,
    host: {
      pageOrigin: async () => ('pageOrigin' in options ? options.pageOrigin : PAGE),
      run: async (tabId, q) => {
        sent.push({ tabId, ...q });
        return options.reply ?? { ok: true, id: 'r1' };
      },
    },
    getEntry: async () => ('after' in options ? options.after! : success()),
  };
  return { ctx, sent };
}

async function detail(entry: LogEntry, ctx: RetryContext | undefined, locale: Locale = 'en') {
  const el = mount(<EntryDetail entry={entry} referenceLoaded onBack={() => undefined} onOpenCode={() => undefined} sections={memorySections()} retry={ctx} />, locale);
  await settle();
  return el;
}
const q = (el: HTMLElement, testId: string) => el.querySelector(`[data-testid="${testId}"]`) as HTMLElement | null;
const click = (el: HTMLElement | null) => act(() => el!.click());

describe('the Retry in page button', () => {
  test('sits with the fixed-request copies, only while the tab shows the page that made the request', async () => {
    const el = await detail(conflict(), host().ctx);
    const button = q(el, 'retry-in-page');
    expect(button?.textContent).toBe('Retry in page');
    expect(button?.closest('[data-testid="fix"]')?.querySelector('[data-testid="copy-fixed-curl"]')).not.toBeNull();
    expect(q(await detail(conflict(), host({ pageOrigin: 'https://elsewhere.example' }).ctx), 'retry-in-page')).toBeNull();
    expect(q(await detail(conflict(), host({ pageOrigin: undefined }).ctx), 'retry-in-page')).toBeNull(); // the tab is gone
    expect(q(await detail(conflict(), undefined), 'retry-in-page')).toBeNull(); // an imported HAR file
    expect(q(await detail(conflict({ initiator: 'https://other-app.example' }), host().ctx), 'retry-in-page')).toBeNull();
  });

  test('speaks Chinese', async () => {
    expect(q(await detail(conflict(), host().ctx, 'zh-CN'), 'retry-in-page')?.textContent).toBe('在页面中重试');
  });
});

describe('the confirm step', () => {
  test('shows exactly what Send sends, and nothing is sent before Send', async () => {
    const { ctx, sent } = host();
    const el = await detail(conflict(), ctx);
    await click(q(el, 'retry-in-page'));
    const shown = q(el, 'retry-confirm-text')!.textContent;
    expect(sent).toEqual([]);
    expect(document.activeElement).toBe(q(el, 'retry-send'));
    await click(q(el, 'retry-send'));
    await settle();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ tabId: 3, id: 'c1', pageOrigin: PAGE });
    expect(retryText(sent[0]!.request)).toBe(shown);
    expect(shown).toBe(`PUT ${PAGE}/api/documents/7\nContent-Type: application/json\nIf-Match: "doc-7-v12"\n\n{"title":"Q4 plan","version":12}`);
  });

  test('a secret header is left out and said to be, revealed or not; the cookie is the page’s own', async () => {
    const { ctx, sent } = host();
    const entry = conflict({ requestHeaders: [...conflict().requestHeaders, { name: 'Authorization', value: 'Bearer ***' }, { name: 'Cookie', value: 'sid=***' }], masked: 'revealable' });
    const el = await detail(entry, ctx);
    await click(q(el, 'retry-in-page'));
    expect(q(el, 'retry-confirm-text')!.textContent).not.toContain('***');
    const notes = q(el, 'retry-left-out')!.textContent!;
    expect(notes).toContain('Authorization is not sent: a retry never re-sends a secret');
    expect(notes).toContain('Cookie is not sent by us: the browser sets it itself.');
    expect(q(el, 'retry-confirm')!.textContent).toContain(`It runs in the page at ${PAGE}, as the page's own call would: the browser adds that page's cookies.`);
    await click(q(el, 'retry-send'));
    await settle();
    expect(sent[0]!.request.headers.map(([n]) => n)).toEqual(['Content-Type', 'If-Match']);
  });

  test('Escape or Cancel closes it, sends nothing, and gives focus back to the button', async () => {
    const { ctx, sent } = host();
    const el = await detail(conflict(), ctx);
    q(el, 'retry-in-page')!.focus();
    await click(q(el, 'retry-in-page'));
    await act(() => void q(el, 'retry-send')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(q(el, 'retry-confirm')).toBeNull();
    expect(document.activeElement).toBe(q(el, 'retry-in-page'));
    await click(q(el, 'retry-in-page'));
    await click(q(el, 'retry-cancel'));
    expect(q(el, 'retry-confirm')).toBeNull();
    expect(sent).toEqual([]);
  });

  test('a refusal from the background is said in words, as an alert', async () => {
    const el = await detail(conflict(), host({ reply: { ok: false, refused: 'page-changed' } }).ctx);
    await click(q(el, 'retry-in-page'));
    await click(q(el, 'retry-send'));
    await settle();
    const refused = q(el, 'retry-refused')!;
    expect(refused.getAttribute('role')).toBe('alert');
    expect(refused.textContent).toContain('the tab no longer shows the page that made this request');
    expect(q(el, 'compare-view')).toBeNull();
  });
});

describe('the compare view', () => {
  test('opens after the retry: status, headers and body, before and after', async () => {
    const el = await detail(conflict(), host().ctx);
    await click(q(el, 'retry-in-page'));
    await click(q(el, 'retry-send'));
    await settle();
    expect(q(el, 'compare-status-before')!.textContent).toBe('409 Conflict');
    expect(q(el, 'compare-status-after')!.textContent).toBe('200 OK');
    expect(q(el, 'compare-status')!.dataset.change).toBe('changed');
    const rows = [...el.querySelectorAll<HTMLElement>('[data-testid="compare-header"]')].map((r) => [r.dataset.change, r.querySelector('td.before')!.textContent, r.querySelector('td.after')!.textContent]);
    expect(rows).toEqual([
      ['same', 'application/json', 'application/json'],
      ['changed', '"doc-7-v12"', '"doc-7-v13"'],
      ['added', '—', PAGE],
    ]);
    const lines = (kind: string) => [...el.querySelectorAll(`[data-testid="compare-line"][data-kind="${kind}"]`)].map((l) => l.textContent);
    expect(lines('added')).toContain('+   "version": 13');
    expect(lines('removed')).toContain('-   "currentVersion": 12');
    expect(document.activeElement?.id).toBe('compare-title');
    await click(q(el, 'compare-close'));
    expect(q(el, 'compare-view')).toBeNull();
  });

  test("opens from the retry's own detail too, against the original it retried", async () => {
    const el = await detail(success(), { ...host().ctx, getEntry: async (id) => (id === 'c1' ? conflict() : null) });
    expect(q(el, 'retry-of')!.textContent).toContain('This is the response to a retry in page.');
    await click(q(el, 'retry-compare'));
    await settle();
    expect(q(el, 'compare-status-before')!.textContent).toBe('409 Conflict');
    expect(q(el, 'compare-status-after')!.textContent).toBe('200 OK');
    const gone = await detail(success(), { ...host().ctx, getEntry: async () => null });
    await click(q(gone, 'retry-compare'));
    await settle();
    expect(q(gone, 'retry-refused')!.textContent).toContain("The original request is no longer in this tab's log.");
  });

  test('renders every captured byte as text', () => {
    const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    const el = mount(
      <CompareView
        before={conflict({ responseHeaders: [{ name: 'X-Evil', value: hostile }], body: { source: 'network', text: hostile, binary: false, keptSize: 70, truncated: false } })}
        after={success({ statusLine: `200 ${hostile}`, body: { source: 'page-fetch', text: `${hostile}\nmore`, binary: false, keptSize: 80, truncated: false } })}
        onClose={() => undefined}
      />,
    );
    expect(el.querySelector('img, script')).toBeNull();
    expect(el.textContent).toContain(hostile);
  });
});

describe('the retry in the list', () => {
  test('a retry the server answered is listed, not counted as a failure; a failing retry counts', () => {
    const view = (log: LogEntry[]) => listView(log, [], false, NO_FILTERS, new Set(), () => undefined);
    expect(view([conflict(), success()])).toMatchObject({ current: 1 });
    expect(view([conflict(), success()]).shown.map((e) => e.id).sort()).toEqual(['c1', 'r1']);
    expect(view([conflict(), success({ statusCode: 409, statusLine: '409 Conflict' })])).toMatchObject({ current: 2 });
  });
});
