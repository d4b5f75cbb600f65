// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { FakeSettingsHost, byTestId as $, click, describedBy, settingsPage as page, textOf as text } from './SettingsFakeHost';
import { ImportableApp } from './ImportableApp';
import { FakeLogSource } from './fake-source';
import { entry } from '../background/test-helpers';
import { settle } from './test-wait';
import type { EarlierLogs } from './source';
import type { KeptLog } from '../shared/types';

/** The settings page's host, with the background's Clear all behind it. */
class ClearingHost extends FakeSettingsHost {
  clears = 0;
  clearError: string | undefined;
  clearAll = async () => {
    if (this.clearError) throw new Error(this.clearError);
    this.clears++;
  };
}

describe('SettingsPage: keeping logs and Clear all', () => {
  test('keeping logs is off by default, says its bounds and what turning it off does, and is saved when turned on', async () => {
    const host = new ClearingHost();
    const root = await page(host);
    const box = $<HTMLInputElement>(root, 'settings-keep-logs')!;
    expect(box.checked).toBe(false);
    const hint = describedBy(root, 'settings-keep-logs');
    expect(hint).toContain('At most 2000 failures and 4 MB in all');
    expect(hint).toContain('the oldest logs are deleted first');
    expect(hint).toContain('Private windows are never kept');
    expect(hint).toContain('Turning this off deletes every kept log');
    await click(root, 'settings-keep-logs');
    expect(host.last?.capture.keepLogs).toBe(true);
    expect(host.last?.capture.maskSecrets).toBe(true); // the rest of the section as it was
  });

  test('Clear all asks first; Cancel clears nothing; confirmed, it clears and says so', async () => {
    const host = new ClearingHost();
    const root = await page(host);
    await click(root, 'settings-clear-all');
    expect(text(root, 'settings-clear-all-confirm')).toContain('Clear every log now? This cannot be undone.');
    await click(root, 'settings-clear-all-no');
    expect(host.clears).toBe(0);
    expect($(root, 'settings-clear-all-confirm')).toBeNull();
    await click(root, 'settings-clear-all');
    await click(root, 'settings-clear-all-yes');
    expect(host.clears).toBe(1);
    expect(text(root, 'settings-clear-all-done')).toBe('✓ All logs cleared.');
  });

  test('a Clear all that fails says why', async () => {
    const host = new ClearingHost();
    host.clearError = 'the background did not answer';
    const root = await page(host, 'zh-CN');
    await click(root, 'settings-clear-all');
    await click(root, 'settings-clear-all-yes');
    expect(text(root, 'settings-clear-all-error')).toBe('无法清除日志：the background did not answer');
    expect($(root, 'settings-clear-all-done')).toBeNull();
  });

  test('without a background to ask, there is no Clear all button', async () => {
    const root = await page(new FakeSettingsHost());
    expect($(root, 'settings-clear-all')).toBeNull();
    expect($(root, 'settings-keep-logs')).not.toBeNull();
  });
});

describe('the pop-out: earlier sessions', () => {
  let root: HTMLElement | undefined;
  afterEach(() => {
    if (root) render(null, root);
    root?.remove();
    root = undefined;
  });

  const kept: KeptLog = {
    id: 'old1-4',
    title: 'Checkout <b>page</b>',
    url: 'https://shop.test/checkout',
    savedAt: Date.UTC(2026, 0, 2, 3, 4),
    count: 2,
    dropped: 0,
    entries: [
      entry({ id: 'k1', tabId: 4, startTime: 20, statusCode: 500, url: 'https://shop.test/api/pay', body: { source: 'network', binary: false, text: 'payment backend down', keptSize: 20, truncated: false }, masked: 'stored' }),
      entry({ id: 'k2', tabId: 4, startTime: 10, statusCode: 404, url: 'https://shop.test/api/cart', masked: 'stored' }),
    ],
  };

  function earlier(logs: KeptLog[]): EarlierLogs & { opened: string[] } {
    const opened: string[] = [];
    return {
      opened,
      list: async () => logs.map(({ id, title, url, savedAt, count }) => ({ id, title, url, savedAt, count })),
      open: async (id) => (opened.push(id), logs.find((l) => l.id === id) ?? null),
    };
  }

  async function mountPopOut(source: FakeLogSource, logs: EarlierLogs, clearAll?: () => Promise<void>) {
    root = document.createElement('div');
    document.body.append(root);
    await act(() => render(<ImportableApp source={source} tabId={1} fullTab locale="en" saveLocale={() => undefined} refreshMs={60_000} earlier={logs} clearAll={clearAll} />, root!));
    await settle();
  }

  const q = (testId: string) => root!.querySelector(`[data-testid="${testId}"]`) as HTMLElement | null;
  const rows = () => [...root!.querySelectorAll<HTMLElement>('[data-testid="entry-row"]')].map((r) => r.dataset.status);
  async function pick(value: string) {
    const select = q('tab-select') as HTMLSelectElement;
    select.value = value;
    await act(() => void select.dispatchEvent(new Event('change', { bubbles: true })));
    await settle(5);
  }

  test('the tab picker lists earlier sessions after the open tabs; one opens read-only with its rows, and the way back', async () => {
    const source = new FakeLogSource(1, [entry({ id: 'live', tabId: 1, statusCode: 409 })]);
    source.tabs = [{ tabId: 1, title: 'Live tab', url: 'https://app.test/', count: 1 }];
    const logs = earlier([kept]);
    await mountPopOut(source, logs);
    const group = q('earlier-sessions') as HTMLOptGroupElement;
    expect(group.label).toBe('Earlier sessions');
    const [option] = [...group.querySelectorAll('option')];
    expect(option!.textContent).toContain('Checkout <b>page</b> — shop.test (2) · '); // the title as text, never markup
    expect(root!.querySelector('b')).toBeNull();
    expect(rows()).toEqual(['409']);

    await pick('kept:old1-4');
    expect(logs.opened).toEqual(['old1-4']);
    expect(q('kept-from')!.textContent).toContain('Kept from an earlier session: Checkout <b>page</b>, last saved');
    expect(q('kept-from')!.textContent).toContain('(2 failures)');
    expect(rows()).toEqual(['500', '404']);
    expect(q('clear')).toBeNull(); // read-only
    expect(q('tab-select')).toBeNull();

    await act(() => q('back-to-live')!.click());
    await settle(5);
    expect(rows()).toEqual(['409']);
  });

  test('no earlier sessions: no group; one deleted meanwhile says it could not be read', async () => {
    const source = new FakeLogSource(1, [entry({ tabId: 1 })]);
    await mountPopOut(source, earlier([]));
    expect(q('earlier-sessions')).toBeNull();
    render(null, root!);
    const gone = earlier([kept]);
    gone.open = async () => null;
    await mountPopOut(source, gone);
    await pick('kept:old1-4');
    expect(q('kept-error')!.textContent).toBe('This kept log could not be read: it may have been deleted.');
    expect(q('kept-from')).toBeNull();
  });

  test('Clear all in the pop-out asks first, then clears, and the earlier sessions are listed again (none left)', async () => {
    const source = new FakeLogSource(1, [entry({ tabId: 1 })]);
    const logs = [kept];
    let clears = 0;
    await mountPopOut(source, earlier(logs), async () => {
      clears++;
      logs.length = 0;
    });
    expect(q('earlier-sessions')).not.toBeNull();
    await act(() => q('clear-all')!.click());
    expect(q('clear-all-confirm')!.textContent).toContain('This cannot be undone.');
    await act(() => q('clear-all-no')!.click());
    expect(clears).toBe(0);
    await act(() => q('clear-all')!.click());
    await act(() => q('clear-all-yes')!.click());
    await settle(5);
    expect(clears).toBe(1);
    expect(q('clear-all-done')!.textContent).toBe('✓ All logs cleared.');
    expect(q('earlier-sessions')).toBeNull();
  });

  test('a HAR file or kept log shown, and the toolbar popup, have no Clear all', async () => {
    const source = new FakeLogSource(1, [entry({ tabId: 1 })]);
    root = document.createElement('div');
    document.body.append(root);
    await act(() => render(<ImportableApp source={source} tabId={1} fullTab={false} locale="en" saveLocale={() => undefined} refreshMs={60_000} clearAll={async () => undefined} />, root!));
    await settle();
    expect(q('clear-all')).toBeNull();
    render(null, root);
    await mountPopOut(source, earlier([kept]), async () => undefined);
    await pick('kept:old1-4');
    expect(q('kept-from')).not.toBeNull();
    expect(q('clear-all')).toBeNull();
  });
});
