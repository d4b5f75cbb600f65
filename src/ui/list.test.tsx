// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { App } from './App';
import { FakeLogSource } from './fake-source';
import { entry } from '../background/test-helpers';
import { eventually, settle } from './test-wait';
import { readSettings, type Settings } from '../shared/settings';
import type { SettingsStore } from './source';
import type { CapturedBody } from '../shared/types';

/** Settings held in memory, as storage.sync would: saves are seen by every listener. */
class FakeSettings implements SettingsStore {
  saved: Settings[] = [];
  private listeners: ((s: Settings) => void)[] = [];
  constructor(public value: Settings = readSettings({})) {}
  async load() {
    return structuredClone(this.value);
  }
  async save(s: Settings) {
    this.value = structuredClone(s);
    this.saved.push(this.value);
    this.listeners.forEach((fn) => fn(structuredClone(s)));
  }
  onChange(fn: (s: Settings) => void) {
    this.listeners.push(fn);
  }
  /** A change made elsewhere (the settings page). */
  async changeElsewhere(change: (s: Settings) => Settings) {
    await act(() => this.save(change(this.value)));
  }
}

let root: HTMLElement | undefined;
afterEach(() => {
  if (root) render(null, root);
  root?.remove();
  root = undefined;
});

async function mountApp(source: FakeLogSource, settings?: FakeSettings, fullTab = false) {
  root = document.createElement('div');
  document.body.append(root);
  await act(() => render(<App source={source} tabId={1} fullTab={fullTab} locale="en" saveLocale={() => undefined} refreshMs={60_000} settings={settings} />, root!));
  await settle();
  return root;
}
const q = (el: HTMLElement, id: string) => el.querySelector<HTMLElement>(`[data-testid="${id}"]`);
const rowIds = (el: HTMLElement) => [...el.querySelectorAll<HTMLElement>('[data-testid="entry-row"]')].map((r) => r.dataset.entryId);
const body = (text: string): CapturedBody => ({ source: 'network', binary: false, text, keptSize: text.length, truncated: false });
async function type(input: HTMLElement, text: string) {
  (input as HTMLInputElement).value = text;
  await act(() => void input.dispatchEvent(new Event('input', { bubbles: true })));
}
const press = (target: Element, key: string) => act(() => void target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true })));

function shopLog() {
  return new FakeLogSource(1, [
    entry({ id: 'quota', statusCode: 429, url: 'https://api.shop.test/export', startTime: 50, body: body('{"plan":"axolotl-basic"}'), serverMessage: 'Export quota exceeded' }),
    entry({ id: 'cart', statusCode: 500, url: 'https://api.shop.test/cart', startTime: 40, type: 'fetch' }),
    entry({ id: 'logo', statusCode: 404, url: 'https://cdn.shop.test/logo.png', startTime: 30, type: 'image' }),
    entry({ id: 'icon', statusCode: 404, url: 'https://shop.test/favicon.ico', startTime: 20, type: 'image' }),
  ]);
}

describe('filtering the list', () => {
  test('the text filter asks the source about bodies once typing pauses, and shows what it found', async () => {
    const source = shopLog();
    const el = await mountApp(source);
    const input = q(el, 'filter-text')!;
    await type(input, 'a');
    await type(input, 'ax');
    await type(input, ' axolotl ');
    expect(rowIds(el)).toEqual([]); // in no row's own text; the body search has not answered yet
    await eventually(() => rowIds(el).length === 1);
    expect(rowIds(el)).toEqual(['quota']);
    expect(source.calls.searchLog).toEqual([[1, 'axolotl']]);
    expect(q(el, 'shown-count')!.textContent).toBe('1 of 4 shown');
    await act(() => q(el, 'clear-filters')!.click());
    expect(rowIds(el)).toEqual(['quota', 'cart', 'logo', 'icon']);
    expect(q(el, 'shown-count')).toBeNull();
  });

  test('chips show counts, combine with the text, and nothing matching says so', async () => {
    const el = await mountApp(shopLog());
    const chip = (id: string) => el.querySelector<HTMLButtonElement>(`[data-chip="${id}"]`)!;
    expect(chip('class:4xx').textContent).toBe('4xx 3');
    expect(chip('type:image').getAttribute('aria-pressed')).toBe('false');
    await act(() => chip('type:image').click());
    expect(chip('type:image').getAttribute('aria-pressed')).toBe('true');
    expect(rowIds(el)).toEqual(['logo', 'icon']);
    await act(() => chip('host:cdn.shop.test').click());
    expect(rowIds(el)).toEqual(['logo']);
    await type(q(el, 'filter-text')!, 'cart');
    expect(q(el, 'no-match')).not.toBeNull();
    await act(() => (q(el, 'no-match')!.querySelector('button') as HTMLButtonElement).click());
    expect(rowIds(el)).toHaveLength(4);
  });
});

describe('ignore rules in the list', () => {
  test('hidden by the settings, not counted; shown dimmed on demand, which is saved', async () => {
    const settings = new FakeSettings(); // the default rule hides the favicon
    const el = await mountApp(shopLog(), settings);
    expect(rowIds(el)).toEqual(['quota', 'cart', 'logo']);
    expect(q(el, 'count')!.textContent).toBe('3 failed');
    const toggle = q(el, 'show-ignored') as HTMLInputElement;
    expect(toggle.parentElement!.textContent).toContain('Show ignored (1)');
    await act(() => toggle.click());
    await settle();
    expect(rowIds(el)).toEqual(['quota', 'cart', 'logo', 'icon']);
    expect(q(el, 'row-ignored')!.textContent).toBe("Ignored: the favicon the browser asks for");
    expect(q(el, 'count')!.textContent).toBe('3 failed');
    expect(settings.value.display.showIgnored).toBe(true);
  });

  test('a rule chosen from a row is saved and hides the row; Undo takes it out again', async () => {
    const settings = new FakeSettings();
    const el = await mountApp(shopLog(), settings);
    const row = el.querySelector('[data-entry-id="logo"]')!;
    await act(() => row.querySelector<HTMLButtonElement>('[data-testid="row-menu"]')!.click());
    await act(() => q(el, 'ignore-host')!.click());
    await settle();
    expect(settings.value.ignore).toEqual([{ kind: 'favicon', value: '' }, { kind: 'host', value: 'cdn.shop.test' }]);
    expect(rowIds(el)).toEqual(['quota', 'cart']);
    expect(q(el, 'count')!.textContent).toBe('2 failed');
    expect(q(el, 'ignore-notice')!.textContent).toContain('Now ignoring host cdn.shop.test.');
    await act(() => q(el, 'ignore-undo')!.click());
    await settle();
    expect(settings.value.ignore).toEqual([{ kind: 'favicon', value: '' }]);
    expect(rowIds(el)).toEqual(['quota', 'cart', 'logo']);
    expect(q(el, 'ignore-notice')).toBeNull();
  });

  test('a rule that is there already is not added twice, and Undo would not remove it', async () => {
    const settings = new FakeSettings(readSettings({ ignore: [{ kind: 'status', value: '500', host: 'api.shop.test' }], display: { showIgnored: true } }));
    const el = await mountApp(shopLog(), settings);
    await act(() => el.querySelector('[data-entry-id="cart"]')!.querySelector<HTMLButtonElement>('[data-testid="row-menu"]')!.click());
    await act(() => q(el, 'ignore-status')!.click());
    await settle();
    expect(q(el, 'ignore-notice')!.textContent).toContain('Already ignored: 500 from api.shop.test.');
    expect(q(el, 'ignore-undo')).toBeNull();
    expect(settings.value.ignore).toHaveLength(1);
  });

  test("the detail's own Ignore… offers the same rules; the detail stays open", async () => {
    const settings = new FakeSettings();
    const el = await mountApp(shopLog(), settings);
    await act(() => el.querySelector<HTMLElement>('[data-entry-id="quota"]')!.click());
    await eventually(() => q(el, 'detail-title') !== null);
    await act(() => q(el, 'detail-ignore')!.click());
    expect(document.activeElement).toBe(q(el, 'ignore-url'));
    await act(() => q(el, 'ignore-url')!.click());
    await settle();
    expect(settings.value.ignore).toContainEqual({ kind: 'url', value: 'https://api.shop.test/export' });
    expect(q(el, 'entry-detail')).not.toBeNull();
    expect(q(el, 'ignore-notice')!.textContent).toContain('Now ignoring URL https://api.shop.test/export.');
  });

  test('a rule added in the settings page applies to an open list', async () => {
    const settings = new FakeSettings();
    const el = await mountApp(shopLog(), settings);
    await settings.changeElsewhere((s) => ({ ...s, ignore: [...s.ignore, { kind: 'host', value: 'api.shop.test' }] }));
    expect(rowIds(el)).toEqual(['logo']);
    expect(q(el, 'count')!.textContent).toBe('1 failed');
  });

  test("the tab picker asks for counts under the same rules, and shows the header's count for the shown tab", async () => {
    const source = shopLog();
    source.tabs = [{ tabId: 1, count: 99, title: 'Shop', url: 'https://shop.test/' }];
    const settings = new FakeSettings();
    const el = await mountApp(source, settings, true);
    await settle();
    expect(source.calls.listTabsIgnore.at(-1)).toEqual([{ kind: 'favicon', value: '' }]);
    expect((q(el, 'tab-select') as HTMLSelectElement).options[0]!.textContent).toBe('Shop — shop.test (3)');
  });
});

describe('keyboard and focus between the list and a detail', () => {
  test('Enter opens the detail with its heading focused; Esc goes back to the same row', async () => {
    const el = await mountApp(shopLog());
    const cart = el.querySelector<HTMLElement>('[data-entry-id="cart"]')!;
    await act(() => cart.focus());
    await press(cart, 'Enter');
    await eventually(() => q(el, 'detail-title') !== null);
    await eventually(() => document.activeElement === q(el, 'detail-title'));
    expect(q(el, 'detail-title')!.tabIndex).toBe(-1); // focusable, not a tab stop
    await press(document.activeElement!, 'Escape');
    expect(q(el, 'entry-detail')).toBeNull();
    expect((document.activeElement as HTMLElement).dataset.entryId).toBe('cart');
  });

  test('"/" focuses the text filter, unless typing elsewhere; ↓ from it goes to the list', async () => {
    const el = await mountApp(shopLog());
    await press(document.body, '/');
    expect(document.activeElement).toBe(q(el, 'filter-text'));
    // Typed in the filter, "/" is a character like any other.
    const slash = new KeyboardEvent('keydown', { key: '/', bubbles: true, cancelable: true });
    await act(() => void document.activeElement!.dispatchEvent(slash));
    expect(slash.defaultPrevented).toBe(false);
    await type(q(el, 'filter-text')!, 'cart');
    await press(document.activeElement!, 'ArrowDown');
    expect((document.activeElement as HTMLElement).dataset.entryId).toBe('cart');
  });

  test('Esc in the text filter clears it first, without leaving a detail', async () => {
    const el = await mountApp(shopLog());
    const input = q(el, 'filter-text')!;
    await type(input, 'cart');
    await press(input, 'Escape');
    expect((input as HTMLInputElement).value).toBe('');
  });
});

describe('language', () => {
  test('follows the setting when it changes elsewhere', async () => {
    const settings = new FakeSettings();
    const el = await mountApp(shopLog(), settings);
    await settings.changeElsewhere((s) => ({ ...s, display: { ...s.display, language: 'zh-CN' } }));
    expect(el.querySelector('.app')!.getAttribute('lang')).toBe('zh-CN');
    expect(q(el, 'count')!.textContent).toBe('3 个失败');
  });
});
