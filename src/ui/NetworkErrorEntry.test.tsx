// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { EntryDetail } from './EntryDetail';
import { ReferenceBrowser } from './ReferenceBrowser';
import { I18nContext, translator } from './i18n';
import { listNetworkErrorReferences, listStatusReferences } from '../reference/index';
import { loadNetworkErrors } from '../reference/load';
import type { LogEntry } from '../shared/types';
import type { Locale, NetworkErrorId } from '../reference/types';
import { mount } from './test-mount';


const failure = (error: string): LogEntry => ({
  id: 'n1', kind: 'network-error', tabId: 1, frameId: 0, url: 'http://127.0.0.1:9/api', method: 'GET', type: 'xmlhttprequest',
  error, requestHeaders: [], responseHeaders: [], startTime: 0, previousPage: false,
});

function detail(error: string, locale: Locale = 'en') {
  const errors = listNetworkErrorReferences(locale);
  const opened: (number | NetworkErrorId)[] = [];
  const el = mount(
    <EntryDetail
      entry={failure(error)}
      referenceLoaded
      networkErrors={errors}
      networkTitleOf={(id) => errors.find((e) => e.id === id)?.title}
      onBack={() => undefined}
      onOpenCode={(c) => opened.push(c)}
      onOpenError={(id) => opened.push(id)}
    />,
    locale,
  );
  return { el, opened };
}

describe('a logged network failure shows its reference entry', () => {
  test('Chrome name, with the page\'s own words after it', () => {
    const { el, opened } = detail('net::ERR_FAILED (page saw: fetch failed: TypeError: Failed to fetch)');
    const entry = el.querySelector('.explanation [data-testid="network-error-entry"]') as HTMLElement;
    expect(entry.dataset.error).toBe('failed-cors');
    expect(entry.textContent).toContain('Access-Control-Allow-Origin');
    expect(el.querySelector('.explanation')!.textContent).not.toContain('Server-side fixes'); // compact beside a live failure
    (el.querySelector('[data-testid="related-error"]') as HTMLButtonElement).click();
    (el.querySelector('[data-testid="related-code"]') as HTMLButtonElement).click();
    expect(opened).toEqual(['blocked-by-orb', 204]);
  });

  test('Firefox name, in Chinese', () => {
    const { el } = detail('NS_ERROR_CONNECTION_REFUSED', 'zh-CN');
    const entry = el.querySelector('[data-testid="network-error-entry"]') as HTMLElement;
    expect(entry.dataset.error).toBe('connection-refused');
    expect(entry.querySelector('h3')!.textContent).toBe('连接被拒绝');
    expect(entry.querySelector('[data-testid="network-error-names"]')!.textContent).toContain('NS_ERROR_CONNECTION_REFUSED');
  });

  test('an unknown name says where to look it up', () => {
    const { el } = detail('net::ERR_SOMETHING_NEW');
    expect(el.querySelector('[data-testid="network-error-entry"]')).toBeNull();
    expect(el.querySelector('.explanation .notice')!.textContent).toBe(translator('en')('networkErrorUnknown', { error: 'net::ERR_SOMETHING_NEW' }));
  });
});

describe('the reference browser lists and finds network errors', () => {
  function browser(locale: Locale = 'en') {
    const opened: (number | NetworkErrorId | undefined)[] = [];
    const el = mount(
      <ReferenceBrowser entries={listStatusReferences(locale)} networkErrors={listNetworkErrorReferences(locale)} onOpenCode={(c) => opened.push(c)} onOpenError={(id) => opened.push(id)} />,
      locale,
    );
    return { el, opened };
  }
  const type = async (el: HTMLElement, q: string) => {
    const input = el.querySelector('[data-testid="reference-search"]') as HTMLInputElement;
    input.value = q;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 0));
  };
  const results = (el: HTMLElement) => [...el.querySelectorAll('[data-testid="reference-result"]')].map((b) => (b as HTMLElement).dataset.code ?? (b as HTMLElement).dataset.error);

  test('without a query: the classes, then the network errors', () => {
    const { el } = browser();
    const all = results(el);
    expect(all[0]).toBe('100');
    expect(all).toContain('connection-refused');
    expect(all.indexOf('connection-refused')).toBeGreaterThan(all.indexOf('526'));
  });

  test('a query gives one ranked list: the error name first, "duplicate" → 409', async () => {
    const { el, opened } = browser();
    await type(el, 'ERR_CONNECTION_REFUSED');
    expect(results(el)[0]).toBe('connection-refused');
    (el.querySelector('[data-testid="reference-result"]') as HTMLButtonElement).click();
    expect(opened).toEqual(['connection-refused']);
    await type(el, 'duplicate');
    expect(results(el)[0]).toBe('409');
  });

  test('an opened network error shows every section, server fixes included', () => {
    const el = mount(
      <ReferenceBrowser entries={listStatusReferences('en')} networkErrors={listNetworkErrorReferences('en')} open={{ error: 'too-many-redirects' }} onOpenCode={() => undefined} onOpenError={() => undefined} />,
    );
    const entry = el.querySelector('.ref-detail [data-testid="network-error-entry"]')!;
    const t = translator('en');
    for (const key of ['networkCauses', 'clientFixes', 'networkTellApart', 'networkServerFixes', 'relatedEntries', 'references'] as const) {
      expect(entry.textContent, key).toContain(t(key));
    }
  });
});

test('the popup loads network errors lazily, per language, the same as Node reads them', async () => {
  expect((await loadNetworkErrors('zh-CN')).map((e) => e.title)).toEqual(listNetworkErrorReferences('zh-CN').map((e) => e.title));
});
