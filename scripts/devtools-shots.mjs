// The README's DevTools pictures, each checked as it is taken:
// - docs/devtools-panel.png: the demo tab's DevTools showing the StatusLens panel, its 404 image
//   open with the body read from DevTools' network record;
// - docs/har-in-devtools.png: a HAR file exported by StatusLens opened in Chromium's own Network
//   panel, the way a colleague would (Network → Import HAR file). The steps:
// 1. the demo page runs in Chromium with the built extension (dist/chrome);
// 2. its toolbar popup exports the tab's log as HAR (the file the browser is handed is caught);
// 3. in a second tab with DevTools open, the file goes through the Network panel's own import
//    file input; the panel's request list is read back and compared with the file;
// 4. docs/har-in-devtools.png shows the panel with the imported failures.
// The StatusLens panel is shown first, in the demo tab's own DevTools (opened with the tab).
// DevTools' front end is not an API: this reaches its file input and request list by module path,
// which can change between Chromium versions. The end-to-end tests check the same two things
// (tests/e2e/devtools-scenario.ts); this draws them. Run after `npm run build`:
// node --experimental-websocket scripts/devtools-shots.mjs
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startServer } from '../demo/server.mjs';
import { spawnChromium } from './chromium.mjs';
import { connectCdp } from './cdp.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const server = await startServer();
const chromium = await spawnChromium({ dist: resolve('dist/chrome'), args: ['--auto-open-devtools-for-tabs', '--window-size=1280,800'] });
const cdp = await connectCdp(chromium.wsUrl);

try {
  const targets = async () => (await cdp.send('Target.getTargets')).targetInfos;
  const worker = await waitFor(async () => (await targets()).find((t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://')));
  const extensionId = new URL(worker.url).host;

  /** Opens a tab and returns a session on it (its DevTools window opens by itself). */
  async function open(url) {
    const { targetId } = await cdp.send('Target.createTarget', { url });
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: true });
    return { targetId, sessionId };
  }
  async function evaluate(sessionId, expression) {
    const r = await cdp.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true }, sessionId);
    if (r.exceptionDetails) throw new Error(r.exceptionDetails.exception?.description ?? r.exceptionDetails.text);
    return r.result.value;
  }

  // 1–2. The demo's failures, exported from the popup as StatusLens users do.
  // The background must be listening before the demo's requests start (its worker can report in first).
  const popup = await open(`chrome-extension://${extensionId}/src/popup/index.html?tabId=-1`);
  await waitFor(() => evaluate(popup.sessionId, `chrome.runtime.sendMessage({ type: 'listTabs' }).then(Array.isArray)`).catch(() => false));
  const demoUrl = `${server.url}/demo`;
  await open(demoUrl);
  await sleep(3000);
  const tabId = await evaluate(popup.sessionId, `chrome.tabs.query({}).then((tabs) => tabs.find((t) => t.url?.startsWith(${JSON.stringify(demoUrl)}))?.id)`);
  await evaluate(popup.sessionId, `location.search = '?tabId=${tabId}'`);
  await waitFor(() => evaluate(popup.sessionId, `document.querySelectorAll('[data-testid="entry-row"]').length >= 6`).catch(() => false));
  const har = await evaluate(
    popup.sessionId,
    `(async () => {
      let blob;
      URL.createObjectURL = (b) => ((blob = b), 'blob:caught');
      HTMLAnchorElement.prototype.click = function () {};
      document.querySelector('[data-testid="export-har"]').click();
      for (let i = 0; i < 50 && !blob; i++) await new Promise((r) => setTimeout(r, 100));
      return blob.text();
    })()`,
  );
  const file = JSON.parse(har);
  const saved = join(tmpdir(), 'statuslens-demo.har');
  writeFileSync(saved, har);
  console.log(`the exported file: ${saved}`);

  // The StatusLens panel in the demo tab's DevTools, undocked so the picture is all DevTools.
  const demoFront = (await targets()).find((t) => t.url.startsWith('devtools://') && t.title.includes(new URL(demoUrl).host));
  if (!demoFront) throw new Error(`no DevTools window for the demo tab: ${(await targets()).map((t) => t.title).join(', ')}`);
  const { sessionId: demoDevtools } = await cdp.send('Target.attachToTarget', { targetId: demoFront.targetId, flatten: true });
  await waitFor(() =>
    evaluate(
      demoDevtools,
      `import('./ui/legacy/legacy.js').then(async (UI) => {
        const view = UI.InspectorView.InspectorView.instance();
        const id = ${JSON.stringify(`chrome-extension://${extensionId}StatusLens`)};
        if (!view.tabbedPane.tabIds().includes(id)) return false;
        await view.showPanel(id);
        UI.DockController.DockController.instance().setDockSide('undocked');
        return true;
      })`,
    ).catch(() => false),
  );
  const panel = await waitFor(async () => (await targets()).find((t) => t.url.includes('/src/devtools/panel.html')));
  const { sessionId: panelSession } = await cdp.send('Target.attachToTarget', { targetId: panel.targetId, flatten: true });
  // DevTools records a request only once it is open: the page is loaded again under it.
  const demoTab = (await targets()).find((t) => t.type === 'page' && t.url.startsWith(demoUrl));
  const { sessionId: demoPage } = await cdp.send('Target.attachToTarget', { targetId: demoTab.targetId, flatten: true });
  await cdp.send('Page.reload', {}, demoPage);
  await sleep(3000);
  const imageRow = `[...document.querySelectorAll('[data-testid="entry-row"]')].find((r) => r.textContent.includes('missing.png'))`;
  await waitFor(() => evaluate(panelSession, `!!${imageRow}`).catch(() => false));
  await evaluate(panelSession, `${imageRow}.click()`);
  const source = await waitFor(() => evaluate(panelSession, `document.querySelector('[data-testid="body-source"]')?.dataset.source`).catch(() => undefined));
  if (source !== 'devtools') throw new Error(`the 404 image's body came from ${source}, not DevTools' network record`);
  console.log("the StatusLens panel: the 404 image's body is read from DevTools' network record");
  await sleep(800);
  const panelShot = await cdp.send('Page.captureScreenshot', { format: 'png' }, demoDevtools);
  writeFileSync('docs/devtools-panel.png', Buffer.from(panelShot.data, 'base64'));
  console.log('wrote docs/devtools-panel.png');

  // 3. Chromium's Network panel imports it, in a fresh tab's DevTools.
  const before = new Set((await targets()).map((t) => t.targetId));
  await open('about:blank');
  const front = await waitFor(async () => (await targets()).find((t) => !before.has(t.targetId) && t.url.startsWith('devtools://')));
  const { sessionId: devtools } = await cdp.send('Target.attachToTarget', { targetId: front.targetId, flatten: true });
  // Ready once its Network panel can be shown (its strings load after the page does).
  await waitFor(() =>
    evaluate(devtools, `import('./ui/legacy/legacy.js').then((UI) => UI.ViewManager.ViewManager.instance().showView('network')).then(() => true)`).catch(() => false),
  );
  const listed = await evaluate(
    devtools,
    `(async () => {
      const Network = await import('./panels/network/network.js');
      const Logs = await import('./models/logs/logs.js');
      const input = Network.NetworkPanel.NetworkPanel.instance().fileSelectorElement;
      const files = new DataTransfer();
      files.items.add(new File([${JSON.stringify(har)}], 'statuslens.har', { type: 'application/json' }));
      input.files = files.files;
      input.dispatchEvent(new Event('change'));
      for (let i = 0; i < 50 && Logs.NetworkLog.NetworkLog.instance().requests().length === 0; i++) await new Promise((r) => setTimeout(r, 100));
      await new Promise((r) => setTimeout(r, 1000));
      return Logs.NetworkLog.NetworkLog.instance().requests().map((r) => ({ url: r.url(), status: r.statusCode, type: r.resourceType().name() }));
    })()`,
  );

  const expected = file.log.entries.map((e) => ({ url: e.request.url, status: e.response.status, type: e._resourceType }));
  const key = (r) => `${r.status} ${r.type} ${r.url}`;
  const missing = expected.map(key).filter((k) => !listed.map(key).includes(k));
  console.log(`StatusLens exported ${expected.length} failures; Chromium's Network panel lists ${listed.length}:`);
  for (const r of listed) console.log(`  ${String(r.status).padStart(3)}  ${r.type.padEnd(10)} ${r.url}`);

  // 4. The panel as the user sees it, in a window of its own (undocked), so the picture is all panel.
  await evaluate(devtools, `import('./ui/legacy/legacy.js').then((UI) => UI.DockController.DockController.instance().setDockSide('undocked'))`);
  await sleep(1500);
  const shot = await cdp.send('Page.captureScreenshot', { format: 'png' }, devtools);
  writeFileSync('docs/har-in-devtools.png', Buffer.from(shot.data, 'base64'));
  console.log('wrote docs/har-in-devtools.png');
  if (missing.length || listed.length !== expected.length) {
    console.error(`not listed as exported:\n  ${missing.join('\n  ')}`);
    process.exitCode = 1;
  }
} finally {
  await chromium.close();
  await server.close();
}

async function waitFor(probe, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out: ${probe}`);
    await sleep(200);
  }
}
