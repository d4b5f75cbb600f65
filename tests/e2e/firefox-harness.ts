import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const GECKO_ID = 'statuslens@statuslens.dev';
/** Pinned so the tests know the moz-extension:// origin before the add-on is installed. */
export const EXTENSION_UUID = '6f1d3a52-8c1e-4d4b-9a7e-5b2f0c9d1e11';

export interface FirefoxSession {
  browser: Browser;
  origin: string;
  /** The id Firefox gave the installed add-on. */
  id: string;
  close(): Promise<void>;
}

/**
 * Real Debian Firefox ESR over WebDriver BiDi, with the built add-on (a folder or a zip) installed temporarily. With
 * `keptProfile`, it runs on that profile, which close() leaves for the next launch: the add-on is
 * installed again each time, at the same pinned UUID, and keeps its storage.local across the
 * uninstall Firefox makes of a temporary add-on when it quits (keepStorageOnUninstall).
 */
export async function launchFirefox(dist: string, keptProfile?: string): Promise<FirefoxSession> {
  const profile = keptProfile ?? mkdtempSync(join(tmpdir(), 'statuslens-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: FIREFOX,
    headless: true,
    userDataDir: profile,
    // Lets BiDi reach the browser window, from which the DevTools panel scenario opens the toolbox.
    args: ['-remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      'xpinstall.signatures.required': false,
      'network.proxy.allow_hijacking_localhost': false,
      'browser.shell.checkDefaultBrowser': false,
      // An optional permission asked for from a real click is granted without the doorhanger,
      // which headless Firefox cannot show (the request itself still needs the user's input).
      'extensions.webextOptionalPermissionPrompts': false,
      ...(keptProfile && { 'extensions.webextensions.keepStorageOnUninstall': true }),
    },
  });
  const id = await browser.installExtension(dist);
  return {
    browser,
    id,
    origin: `moz-extension://${EXTENSION_UUID}`,
    close: async () => {
      await browser.close();
      if (!keptProfile) rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * BiDi will not navigate straight to moz-extension://, so the page first loads a fixture page
 * and then sets location itself (allowed by the e2e build's TEST_ONLY_POPUP_ACCESS).
 */
export async function openExtensionPage(s: FirefoxSession, fixtureUrl: string, path = 'src/popup/index.html?tabId=-1'): Promise<Page> {
  const page = await s.browser.newPage();
  await page.goto(`${fixtureUrl}/api/ok`);
  const target = `${s.origin}/${path}`;
  await page.evaluate((url) => void (location.href = url), target);
  const deadline = Date.now() + 15_000;
  // page.url() is not updated for moz-extension:// documents over BiDi, so ask the page itself.
  const here = () => page.evaluate(() => location.href).catch(() => '');
  while (!(await here()).startsWith(s.origin)) {
    if (Date.now() > deadline) throw new Error(`could not open ${target}; still at ${await here()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  await page.waitForSelector('#root > *', { timeout: 15_000 });
  return page;
}

