// Takes the README's popup screenshot (docs/popup.png): the demo page's 409 in the popup's detail view.
// Run after `npm run build`: node scripts/screenshot.mjs
import { resolve } from 'node:path';
import { startServer } from '../demo/server.mjs';
import { launchChromium } from './chromium.mjs';

const server = await startServer();
const { context, extensionId: id, close } = await launchChromium({ dist: resolve('dist/chrome') });
const probe = await context.newPage();
await probe.goto(`chrome-extension://${id}/src/popup/index.html?tabId=-1`);
const demo = await context.newPage();
await demo.goto(`${server.url}/demo`);
await demo.waitForTimeout(2500);
const tabId = await probe.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url?.startsWith(u))?.id, `${server.url}/demo`);
const popup = await context.newPage();
await popup.setViewportSize({ width: 780, height: 590 });
await popup.goto(`chrome-extension://${id}/src/popup/index.html?tabId=${tabId}`);
await popup.waitForSelector('[data-testid="entry-row"]');
await popup.evaluate(() => {
  const row = [...document.querySelectorAll('[data-testid="entry-row"]')].find((r) => r.textContent?.includes('/api/users'));
  row?.click();
});
await popup.waitForSelector('[data-testid="entry-detail"]');
await popup.waitForTimeout(500);
await popup.screenshot({ path: 'docs/popup.png' });

// The pop-out: the same log in a full tab, list and detail side by side.
const tab = await context.newPage();
await tab.setViewportSize({ width: 1440, height: 900 });
await tab.goto(`chrome-extension://${id}/src/popup/index.html?tabId=${tabId}`);
await tab.waitForSelector('[data-testid="entry-row"]');
await tab.evaluate(() => {
  const row = [...document.querySelectorAll('[data-testid="entry-row"]')].find((r) => r.textContent?.includes('/api/documents/7'));
  row?.click();
});
await tab.waitForSelector('[data-testid="entry-detail"]');
await tab.waitForTimeout(500);
await tab.screenshot({ path: 'docs/tab.png' });
console.log('wrote docs/popup.png and docs/tab.png');
await close();
await server.close();
