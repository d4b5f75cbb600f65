import type { LogEntry } from '../../src/shared/types';

/**
 * What the shared end-to-end scenarios need from a browser. Chromium (Playwright) and Firefox
 * (Puppeteer over WebDriver BiDi) each implement it; the assertions are written once.
 */
export interface PageLike {
  evaluate<T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T>;
  /** Evaluates a script's source as the test driver does (not subject to the page's CSP). */
  evaluateScript(source: string): Promise<unknown>;
  /**
   * Emulates the user's light or dark preference (prefers-color-scheme) for this page; false when
   * the driver cannot (Puppeteer's emulation needs CDP, which Firefox over BiDi does not offer).
   */
  colorScheme(scheme: 'light' | 'dark'): Promise<boolean>;
  click(selector: string): Promise<void>;
  /** A click through the browser's input (a user gesture): what permissions.request requires. */
  userClick(selector: string): Promise<void>;
  /** Types through the browser's keyboard, key by key, into the element (an empty input). */
  typeKeys(selector: string, text: string): Promise<void>;
  waitForSelector(selector: string, options?: { timeout?: number }): Promise<unknown>;
  /** Sets the size of the page's viewport, e.g. the toolbar popup's. */
  resize(width: number, height: number): Promise<void>;
  /** One key through the browser's input, to whatever has focus: `ArrowDown`, `Enter`, `Tab`, `j`, `/`. */
  press(key: string): Promise<void>;
  close(): Promise<void>;
}

export interface BrowserDriver {
  name: 'chromium' | 'firefox';
  /** Opens a new tab at the URL and waits for the fixture page to say it is done. */
  openTab(url: string): Promise<PageLike>;
  /** Navigates an existing tab; resolves even if the navigation fails. */
  navigate(page: PageLike, url: string): Promise<void>;
  /** An extension page of ours (used to read tabs and badges as the extension sees them). */
  extensionPage(): Promise<PageLike>;
  /** The popup for one tab, as `popup.html?tabId=N` in a tab of its own. */
  openPopup(tabId: number): Promise<PageLike>;
  /** The settings page (options_ui) in a tab of its own. */
  openSettings(): Promise<PageLike>;
  /** The extension API object inside extension pages: `chrome` or `browser`. */
  apiName: 'chrome' | 'browser';
  /** Opens DevTools on a tab this driver opened, and shows the StatusLens panel in it. */
  openDevtoolsPanel(tab: PageLike): Promise<DevtoolsPanel>;
  /** The DevTools panel's page in a tab of its own, for `tabId` (no DevTools around it). */
  openPanelPage(tabId: number): Promise<PageLike>;
  close(): Promise<void>;
}

/** DevTools, open on a tab, showing the StatusLens panel. */
export interface DevtoolsPanel {
  /** The panel's own document, inside DevTools. */
  panel: PageLike;
  /** The DevTools tool shown now: 'network', 'elements', … or our panel's id. */
  shownTool(): Promise<string>;
  /** What the Network panel's filter box holds. */
  networkFilter(): Promise<string>;
  /**
   * Opens a HAR file in the browser's own Network panel, as its "Import HAR file" button does, and
   * resolves with the requests it added; absent where the harness has no way to it (Firefox).
   */
  importHar?(fileName: string, text: string): Promise<{ url: string; status: number; method: string; body: string }[]>;
  close(): Promise<void>;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls until `check` returns a value that satisfies `ok`, or fails with the last value seen. */
export async function eventually<T>(check: () => Promise<T>, ok: (value: T) => boolean, what: string, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  for (;;) {
    try {
      last = await check();
      if (ok(last)) return last;
    } catch (e) {
      if (Date.now() > deadline) throw e;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last value: ${JSON.stringify(last)}`);
    await sleep(150);
  }
}

export async function api<T>(ext: PageLike, apiName: 'chrome' | 'browser', path: string, ...args: unknown[]): Promise<T> {
  return ext.evaluate(
    async ({ apiName: n, path: p, args: a }) => {
      const root = (globalThis as Record<string, unknown>)[n] as Record<string, unknown>;
      const parts = p.split('.');
      const method = parts.pop()!;
      const owner = parts.reduce<Record<string, unknown>>((o, k) => o[k] as Record<string, unknown>, root);
      return (owner[method] as (...x: unknown[]) => Promise<unknown>).apply(owner, a);
    },
    { apiName, path, args },
  ) as Promise<T>;
}

/** The first page of a tab's log as the popup asks for it (the getLog message), newest first. */
export async function logOf(d: BrowserDriver, ext: PageLike, tabId: number): Promise<LogEntry[]> {
  return (await api<{ entries?: LogEntry[] }>(ext, d.apiName, 'runtime.sendMessage', { type: 'getLog', tabId })).entries ?? [];
}

export async function tabIdOf(d: BrowserDriver, ext: PageLike, url: string): Promise<number> {
  const tabs = await api<{ id?: number; url?: string }[]>(ext, d.apiName, 'tabs.query', {});
  const tab = tabs.find((t) => t.url === url || t.url?.startsWith(url));
  if (tab?.id === undefined) throw new Error(`no tab at ${url}: ${JSON.stringify(tabs.map((t) => t.url))}`);
  return tab.id;
}

export async function badgeOf(d: BrowserDriver, ext: PageLike, tabId: number): Promise<{ text: string; title: string; color: number[] }> {
  return {
    text: await api<string>(ext, d.apiName, 'action.getBadgeText', { tabId }),
    title: await api<string>(ext, d.apiName, 'action.getTitle', { tabId }),
    color: await api<number[]>(ext, d.apiName, 'action.getBadgeBackgroundColor', { tabId }),
  };
}

/** Waits until the background answers (it answers only after restoring its state). */
export async function backgroundReady(d: BrowserDriver, ext: PageLike): Promise<void> {
  await eventually(
    () => api<unknown>(ext, d.apiName, 'runtime.sendMessage', { type: 'listTabs' }),
    (r) => Array.isArray(r),
    'the background to answer',
    20_000,
  );
}

/** The rows of the popup as a user reads them. */
export async function rowsOf(popup: PageLike): Promise<{ status: string; text: string; previous: boolean }[]> {
  return popup.evaluate(
    () =>
      [...document.querySelectorAll('[data-testid="entry-row"]')].map((row) => ({
        status: (row as HTMLElement).dataset.status ?? '',
        text: (row as HTMLElement).innerText,
        previous: row.classList.contains('previous'),
      })),
    undefined,
  );
}

export async function textOf(page: PageLike, selector: string): Promise<string> {
  return page.evaluate((s) => (document.querySelector(s) as HTMLElement | null)?.innerText ?? '', selector);
}

export async function allTextOf(page: PageLike, selector: string): Promise<string[]> {
  return page.evaluate((s) => [...document.querySelectorAll(s)].map((e) => (e as HTMLElement).innerText), selector);
}

/** Opens the detail of the first row whose path contains `path`, as a click would. */
export async function openRow(popup: PageLike, path: string): Promise<void> {
  const found = await popup.evaluate((p) => {
    const row = [...document.querySelectorAll('[data-testid="entry-row"]')].find((r) => r.querySelector('[data-testid="entry-path"]')?.textContent?.includes(p));
    (row as HTMLElement | undefined)?.click();
    return Boolean(row);
  }, path);
  if (!found) throw new Error(`no row for ${path}`);
  await popup.waitForSelector('[data-testid="entry-detail"]');
}

/** Opens a section of the detail (a <details>, remembered across popups) unless it is open already. */
export async function openSection(popup: PageLike, name: string): Promise<void> {
  await popup.waitForSelector(`details[data-section="${name}"]`);
  await popup.evaluate((n) => {
    const details = document.querySelector(`details[data-section="${n}"]`) as HTMLDetailsElement;
    if (!details.open) details.querySelector('summary')!.click();
  }, name);
}

/** Types into an input as a user would, so the page's own input handler sees it. */
export async function typeInto(page: PageLike, selector: string, text: string): Promise<void> {
  await page.waitForSelector(selector);
  await page.evaluate(
    ({ selector: s, text: t }) => {
      const input = document.querySelector(s) as HTMLInputElement;
      input.value = t;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    },
    { selector, text },
  );
}

/** The settings as stored (storage.sync), read from an extension page. */
export async function storedSettings(d: BrowserDriver, ext: PageLike): Promise<{ watch: { paused: boolean; skipped: string[]; sites: string[]; fullSites: string[] } } | undefined> {
  const stored = await api<Record<string, unknown>>(ext, d.apiName, 'storage.sync.get', ['settings']);
  return stored.settings as never;
}

/**
 * Turns on full capture for a site the way a user does: typed into the settings page and added
 * with a real click, which asks the browser for the optional webRequest permission. In Chromium it
 * takes effect after a browser restart (the harness restarts it); in Firefox at once.
 */
export async function addFullCaptureSite(d: BrowserDriver, site: string): Promise<void> {
  const settings = await d.openSettings();
  await typeInto(settings, '[data-testid="settings-fullSites-input"]', site);
  await settings.userClick('[data-testid="settings-fullSites-add"]');
  await eventually(() => storedSettings(d, settings), (s) => s?.watch.fullSites.includes(site) === true, `${site} saved for full capture`);
  await settings.close();
}
