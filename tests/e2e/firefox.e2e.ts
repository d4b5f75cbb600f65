import { describe } from 'vitest';
import { resolve } from 'node:path';
import type { KeyInput, Page } from 'puppeteer-core';
import { launchFirefox, openExtensionPage, type FirefoxSession } from './firefox-harness';
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
import { addFullCaptureSite, type BrowserDriver, type PageLike } from './driver';
import { reportSuite } from './report-scenario';
import { harSuite } from './har-scenario';
import { releaseZipSuite } from './release-scenario';
import { privacySuite } from './privacy-scenario';
import { retrySuite } from './retry-scenario';
import { keepSuite, onOwnProfile } from './keep-scenario';
import { devtoolsSuite } from './devtools-scenario';
import { openFirefoxPanel } from './firefox-devtools';

// The Firefox build plus its one named test-only difference (TEST_ONLY_POPUP_ACCESS in vite.config.ts).
const DIST = resolve(import.meta.dirname, '../../dist/firefox-e2e');

function wrap(page: Page): PageLike {
  return {
    evaluate: (fn, arg) => page.evaluate(fn as never, arg as never) as never,
    evaluateScript: (source) => page.evaluate(source),
    // Firefox starts light; dark cannot be emulated per page over BiDi (Chromium covers the same stylesheet).
    colorScheme: async (value) => value === 'light',
    click: async (selector) => {
      // Clicking through the page's own DOM works the same for web and moz-extension pages over BiDi.
      await page.waitForSelector(selector, { timeout: 15_000 });
      await page.evaluate((s) => (document.querySelector(s) as HTMLElement).click(), selector);
    },
    userClick: async (selector) => {
      await page.waitForSelector(selector, { timeout: 15_000 });
      await page.click(selector);
    },
    typeKeys: async (selector, text) => {
      await page.waitForSelector(selector, { timeout: 15_000 });
      await page.type(selector, text);
    },
    waitForSelector: (selector, options) => page.waitForSelector(selector, { timeout: options?.timeout ?? 15_000 }),
    resize: (width, height) => page.setViewport({ width, height }),
    press: (key) => page.keyboard.press(key as KeyInput),
    close: () => page.close(),
  };
}

let session: FirefoxSession;
/** Each tab the driver opened, by the PageLike the scenarios hold. */
const pagesOf = new WeakMap<PageLike, Page>();
/** The fixture server's host is captured in full, as a user sets it up; `localhost` stays light. */
async function launch(dist: string, serverUrl: string): Promise<BrowserDriver> {
  session = await launchFirefox(dist);
  const d = driver(serverUrl);
  await addFullCaptureSite(d, '127.0.0.1'); // Firefox applies it at once
  return d;
}

function driver(serverUrl: string): BrowserDriver {
  return {
    name: 'firefox',
    apiName: 'browser',
    openTab: async (url) => {
      const page = await session.browser.newPage();
      await page.goto(url);
      await page.waitForSelector('body[data-done="1"]', { timeout: 30_000 });
      const wrapped = wrap(page);
      pagesOf.set(wrapped, page);
      return wrapped;
    },
    navigate: async (page, url) => {
      await page.evaluate((u) => void (location.href = u), url).catch(() => undefined);
    },
    extensionPage: async () => wrap(await openExtensionPage(session, serverUrl, 'src/popup/index.html?tabId=-1')),
    openPopup: async (tabId) => {
      const page = await openExtensionPage(session, serverUrl, `src/popup/index.html?tabId=${tabId}`);
      await page.waitForSelector('.toolbar');
      return wrap(page);
    },
    openSettings: async () => wrap(await openExtensionPage(session, serverUrl, 'src/options/index.html')),
    openDevtoolsPanel: async (tab) => {
      const page = pagesOf.get(tab);
      if (!page) throw new Error('not a tab this driver opened');
      return openFirefoxPanel(session.browser, await page.evaluate(() => location.href));
    },
    openPanelPage: async (tabId) => {
      const page = await openExtensionPage(session, serverUrl, `src/devtools/panel.html?tabId=${tabId}`);
      await page.waitForSelector('.toolbar');
      return wrap(page);
    },
    close: () => session.close(),
  };
}

describe('Firefox', () => {
  const ctx = captureSuite(launch, DIST);
  referenceSuite(ctx);
  analysisSuite(ctx);
  attackSuite(ctx);
  hookTransparencySuite(ctx);
  a11ySuite(ctx);
  detailSuite(ctx);
  listSuite(ctx);
  corsSuite(ctx);
  clearingSuite(ctx);
  watchSuite(ctx);
  settingsSuite(ctx);
  badgeSuite(ctx);
  reportSuite(ctx);
  harSuite(ctx);
  privacySuite(ctx);
  retrySuite(ctx);
  devtoolsSuite(ctx);
});

// The release zip itself, installed as a temporary add-on as the README's Install section says.
releaseZipSuite({
  target: 'firefox',
  id: /^statuslens@statuslens\.dev$/,
  install: async (zip) => {
    const installed = await launchFirefox(zip);
    return { id: installed.id, close: () => installed.close() };
  },
});

describe('Firefox: keep log', () => {
  // Quit and started again on the same profile, as a user restarts Firefox (the add-on installed again).
  const browser = onOwnProfile(
    async (profile, serverUrl) => {
      session = await launchFirefox(DIST, profile);
      return driver(serverUrl);
    },
    () => session.close(),
  );
  keepSuite(browser);
});
