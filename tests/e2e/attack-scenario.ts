import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startServer } from '../../demo/server.mjs';
import { eventually, openRow, rowsOf, tabIdOf, textOf, type BrowserDriver, type PageLike } from './driver';

type Server = Awaited<ReturnType<typeof startServer>>;
interface SuiteContext {
  driver: () => BrowserDriver;
  server: () => Server;
  ext: () => PageLike;
}

/**
 * Issue 8 as an attacker plays it: a hostile page on one origin (the fixture server) forges the
 * page hook's events against a victim on another origin (a second server, another port), in the
 * real browser with the built extension. Each test fails on a build without the defence.
 */
export function attackSuite(ctx: SuiteContext): void {
  let victim: Server;
  beforeAll(async () => {
    victim = await startServer();
  });
  afterAll(async () => {
    await victim?.close();
  });

  const hostile = (mode: string) => `${ctx.server().url}/fixture/hostile?mode=${mode}&victim=${encodeURIComponent(victim.url)}`;

  /** Opens the detail of the row for `path` in the tab's popup and waits for its body text. */
  async function bodyOf(tabId: number, path: string, ready: RegExp): Promise<{ popup: PageLike; body: string }> {
    const popup = await ctx.driver().openPopup(tabId);
    await eventually(() => rowsOf(popup), (rows) => rows.some((r) => r.text.includes(path)), `a row for ${path}`);
    await openRow(popup, path);
    const body = await eventually(() => textOf(popup, '[data-testid="body-text"]'), (t) => ready.test(t), `the body of ${path}`);
    return { popup, body };
  }

  describe('attacks from a hostile page', () => {
    test("a page cannot pass its text off as a cross-origin frame's document", async () => {
      const d = ctx.driver();
      const page = await d.openTab(hostile('frame'));
      const tabId = await tabIdOf(d, ctx.ext(), hostile('frame'));
      const { popup, body } = await bodyOf(tabId, '/victim/frame', /BODY/);
      expect(body).toContain('REAL FRAME BODY');
      expect(await textOf(popup, 'body')).not.toContain('FORGED');
      await popup.close();
      await page.close();
    });

    test("bodies queued before navigating never dress the next site's responses", async () => {
      const d = ctx.driver();
      const page = await d.openTab(hostile('queue'));
      const victimPage = `${victim.url}/fixture/victim`;
      await eventually(() => page.evaluate(() => (location.pathname === '/fixture/victim' ? document.body?.dataset.done : undefined), undefined), (v) => v === '1', 'the victim page to load');
      const tabId = await tabIdOf(d, ctx.ext(), victimPage);
      const { popup, body } = await bodyOf(tabId, '/victim/api', /ERROR|FORGED/);
      expect(body).toContain('REAL VICTIM ERROR');
      expect(body).not.toContain('FORGED');
      await popup.close();
      await page.close();
    });

    test('a page cannot flood the log with made-up failures, and the ones it adds say who said so', async () => {
      const d = ctx.driver();
      const page = await d.openTab(hostile('flood'));
      const tabId = await tabIdOf(d, ctx.ext(), hostile('flood'));
      const popup = await d.openPopup(tabId);
      const refused = await eventually(() => textOf(popup, '[data-testid="refused"]'), (t) => /\d+/.test(t), 'the refused notice');
      const rows = await rowsOf(popup);
      const fakes = rows.filter((r) => r.text.includes('/victim/fake/'));
      expect(fakes.length).toBeGreaterThan(0);
      expect(fakes.length).toBeLessThanOrEqual(50);
      expect(Number(/(\d+)/.exec(refused)![1])).toBe(1000 - fakes.length);
      expect(rows.some((r) => r.text.includes('/victim/api'))).toBe(true); // the real failure stays
      await openRow(popup, '/victim/fake/');
      expect(await textOf(popup, '[data-testid="reported-by"]')).toContain(`Reported by the page at ${ctx.server().url}`);
      await popup.close();
      await page.close();
    });
  });
}
