import { describe, expect, test } from 'vitest';
import type { LogEntry, TabLogView, TabSummary } from '../../src/shared/types';
import type { captureSuite } from './capture-scenario';
import { api, eventually, rowsOf, tabIdOf, textOf, type PageLike } from './driver';

/**
 * The settings page as a user works it: an ignore rule added through its form, with the live count
 * of what it hides; a class of failure turned off; the badge style and the language changed. The
 * fixture server is reached as 127.0.0.1 (captured in full) and as localhost (watched lightly): two
 * hosts, each with its own failures. Puts the settings back when done.
 */
export function settingsSuite(ctx: ReturnType<typeof captureSuite>): void {
  const d = () => ctx.driver();
  const send = <T>(message: unknown) => api<T>(ctx.ext(), d().apiName, 'runtime.sendMessage', message);
  const stored = async () => (await api<Record<string, unknown>>(ctx.ext(), d().apiName, 'storage.sync.get', ['settings'])).settings as StoredSettings | undefined;

  /** Every entry the background holds for the tab, page by page. */
  async function entriesOf(tabId: number): Promise<LogEntry[]> {
    const out: LogEntry[] = [];
    for (;;) {
      const view = await send<TabLogView>({ type: 'getLog', tabId, offset: out.length });
      out.push(...(view.entries ?? []));
      if (!view.entries?.length || out.length >= (view.total ?? 0)) return out;
    }
  }
  /** The failures from one host (host:port) in every tab's log, counted here from the logs themselves. */
  async function failuresFrom(host: string): Promise<number> {
    let n = 0;
    for (const { tabId } of await send<TabSummary[]>({ type: 'listTabs' })) n += (await entriesOf(tabId)).filter((e) => new URL(e.url).host === host).length;
    return n;
  }
  async function openFixture(url: string): Promise<PageLike> {
    const page = await d().openTab(url);
    const tabId = await tabIdOf(d(), ctx.ext(), url);
    await eventually(() => entriesOf(tabId), (e) => e.length >= 3, `the failures of ${url}`);
    return page;
  }
  const ruleRows = (settings: PageLike) =>
    settings.evaluate(
      () =>
        [...document.querySelectorAll('[data-testid="ignore-rule"]')].map((row) => ({
          rule: row.querySelector('td')?.textContent ?? '',
          hides: row.querySelector('[data-testid="ignore-rule-count"]')?.textContent ?? '',
        })),
      undefined,
    );
  const hidesOf = async (settings: PageLike, rule: string) => (await ruleRows(settings)).find((r) => r.rule === rule)?.hides;

  describe('settings', () => {
    test('an ignore rule added in the form shows what it hides, live; 4xx off, a dot badge, Chinese: all saved', async () => {
      const before = await stored();
      try {
        await changeEverything();
      } finally {
        // Put the settings back even when a check fails, so the suites after this one start clean.
        await api(ctx.ext(), d().apiName, before ? 'storage.sync.set' : 'storage.sync.remove', before ? { settings: before } : 'settings');
      }
    });

    test('a rule and a language chosen in the settings page take effect in a popup that is already open', async () => {
      const before = await stored();
      const url = `${ctx.server().url}/fixture/main`;
      const page = await d().openTab(url);
      // The fixture's first tab shows the same URL (and may have been cleared): this is the newest.
      const tabId = Math.max(...(await api<{ id: number; url?: string }[]>(ctx.ext(), d().apiName, 'tabs.query', {})).filter((t) => t.url === url).map((t) => t.id));
      const popup = await d().openPopup(tabId);
      try {
        await eventually(() => textOf(popup, '[data-testid="count"]'), (t) => t === '6 failed', 'the popup counting the six failures');
        expect((await rowsOf(popup)).filter((r) => r.status === '500')).not.toHaveLength(0);

        const settings = await d().openSettings();
        await settings.waitForSelector('[data-testid="ignore-form"]');
        await chooseOption(settings, '[data-testid="ignore-kind"]', 'status');
        await settings.typeKeys('[data-testid="ignore-value"]', '500');
        await settings.typeKeys('[data-testid="ignore-host"]', new URL(url).host);
        await settings.userClick('[data-testid="ignore-submit"]');
        await chooseOption(settings, '[data-testid="settings-language"]', 'zh-CN');
        await settings.close();

        // The open popup follows, without being reopened: the 500s leave the list and the count, in Chinese.
        await eventually(() => textOf(popup, '[data-testid="count"]'), (t) => t === '3 个失败', 'the popup to count three, in Chinese');
        expect((await rowsOf(popup)).map((r) => r.status).sort()).toEqual(['404', '404', '409']);
      } finally {
        await popup.close();
        await page.close();
        await api(ctx.ext(), d().apiName, before ? 'storage.sync.set' : 'storage.sync.remove', before ? { settings: before } : 'settings');
      }
    });
  });

  /** The user's walk through the settings page; the caller restores what was stored. */
  async function changeEverything(): Promise<void> {
    const port = new URL(ctx.server().url).port;
    const light = `localhost:${port}`;
    const pages = [await openFixture(`${ctx.server().url}/fixture/second`), await openFixture(`http://${light}/fixture/second`)];

    const settings = await d().openSettings();
    await settings.waitForSelector('[data-testid="ignore-form"]');
    await chooseOption(settings, '[data-testid="ignore-kind"]', 'host');
    await settings.typeKeys('[data-testid="ignore-value"]', light);
    await settings.userClick('[data-testid="ignore-submit"]');
    await eventually(stored, (s) => s?.ignore.some((r) => r.kind === 'host' && r.value === light) === true, 'the host rule saved');

    // The count is of the failures from localhost in every tab, not those from 127.0.0.1.
    const rule = `Host ${light}`;
    const hidden = await failuresFrom(light);
    expect(hidden).toBeGreaterThanOrEqual(3);
    expect(await failuresFrom(`127.0.0.1:${port}`)).toBeGreaterThanOrEqual(3);
    await eventually(() => hidesOf(settings, rule), (h) => h === `hides ${hidden}`, `"hides ${hidden}" beside the rule`);
    // Live: more failures from that host show in the count without reloading the page.
    // The same URL is open in another tab already: wait for this tab's failures, not that one's.
    pages.push(await d().openTab(`http://${light}/fixture/second`));
    const more = await eventually(() => failuresFrom(light), (n) => n >= hidden + 3, 'the second light page\'s failures');
    await eventually(() => hidesOf(settings, rule), (h) => h === `hides ${more}`, `"hides ${more}" after another page's failures`);

    await settings.userClick('[data-testid="settings-flag-clientErrors"]');
    await eventually(stored, (s) => s?.flag.clientErrors === false, '4xx turned off');
    await settings.userClick('[data-testid="settings-badge-dot"]');
    await eventually(stored, (s) => s?.display.badge === 'dot', 'the dot badge saved');
    expect(await textOf(settings, '[data-testid="settings-saved"]')).toBe('✓ Saved.');

    await chooseOption(settings, '[data-testid="settings-language"]', 'zh-CN');
    await eventually(() => textOf(settings, '[data-testid="settings-title"]'), (t) => t === 'StatusLens 设置', 'the heading in Chinese');
    expect(await hidesOf(settings, `主机 ${light}`)).toBe(`隐藏 ${more} 条`);

    expect(await stored()).toMatchObject({
      version: 2,
      flag: { clientErrors: false, serverErrors: true, networkErrors: true, redirects: false, graphqlErrors: false },
      ignore: [{ kind: 'favicon', value: '' }, { kind: 'host', value: light }],
      display: { language: 'zh-CN', badge: 'dot', showIgnored: false },
      capture: { bodyKiB: 256, maskSecrets: true },
    });

    await settings.close();
    for (const page of pages) await page.close();
  }
}

interface StoredSettings {
  flag: Record<string, boolean>;
  ignore: { kind: string; value: string; host?: string }[];
  display: { language: string; badge: string; showIgnored: boolean };
}

/** Picks an option of a <select> as the browser does when the user picks it: the value, then "change". */
export async function chooseOption(page: PageLike, selector: string, value: string): Promise<void> {
  await page.waitForSelector(selector);
  await page.evaluate(
    ({ selector: s, value: v }) => {
      const select = document.querySelector(s) as HTMLSelectElement;
      select.focus();
      select.value = v;
      select.dispatchEvent(new Event('input', { bubbles: true }));
      select.dispatchEvent(new Event('change', { bubbles: true }));
    },
    { selector, value },
  );
}
