import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { api, eventually, rowsOf, tabIdOf, textOf, typeInto, type PageLike } from './driver';
import type { captureSuite } from './capture-scenario';
import { chooseLanguage } from './reference-scenario';

/** The fixture's failures as the list shows them: 300 identical 500s as one row, and five others. */
const ROWS = 6;
const FLAKY = '/api/list/flaky';

/** The row (or group row) whose path contains `path`: its entry id, status, and what it says. */
async function rowFor(popup: PageLike, path: string): Promise<{ id: string; text: string; count: string } | undefined> {
  return popup.evaluate((p) => {
    const row = [...document.querySelectorAll<HTMLElement>('[data-testid="entry-row"]')].find((r) => r.querySelector('[data-testid="entry-path"]')?.textContent?.includes(p));
    return row && { id: row.dataset.entryId ?? '', text: row.innerText, count: row.querySelector('[data-testid="group-count"]')?.textContent ?? '' };
  }, path);
}

/** What has focus: its test id, its entry id if it is a row, its text. */
async function focused(popup: PageLike): Promise<{ testId?: string; entryId?: string; text: string }> {
  return popup.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return { testId: el?.dataset.testid, entryId: el?.dataset.entryId, text: (el?.innerText ?? '').slice(0, 200) };
  }, undefined);
}

const paths = async (popup: PageLike) => (await rowsOf(popup)).map((r) => r.text);

/** The popup's list on a noisy page: grouping, chips, text search through bodies, the keyboard, ignoring. */
export function listSuite(ctx: ReturnType<typeof captureSuite>): void {
  describe('list', () => {
    let page: PageLike;
    let tabId: number;

    beforeAll(async () => {
      const url = `${ctx.server().url}/fixture/list`;
      page = await ctx.driver().openTab(url);
      tabId = await tabIdOf(ctx.driver(), ctx.ext(), url);
    });
    afterAll(async () => {
      await page?.close();
    });

    async function openList(): Promise<PageLike> {
      const popup = await ctx.driver().openPopup(tabId);
      await chooseLanguage(popup, 'en');
      await eventually(() => rowFor(popup, FLAKY), (r) => r?.count === '×300', 'the 300 identical failures as one row', 30_000);
      await eventually(() => rowsOf(popup), (r) => r.length === ROWS, `${ROWS} rows`);
      return popup;
    }

    test('300 identical failures are one row, "×300", with what the server said; it opens to list them', async () => {
      const popup = await openList();
      const rows = await rowsOf(popup);
      expect(rows.filter((r) => r.status === '500')).toHaveLength(1);
      // The body's message, under the URL (once the newest one's body has been joined to it).
      await eventually(() => rowFor(popup, FLAKY), (r) => r!.text.includes('Inventory service timed out after 3000 ms'), 'the server message');
      expect(await textOf(popup, '[data-testid="count"]')).toBe(`${300 + ROWS - 1} failed`);
      // Newest first by start time: the group sits at its newest member's time, the list is ordered.
      const times = await popup.evaluate(() => [...document.querySelectorAll('[data-testid="entry-row"] .time')].map((t) => t.textContent ?? ''), undefined);
      expect(times).toEqual([...times].sort().reverse());

      await popup.click('[data-testid="group-count"]');
      const members = await eventually(() => popup.evaluate(() => document.querySelectorAll('[data-testid="group-member"]').length, undefined), (n) => n === 300, 'the group opened');
      expect(members).toBe(300);
      await popup.click('[data-testid="group-count"]');
      await eventually(() => popup.evaluate(() => document.querySelectorAll('[data-testid="group-member"]').length, undefined), (n) => n === 0, 'the group closed');
      await popup.close();
    });

    test('a chip and a text filter narrow the list; the text reaches a word found only in a response body', async () => {
      const popup = await openList();
      await popup.click('[data-chip="class:5xx"]');
      await eventually(() => rowsOf(popup), (r) => r.length === 1 && r[0]!.status === '500', 'only the 5xx group');
      expect(await textOf(popup, '[data-testid="shown-count"]')).toBe(`300 of ${300 + ROWS - 1} shown`);
      await popup.click('[data-testid="clear-filters"]');
      await eventually(() => rowsOf(popup), (r) => r.length === ROWS, 'all rows again');

      await popup.click('[data-chip="type:image"]');
      await eventually(() => paths(popup), (r) => r.length === 1 && r[0]!.includes('/img/missing.png'), 'the image only');
      await popup.click('[data-chip="type:image"]');

      // "axolotl" is in the 429's body only: not its URL, status or message.
      const quota = (await rowFor(popup, '/api/list/quota'))!;
      expect(quota.text).toContain('Export quota exceeded');
      expect(quota.text.toLowerCase()).not.toContain('axolotl');
      await typeInto(popup, '[data-testid="filter-text"]', 'AXOLOTL');
      await eventually(() => paths(popup), (r) => r.length === 1 && r[0]!.includes('/api/list/quota'), 'the body match');
      expect(await textOf(popup, '[data-testid="shown-count"]')).toBe(`1 of ${300 + ROWS - 1} shown`);
      // Text and chips combine.
      await popup.click('[data-chip="class:5xx"]');
      await eventually(() => popup.evaluate(() => document.querySelector('[data-testid="no-match"]') !== null, undefined), Boolean, 'nothing matches both');
      await popup.click('[data-testid="clear-filters"]');
      await typeInto(popup, '[data-testid="filter-text"]', 'inventory service');
      await eventually(() => rowsOf(popup), (r) => r.length === 1 && r[0]!.status === '500', 'the server message matches');
      await popup.close();
    });

    test('keyboard only: to a row, open it, reach the fixed request, Esc back to the same row', async () => {
      const popup = await openList();
      await popup.press('/');
      expect((await focused(popup)).testId).toBe('filter-text');
      await popup.press('ArrowDown');
      expect((await focused(popup)).testId).toBe('entry-row');
      const target = (await rowFor(popup, '/api/documents/7'))!;
      for (let i = 0; i < ROWS && (await focused(popup)).entryId !== target.id; i++) await popup.press(i % 2 ? 'j' : 'ArrowDown');
      expect((await focused(popup)).entryId).toBe(target.id);

      await popup.press('Enter');
      await popup.waitForSelector('[data-testid="entry-detail"]');
      const heading = await eventually(() => focused(popup), (f) => f.testId === 'detail-title', 'the heading focused');
      expect(heading.text).toContain('409');
      // The suggestion's fixed request, by Tab alone.
      await popup.waitForSelector('[data-testid="copy-fixed-curl"]');
      for (let i = 0; i < 40 && (await focused(popup)).testId !== 'copy-fixed-curl'; i++) await popup.press('Tab');
      expect((await focused(popup)).testId).toBe('copy-fixed-curl');

      await popup.press('Escape');
      await eventually(() => popup.evaluate(() => document.querySelector('[data-testid="entry-detail"]') === null, undefined), Boolean, 'the detail closed');
      const back = await focused(popup);
      expect(back).toMatchObject({ testId: 'entry-row', entryId: target.id });
      // Focus is drawn: the row's outline is not none.
      const outline = await popup.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle, undefined);
      expect(outline).not.toBe('none');
      await popup.close();
    });

    test('a detail opened from far down the list starts at its top; Back returns to the same place', async () => {
      const popup = await openList();
      await popup.click('[data-testid="group-count"]');
      await eventually(() => popup.evaluate(() => document.querySelectorAll('[data-testid="group-member"]').length, undefined), (n) => n === 300, 'the group opened');
      // Scrolled well down, a member row in view is opened from the keyboard.
      await popup.evaluate(() => void (document.querySelector<HTMLElement>('.list-pane')!.scrollTop = 3000), undefined);
      await new Promise((r) => setTimeout(r, 500)); // rows scrolled into view are drawn (content-visibility) and settle
      const picked = await popup.evaluate(() => {
        const pane = document.querySelector<HTMLElement>('.list-pane')!;
        const box = pane.getBoundingClientRect();
        const row = [...document.querySelectorAll<HTMLElement>('[data-testid="group-member"]')].find((r) => r.getBoundingClientRect().top > box.top + 80 && r.getBoundingClientRect().bottom < box.bottom);
        row!.focus({ preventScroll: true });
        return { key: row!.dataset.rowKey!, scrollTop: pane.scrollTop, top: Math.round(row!.getBoundingClientRect().top - box.top) };
      }, undefined);
      expect(picked.scrollTop).toBeGreaterThan(1000);
      await popup.press('Enter');
      await popup.waitForSelector('[data-testid="entry-detail"]');
      await eventually(() => focused(popup), (f) => f.testId === 'detail-title', 'the heading focused');
      const detail = await popup.evaluate(() => {
        const pane = document.querySelector<HTMLElement>('.detail-pane')!;
        const heading = document.querySelector('[data-testid="detail-title"]')!.getBoundingClientRect();
        return { scrollTop: pane.scrollTop, page: document.scrollingElement?.scrollTop ?? 0, headingInView: heading.top >= 0 && heading.bottom <= innerHeight };
      }, undefined);
      expect(detail).toEqual({ scrollTop: 0, page: 0, headingInView: true });

      await popup.press('Escape');
      await eventually(() => popup.evaluate(() => document.querySelector('[data-testid="entry-detail"]') === null, undefined), Boolean, 'the detail closed');
      const after = await eventually(() => popup.evaluate(() => {
        const pane = document.querySelector<HTMLElement>('.list-pane')!;
        const row = document.activeElement as HTMLElement;
        const box = pane.getBoundingClientRect();
        const r = row.getBoundingClientRect();
        return { key: row.dataset.rowKey, top: Math.round(r.top - box.top), scrollTop: pane.scrollTop };
      }, undefined), (a) => Math.abs(a.top - picked.top) <= 2, 'the row back in its place');
      expect(after.key).toBe(picked.key);
      // The same row at the same place on screen (the scroll offset may differ: rows are drawn lazily).
      expect(Math.abs(after.top - picked.top)).toBeLessThanOrEqual(2);
      expect(after.scrollTop).toBeGreaterThan(1000);
      await popup.close();
    });

    test('a row is ignored from its menu, saved to the settings, shown dimmed on demand, and back with Undo', async () => {
      const d = ctx.driver();
      const popup = await openList();
      const ignoreRules = async () => ((await api<{ settings?: { ignore: { kind: string; value: string }[] } }>(ctx.ext(), d.apiName, 'storage.sync.get', ['settings'])).settings?.ignore ?? []);
      const missing = (await rowFor(popup, '/api/missing'))!;
      await popup.evaluate((id) => (document.querySelector(`[data-entry-id="${id}"] [data-testid="row-menu"]`) as HTMLElement).click(), missing.id);
      await popup.waitForSelector('[data-testid="ignore-status"]');
      expect(await textOf(popup, '[data-testid="ignore-status"]')).toMatch(/^Ignore 404 from 127\.0\.0\.1:\d+$/);
      await popup.click('[data-testid="ignore-url"]');
      await eventually(() => rowsOf(popup), (r) => r.length === ROWS - 1, 'the row hidden');
      expect(await rowFor(popup, '/api/missing')).toBeUndefined();
      expect(await rowFor(popup, '/img/missing.png')).toBeDefined(); // another URL
      expect(await textOf(popup, '[data-testid="count"]')).toBe(`${300 + ROWS - 2} failed`);
      expect(await ignoreRules()).toContainEqual({ kind: 'url', value: `${ctx.server().url}/api/missing` });

      // Shown on demand, dimmed, saying which rule hides it.
      await popup.click('[data-testid="show-ignored"]');
      await eventually(() => rowFor(popup, '/api/missing'), (r) => r !== undefined, 'the ignored row shown');
      expect((await rowFor(popup, '/api/missing'))!.text).toContain(`Ignored: URL ${ctx.server().url}/api/missing`);
      expect(await textOf(popup, '[data-testid="count"]')).toBe(`${300 + ROWS - 2} failed`); // still not counted
      await popup.click('[data-testid="show-ignored"]');
      await eventually(() => rowsOf(popup), (r) => r.length === ROWS - 1, 'hidden again');

      await popup.click('[data-testid="ignore-undo"]');
      await eventually(() => rowsOf(popup), (r) => r.length === ROWS, 'the row back');
      expect(await ignoreRules()).not.toContainEqual({ kind: 'url', value: `${ctx.server().url}/api/missing` });

      // A rule saved elsewhere (the settings page) applies in the open popup.
      const stored = (await api<{ settings: Record<string, unknown> & { ignore: unknown[] } }>(ctx.ext(), d.apiName, 'storage.sync.get', ['settings'])).settings;
      const host = new URL(ctx.server().url).host;
      await api(ctx.ext(), d.apiName, 'storage.sync.set', { settings: { ...stored, ignore: [...stored.ignore, { kind: 'status', value: '404', host }] } });
      await eventually(() => rowsOf(popup), (r) => r.length === ROWS - 2 && !r.some((row) => row.status === '404'), 'both 404s hidden');
      await api(ctx.ext(), d.apiName, 'storage.sync.set', { settings: stored });
      await eventually(() => rowsOf(popup), (r) => r.length === ROWS, 'the rule removed');
      await popup.close();
    });
  });
}
