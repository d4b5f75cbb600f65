import { describe, expect, test } from 'vitest';
import { resolve } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { launchChromium, type ChromiumSession } from './chromium-harness';
import { captureSuite, clearingSuite } from './capture-scenario';
import { referenceSuite } from './reference-scenario';
import { analysisSuite } from './analysis-scenario';
import { attackSuite } from './attack-scenario';
import { hookTransparencySuite } from './hook-transparency-scenario';
import { watchSuite } from './watch-scenario';
import { a11ySuite } from './a11y-scenario';
import { settingsSuite } from './settings-scenario';
import { badgeSuite } from './badge-scenario';
import { detailSuite } from './detail-scenario';
import { listSuite } from './list-scenario';
import { corsSuite } from './cors-scenario';
import { addFullCaptureSite, api, backgroundReady, eventually, rowsOf, textOf, type BrowserDriver, type PageLike } from './driver';
import { reportSuite } from './report-scenario';
import { harSuite } from './har-scenario';
import { releaseZipSuite, unzipTo } from './release-scenario';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { privacySuite } from './privacy-scenario';
import { retrySuite } from './retry-scenario';
import { keepSuite, onOwnProfile } from './keep-scenario';
import { devtoolsSuite } from './devtools-scenario';
import { connectDevtools, type DevtoolsConnection } from './chromium-devtools';

const DIST = resolve(import.meta.dirname, '../../dist/chrome');

function wrap(page: Page): PageLike {
  return {
    evaluate: (fn, arg) => page.evaluate(fn as never, arg as never),
    evaluateScript: (source) => page.evaluate(source),
    colorScheme: (colorScheme) => page.emulateMedia({ colorScheme }).then(() => true),
    click: (selector) => page.click(selector),
    userClick: (selector) => page.click(selector),
    typeKeys: (selector, text) => page.locator(selector).pressSequentially(text),
    waitForSelector: (selector, options) => page.waitForSelector(selector, { timeout: options?.timeout ?? 15_000 }),
    resize: (width, height) => page.setViewportSize({ width, height }),
    press: (key) => page.keyboard.press(key),
    close: () => page.close(),
  };
}

let session: ChromiumSession;
/** Each tab the driver opened, by the PageLike the scenarios hold. */
const pagesOf = new WeakMap<PageLike, Page>();
let devtools: DevtoolsConnection | undefined;

/** The fixture server's host is captured in full, as a user sets it up; `localhost` stays light. */
async function launch(dist: string): Promise<BrowserDriver> {
  session = await launchChromium(dist, async (first) => {
    session = first;
    await addFullCaptureSite(driver(), '127.0.0.1');
  });
  return driver();
}

function driver(): BrowserDriver {
  const popupUrl = (tabId: number) => `chrome-extension://${session.extensionId}/src/popup/index.html?tabId=${tabId}`;
  return {
    name: 'chromium',
    apiName: 'chrome',
    openTab: async (url) => {
      const page = await session.context.newPage();
      await page.goto(url);
      await page.waitForSelector('body[data-done="1"]', { timeout: 30_000 });
      const wrapped = wrap(page);
      pagesOf.set(wrapped, page);
      return wrapped;
    },
    navigate: async (page, url) => {
      await page.evaluate((u) => void (location.href = u), url).catch(() => undefined);
    },
    extensionPage: async () => {
      const page = await session.context.newPage();
      await page.goto(popupUrl(-1));
      return wrap(page);
    },
    openPopup: async (tabId) => {
      const page = await session.context.newPage();
      await page.goto(popupUrl(tabId));
      await page.waitForSelector('.toolbar');
      return wrap(page);
    },
    openSettings: async () => {
      const page = await session.context.newPage();
      await page.goto(`chrome-extension://${session.extensionId}/src/options/index.html`);
      await page.waitForSelector('.settings');
      return wrap(page);
    },
    openDevtoolsPanel: async (tab) => {
      const page = pagesOf.get(tab);
      if (!page) throw new Error('not a tab this driver opened');
      devtools ??= await connectDevtools(session.profile);
      return devtools.openPanel(page.url(), session.extensionId);
    },
    openPanelPage: async (tabId) => {
      const page = await session.context.newPage();
      await page.goto(`chrome-extension://${session.extensionId}/src/devtools/panel.html?tabId=${tabId}`);
      await page.waitForSelector('.toolbar');
      return wrap(page);
    },
    close: async () => {
      await devtools?.disconnect();
      devtools = undefined;
      await session.close();
    },
  };
}

describe('Chromium', () => {
  const ctx = captureSuite(launch, DIST);

  test('the log survives Chrome stopping the service worker', async () => {
    const d = ctx.driver();
    const ext = ctx.ext();
    const { main } = ctx.tabs();
    await backgroundReady(d, ext);
    const bootedAt = (w: Worker) => w.evaluate(() => performance.timeOrigin);
    const before = await bootedAt(session.context.serviceWorkers()[0]!);
    const logBefore = await api<{ entries: { id: string }[] }>(ext, 'chrome', 'runtime.sendMessage', { type: 'getLog', tabId: main });
    expect(logBefore.entries).toHaveLength(6);
    await new Promise((r) => setTimeout(r, 1000)); // let the batched write to storage.session land

    // Stop the worker the way Chrome does when it is idle.
    const page = session.context.pages().find((p) => p.url().startsWith('chrome-extension://'))!;
    const cdp = await session.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await eventually(async () => session.context.serviceWorkers().length, (n) => n === 0, 'the service worker to stop', 10_000).catch(() => undefined);

    await backgroundReady(d, ext); // wakes a new worker
    const worker = session.context.serviceWorkers()[0] ?? (await session.context.waitForEvent('serviceworker'));
    expect(await bootedAt(worker)).not.toBe(before);
    const logAfter = await api<{ entries: { id: string; url: string }[] }>(ext, 'chrome', 'runtime.sendMessage', { type: 'getLog', tabId: main });
    expect(logAfter.entries.map((e) => e.id)).toEqual(logBefore.entries.map((e) => e.id));
    const conflictId = logAfter.entries.find((e) => e.url.endsWith('/api/users'))!.id;
    const conflict = await api<{ body?: { text?: string } }>(ext, 'chrome', 'runtime.sendMessage', { type: 'getEntry', tabId: main, id: conflictId });
    expect(conflict.body?.text).toContain('Username already taken');

    const popup = await d.openPopup(main);
    const rows = await eventually(() => rowsOf(popup), (r) => r.length === 6, 'rows after the restart');
    expect(rows.map((r) => r.status).sort()).toEqual(['404', '404', '409', '500', '500', '500']);
    expect(await textOf(popup, '[data-testid="count"]')).toBe('6 failed');
    await popup.close();
  });

  referenceSuite(ctx);
  analysisSuite(ctx, async () => {
    const page = session.context.pages().find((p) => p.url().startsWith('chrome-extension://'))!;
    return page.evaluate(() => navigator.clipboard.readText());
  });
  attackSuite(ctx);
  hookTransparencySuite(ctx);
  a11ySuite(ctx);
  detailSuite(ctx, async () => {
    const page = session.context.pages().find((p) => p.url().startsWith('chrome-extension://'))!;
    return page.evaluate(() => navigator.clipboard.readText());
  });
  listSuite(ctx);
  corsSuite(ctx);
  clearingSuite(ctx);
  watchSuite(ctx);
  settingsSuite(ctx);
  badgeSuite(ctx);
  reportSuite(ctx, async () => {
    const page = session.context.pages().find((p) => p.url().startsWith('chrome-extension://'))!;
    return page.evaluate(() => navigator.clipboard.readText());
  });
  harSuite(ctx);
  privacySuite(ctx);
  retrySuite(ctx);
  devtoolsSuite(ctx);
});

// The release zip, unzipped and loaded unpacked as the README's Install section says.
releaseZipSuite({
  target: 'chrome',
  id: /^[a-p]{32}$/,
  install: async (zip) => {
    const dir = mkdtempSync(join(tmpdir(), 'statuslens-unzipped-'));
    unzipTo(zip, dir);
    session = await launchChromium(dir);
    const installed = session;
    return {
      id: installed.extensionId,
      driver: driver(),
      close: async () => {
        await installed.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  },
});

describe('Chromium: keep log', () => {
  // Quit and started again on the same profile, as a user restarts Chromium.
  const browser = onOwnProfile(
    async (profile) => {
      session = await launchChromium(DIST, undefined, true, profile);
      return driver();
    },
    () => session.close(),
  );
  keepSuite(browser);
});
