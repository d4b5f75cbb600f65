import { describe, expect, test } from 'vitest';
import { api, eventually, logOf, tabIdOf, textOf, type BrowserDriver, type PageLike } from './driver';
import type { captureSuite } from './capture-scenario';
import { chooseLanguage } from './reference-scenario';
import { exportFrom } from './har-scenario';
import type { LogEntry } from '../../src/shared/types';

const IMAGE = '/devtools/missing.png';
const SCRIPT = '/devtools/broken.js';
const IMAGE_BODY = 'DEVTOOLS IMAGE 404: no file /devtools/missing.png on this CDN';
const SCRIPT_BODY = 'DEVTOOLS SCRIPT 500: bundle build failed';

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
  return (await fixtureRows(panel)).filter((r) => !r.previous);
}

/** How many requests a row stands for: a group row reads "404×2". */
const requestsIn = (row: { text: string }) => Number(/^\d{3}×(\d+)/.exec(row.text)?.[1] ?? 1);
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

async function fixtureRows(panel: PageLike): Promise<{ status: string; text: string; previous: boolean }[]> {
  const rows = await panel.evaluate(
    () =>
      [...document.querySelectorAll('[data-testid="entry-row"]')].map((row) => ({
        status: (row as HTMLElement).dataset.status ?? '',
        text: row.textContent ?? '',
        previous: row.classList.contains('previous'),
      })),
    undefined,
  );
  return rows.filter((r) => r.text.includes(IMAGE) || r.text.includes(SCRIPT));
}

/**
 * The DevTools panel (src/devtools): the inspected tab's log in a panel of DevTools, and bodies
 * read from DevTools' own network record, in the real panel inside each browser's DevTools
 * (tests/e2e/chromium-devtools.ts, tests/e2e/firefox-devtools.ts). Then the panel's page alone, in
 * a tab, fed by the same background: the devtoolsBody message as our DevTools page sends it.
 */
export function devtoolsSuite(ctx: ReturnType<typeof captureSuite>): void {
  describe('devtools panel', () => {
    test("the panel in DevTools lists the tab's failures and shows the bodies the popup alone cannot", async () => {
      const d = ctx.driver();
      const ext = ctx.ext();
      const full = `${ctx.server().url}/fixture/devtools`;
      const light = full.replace('127.0.0.1', 'localhost');
      const tab = await d.openTab(`${light}?before-devtools`);
      const tabId = await tabIdOf(d, ext, `${light}?before-devtools`);

      // Without DevTools, watched lightly: both failures are logged, neither with a body; the popup says so.
      const before = await eventually(() => currentFailures(d, ext, tabId, 'localhost'), bothLogged, 'the image and the script logged');
      expect(before.map((e) => e.body)).toEqual([undefined, undefined]);
      const popup = await d.openPopup(tabId);
      await chooseLanguage(popup, 'en');
      await openImageIn(popup, 'localhost');
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
        expect(await panel.evaluate(() => document.querySelector('[data-testid="tab-select"]') !== null, undefined)).toBe(false);

        // The page loads again with DevTools open: watched lightly, and in Chromium also in full
        // (Firefox's full capture reads these bodies off the wire itself).
        const loads = [`${light}?with-devtools`, ...(d.name === 'chromium' ? [`${full}?with-devtools`] : [])];
        let host = 'localhost';
        for (const [index, url] of loads.entries()) {
          host = new URL(url).hostname;
          await d.navigate(tab, url);
          const after = await eventually(
            () => currentFailures(d, ext, tabId, host),
            (es) => bothLogged(es) && es.find((e) => e.url.endsWith(IMAGE))?.body !== undefined && (d.name === 'chromium' || es.every((e) => e.body !== undefined)),
            `the bodies from DevTools (${host})`,
          );
          // One entry per request: DevTools' record joined the entry StatusLens made.
          expect(after.map((e) => e.url.slice(e.url.lastIndexOf('/'))).sort()).toEqual(['/broken.js', '/missing.png']);
          expect(after.find((e) => e.url.endsWith(IMAGE))!.body).toMatchObject({ source: 'devtools', truncated: false });
          // The list has polled since the load: the earlier loads' rows are the previous page's now.
          await eventually(
            () => fixtureRows(panel),
            (r) => sum(r.filter((row) => row.previous).map(requestsIn)) === 2 * (index + 1) && r.filter((row) => !row.previous && row.text.includes(host)).length === 2,
            `the panel's rows for ${host}`,
          );

          await openImageIn(panel, host);
          await panel.waitForSelector('[data-testid="body-text"]');
          expect(await textOf(panel, '[data-testid="body-text"]')).toContain(IMAGE_BODY);
          expect(await textOf(panel, '[data-testid="body-source"]')).toContain("Body from DevTools' network record");

          await openRowAt(panel, host, SCRIPT);
          if (d.name === 'chromium') {
            // Chrome cancels a failed script at its status line: no body exists, even in DevTools, and the panel says why.
            expect(after.find((e) => e.url.endsWith(SCRIPT))!.body).toBeUndefined();
            expect(await textOf(panel, '[data-testid="body-notice"]')).toContain('Chrome never reads the body of a failed script or stylesheet');
          } else {
            await panel.waitForSelector('[data-testid="body-text"]');
            expect(await textOf(panel, '[data-testid="body-text"]')).toContain(SCRIPT_BODY);
            expect(await textOf(panel, '[data-testid="body-source"]')).toContain("Body from DevTools' network record");
          }
        }

        // The log is shared: the popup now shows the body DevTools gave.
        const again = await d.openPopup(tabId);
        await openImageIn(again, host);
        expect(await textOf(again, '[data-testid="body-text"]')).toContain(IMAGE_BODY);
        await again.close();

        await openImageIn(panel, host);
        if (d.name === 'chromium') {
          // From the entry to the same request in DevTools' Network panel, filtered to its URL.
          await panel.click('[data-testid="open-in-network"]');
          await eventually(() => devtools.shownTool(), (tool) => tool === 'network', 'the Network panel shown');
          expect(await devtools.networkFilter()).toBe(`${ctx.server().url.replace('127.0.0.1', host)}${IMAGE}`);

          // The panel's HAR export opens in Chromium's own Network panel: every failure, its status and its body.
          const exported = await exportFrom(panel);
          const fileEntries = (JSON.parse(exported.text) as { log: { entries: { request: { url: string } }[] } }).log.entries;
          const imported = await devtools.importHar!(exported.name, exported.text);
          expect(imported.map((r) => r.url).sort()).toEqual(fileEntries.map((e) => e.request.url).sort());
          const importedImages = imported.filter((r) => r.url.endsWith(IMAGE));
          expect(importedImages.length).toBeGreaterThan(0);
          expect(importedImages.every((r) => r.status === 404 && r.method === 'GET')).toBe(true);
          expect(importedImages.some((r) => r.body.includes(IMAGE_BODY))).toBe(true);
          expect(imported.filter((r) => r.url.endsWith(SCRIPT)).every((r) => r.status === 500)).toBe(true);
        } else {
          // Firefox's DevTools API has no way to the Network panel: no button that would do nothing.
          expect(await panel.evaluate(() => document.querySelector('[data-testid="open-in-network"]') !== null, undefined)).toBe(false);
        }
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
        expect(await panel.evaluate(() => document.querySelector('[data-testid="tab-select"]') !== null, undefined)).toBe(false);
        // Outside DevTools there is no Network panel to open.
        await openImageIn(panel, 'localhost');
        expect(await panel.evaluate(() => document.querySelector('[data-testid="open-in-network"]') !== null, undefined)).toBe(false);

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
