import { describe, expect, test } from 'vitest';
import { api, eventually, logOf, tabIdOf, textOf, type BrowserDriver, type PageLike } from './driver';
import type { captureSuite } from './capture-scenario';
import { chooseLanguage } from './reference-scenario';
import type { LogEntry } from '../../src/shared/types';

const IMAGE = '/devtools/missing.png';
const SCRIPT = '/devtools/broken.js';
const IMAGE_BODY = 'DEVTOOLS IMAGE 404: no file /devtools/missing.png on this CDN';

/** The fixture's two failures on the tab's current page, as the background logged them. */
async function currentFailures(d: BrowserDriver, ext: PageLike, tabId: number, host: string): Promise<LogEntry[]> {
  const log = await logOf(d, ext, tabId);
  return log.filter((e) => !e.previousPage && e.url.includes(host) && (e.url.endsWith(IMAGE) || e.url.endsWith(SCRIPT)));
}

const bothLogged = (entries: LogEntry[]) => entries.some((e) => e.url.endsWith(IMAGE)) && entries.some((e) => e.url.endsWith(SCRIPT));

/**
 * The panel's rows for this page: the fixture's image and script, not previous-page ones. Read as
 * text content: beside an open detail in a narrow pane the list is hidden, and innerText is empty.
 */
async function currentRows(panel: PageLike): Promise<{ status: string; text: string }[]> {
  const rows = await panel.evaluate(
    () =>
      [...document.querySelectorAll('[data-testid="entry-row"]')]
        .filter((row) => !row.classList.contains('previous'))
        .map((row) => ({ status: (row as HTMLElement).dataset.status ?? '', text: row.textContent ?? '' })),
    undefined,
  );
  return rows.filter((r) => r.text.includes(IMAGE) || r.text.includes(SCRIPT));
}

/**
 * The DevTools panel (src/devtools): the inspected tab's log in a panel of DevTools, and bodies
 * read from DevTools' own network record. In Chromium the real panel is driven inside DevTools'
 * window. Firefox's toolbox cannot be reached from WebDriver BiDi (see the report of the panel's
 * work), so there the panel's page is opened in a tab of its own and fed by the same background.
 */
export function devtoolsSuite(ctx: ReturnType<typeof captureSuite>): void {
  describe('devtools panel', () => {
    test("Chromium: the panel in DevTools lists the tab's failures and shows the 404 image's body the popup alone cannot", async (t) => {
      const d = ctx.driver();
      if (!d.openDevtoolsPanel) return t.skip();
      const ext = ctx.ext();
      const full = `${ctx.server().url}/fixture/devtools`;
      const tab = await d.openTab(full);
      const tabId = await tabIdOf(d, ext, full);

      // Without DevTools: both failures are logged, neither with a body; the popup says so.
      const before = await eventually(() => currentFailures(d, ext, tabId, '127.0.0.1'), bothLogged, 'the image and the script logged');
      expect(before.map((e) => e.body)).toEqual([undefined, undefined]);
      const popup = await d.openPopup(tabId);
      await chooseLanguage(popup, 'en');
      await openImageIn(popup, "127.0.0.1");
      expect(await textOf(popup, '[data-testid="body-notice"]')).toContain('No body was captured for this response.');
      await popup.close();

      const devtools = await d.openDevtoolsPanel(tab);
      const panel = devtools.panel;
      try {
        await chooseLanguage(panel, 'en');
        // The panel shows the inspected tab's log at once, and no other tab's (the main fixture's 409).
        const shown = await eventually(() => currentRows(panel), (r) => r.length === 2, "the panel's rows");
        expect(shown.map((r) => r.status).sort()).toEqual(['404', '500']);
        expect(await panel.evaluate(() => document.querySelector('.list-pane')?.textContent ?? '', undefined)).not.toContain('/api/users');
        expect(await panel.evaluate(() => document.querySelector('[data-testid="tab-select"]'), undefined)).toBeNull();

        // The page loads again with DevTools open, watched in full (127.0.0.1) and then lightly (localhost).
        for (const url of [`${full}?with-devtools`, `${full.replace('127.0.0.1', 'localhost')}?with-devtools`]) {
          const host = new URL(url).hostname;
          await d.navigate(tab, url);
          const after = await eventually(
            () => currentFailures(d, ext, tabId, host),
            (es) => bothLogged(es) && es.find((e) => e.url.endsWith(IMAGE))?.body !== undefined,
            `the image's body from DevTools (${host})`,
          );
          // One entry per request: DevTools' record joined the entry the browser's events made.
          expect(after.map((e) => e.url.slice(e.url.lastIndexOf('/'))).sort()).toEqual(['/broken.js', '/missing.png']);
          expect(after.find((e) => e.url.endsWith(IMAGE))!.body).toMatchObject({ source: 'devtools', mimeType: 'text/html', truncated: false });
          await eventually(() => currentRows(panel), (r) => r.length === 2 && r.every((row) => row.text.includes(host)), `the panel's rows for ${host}`);

          await openImageIn(panel, host);
          await panel.waitForSelector('[data-testid="body-text"]');
          expect(await textOf(panel, '[data-testid="body-text"]')).toContain(IMAGE_BODY);
          expect(await textOf(panel, '[data-testid="body-source"]')).toContain("Body from DevTools' network record");

          // Chrome cancels a failed script at its status line: no body exists, even in DevTools, and the panel says why.
          await openRowAt(panel, host, SCRIPT);
          expect(await textOf(panel, '[data-testid="body-notice"]')).toContain('Chrome never reads the body of a failed script or stylesheet');
          expect(after.find((e) => e.url.endsWith(SCRIPT))!.body).toBeUndefined();
        }

        // The log is shared: the popup now shows the body DevTools gave.
        const again = await d.openPopup(tabId);
        await openImageIn(again, 'localhost');
        expect(await textOf(again, '[data-testid="body-text"]')).toContain(IMAGE_BODY);
        await again.close();

        // From the entry to the same request in DevTools' Network panel, filtered to its URL.
        await openImageIn(panel, 'localhost');
        await panel.click('[data-testid="open-in-network"]');
        await eventually(() => devtools.shownTool(), (tool) => tool === 'network', 'the Network panel shown');
        const imageUrl = `${full.replace('127.0.0.1', 'localhost').replace('/fixture/devtools', IMAGE)}`;
        expect(await devtools.networkFilter()).toBe(imageUrl);
      } finally {
        await devtools.close();
        await api(ext, d.apiName, 'tabs.remove', tabId);
      }
    });

    test("the panel's page shows the tab's log, and a body DevTools read joins its entry with its label", async () => {
      const d = ctx.driver();
      const ext = ctx.ext();
      // Light capture (localhost): the image is logged from the page's resource timing, with no body.
      const url = `${ctx.server().url.replace('127.0.0.1', 'localhost')}/fixture/devtools?panel-page`;
      await d.openTab(url);
      const tabId = await tabIdOf(d, ext, url);
      const logged = await eventually(() => currentFailures(d, ext, tabId, 'localhost'), bothLogged, 'the image and the script logged');
      const image = logged.find((e) => e.url.endsWith(IMAGE))!;
      expect(image.body).toBeUndefined();
      const panel = await d.openPanelPage(tabId);
      try {
        await chooseLanguage(panel, 'en');
        await eventually(() => currentRows(panel), (r) => r.length === 2, "the panel's rows");
        expect(await panel.evaluate(() => document.querySelector('[data-testid="tab-select"]'), undefined)).toBeNull();
        // Outside DevTools there is no Network panel to open.
        await openImageIn(panel, 'localhost');
        expect(await panel.evaluate(() => document.querySelector('[data-testid="open-in-network"]'), undefined)).toBeNull();

        // What our DevTools page sends for DevTools' record of that image (src/devtools/devtools.ts).
        const report = { tabId, url: image.url, method: 'GET', status: 404, startedAt: image.startTime + 5, body: { text: IMAGE_BODY, binary: false, mimeType: 'text/html', truncated: false } };
        const send = () => api<{ result: string }>(ext, d.apiName, 'runtime.sendMessage', { type: 'devtoolsBody', ...report });
        expect(await send()).toEqual({ result: 'attached' });
        expect(await send()).toEqual({ result: 'has-body' }); // the same record again changes nothing
        expect((await currentFailures(d, ext, tabId, 'localhost')).filter((e) => e.url.endsWith(IMAGE))).toHaveLength(1);

        await openRowAt(panel, 'localhost', SCRIPT); // away and back: the detail reads the entry again
        await openImageIn(panel, 'localhost');
        await panel.waitForSelector('[data-testid="body-text"]');
        expect(await textOf(panel, '[data-testid="body-text"]')).toBe(IMAGE_BODY);
        expect(await textOf(panel, '[data-testid="body-source"]')).toContain("Body from DevTools' network record");
        expect(await textOf(panel, '[data-testid="body-source"]')).not.toContain('unverified');
      } finally {
        await panel.close();
        await api(ext, d.apiName, 'tabs.remove', tabId);
      }
    });
  });
}

/** Opens the detail of the current page's row for `path` on `host`. */
async function openRowAt(page: PageLike, host: string, path: string): Promise<void> {
  const found = await page.evaluate(
    ({ host: h, path: p }) => {
      const row = [...document.querySelectorAll('[data-testid="entry-row"]')].find(
        (r) => !r.classList.contains('previous') && (r.textContent ?? '').includes(h) && r.querySelector('[data-testid="entry-path"]')?.textContent?.includes(p),
      );
      (row as HTMLElement | undefined)?.click();
      return Boolean(row);
    },
    { host, path },
  );
  if (!found) throw new Error(`no current row for ${path} on ${host}`);
  await page.waitForSelector('[data-testid="entry-detail"]');
  await eventually(() => textOf(page, '[data-testid="detail-url"]'), (u) => u.includes(host) && u.endsWith(path), `the detail of ${path}`);
}

const openImageIn = (page: PageLike, host: string) => openRowAt(page, host, IMAGE);
