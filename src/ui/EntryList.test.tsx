// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { act } from 'preact/test-utils';
import { mount } from './test-mount';
import { EntryList } from './EntryList';
import { entry } from '../background/test-helpers';
import type { LogEntry } from '../shared/types';
import type { IgnoreRule } from '../shared/noise';

const reasonOf = (c: number) => ({ 404: 'Not Found', 409: 'Conflict', 500: 'Internal Server Error' })[c];
const rows = (el: HTMLElement) => [...el.querySelectorAll<HTMLElement>('[data-row-key]')];
const focusedId = () => (document.activeElement as HTMLElement | null)?.dataset.entryId;
const key = (target: Element, k: string) => act(() => void target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true })));

function list(entries: LogEntry[], over: { onIgnore?: (e: LogEntry, r: IgnoreRule) => void; hiddenBy?: Map<string, IgnoreRule> } = {}) {
  const opened: string[] = [];
  const el = mount(<EntryList entries={entries} reasonOf={reasonOf} onSelect={(e) => opened.push(e.id)} {...over} />);
  return { el, opened };
}

const flaky = (n: number) => Array.from({ length: n }, (_, i) => entry({ id: `f${i}`, statusCode: 500, url: `https://api.test/flaky?i=${i}`, startTime: 1000 - i, serverMessage: 'Upstream timed out' }));

describe('rows', () => {
  test("identical failures are one row with their count, at the newest one's place; it opens to list them", async () => {
    const { el } = list([entry({ id: 'new', statusCode: 409, startTime: 2000 }), ...flaky(300), entry({ id: 'old', statusCode: 404, startTime: 1 })]);
    const top = el.querySelectorAll('[data-testid="entry-row"]');
    expect([...top].map((r) => (r as HTMLElement).dataset.entryId)).toEqual(['new', 'f0', 'old']);
    const count = el.querySelector<HTMLButtonElement>('[data-testid="group-count"]')!;
    expect(count.textContent).toBe('×300');
    expect(count.getAttribute('aria-expanded')).toBe('false');
    await act(() => count.click());
    expect(el.querySelectorAll('[data-testid="group-member"]')).toHaveLength(300);
    expect(count.getAttribute('aria-expanded')).toBe('true');
    await act(() => count.click());
    expect(el.querySelectorAll('[data-testid="group-member"]')).toHaveLength(0);
  });

  test('the server message is text under the URL; an error name stays whole, with its full text as a title', () => {
    const hostile = '<img src=x onerror="window.ran=1">Quota exceeded';
    const { el } = list([
      entry({ id: 'said', statusCode: 409, serverMessage: hostile }),
      entry({ id: 'net', kind: 'network-error', statusCode: undefined, error: 'net::ERR_CONNECTION_REFUSED' }),
    ]);
    const message = el.querySelector('[data-testid="row-message"]')!;
    expect(message.textContent).toBe(hostile);
    expect(message.querySelector('img')).toBeNull();
    expect(message.closest('td')!.classList.contains('url')).toBe(true);
    const error = el.querySelector<HTMLElement>('[data-testid="row-error"]')!;
    expect(error.textContent).toBe('net::ERR_CONNECTION_REFUSED');
    expect(error.title).toBe('net::ERR_CONNECTION_REFUSED');
  });

  test('a CORS refusal is named in the row, proven or likely; other network failures stay "Network error"', () => {
    const failed = (id: string, cors?: LogEntry['cors']) => entry({ id, kind: 'network-error', statusCode: undefined, error: 'net::ERR_FAILED', url: `https://api.test/${id}`, ...(cors ? { cors } : {}) });
    const { el } = list([
      failed('proven', { problem: 'missing-allow-origin', origin: 'http://localhost:5173', responseStatus: 200 }),
      failed('likely', { problem: 'unverified', origin: 'http://localhost:5173' }),
      failed('plain'),
    ]);
    const kinds = [...el.querySelectorAll('[data-testid="row-kind"]')].map((k) => k.textContent);
    expect(kinds).toEqual(['CORS refused', 'Likely CORS', 'Network error']);
  });

  test('an ignored entry shown says which rule hides it', () => {
    const rule: IgnoreRule = { kind: 'host', value: 'ads.test' };
    const { el } = list([entry({ id: 'ad', url: 'https://ads.test/p' })], { hiddenBy: new Map([['ad', rule]]) });
    expect(rows(el)[0]!.classList.contains('ignored')).toBe(true);
    expect(el.querySelector('[data-testid="row-ignored"]')!.textContent).toBe('Ignored: host ads.test');
  });
});

describe('the keyboard', () => {
  const three = () => [entry({ id: 'a', startTime: 3 }), entry({ id: 'b', startTime: 2 }), entry({ id: 'c', startTime: 1 })];

  test('one row is in the tab order; ↓/j and ↑/k move, Home and End jump, and the tab stop follows', async () => {
    const { el } = list(three());
    expect(rows(el).map((r) => r.tabIndex)).toEqual([0, -1, -1]);
    await act(() => rows(el)[0]!.focus());
    await key(document.activeElement!, 'ArrowDown');
    expect(focusedId()).toBe('b');
    await key(document.activeElement!, 'j');
    expect(focusedId()).toBe('c');
    await key(document.activeElement!, 'j'); // stays at the end
    expect(focusedId()).toBe('c');
    await key(document.activeElement!, 'k');
    expect(focusedId()).toBe('b');
    expect(rows(el).map((r) => r.tabIndex)).toEqual([-1, 0, -1]);
    await key(document.activeElement!, 'Home');
    expect(focusedId()).toBe('a');
    await key(document.activeElement!, 'End');
    expect(focusedId()).toBe('c');
    await key(document.activeElement!, 'ArrowUp');
    expect(focusedId()).toBe('b');
  });

  test('Enter and Space open the focused row; with a modifier, keys are left to the browser', async () => {
    const { el, opened } = list(three());
    await act(() => rows(el)[1]!.focus());
    await key(document.activeElement!, 'Enter');
    await key(document.activeElement!, ' ');
    expect(opened).toEqual(['b', 'b']);
    const ctrlJ = new KeyboardEvent('keydown', { key: 'j', ctrlKey: true, bubbles: true, cancelable: true });
    await act(() => void document.activeElement!.dispatchEvent(ctrlJ));
    expect(focusedId()).toBe('b');
    expect(ctrlJ.defaultPrevented).toBe(false);
  });

  test('→ opens a group and ← closes it; members are rows to move through', async () => {
    const { el } = list([...flaky(3), entry({ id: 'z', startTime: 1 })]);
    await act(() => rows(el)[0]!.focus());
    await key(document.activeElement!, 'ArrowRight');
    expect(rows(el).map((r) => r.dataset.entryId)).toEqual(['f0', 'f0', 'f1', 'f2', 'z']);
    await key(document.activeElement!, 'ArrowDown');
    await key(document.activeElement!, 'ArrowDown');
    expect((document.activeElement as HTMLElement).dataset.rowKey).toBe('m:f1');
    await key(document.activeElement!, 'ArrowLeft'); // a member: back to its group
    expect((document.activeElement as HTMLElement).dataset.rowKey?.startsWith('g:')).toBe(true);
    await key(document.activeElement!, 'ArrowLeft');
    expect(rows(el)).toHaveLength(2);
  });
});

describe('the row menu', () => {
  test('offers this URL, this host and this status from this host; a choice is reported, Esc closes it', async () => {
    const chosen: IgnoreRule[] = [];
    const { el, opened } = list([entry({ id: 'x', statusCode: 409, url: 'https://api.shop.test/v1/users?id=7' })], { onIgnore: (_e, r) => chosen.push(r) });
    const button = el.querySelector<HTMLButtonElement>('[data-testid="row-menu"]')!;
    expect(button.tabIndex).toBe(0); // in the tab order with its row
    await act(() => button.click());
    expect(opened).toEqual([]); // the menu, not the detail
    const labels = [...el.querySelectorAll('[data-testid="ignore-choices"] button')].map((b) => b.textContent);
    expect(labels).toEqual(['Ignore this URL', 'Ignore api.shop.test', 'Ignore 409 from api.shop.test', 'Cancel']);
    expect((document.activeElement as HTMLElement).dataset.testid).toBe('ignore-url');
    await key(document.activeElement!, 'ArrowRight');
    expect((document.activeElement as HTMLElement).dataset.testid).toBe('ignore-host');
    await act(() => (document.activeElement as HTMLButtonElement).click());
    expect(chosen).toEqual([{ kind: 'host', value: 'api.shop.test' }]);
    expect(el.querySelector('[data-testid="ignore-choices"]')).toBeNull();

    await act(() => button.click());
    const esc = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    let reachedDocument = false;
    const listener = () => (reachedDocument = true);
    document.addEventListener('keydown', listener);
    await act(() => void document.activeElement!.dispatchEvent(esc));
    document.removeEventListener('keydown', listener);
    expect(reachedDocument).toBe(false); // not the page's Esc (back to the list)
    expect(el.querySelector('[data-testid="ignore-choices"]')).toBeNull();
    expect((document.activeElement as HTMLElement).dataset.testid).toBe('row-menu');
    expect(chosen).toHaveLength(1);
  });

  test('a network failure offers its class; no menu where rules cannot be saved', () => {
    const withMenu = list([entry({ kind: 'network-error', statusCode: undefined, error: 'net::ERR_FAILED', url: 'https://cdn.test/a.js' })], { onIgnore: () => undefined });
    void act(() => withMenu.el.querySelector<HTMLButtonElement>('[data-testid="row-menu"]')!.click());
    expect(withMenu.el.querySelector('[data-testid="ignore-status"]')!.textContent).toBe('Ignore network errors from cdn.test');
    expect(list([entry({})]).el.querySelector('[data-testid="row-menu"]')).toBeNull();
  });
});
