// Debian's Chromium and the flags every StatusLens launch uses (tests, demo, bench, screenshot), and
// the one way they launch it with the extension and wait for its background to answer.
// Without the background-networking flags Chromium keeps calling Google's hosts, which fails offline.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';

export function chromiumArgs(dist) {
  const args = [
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
    '--disable-gpu',
  ];
  args.push(...(dist ? [`--disable-extensions-except=${dist}`, `--load-extension=${dist}`] : ['--disable-extensions']));
  if (process.getuid?.() === 0) args.push('--no-sandbox'); // Chromium refuses to run as root otherwise
  return args;
}

/**
 * Launches Chromium in a fresh profile, with the extension at `dist` loaded (or none), and waits
 * until the extension's background answers a message: the `serviceworker` event can fire before
 * its listeners are registered, so pages loaded earlier could be missed.
 */
export async function launchChromium({ dist, headless = true, args = [], viewport, permissions } = {}) {
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'statuslens-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless,
    args: [...chromiumArgs(dist), ...args],
    ...(viewport !== undefined && { viewport }),
    ...(permissions && { permissions }),
  });
  const close = async () => {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  };
  if (!dist) return { context, close };
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(worker.url()).host;
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/src/popup/index.html?tabId=-1`);
  await waitForBackground(page);
  await page.close();
  return { context, extensionId, worker, close };
}

/** Resolves once the background answers `listTabs`, which it does only after restoring its state. */
export async function waitForBackground(extensionPage, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const tabs = await extensionPage.evaluate(() => chrome.runtime.sendMessage({ type: 'listTabs' })).catch(() => undefined);
    if (Array.isArray(tabs)) return;
    if (Date.now() > deadline) throw new Error('the StatusLens background did not answer');
    await new Promise((r) => setTimeout(r, 100));
  }
}
