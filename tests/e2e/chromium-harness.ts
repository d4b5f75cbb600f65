import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';

/** Real Debian Chromium with the built extension loaded (flags as in DEVELOPERS.md). */
export interface ChromiumSession {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  close(): Promise<void>;
}

export function chromiumArgs(dist: string): string[] {
  return [
    `--disable-extensions-except=${dist}`,
    `--load-extension=${dist}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ];
}

export async function launchChromium(dist: string, headless = true): Promise<ChromiumSession> {
  const profile = mkdtempSync(join(tmpdir(), 'statuslens-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless,
    args: chromiumArgs(dist),
  });
  let worker = context.serviceWorkers()[0];
  worker ??= await context.waitForEvent('serviceworker', { timeout: 20_000 });
  const extensionId = new URL(worker.url()).host;
  const session: ChromiumSession = {
    context,
    extensionId,
    worker,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
  return session;
}

/** An extension page of ours, from which the tests talk to the background as the popup does. */
export async function extensionPage(s: ChromiumSession, path = 'src/popup/index.html?tabId=-1'): Promise<Page> {
  const page = await s.context.newPage();
  await page.goto(`chrome-extension://${s.extensionId}/${path}`);
  return page;
}

/**
 * The readiness race: the serviceworker event can fire before the background's listeners are
 * registered. Wait until it answers a ping, as the popup would.
 */
export async function waitForBackground(page: Page): Promise<{ ready: boolean; bootId: string }> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      const reply = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'ping' }));
      if (reply?.ready) return reply;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error('background never answered ping');
    await page.waitForTimeout(100);
  }
}

/** Tab id of the page whose URL starts with `urlPrefix`, found the way the extension sees tabs. */
export async function tabIdOf(ext: Page, urlPrefix: string): Promise<number> {
  const id = await ext.evaluate(async (prefix) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((t) => t.url?.startsWith(prefix))?.id;
  }, urlPrefix);
  if (id === undefined) throw new Error(`no tab at ${urlPrefix}`);
  return id;
}

export async function badgeOf(ext: Page, tabId: number): Promise<{ text: string; title: string; color: number[] }> {
  return ext.evaluate(async (id) => ({
    text: await chrome.action.getBadgeText({ tabId: id }),
    title: await chrome.action.getTitle({ tabId: id }),
    color: await chrome.action.getBadgeBackgroundColor({ tabId: id }),
  }), tabId);
}
