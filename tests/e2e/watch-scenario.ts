import { describe, expect, test } from 'vitest';
import type { captureSuite } from './capture-scenario';
import { api, badgeOf, eventually, openRow, rowsOf, storedSettings, tabIdOf, textOf, type PageLike, logOf as logOfTab } from './driver';

/**
 * What is watched, and how, as a user controls it. The harness watches the fixture server's host
 * (127.0.0.1) in full; the same server reached as `localhost` is another site, watched lightly by
 * default: what the page's own calls, its resource timing and the browser's navigation events see.
 * Runs last: it changes the settings, and puts them back.
 */
export function watchSuite(ctx: ReturnType<typeof captureSuite>): void {
  const d = () => ctx.driver();
  const lightUrl = (path: string) => `${ctx.server().url.replace('127.0.0.1', 'localhost')}${path}`;
  const logOf = (tabId: number) => logOfTab(d(), ctx.ext(), tabId);
  const watchOf = (popup: PageLike) => popup.evaluate(() => document.querySelector('[data-testid="watch-bar"]')?.getAttribute('data-level') ?? '', undefined);

  describe('watching what the user asks', () => {
    test('a site watched lightly shows what the page itself saw, and says what it cannot see', async () => {
      const url = lightUrl('/fixture/main');
      const page = await d().openTab(url);
      const tabId = await tabIdOf(d(), ctx.ext(), url);
      const entries = await eventually(() => logOf(tabId), (e) => e.length >= 5, 'the light entries');
      const seen = entries.map((e) => `${e.statusCode} ${e.type} ${e.seenBy}`).sort();
      expect(seen).toEqual(expect.arrayContaining(['409 fetch page', '404 xmlhttprequest page', '404 image resource-timing', '500 sub_frame page']));
      expect(entries.every((e) => e.seenBy !== undefined)).toBe(true); // no webRequest event here

      const popup = await d().openPopup(tabId);
      await eventually(() => watchOf(popup), (l) => l === 'light', 'the watch bar to say light');
      expect(await textOf(popup, '[data-testid="watch-text"]')).toContain(`Watching localhost:${new URL(url).port}`);
      await eventually(() => rowsOf(popup), (r) => r.length >= 5, 'the rows');
      await openRow(popup, '/api/users');
      expect(await textOf(popup, '[data-testid="seen-by"]')).toContain('the browser’s own, such as Cookie and Set-Cookie, are not shown');
      expect(await textOf(popup, '[data-testid="entry-detail"]')).toContain('Username already taken'); // the body, read by the page hook
      await popup.close();
      await page.close();
    });

    test('"Stop watching this site" in the popup: the badge says off, nothing is taken from it, and one click brings it back', async () => {
      const url = lightUrl('/fixture/second');
      const site = `localhost:${new URL(url).port}`;
      const page = await d().openTab(url);
      const tabId = await tabIdOf(d(), ctx.ext(), url);
      await eventually(() => logOf(tabId), (e) => e.length >= 3, 'the light entries of the second fixture');
      const popup = await d().openPopup(tabId);
      await eventually(() => watchOf(popup), (l) => l === 'light', 'light watching');
      await popup.click('[data-testid="watch-stop"]');
      await eventually(() => watchOf(popup), (l) => l === 'off', 'the watch bar to say off');
      expect(await textOf(popup, '[data-testid="watch-text"]')).toBe(`Not watching ${site}.`);
      expect((await storedSettings(d(), ctx.ext()))?.watch.skipped).toEqual([site]);
      const badge = await eventually(() => badgeOf(d(), ctx.ext(), tabId), (b) => b.text === 'off', 'the off badge');
      expect(badge.title).toBe('StatusLens is not watching this site. Click to watch it.');

      await popup.click('[data-testid="clear"]');
      await d().navigate(page, url); // the same failures again, on a site no longer watched
      await page.waitForSelector('body[data-done="1"]', { timeout: 30_000 });
      await new Promise((r) => setTimeout(r, 800)); // reports are batched every 100 ms
      expect(await logOf(tabId)).toEqual([]);

      await popup.click('[data-testid="watch-site"]');
      await eventually(() => watchOf(popup), (l) => l === 'light', 'watched again');
      expect((await storedSettings(d(), ctx.ext()))?.watch.skipped).toEqual([]);
      await d().navigate(page, url);
      await eventually(() => logOf(tabId), (e) => e.length >= 3, 'the failures, seen again');
      await popup.close();
      await page.close();
    });

    test('Pause: no script is left in pages, no webRequest listener runs, every badge says so; Resume restores it', async () => {
      const fullUrl = `${ctx.server().url}/fixture/second`;
      const page = await d().openTab(fullUrl);
      const tabId = await tabIdOf(d(), ctx.ext(), fullUrl);
      await eventually(() => logOf(tabId), (e) => e.length >= 3, 'full capture of the second fixture');
      const popup = await d().openPopup(tabId);
      await eventually(() => watchOf(popup), (l) => l === 'full', 'full capture of 127.0.0.1');
      await popup.click('[data-testid="watch-pause"]');
      await eventually(() => watchOf(popup), (l) => l === 'paused', 'paused');
      const registered = await eventually(
        () => api<{ id: string }[]>(ctx.ext(), d().apiName, 'scripting.getRegisteredContentScripts'),
        (s) => s.length === 0,
        'the page scripts to be unregistered',
      );
      expect(registered).toEqual([]);
      const badge = await eventually(() => badgeOf(d(), ctx.ext(), tabId), (b) => b.text === 'off', 'the paused badge');
      expect(badge.title).toBe('StatusLens is paused. Click to resume.');

      await popup.click('[data-testid="clear"]');
      await d().navigate(page, fullUrl);
      await page.waitForSelector('body[data-done="1"]', { timeout: 30_000 });
      await new Promise((r) => setTimeout(r, 800));
      expect(await logOf(tabId)).toEqual([]); // neither the page nor webRequest reported anything

      await popup.click('[data-testid="watch-resume"]');
      await eventually(() => watchOf(popup), (l) => l === 'full', 'full capture again');
      await d().navigate(page, fullUrl);
      const back = await eventually(() => logOf(tabId), (e) => e.length >= 3, 'the failures, seen again');
      expect(back.some((e) => e.seenBy === undefined)).toBe(true); // webRequest's own records
      await popup.close();
      await page.close();
    });

    test('"Capture everything here" adds the site to full capture, at once while the permission is in effect', async () => {
      const url = lightUrl('/fixture/second');
      const site = `localhost:${new URL(url).port}`;
      const page = await d().openTab(url);
      const tabId = await tabIdOf(d(), ctx.ext(), url);
      const popup = await d().openPopup(tabId);
      await eventually(() => watchOf(popup), (l) => l === 'light', 'light watching');
      await popup.userClick('[data-testid="watch-full-on"]');
      await eventually(() => storedSettings(d(), ctx.ext()), (s) => s?.watch.fullSites.includes(site) === true, 'the site saved for full capture');
      // The permission was granted when the harness set up 127.0.0.1; Chrome applied it at its restart.
      await eventually(() => watchOf(popup), (l) => l === 'full', 'full capture of localhost');
      await d().navigate(page, url);
      await eventually(() => logOf(tabId), (e) => e.some((x) => x.seenBy === undefined), "webRequest's own records on localhost");
      await popup.click('[data-testid="watch-full-off"]');
      await eventually(() => watchOf(popup), (l) => l === 'light', 'light again');
      expect((await storedSettings(d(), ctx.ext()))?.watch.fullSites).toEqual(['127.0.0.1']);
      await popup.close();
      await page.close();
    });
  });
}
