/**
 * The DevTools API (devtools.inspectedWindow, devtools.panels, devtools.network) as our DevTools
 * page and panel need it, through `chrome`, which takes callbacks in both browsers: Chrome 156 also
 * has a `browser` object, but its getContent() returns nothing without a callback. Messages to the
 * background and the settings go through popup-runtime.ts, as for the popup.
 */

/** One finished request as DevTools recorded it: the HAR 1.2 entry fields we read. */
export interface FinishedRequest {
  startedDateTime?: string;
  request?: { url?: string; method?: string };
  response?: { status?: number; headers?: { name?: string; value?: string }[]; content?: { size?: number; mimeType?: string } };
}

/** A response body as DevTools gives it: `encoding` is 'base64' for bytes Chrome would not decode. */
export interface DevtoolsContent {
  content: string | null | undefined;
  encoding?: string;
}

interface ChromeRequest extends FinishedRequest {
  /** Chrome calls back with (content, encoding); Firefox with (content, mimeType), or resolves with both. */
  getContent(callback: (content: string | null, second?: string) => void): unknown;
}

interface DevtoolsApi {
  inspectedWindow: { tabId: number };
  panels: {
    create(title: string, iconPath: string, pagePath: string, callback?: (panel: unknown) => void): unknown;
    network?: { show?(options?: { filter?: string }): unknown };
  };
  network: { onRequestFinished: { addListener(fn: (request: ChromeRequest) => void): void } };
}

/** `chrome.devtools` (callbacks in both browsers), else `browser.devtools`; undefined outside DevTools. */
function found(): DevtoolsApi | undefined {
  for (const name of ['chrome', 'browser'] as const) {
    const root: unknown = Reflect.get(globalThis, name);
    if (typeof root !== 'object' || root === null || !('devtools' in root)) continue;
    const devtools = root.devtools;
    if (typeof devtools === 'object' && devtools !== null && 'inspectedWindow' in devtools) return devtools as DevtoolsApi;
  }
  return undefined;
}

/** The tab DevTools inspects, when this page runs inside DevTools. */
export function inspectedTabId(): number | undefined {
  const id = found()?.inspectedWindow.tabId;
  return typeof id === 'number' && Number.isInteger(id) && id >= 0 ? id : undefined;
}

/** Adds our panel to DevTools (icon and page paths relative to the extension's root). */
export function createPanel(title: string, iconPath: string, pagePath: string): void {
  const result = found()?.panels.create(title, iconPath, pagePath);
  if (result instanceof Promise) result.catch(() => undefined);
}

/** Calls back for every request DevTools records in the inspected tab, with a way to read its body. */
export function onRequestFinished(fn: (request: FinishedRequest, content: () => Promise<DevtoolsContent>) => void): boolean {
  const devtools = found();
  if (!devtools) return false;
  devtools.network.onRequestFinished.addListener((request) => fn(request, () => contentOf(request)));
  return true;
}

/** The callback's answer, or the promise's where the browser gives one instead. */
function contentOf(request: ChromeRequest): Promise<DevtoolsContent> {
  return new Promise((resolve) => {
    const done = (content: unknown, second: unknown) =>
      resolve({ content: typeof content === 'string' ? content : null, ...(second === 'base64' && { encoding: 'base64' }) });
    const returned = request.getContent(done);
    if (returned instanceof Promise) returned.then((pair: unknown) => (Array.isArray(pair) ? done(pair[0], pair[1]) : done(null, undefined)), () => done(null, undefined));
  });
}

/**
 * Chrome's `devtools.panels.network.show({ filter })` (present in Chromium 156, feature-detected);
 * undefined where the browser has no such call (Firefox), so the button is hidden.
 */
export function networkPanelShow(): ((filter: string) => void) | undefined {
  const network = found()?.panels.network;
  const show = network?.show;
  if (!network || typeof show !== 'function') return undefined;
  return (filter) => void show.call(network, { filter });
}
