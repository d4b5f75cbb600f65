// Takes the README's screenshots from the demo page, in Chromium with the built extension:
// docs/popup-780.png  the 409 in the detail, at the toolbar popup's width
// docs/popup-420.png  the list at 420 px, as in a narrow window or panel
// docs/tab.png        the pop-out: the list beside a detail in a full tab
// docs/settings.png   the settings page
// docs/retry-confirm.png, docs/retry-compare.png  Retry in page on the demo's 409: what will be sent, then before/after
// Run after `npm run build`: node scripts/screenshot.mjs
import { resolve } from 'node:path';
import { startServer } from '../demo/server.mjs';
import { launchChromium, openDemo } from './chromium.mjs';

const server = await startServer();
const { context, extensionId: id, close } = await launchChromium({ dist: resolve('dist/chrome') });
const { tabId } = await openDemo(context, id, `${server.url}/demo`);
const popupUrl = `chrome-extension://${id}/src/popup/index.html?tabId=${tabId}`;

/** Opens the log at a size, and optionally one row (by a piece of its URL). */
async function shot(path, { width, height, row }) {
  const page = await context.newPage();
  await page.setViewportSize({ width, height });
  await page.goto(popupUrl);
  await page.waitForSelector('[data-testid="entry-row"]');
  if (row) {
    await page.locator('[data-testid="entry-row"]', { hasText: row }).first().click();
    await page.waitForSelector('[data-testid="entry-detail"]');
  }
  await page.waitForTimeout(500);
  await page.screenshot({ path });
  await page.close();
}

await shot('docs/popup-780.png', { width: 780, height: 600, row: '/api/users' });
await shot('docs/popup-420.png', { width: 420, height: 600 });
await shot('docs/tab.png', { width: 1440, height: 900, row: '/api/documents/7' });

// Retry in page: the confirm, then the compare view, each scrolled into view.
{
  const page = await context.newPage();
  await page.setViewportSize({ width: 780, height: 700 });
  await page.goto(popupUrl);
  await page.locator('[data-testid="entry-row"]', { hasText: '/api/documents/7' }).first().click();
  await page.locator('[data-testid="retry-in-page"]').first().click();
  await page.locator('[data-testid="retry-confirm"]').scrollIntoViewIfNeeded();
  await page.waitForTimeout(300);
  await page.screenshot({ path: 'docs/retry-confirm.png' });
  await page.click('[data-testid="retry-send"]');
  await page.waitForSelector('[data-testid="compare-view"]', { timeout: 20_000 });
  await page.evaluate(() => document.querySelector('[data-testid="compare-view"]').scrollIntoView({ block: 'start' }));
  await page.waitForTimeout(300);
  await page.screenshot({ path: 'docs/retry-compare.png' });
  await page.close();
}

const settings = await context.newPage();
await settings.setViewportSize({ width: 900, height: 1100 });
await settings.goto(`chrome-extension://${id}/src/options/index.html`);
await settings.waitForSelector('[data-testid="ignore-form"]');
await settings.waitForTimeout(2500); // the rules' live counts
await settings.screenshot({ path: 'docs/settings.png' });
console.log('wrote docs/popup-780.png, docs/popup-420.png, docs/tab.png, docs/retry-confirm.png, docs/retry-compare.png and docs/settings.png');
await close();
await server.close();
