// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { EntryDetail } from './EntryDetail';
import { I18nContext, translator } from './i18n';
import { listNetworkErrorReferences, listStatusReferences } from '../reference/index';
import { networkErrorIn } from '../reference/network';
import type { LogEntry } from '../shared/types';
import type { Locale } from '../reference/types';
import { mount } from './test-mount';


const t = translator('en');
const reasons = listStatusReferences('en');

const failed = (over: Partial<LogEntry> = {}): LogEntry => ({
  id: 'e1', kind: 'http-error', tabId: 1, frameId: 0, url: 'https://api.example.test/v1/orders', method: 'POST', type: 'xmlhttprequest',
  statusCode: 401, statusLine: 'HTTP/1.1 401 Unauthorized', requestHeaders: [], responseHeaders: [], startTime: 0, previousPage: false, ...over,
});

function detail(entry: LogEntry, extra: Partial<Parameters<typeof EntryDetail>[0]> = {}) {
  return mount(
    <EntryDetail
      entry={entry}
      reference={entry.statusCode === undefined ? undefined : reasons.find((r) => r.code === entry.statusCode)}
      referenceLoaded
      onBack={() => undefined}
      onOpenCode={() => undefined}
      {...extra}
    />,
  );
}
const q = (el: HTMLElement, testId: string) => el.querySelector(`[data-testid="${testId}"]`) as HTMLElement | null;

test('an HTTP failure: code, reason, method, URL and the reference beside it', () => {
  const el = detail(failed());
  expect(q(el, 'detail-title')!.textContent).toBe('401 Unauthorized POST');
  expect(q(el, 'detail-url')!.textContent).toBe('https://api.example.test/v1/orders');
  expect(el.querySelector('.explanation')!.textContent).toContain('401');
});

test('a network failure shows its reference entry', () => {
  const errors = listNetworkErrorReferences('en');
  const entry = failed({ kind: 'network-error', statusCode: undefined, statusLine: undefined, error: 'net::ERR_CONNECTION_REFUSED' });
  const el = detail(entry, { networkReference: networkErrorIn(errors, entry.error), networkLoaded: true });
  expect(q(el, 'detail-title')!.textContent).toContain(t('networkError'));
  expect(q(el, 'network-error-title')!.textContent).toBe(errors.find((e) => e.id === 'connection-refused')!.title);
  expect((el.querySelector('.explanation [data-testid="network-error-entry"]') as HTMLElement).dataset.error).toBe('connection-refused');
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
});
