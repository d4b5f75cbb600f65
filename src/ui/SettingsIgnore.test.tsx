// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { FakeSettingsHost, byTestId, choose, click, describedBy, settingsPage, settle, textOf, type, valueOf } from './SettingsFakeHost';
import { COUNTS_REFRESH_MS } from './SettingsIgnore';
import type { IgnoreRule } from '../shared/noise';

const fail = (url: string, statusCode?: number, type = 'fetch') => ({ url, type, kind: statusCode === undefined ? ('network-error' as const) : ('http-error' as const), statusCode });
const rows = (root: HTMLElement) =>
  [...root.querySelectorAll('[data-testid="ignore-rule"]')].map((row) => ({
    rule: row.querySelector('td')!.textContent,
    hides: byTestId(row, 'ignore-rule-count')!.textContent,
  }));
async function addRule(root: HTMLElement, kind: string, value: string, host?: string) {
  await choose(root, 'ignore-kind', kind);
  await type(root, 'ignore-value', value);
  if (host !== undefined) await type(root, 'ignore-host', host);
  await click(root, 'ignore-submit');
}
const RULES: IgnoreRule[] = [
  { kind: 'favicon', value: '' },
  { kind: 'url', value: 'https://api.example.com/v1/ping' },
  { kind: 'url', value: 'https://api.example.com/metrics/*' },
  { kind: 'host', value: '*.example.com' },
  { kind: 'status', value: '404', host: 'api.example.com' },
  { kind: 'status', value: 'network' },
];

afterEach(() => void vi.useRealTimers());

describe('Ignore rules', () => {
  test('each rule in words, with what it hides now across the logs', async () => {
    const host = new FakeSettingsHost({ ignore: RULES });
    host.failures = [fail('http://localhost:3000/favicon.ico', 404, 'image'), fail('https://api.example.com/v1/ping?t=1', 500), fail('https://cdn.example.com/a.js', 404, 'script'), fail('https://cdn.example.com/b.js', 404, 'script'), fail('http://localhost:3000/x')];
    const root = await settingsPage(host);
    expect(rows(root)).toEqual([
      { rule: 'Browser favicon requests', hides: 'hides 1' },
      { rule: 'URL https://api.example.com/v1/ping', hides: 'hides 1' },
      { rule: 'URLs starting with https://api.example.com/metrics/', hides: 'hides 0' },
      { rule: 'Host *.example.com', hides: 'hides 2' },
      { rule: '404 from api.example.com', hides: 'hides 0' },
      { rule: 'Network errors from any site', hides: 'hides 1' },
    ]);
    // Values are code, never markup; buttons say which rule they act on.
    expect(root.querySelector('[data-testid="ignore-rule"]:nth-child(4) code')?.textContent).toBe('*.example.com');
    expect([...root.querySelectorAll('[data-testid="ignore-remove"]')].map((b) => b.getAttribute('aria-label'))[4]).toBe('Remove: 404 from api.example.com');
    expect(root.querySelectorAll('[data-testid="ignore-edit"]')).toHaveLength(5); // the favicon rule has nothing to edit
  });

  test('in Chinese, in the order Chinese puts it', async () => {
    const host = new FakeSettingsHost({ ignore: RULES, display: { language: 'zh-CN' } });
    const root = await settingsPage(host);
    expect(rows(root).map((r) => r.rule)).toEqual([
      '浏览器自动发出的网站图标（favicon）请求',
      'URL https://api.example.com/v1/ping',
      '以 https://api.example.com/metrics/ 开头的 URL',
      '主机 *.example.com',
      '来自 api.example.com 的 404',
      '来自任何网站的网络错误',
    ]);
    expect(rows(root)[0]!.hides).toBe('隐藏 0 条');
  });

  test('the counts are live: asked again every 2 s while the page is open', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const host = new FakeSettingsHost({ ignore: [{ kind: 'host', value: 'localhost:3000' }] });
    const root = await settingsPage(host);
    expect(rows(root)[0]!.hides).toBe('hides 0');
    host.failures.push(fail('http://localhost:3000/api/a', 500), fail('http://localhost:3000/api/b', 404));
    await act(async () => void (await vi.advanceTimersByTimeAsync(COUNTS_REFRESH_MS)));
    await settle();
    expect(rows(root)[0]!.hides).toBe('hides 2');
  });

  test('counts that do not fit the rules are not shown beside them', async () => {
    const host = new FakeSettingsHost({ ignore: RULES.slice(0, 2) });
    host.countsLength = 1;
    const root = await settingsPage(host);
    expect(rows(root).map((r) => r.hides)).toEqual(['count unavailable', 'count unavailable']);
  });

  test('adds a host rule through the form, normalised; its count shows at once', async () => {
    const host = new FakeSettingsHost();
    host.failures = [fail('http://127.0.0.1:8080/a', 404), fail('http://127.0.0.1:8080/b', 500), fail('http://localhost:8080/c', 404)];
    const root = await settingsPage(host);
    await addRule(root, 'host', 'HTTP://127.0.0.1:8080/some/page');
    expect(host.last?.ignore).toEqual([{ kind: 'favicon', value: '' }, { kind: 'host', value: '127.0.0.1:8080' }]);
    expect(rows(root)[1]).toEqual({ rule: 'Host 127.0.0.1:8080', hides: 'hides 2' });
    expect(valueOf(root, 'ignore-value')).toBe(''); // ready for the next one

    await addRule(root, 'status', '4XX', 'localhost:8080');
    expect(host.last?.ignore[2]).toEqual({ kind: 'status', value: '4xx', host: 'localhost:8080' });
    await addRule(root, 'url', 'https://api.example.com/v1/ping?token=1#x');
    expect(host.last?.ignore[3]).toEqual({ kind: 'url', value: 'https://api.example.com/v1/ping' });
  });

  test('a mistake is said next to its field and loses nothing typed', async () => {
    const host = new FakeSettingsHost();
    const root = await settingsPage(host);
    await addRule(root, 'url', 'api.example.com/v1/ping');
    expect(textOf(root, 'ignore-value-error')).toBe('"api.example.com/v1/ping" is not a URL: start it with http:// or https://, such as https://api.example.com/v1/ping.');
    expect(byTestId(root, 'ignore-value')!.getAttribute('aria-invalid')).toBe('true');
    expect(describedBy(root, 'ignore-value')).toContain('is not a URL');
    expect(valueOf(root, 'ignore-value')).toBe('api.example.com/v1/ping');

    // Another kind: the text stays, the old message goes; the new kind says its own.
    await choose(root, 'ignore-kind', 'status');
    expect(byTestId(root, 'ignore-value-error')).toBeNull();
    expect(valueOf(root, 'ignore-value')).toBe('api.example.com/v1/ping');
    await type(root, 'ignore-value', '4040');
    await type(root, 'ignore-host', 'not a host');
    await click(root, 'ignore-submit');
    expect(textOf(root, 'ignore-value-error')).toContain('"4040" is not a status');
    await type(root, 'ignore-value', '404');
    await click(root, 'ignore-submit');
    expect(byTestId(root, 'ignore-value-error')).toBeNull();
    expect(textOf(root, 'ignore-host-error')).toContain('"not a host" is not a site');
    expect(valueOf(root, 'ignore-host')).toBe('not a host');

    await addRule(root, 'host', '');
    expect(textOf(root, 'ignore-value-error')).toBe('Type a site, such as localhost:3000 or *.staging.example.com.');
    expect(host.saved).toEqual([]);
  });

  test('a rule already there, or a failed save, keeps what was typed', async () => {
    const host = new FakeSettingsHost({ ignore: [{ kind: 'host', value: 'localhost:3000' }] });
    const root = await settingsPage(host);
    await addRule(root, 'host', 'localhost:3000');
    expect(textOf(root, 'ignore-form-error')).toBe('This rule is already in the list.');
    host.saveError = 'QUOTA_BYTES_PER_ITEM quota exceeded';
    await addRule(root, 'host', 'localhost:4000');
    expect(textOf(root, 'settings-save-error')).toContain('quota exceeded');
    expect(valueOf(root, 'ignore-value')).toBe('localhost:4000');
    expect(rows(root).map((r) => r.rule)).toEqual(['Host localhost:3000']); // what is stored
  });

  test('Edit fills the form and replaces the rule in place; Remove removes it; the favicon rule can come back', async () => {
    const host = new FakeSettingsHost({ ignore: RULES.slice(0, 3) });
    const root = await settingsPage(host);
    await act(() => (root.querySelectorAll('[data-testid="ignore-edit"]')[0] as HTMLElement).click());
    await settle();
    expect(textOf(root, 'ignore-form')).toContain('Edit the rule: URL https://api.example.com/v1/ping');
    expect(valueOf(root, 'ignore-value')).toBe('https://api.example.com/v1/ping');
    expect(document.activeElement).toBe(byTestId(root, 'ignore-value'));
    await type(root, 'ignore-value', 'https://api.example.com/v1/health');
    await click(root, 'ignore-submit');
    expect(host.last?.ignore.map((r) => r.value)).toEqual(['', 'https://api.example.com/v1/health', 'https://api.example.com/metrics/*']);
    expect(textOf(root, 'ignore-form')).toContain('Add a rule');

    await act(() => (root.querySelectorAll('[data-testid="ignore-remove"]')[0] as HTMLElement).click());
    await settle();
    expect(host.last?.ignore.map((r) => r.kind)).toEqual(['url', 'url']);
    await click(root, 'ignore-favicon');
    expect(host.last?.ignore[0]).toEqual({ kind: 'favicon', value: '' });
    expect(byTestId(root, 'ignore-favicon')).toBeNull();
  });

  test('"List ignored failures too" is saved with the display settings', async () => {
    const host = new FakeSettingsHost();
    const root = await settingsPage(host);
    await click(root, 'settings-showIgnored');
    expect(host.last?.display.showIgnored).toBe(true);
  });
});
