// Takes the store listings' images from the demo page, in Chromium with the built extension, in
// English and in Chinese (the UI language setting), each exactly 1280×800 at device scale 1
// (developer.chrome.com/docs/webstore/images):
// store/screenshots/<locale>/1-popup.png       the toolbar popup over the demo page
// store/screenshots/<locale>/2-detail-409.png  the popup on the 409: what the server said, what to do
// store/screenshots/<locale>/3-pop-out.png     the pop-out: the list beside a detail, in a whole tab
// store/screenshots/<locale>/4-settings.png    the settings page
// store/promo-440x280.png                      the small promo tile, drawn from HTML written here
// A toolbar popup cannot be captured in a headless browser, so the popup page is opened in a tab of
// its own, as the browser opens it for the demo tab (its tab query answered with the demo tab), at
// the popup's size, and laid over a capture of the demo page.
// Run after `npm run build`: npm run store:shots (Chinese needs a CJK font: scripts/setup.sh).
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { startServer } from '../demo/server.mjs';
import { launchChromium, openDemo } from './chromium.mjs';

const SIZE = { width: 1280, height: 800 };
const POPUP = { width: 780, height: 600 }; // Chrome's popup is at most 800×600
const LOCALES = { en: 'en', zh_CN: 'zh-CN' };

// A fixed port keeps the URLs in the images the same from run to run; any free one if it is taken.
const server = await startServer({ port: 8790 }).catch(() => startServer());
const { context, extensionId: id, close } = await launchChromium({ dist: resolve('dist/chrome'), viewport: SIZE });
const page = (path) => `chrome-extension://${id}/${path}`;
const { probe, demo, tabId: demoTabId } = await openDemo(context, id, `${server.url}/demo`);
const demoShot = await demo.screenshot({ type: 'png' });
const badge = await probe.evaluate(async (tabId) => ({
  text: await chrome.action.getBadgeText({ tabId }),
  color: await chrome.action.getBadgeBackgroundColor({ tabId }),
}), demoTabId);
const iconUrl = `data:image/png;base64,${readFileSync(resolve('public/icons/icon-32.png')).toString('base64')}`;

/** Changes some settings, keeping the others (the pages and the background follow at once). */
async function changeSettings(change) {
  await probe.evaluate(async ({ display, ignore }) => {
    const { settings } = await chrome.storage.sync.get('settings');
    const base = settings && typeof settings === 'object' ? settings : {};
    const next = { ...base, display: { ...(base.display ?? {}), ...display } };
    if (ignore) next.ignore = ignore;
    await chrome.storage.sync.set({ settings: next });
  }, change);
}
/** The default rule (the favicon) and one a user adds from a row: the demo's 429, with what it hides. */
const IGNORE_DEFAULT = [{ kind: 'favicon', value: '' }];
const IGNORE_SHOWN = [...IGNORE_DEFAULT, { kind: 'status', value: '429', host: new URL(server.url).host }];

/** The popup as the toolbar opens it on the demo tab, optionally with one row (by a piece of its URL) opened. */
async function popupShot(row) {
  const popup = await context.newPage();
  // The popup asks for the active tab of its window; opened in a tab, that would be itself.
  await popup.addInitScript((tabId) => {
    const query = chrome.tabs.query.bind(chrome.tabs);
    chrome.tabs.query = (q) => (q && q.active ? Promise.resolve([{ id: tabId, active: true }]) : query(q));
  }, demoTabId);
  await popup.setViewportSize(POPUP);
  await popup.goto(page('src/popup/index.html'));
  await popup.waitForSelector('[data-testid="entry-row"]');
  if (row) {
    await popup.locator('[data-testid="entry-row"]', { hasText: row }).first().click();
    await popup.waitForSelector('[data-testid="entry-detail"]');
  }
  await popup.waitForTimeout(500);
  const box = await popup.evaluate(() => {
    const app = document.querySelector('.app');
    return { width: Math.ceil(app.scrollWidth), height: Math.min(Math.ceil(app.getBoundingClientRect().height), 600) };
  });
  const shot = await popup.screenshot({ type: 'png', clip: { x: 0, y: 0, ...box } });
  await popup.close();
  return { shot, box };
}

/**
 * Lays the popup over the demo page under a drawn toolbar (the address, and the extension's icon
 * with the badge the browser really drew for the demo tab), where the browser opens it.
 */
async function overDemo(path, { shot, box }) {
  const canvas = await context.newPage();
  await canvas.setViewportSize(SIZE);
  const url = (png) => `data:image/png;base64,${png.toString('base64')}`;
  const [r, g, b] = badge.color;
  const bar = 44;
  await canvas.setContent(`<!doctype html><html><body style="margin:0;width:${SIZE.width}px;height:${SIZE.height}px;overflow:hidden;position:relative;background:#fff;font:13px system-ui,sans-serif">
    <div style="position:absolute;top:0;left:0;right:0;height:${bar}px;background:#e2e8f0;border-bottom:1px solid #cbd5e1;display:flex;align-items:center;gap:12px;padding:0 14px;box-sizing:border-box">
      <span style="display:flex;gap:7px">${'<i style="width:12px;height:12px;border-radius:50%;background:#94a3b8;display:block"></i>'.repeat(3)}</span>
      <span style="flex:1;background:#fff;border-radius:14px;height:28px;line-height:28px;padding:0 14px;color:#334155">${new URL(server.url).host}/demo</span>
      <span style="position:relative;width:32px;height:32px;display:flex;align-items:center;justify-content:center;background:#cbd5e1;border-radius:6px">
        <img src="${iconUrl}" width="20" height="20">
        <b style="position:absolute;right:-4px;bottom:-2px;background:rgb(${r},${g},${b});color:#fff;font:700 10px system-ui,sans-serif;padding:1px 4px;border-radius:6px">${badge.text}</b>
      </span>
    </div>
    <img src="${url(demoShot)}" style="position:absolute;top:${bar}px;left:0">
    <img src="${url(shot)}" style="position:absolute;top:${bar + 4}px;right:14px;width:${box.width}px;height:${box.height}px;border:1px solid #cbd5e1;border-radius:8px;box-shadow:0 12px 36px rgba(15,23,42,.28)">
  </body></html>`);
  await canvas.evaluate(() => Promise.all([...document.images].map((i) => i.decode())));
  await canvas.screenshot({ path, type: 'png' });
  await canvas.close();
}

/** An extension page in a whole 1280×800 tab. */
async function tabShot(path, url, { ready, row, settle = 500, scrollTo }) {
  const tab = await context.newPage();
  await tab.setViewportSize(SIZE);
  await tab.goto(url);
  await tab.waitForSelector(ready);
  if (row) {
    await tab.locator('[data-testid="entry-row"]', { hasText: row }).first().click();
    await tab.waitForSelector('[data-testid="entry-detail"]');
  }
  await tab.waitForTimeout(settle);
  if (scrollTo) {
    // The section at the top, under the page's sticky header.
    await tab.evaluate((selector) => {
      const section = document.querySelector(selector)?.closest('section');
      const header = document.querySelector('.settings-header')?.getBoundingClientRect().height ?? 0;
      if (section) window.scrollTo(0, section.getBoundingClientRect().top + window.scrollY - header - 4);
    }, scrollTo);
  }
  await tab.screenshot({ path, type: 'png' });
  await tab.close();
}

const written = [];
for (const [dir, language] of Object.entries(LOCALES)) {
  await changeSettings({ display: { language }, ignore: IGNORE_DEFAULT });
  const out = resolve('store/screenshots', dir);
  mkdirSync(out, { recursive: true });
  await overDemo(resolve(out, '1-popup.png'), await popupShot());
  await overDemo(resolve(out, '2-detail-409.png'), await popupShot('/api/users'));
  await tabShot(resolve(out, '3-pop-out.png'), page(`src/popup/index.html?tabId=${demoTabId}`), { ready: '[data-testid="entry-row"]', row: '/api/documents/7' });
  // The rules' live counts take a moment.
  await changeSettings({ ignore: IGNORE_SHOWN });
  await tabShot(resolve(out, '4-settings.png'), page('src/options/index.html'), { ready: '[data-testid="ignore-form"]', settle: 2500, scrollTo: '[data-testid="ignore-form"]' });
  written.push(`store/screenshots/${dir}/{1-popup,2-detail-409,3-pop-out,4-settings}.png`);
}

// The small promo tile: the icon, the name and one claim, drawn at 440×280 and device scale 1.
const icon = readFileSync(resolve('public/icons/icon-128.png')).toString('base64');
const tile = await context.newPage();
await tile.setViewportSize({ width: 440, height: 280 });
await tile.setContent(`<!doctype html><html><body style="margin:0;width:440px;height:280px;overflow:hidden;font-family:system-ui,'DejaVu Sans',sans-serif;
  background:linear-gradient(135deg,#0f172a 0%,#1e3a8a 100%);color:#fff;display:flex;align-items:center;justify-content:center">
  <div style="display:flex;flex-direction:column;align-items:center;gap:10px;text-align:center">
    <div style="display:flex;align-items:center;gap:14px">
      <span style="background:#fff;border-radius:18px;padding:8px;display:flex"><img src="data:image/png;base64,${icon}" width="64" height="64" alt=""></span>
      <span style="font-size:40px;font-weight:700;letter-spacing:-.5px">StatusLens</span>
    </div>
    <div style="font-size:19px;color:#dbeafe">Failing HTTP requests, explained</div>
    <div style="display:flex;gap:8px;margin-top:6px;font:600 14px ui-monospace,'DejaVu Sans Mono',monospace">
      <span style="background:#c2410c;padding:3px 9px;border-radius:6px">404</span>
      <span style="background:#c2410c;padding:3px 9px;border-radius:6px">409</span>
      <span style="background:#dc2626;padding:3px 9px;border-radius:6px">502</span>
      <span style="background:#7c3aed;padding:3px 9px;border-radius:6px">CORS</span>
    </div>
  </div></body></html>`);
await tile.evaluate(() => Promise.all([...document.images].map((i) => i.decode())));
await tile.screenshot({ path: resolve('store/promo-440x280.png'), type: 'png' });
written.push('store/promo-440x280.png');

console.log(`wrote ${written.join(', ')}`);
await close();
await server.close();
