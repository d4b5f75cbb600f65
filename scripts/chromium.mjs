// Debian's Chromium and the flags every StatusLens launch uses (tests, demo, bench, screenshot), and
// the ways they launch it: through Playwright with the extension loaded and its background
// answering (launchChromium), or as a bare process with only a CDP port (spawnChromium), for
// timings that Playwright's own per-request events would skew. Either can reuse a profile, so a
// test can set up the extension (settings, optional permissions) and then restart the browser.
// Without the background-networking flags Chromium keeps calling Google's hosts, which fails offline.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';

/** The extension page the helpers open to reach the background and the extension APIs. */
const EXTENSION_PAGE = 'src/popup/index.html?tabId=-1';

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

const newProfile = () => mkdtempSync(join(tmpdir(), 'statuslens-chromium-'));
// Chromium's helper processes can still write to the profile for a moment after the browser exits.
const removeProfile = (dir) => rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });

/**
 * Launches Chromium through Playwright, with the extension at `dist` loaded (or none), and waits
 * until the extension's background answers a message: the `serviceworker` event can fire before
 * its listeners are registered, so pages loaded earlier could be missed.
 * With `profile`, the browser runs on that user-data directory and close() leaves it in place (to
 * launch again on it); without, on a fresh one that close() removes.
 */
export async function launchChromium({ dist, headless = true, args = [], viewport, permissions, profile } = {}) {
  const { chromium } = await import('playwright-core');
  const dir = profile ?? newProfile();
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM_PATH,
    headless,
    args: [...chromiumArgs(dist), ...args],
    ...(viewport !== undefined && { viewport }),
    ...(permissions && { permissions }),
  });
  const close = async () => {
    await context.close();
    if (!profile) removeProfile(dir);
  };
  if (!dist) return { context, profile: dir, close };
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(worker.url()).host;
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/${EXTENSION_PAGE}`);
  await waitForBackground(page);
  await page.close();
  return { context, extensionId, worker, profile: dir, close };
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

/**
 * Starts Chromium as a plain child process (no Playwright), headless unless told otherwise, with
 * the extension at `dist` (or none) and a CDP port picked by the browser; resolves with the
 * browser's CDP WebSocket URL (connect with scripts/cdp.mjs). It does not wait for the extension.
 * `profile` as in launchChromium: kept when given, else fresh and removed by close().
 */
export async function spawnChromium({ dist, headless = true, args = [], profile } = {}) {
  const dir = profile ?? newProfile();
  const portFile = join(dir, 'DevToolsActivePort');
  rmSync(portFile, { force: true }); // left by an earlier run on this profile
  const flags = [...chromiumArgs(dist), ...(headless ? ['--headless=new'] : []), `--user-data-dir=${dir}`, '--remote-debugging-port=0', ...args, 'about:blank'];
  const child = spawn(CHROMIUM_PATH, flags, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr = (stderr + d).slice(-4000); });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  let gone = false;
  // A harness that dies (an uncaught error) takes its browsers with it.
  const kill = () => child.kill('SIGKILL');
  process.once('exit', kill);
  exited.then(() => { gone = true; process.off('exit', kill); });
  const close = async () => {
    // The helper processes (zygote, network, storage) outlive the browser by a moment; wait for
    // them too, so the profile is no longer written to when it is removed or launched again.
    const helpers = gone ? [] : processTree(child.pid);
    if (!gone) {
      child.kill('SIGTERM'); // Chromium shuts down cleanly on SIGTERM, writing its preferences
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    for (const deadline = Date.now() + 5_000; helpers.some((pid) => existsSync(`/proc/${pid}`)) && Date.now() < deadline; ) await new Promise((r) => setTimeout(r, 50));
    if (!profile) removeProfile(dir);
  };
  const deadline = Date.now() + 20_000;
  while (!existsSync(portFile) || readFileSync(portFile, 'utf8').split('\n').length < 2) {
    if (gone || Date.now() > deadline) {
      await close();
      throw new Error(`Chromium did not open its CDP port${stderr ? `:\n${stderr}` : ''}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  const [port, path] = readFileSync(portFile, 'utf8').split('\n');
  return { pid: child.pid, port: Number(port), wsUrl: `ws://127.0.0.1:${port}${path}`, profile: dir, close };
}

/** The process `root` and all its descendants (Linux, from /proc). */
export function processTree(root) {
  const parent = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      parent.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {} // gone meanwhile
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) for (const [pid, ppid] of parent) if (ppid === tree[i]) tree.push(pid);
  return tree;
}

/** The manifest of a built extension. */
export const manifestOf = (dist) => JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));

/**
 * Opens an extension page (to reach the extension API) and the demo page at `demoUrl`, waits for
 * the demo's requests and the page's reports of them, and finds the demo's tab id. For the scripts
 * that picture the demo (screenshot.mjs, store-shots.mjs).
 */
export async function openDemo(context, extensionId, demoUrl, settleMs = 2500) {
  const probe = await context.newPage();
  await probe.goto(`chrome-extension://${extensionId}/${EXTENSION_PAGE}`);
  const demo = await context.newPage();
  await demo.goto(demoUrl);
  await demo.waitForTimeout(settleMs);
  const tabId = await probe.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url?.startsWith(u))?.id, demoUrl);
  if (tabId === undefined) throw new Error('the demo tab was not found');
  return { probe, demo, tabId };
}

/**
 * The watch part of the settings' defaults (src/shared/settings.ts, DEFAULT_SETTINGS), for a profile that
 * has none stored; the background fills in every other field with its default when it reads them.
 */
export const DEFAULT_SETTINGS = Object.freeze({
  version: 1,
  watch: Object.freeze({ paused: false, scope: 'all', sites: Object.freeze([]), skipped: Object.freeze([]), fullSites: Object.freeze([]) }),
});

/**
 * Writes the user's settings (chrome.storage.sync, key `settings`) from an extension page: the
 * stored value (or the defaults) with the given `watch` fields replaced. Resolves with what was
 * written. The background picks the change up as it would a change made in the settings page.
 */
export async function setSettings(context, extensionId, watch) {
  const page = await context.newPage();
  try {
    await page.goto(`chrome-extension://${extensionId}/${EXTENSION_PAGE}`);
    return await page.evaluate(
      async ({ watch, defaults }) => {
        const stored = (await chrome.storage.sync.get('settings')).settings;
        const base = stored && typeof stored === 'object' ? stored : defaults;
        const settings = { ...defaults, ...base, watch: { ...defaults.watch, ...base.watch, ...watch } };
        await chrome.storage.sync.set({ settings });
        return settings;
      },
      { watch, defaults: DEFAULT_SETTINGS },
    );
  } finally {
    await page.close();
  }
}

/**
 * Grants optional permissions the way a user does: chrome.permissions.request needs a user
 * gesture, so this puts a button in an extension page and clicks it for real. Resolves with
 * whether the browser granted them; throws when the request is refused outright (for instance a
 * permission the manifest does not list as optional). In Chromium no prompt appears when the
 * extension's host permissions already cover what is asked. Some permissions (webRequest) only
 * take effect once the browser restarts: close, then launch again on the same `profile`.
 */
export async function grantOptionalPermissions(context, extensionId, { permissions = [], origins = [] }) {
  const page = await context.newPage();
  try {
    await page.goto(`chrome-extension://${extensionId}/${EXTENSION_PAGE}`);
    await page.evaluate((request) => {
      const button = document.createElement('button');
      button.id = 'statuslens-test-grant';
      button.textContent = 'Grant';
      button.style.cssText = 'position:fixed;top:0;left:0;z-index:2147483647';
      button.addEventListener('click', () => {
        chrome.permissions.request(request).then(
          (granted) => { button.dataset.result = String(granted); },
          (error) => { button.dataset.result = `error: ${error?.message ?? error}`; },
        );
      });
      document.body.append(button);
    }, { permissions, origins });
    await page.click('#statuslens-test-grant');
    const result = await (await page.waitForSelector('#statuslens-test-grant[data-result]', { state: 'attached', timeout: 20_000 })).getAttribute('data-result');
    if (result?.startsWith('error: ')) throw new Error(`chrome.permissions.request: ${result.slice(7)}`);
    return result === 'true';
  } finally {
    await page.close();
  }
}
