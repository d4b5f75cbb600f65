import type { Browser } from 'puppeteer-core';
import type { DevtoolsPanel, PageLike } from './driver';

/**
 * Firefox's toolbox, driven from the test harness. WebDriver BiDi reaches the browser's own chrome
 * window when Firefox runs with -remote-allow-system-access (the harness passes it): a script there
 * opens the toolbox on a tab (gDevTools.showToolboxForTab) and selects our panel. The panel's page
 * is a content document of its own, in the extension's process, which BiDi does not list; a frame
 * script loaded into the panel's <browser> runs the scenarios' checks in that document and sends
 * back their JSON-able results. Test-only, as is the whole harness.
 */
interface BidiConnection {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
}

let calls = 0;

export async function openFirefoxPanel(browser: Browser, tabUrl: string): Promise<DevtoolsPanel> {
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  const chrome = await chromeEvaluator(connection);
  const panelId = await chrome(`(async () => {
    const { require } = ChromeUtils.importESModule('resource://devtools/shared/loader/Loader.sys.mjs');
    const { gDevTools } = require('devtools/client/framework/devtools');
    const tab = gBrowser.tabs.find((t) => t.linkedBrowser.currentURI.spec === ${JSON.stringify(tabUrl)});
    if (!tab) throw new Error('no tab at ' + ${JSON.stringify(tabUrl)});
    const toolbox = await gDevTools.showToolboxForTab(tab);
    // Our DevTools page adds the panel once it has loaded in the toolbox.
    let id;
    for (let i = 0; i < 150 && !id; i++) {
      id = [...toolbox.getAdditionalTools()].map((t) => t.id).find((x) => x.startsWith('webext-devtools-panel-statuslens'));
      if (!id) await new Promise((r) => setTimeout(r, 100));
    }
    if (!id) throw new Error('the StatusLens panel was not added to the toolbox');
    await toolbox.selectTool(id);
    globalThis.statuslensTestPanel = { toolbox, id };
    return id;
  })()`);
  const inPanel = (source: string) =>
    chrome(`(async () => {
      const { toolbox, id } = globalThis.statuslensTestPanel;
      const frame = toolbox.doc.getElementById('toolbox-panel-iframe-' + id);
      const panelBrowser = frame?.contentDocument?.querySelector('browser');
      if (!panelBrowser?.messageManager) throw new Error('the panel has no document yet');
      const name = 'statuslens-test:' + ${++calls};
      const mm = panelBrowser.messageManager;
      const reply = await new Promise((resolve) => {
        const listener = (m) => { mm.removeMessageListener(name, listener); resolve(m.data); };
        setTimeout(() => { mm.removeMessageListener(name, listener); resolve({ error: 'no answer from the panel in 10 s' }); }, 10000);
        mm.addMessageListener(name, listener);
        // A sandbox over the panel's window: its scripts' globals, without the page's CSP on eval.
        const script = 'const sb = Cu.Sandbox(content, { sandboxPrototype: content, wantXrays: false });'
          + 'Promise.resolve().then(() => Cu.evalInSandbox(' + JSON.stringify(${JSON.stringify(source)}) + ', sb))'
          + '.then((v) => sendAsyncMessage(' + JSON.stringify(name) + ', { json: JSON.stringify(v === undefined ? null : v) }),'
          + ' (e) => sendAsyncMessage(' + JSON.stringify(name) + ', { error: String(e) }));';
        mm.loadFrameScript('data:,' + encodeURIComponent(script), false);
      });
      if (reply.error) throw new Error(reply.error);
      return reply.json;
    })()`);
  const evaluate = async <T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T> => JSON.parse(await inPanel(`(${fn.toString()})(${JSON.stringify(arg ?? null)})`)) as T;
  // The panel loads when it is first shown: wait for its toolbar.
  await waitFor(() => evaluate(() => document.querySelector('.toolbar') !== null, undefined).catch(() => false), 'the StatusLens panel in the toolbox');
  return {
    panel: panelPage(evaluate, (source) => inPanel(source)),
    shownTool: async () => ((await chrome(`globalThis.statuslensTestPanel.toolbox.currentToolId ?? ''`)) === panelId ? 'statuslens' : 'other'),
    networkFilter: async () => '', // Firefox gives extensions no way to the Network panel
    close: async () => {
      await chrome(`(async () => {
        const { toolbox } = globalThis.statuslensTestPanel;
        delete globalThis.statuslensTestPanel;
        await Promise.race([toolbox.destroy(), new Promise((r) => setTimeout(r, 5000))]);
        return '';
      })()`);
    },
  };
}

/** Evaluates a script in the browser window (chrome), awaiting it; resolves with its value as a string. */
async function chromeEvaluator(connection: BidiConnection): Promise<(expression: string) => Promise<string>> {
  const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const contexts = tree.result.contexts as { context: string; url: string }[];
  const window = contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
  if (!window) throw new Error(`no browser window among ${JSON.stringify(contexts.map((c) => c.url))}`);
  return async (expression) => {
    const { result } = await connection.send('script.evaluate', { expression, target: { context: window.context }, awaitPromise: true });
    if (result.type === 'exception') throw new Error(String((result.exceptionDetails as { text?: string }).text));
    const value = (result.result as { value?: unknown }).value;
    return typeof value === 'string' ? value : String(value ?? '');
  };
}

async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
  for (const deadline = Date.now() + timeoutMs; !(await check()); ) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

type Evaluate = <T, A>(fn: (arg: A) => T | Promise<T>, arg: A) => Promise<T>;

/** The panel's document as the scenarios' PageLike: DOM reads and clicks, no input devices. */
function panelPage(evaluate: Evaluate, evaluateScript: (source: string) => Promise<unknown>): PageLike {
  const unsupported = (what: string) => () => Promise.reject(new Error(`${what} is not available in Firefox's toolbox panel`));
  const waitForSelector = (selector: string, options?: { timeout?: number }) =>
    waitFor(() => evaluate((s) => document.querySelector(s) !== null, selector), selector, options?.timeout);
  return {
    evaluate,
    evaluateScript,
    colorScheme: async () => false,
    click: async (selector) => {
      await waitForSelector(selector);
      await evaluate((s) => (document.querySelector(s) as HTMLElement).click(), selector);
    },
    userClick: unsupported('a click through the browser input'),
    typeKeys: unsupported('typing'),
    waitForSelector,
    resize: unsupported('resize'),
    press: unsupported('press'),
    close: unsupported('close'),
  };
}
