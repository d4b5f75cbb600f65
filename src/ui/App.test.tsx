// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { App } from './App';
import { FakeLogSource } from './fake-source';
import { translator } from './i18n';
import { entry } from '../background/test-helpers';
import { eventually, settle } from './test-wait';
import type { Locale } from '../reference/types';

let root: HTMLElement | undefined;
afterEach(() => {
  if (root) render(null, root);
  root?.remove();
  root = undefined;
});

async function mountApp(source: FakeLogSource, { tabId = 1, fullTab = false, locale = 'en' as Locale, popOut = undefined as ((tabId: number) => void) | undefined } = {}) {
  const saved: Locale[] = [];
  root = document.createElement('div');
  document.body.append(root);
  await act(() => render(<App source={source} tabId={tabId} fullTab={fullTab} locale={locale} saveLocale={(l) => saved.push(l)} popOut={popOut} refreshMs={60_000} />, root!));
  await settle();
  return { el: root, saved };
}
const q = (el: HTMLElement, testId: string) => el.querySelector(`[data-testid="${testId}"]`) as HTMLElement | null;
const all = (el: HTMLElement, testId: string) => [...el.querySelectorAll(`[data-testid="${testId}"]`)] as HTMLElement[];
const t = translator('en');

describe('the log view', () => {
  test('lists the tab log from the source, newest first, and counts the current page', async () => {
    const source = new FakeLogSource(1, [entry({ statusCode: 500, startTime: 3 }), entry({ statusCode: 409, startTime: 2 }), entry({ statusCode: 404, startTime: 1, previousPage: true })]);
    const { el } = await mountApp(source);
    expect(all(el, 'entry-row').map((r) => r.dataset.status)).toEqual(['500', '409', '404']);
    expect(all(el, 'entry-row')[0]!.textContent).toContain('Internal Server Error'); // at once: the list needs no reference
    expect(q(el, 'count')!.textContent).toBe(t('countSummary', { n: 2 }));
    expect(q(el, 'empty-state')).toBeNull();
  });

  test('an empty log shows the empty state and a disabled Clear', async () => {
    const { el } = await mountApp(new FakeLogSource(1));
    expect(q(el, 'empty-state')).not.toBeNull();
    expect((q(el, 'clear') as HTMLButtonElement).disabled).toBe(true);
  });

  test.each(['en', 'zh-CN'] as const)('the empty state speaks to someone who installed the extension (%s)', async (locale) => {
    const { el } = await mountApp(new FakeLogSource(1), { locale });
    const empty = q(el, 'empty-state')!;
    const tr = translator(locale);
    for (const key of ['emptyTitle', 'emptyHint', 'emptyReference'] as const) expect(empty.textContent).toContain(tr(key));
    expect(empty.textContent).not.toMatch(/npm|folder|目录/);
    await act(() => q(el, 'empty-open-reference')!.click());
    expect(q(el, 'empty-state')).toBeNull();
    await eventually(() => el.querySelector('.reference-browser') !== null); // each language's reference loads lazily
  });

  test('opening a row shows its detail, read in full from the source; Back closes it', async () => {
    const opened = entry({ statusCode: 409, url: 'https://api.example.test/v1/users', body: { source: 'network', binary: false, keptSize: 19, truncated: false, text: '{"title":"Conflict"}' } });
    const source = new FakeLogSource(1, [entry({ statusCode: 500, startTime: 20 }), { ...opened, startTime: 10 }]);
    const { el } = await mountApp(source);
    expect(q(el, 'entry-detail')).toBeNull();
    await act(() => all(el, 'entry-row')[1]!.click());
    await eventually(() => q(el, 'entry-detail') !== null); // the detail is a lazily loaded chunk
    expect(source.calls.getEntry).toEqual([[1, opened.id, false]]);
    expect(q(el, 'detail-title')!.textContent).toContain('409');
    expect(q(el, 'detail-url')!.textContent).toBe('https://api.example.test/v1/users');
    expect(q(el, 'body-text')!.textContent).toContain('"title": "Conflict"');
    expect(all(el, 'entry-row')[1]!.classList.contains('selected')).toBe(true);
    await act(() => (el.querySelector('.detail .back') as HTMLButtonElement).click());
    expect(q(el, 'entry-detail')).toBeNull();
  });

  test('Reveal reads the entry again with its secrets', async () => {
    const secret = entry({ masked: 'revealable' });
    const source = new FakeLogSource(1, [secret]);
    const { el } = await mountApp(source);
    await act(() => all(el, 'entry-row')[0]!.click());
    await eventually(() => q(el, 'reveal-secrets') !== null);
    await act(() => q(el, 'reveal-secrets')!.click());
    await settle();
    expect(source.calls.getEntry.at(-1)).toEqual([1, secret.id, true]);
    expect(q(el, 'hide-secrets')).not.toBeNull();
  });

  test('Clear asks the source to clear this tab, then shows the empty log', async () => {
    const source = new FakeLogSource(4, [entry({ tabId: 4 })]);
    const { el } = await mountApp(source, { tabId: 4 });
    await act(() => all(el, 'entry-row')[0]!.click());
    await settle();
    await act(() => q(el, 'clear')!.click());
    await settle();
    expect(source.calls.clearLog).toEqual([4]);
    expect(all(el, 'entry-row')).toHaveLength(0);
    expect(q(el, 'entry-detail')).toBeNull();
    expect(q(el, 'empty-state')).not.toBeNull();
  });
});

describe('notices', () => {
  test('a source that cannot be read shows the load error', async () => {
    const source = new FakeLogSource(1, [entry()]);
    source.failure = 'Extension context invalidated.';
    const { el } = await mountApp(source);
    expect(q(el, 'load-error')!.textContent).toBe(t('loadError', { error: 'Extension context invalidated.' }));
  });

  test('dropped and refused counts are told, and absent when zero', async () => {
    const source = new FakeLogSource(1, [entry()]);
    let { el } = await mountApp(source);
    expect(q(el, 'dropped')).toBeNull();
    expect(q(el, 'refused')).toBeNull();
    expect(q(el, 'load-error')).toBeNull();
    render(null, root!);
    source.dropped = 12;
    source.refused = 3;
    source.version++;
    ({ el } = await mountApp(source));
    expect(q(el, 'dropped')!.textContent).toBe(t('dropped', { n: 12 }));
    expect(q(el, 'refused')!.textContent).toBe(t('refusedPageReports', { n: 3 }));
  });
});

describe('the toolbar', () => {
  test('the reference opens and closes; the language choice is saved', async () => {
    const { el, saved } = await mountApp(new FakeLogSource(1));
    await act(() => q(el, 'open-reference')!.click());
    await eventually(() => el.querySelector('.reference-browser') !== null);
    expect(q(el, 'count')).toBeNull();
    await act(() => q(el, 'open-reference')!.click());
    expect(el.querySelector('.reference-browser')).toBeNull();

    const select = q(el, 'language') as HTMLSelectElement;
    select.value = 'zh-CN';
    await act(() => void select.dispatchEvent(new Event('change', { bubbles: true })));
    await settle();
    expect(saved).toEqual(['zh-CN']);
    expect(el.querySelector('.app')!.getAttribute('lang')).toBe('zh-CN');
    expect(q(el, 'count')!.textContent).toBe(translator('zh-CN')('countSummary', { n: 0 }));
  });

  test('in a full tab, the tab picker lists logged tabs and switches the log', async () => {
    const source = new FakeLogSource(1, [entry({ tabId: 1, statusCode: 500 })]);
    source.logs.set(2, [entry({ tabId: 2, statusCode: 404 })]);
    source.tabs = [{ tabId: 1, count: 1, title: 'Shop', url: 'https://shop.test/cart' }, { tabId: 2, count: 1, url: 'https://x.test/' }];
    const { el } = await mountApp(source, { fullTab: true });
    const picker = q(el, 'tab-select') as HTMLSelectElement;
    // Titles and hosts, never the browser's tab ids.
    expect([...picker.options].map((o) => o.textContent)).toEqual(['Shop — shop.test (1)', 'x.test (1)']);
    picker.value = '2';
    await act(() => void picker.dispatchEvent(new Event('change', { bubbles: true })));
    await settle();
    expect(all(el, 'entry-row').map((r) => r.dataset.status)).toEqual(['404']);
  });

  test('the popup has no tab picker, and pops out the tab it shows', async () => {
    const popped: number[] = [];
    const { el } = await mountApp(new FakeLogSource(3), { tabId: 3, popOut: (id) => popped.push(id) });
    expect(q(el, 'tab-select')).toBeNull();
    q(el, 'pop-out')!.click();
    expect(popped).toEqual([3]);
  });
});
