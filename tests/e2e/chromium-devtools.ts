import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DevtoolsPanel, PageLike } from './driver';

/**
 * DevTools' own window in headless Chromium, reached through the browser's CDP port (the harness
 * launches with --remote-debugging-port=0): Puppeteer opens DevTools on a tab (CDP
 * Target.openDevTools) and treats its frontend and our panel's frame as pages. Playwright, which
 * runs the rest of the suite, does not show DevTools windows at all.
 */
export interface DevtoolsConnection {
  openPanel(tabUrl: string, extensionId: string): Promise<DevtoolsPanel>;
  disconnect(): Promise<void>;
}

export async function connectDevtools(profile: string): Promise<DevtoolsConnection> {
  const [port, path] = readFileSync(join(profile, 'DevToolsActivePort'), 'utf8').split('\n');
  const browser: Browser = await puppeteer.connect({ browserWSEndpoint: `ws://127.0.0.1:${port}${path}`, handleDevToolsAsPage: true, defaultViewport: null });
  return {
    openPanel: async (tabUrl, extensionId) => {
      const tab = (await browser.pages()).find((p) => p.url() === tabUrl);
      if (!tab) throw new Error(`no tab at ${tabUrl}`);
      const frontend = await tab.openDevTools();
      return showPanel(frontend, extensionId);
    },
    disconnect: () => browser.disconnect(),
  };
}

/** DevTools' own module (the frontend is ES modules) whose inspector view holds the tool tabs. */
const LEGACY_MODULE = './ui/legacy/legacy.js';

/** DevTools names an extension's panel by the extension's origin and the panel's title, spaces and ports removed. */
const panelIdOf = (extensionId: string) => `chrome-extension://${extensionId}StatusLens`;

async function showPanel(frontend: Page, extensionId: string): Promise<DevtoolsPanel> {
  // The frontend is ready for us once it has loaded the extension's DevTools page, which adds the panel.
  await frontend.waitForFunction(
    () => {
      // Every iframe in the document and its shadow roots (DevTools nests its widgets in them).
      const iframes = (root: Document | ShadowRoot): string[] =>
        [...root.querySelectorAll('*')].flatMap((el) => [...(el instanceof HTMLIFrameElement ? [el.src] : []), ...(el.shadowRoot ? iframes(el.shadowRoot) : [])]);
      return iframes(document).some((src) => src.includes('/src/devtools/index.html'));
    },
    { timeout: 30_000 },
  );
  // Given as source text: the test runner rewrites import() in functions it compiles.
  await frontend.evaluate(`(async () => {
    const id = ${JSON.stringify(panelIdOf(extensionId))};
    const view = (await import(${JSON.stringify(LEGACY_MODULE)})).InspectorView.InspectorView.instance();
    for (let i = 0; i < 150 && !view.tabbedPane.tabIds().includes(id); i++) await new Promise((r) => setTimeout(r, 100));
    await view.showPanel(id);
  })()`);
  let frame: Frame | undefined;
  for (let i = 0; i < 100 && !frame; i++) {
    frame = frontend.frames().find((f) => f.url().includes('/src/devtools/panel.html'));
    if (!frame) await new Promise((r) => setTimeout(r, 150));
  }
  if (!frame) throw new Error('the StatusLens panel did not load in DevTools');
  await frame.waitForSelector('.toolbar', { timeout: 15_000 });
  return {
    panel: wrapFrame(frame),
    shownTool: async () =>
      String(await frontend.evaluate(`(async () => (await import(${JSON.stringify(LEGACY_MODULE)})).InspectorView.InspectorView.instance().tabbedPane.selectedTabId ?? '')()`)),
    // The filter box is a contenteditable prompt, labelled "Filter", inside the Network panel's shadow roots.
    networkFilter: () =>
      frontend.evaluate(() => {
        const prompts = (root: Document | ShadowRoot): Element[] =>
          [...root.querySelectorAll('*')].flatMap((el) => [...(el.classList.contains('toolbar-input-prompt') && el.getAttribute('aria-label') === 'Filter' ? [el] : []), ...(el.shadowRoot ? prompts(el.shadowRoot) : [])]);
        // The prompt keeps a space after what was put in it.
        return prompts(document).map((el) => (el.textContent ?? '').trim()).find((text) => text !== '') ?? '';
      }),
    // NetworkLogView.onLoadFromFile: what the Network panel's "Import HAR file" button and its
    // drop target call with the chosen file. Only the requests the file added are returned.
    importHar: async (fileName, text) =>
      JSON.parse(
        String(
          await frontend.evaluate(`(async () => {
            const [network, logs] = await Promise.all([import('./panels/network/network.js'), import('./models/logs/logs.js')]);
            const before = new Set(logs.NetworkLog.NetworkLog.instance().requests());
            const file = new File([${JSON.stringify(text)}], ${JSON.stringify(fileName)}, { type: 'application/json' });
            await network.NetworkPanel.NetworkPanel.instance().networkLogView.onLoadFromFile(file);
            const added = logs.NetworkLog.NetworkLog.instance().requests().filter((r) => !before.has(r));
            const out = [];
            for (const r of added) {
              const content = await r.requestContentData().catch(() => undefined);
              out.push({ url: r.url(), status: r.statusCode, method: r.requestMethod, body: content?.text ?? '' });
            }
            return JSON.stringify(out);
          })()`),
        ),
      ),
    close: () => frontend.close(),
  };
}

/** A frame inside DevTools as the scenarios' PageLike: DOM clicks, no viewport of its own. */
function wrapFrame(frame: Frame): PageLike {
  const unsupported = (what: string) => () => Promise.reject(new Error(`${what} is not available in a DevTools panel frame`));
  return {
    evaluate: (fn, arg) => frame.evaluate(fn as never, arg as never) as never,
    evaluateScript: (source) => frame.evaluate(source),
    colorScheme: async () => false,
    click: async (selector) => {
      await frame.waitForSelector(selector, { timeout: 15_000 });
      await frame.evaluate((s) => (document.querySelector(s) as HTMLElement).click(), selector);
    },
    userClick: (selector) => frame.click(selector),
    typeKeys: (selector, text) => frame.type(selector, text),
    waitForSelector: (selector, options) => frame.waitForSelector(selector, { timeout: options?.timeout ?? 15_000 }),
    resize: unsupported('resize'),
    press: unsupported('press'),
    close: unsupported('close'),
  };
}
