/**
 * The only module that touches the extension API. Everything else receives data or calls these
 * functions, so the polyfill can be dropped later by changing this file alone.
 */
import browser from 'webextension-polyfill';
import type { WebRequest, Runtime, Tabs } from 'webextension-polyfill';
import type { Message, MessageName, Reply } from '../shared/protocol';

export type { WebRequest, Runtime, Tabs };

export const isFirefox = __TARGET_BROWSER__ === 'firefox';

export interface WebRequestHandlers {
  onHeadersReceived(d: WebRequest.OnHeadersReceivedDetailsType): void;
  onErrorOccurred(d: WebRequest.OnErrorOccurredDetailsType): void;
  /** Firefox only: called from the blocking onHeadersReceived, where a stream filter may be opened. */
  onResponseStream?(d: WebRequest.OnHeadersReceivedDetailsType): void;
}

/**
 * Full capture: the fewest webRequest events that still see every failing response. Each listener
 * adds an event per request, so there are two: onHeadersReceived (status and headers; in Firefox the
 * same listener is the blocking one that may open a stream filter, see observeResponseStreams) and
 * onErrorOccurred, which fires only for failures. onBeforeRequest, onSendHeaders and onCompleted
 * are not used: the page hook supplies the request headers and body of fetch/XHR, and a flagged
 * entry is complete when its headers arrive. Only requests to `urls` are sent to us, so other sites
 * cost no dispatch.
 * Chrome's 'extraHeaders' is asked for on onHeadersReceived: Chromium checks CORS below the
 * extension's proxy and, without it, shows a refused response to no listener (only
 * onErrorOccurred's "net::ERR_FAILED", see src/background/cors.ts), nor any preflight. It makes
 * Chromium pass the request's headers through the network service's header client, an extra hop,
 * but only for requests a listener with 'extraHeaders' matches
 * (WebRequestProxyingURLLoaderFactory::InProgressRequest::UpdateRequestInfo asks
 * HasExtraHeadersListenerForRequest, extensions/browser/api/web_request/
 * web_request_proxying_url_loader_factory.cc): the sites listed for full capture, never the others.
 * Returns a function that removes the listeners.
 */
export function observeWebRequests(h: WebRequestHandlers, urls: string[]): () => void {
  const wr = browser.webRequest;
  const filter: WebRequest.RequestFilter = { urls };
  const onHeaders = (d: WebRequest.OnHeadersReceivedDetailsType) => {
    h.onHeadersReceived(d);
    if (isFirefox) h.onResponseStream?.(d);
    return undefined; // never changes the response
  };
  wr.onHeadersReceived.addListener(onHeaders, filter, isFirefox ? ['blocking', 'responseHeaders'] : ['responseHeaders', 'extraHeaders']);
  wr.onErrorOccurred.addListener(h.onErrorOccurred, filter);
  return () => {
    wr.onHeadersReceived.removeListener(onHeaders);
    wr.onErrorOccurred.removeListener(h.onErrorOccurred);
  };
}

/** The subset of Firefox's StreamFilter we use (MDN: webRequest.StreamFilter). */
export interface ResponseStreamFilter {
  ondata: ((event: { data: ArrayBuffer }) => void) | null;
  onstop: (() => void) | null;
  onerror: (() => void) | null;
  error: string;
  write(data: ArrayBuffer | Uint8Array): void;
  close(): void;
  disconnect(): void;
}

export function openResponseFilter(requestId: string): ResponseStreamFilter {
  return browser.webRequest.filterResponseData(requestId) as unknown as ResponseStreamFilter;
}

export const badge = {
  async set(tabId: number, text: string, color: string, title: string): Promise<void> {
    await Promise.all([
      browser.action.setBadgeText({ tabId, text }),
      text ? browser.action.setBadgeBackgroundColor({ tabId, color }) : undefined,
      text && browser.action.setBadgeTextColor ? browser.action.setBadgeTextColor({ tabId, color: '#ffffff' }) : undefined,
      browser.action.setTitle({ tabId, title }),
    ]);
  },
};

export const sessionStore = {
  get: (keys: string[] | null) => browser.storage.session.get(keys) as Promise<Record<string, unknown>>,
  set: (items: Record<string, unknown>) => browser.storage.session.set(items),
  remove: (keys: string[]) => browser.storage.session.remove(keys),
};

/** storage.local: the logs kept across browser restarts (src/background/kept-logs.ts). */
export const localStore = {
  get: (keys: string[] | null) => browser.storage.local.get(keys) as Promise<Record<string, unknown>>,
  set: (items: Record<string, unknown>) => browser.storage.local.set(items),
  remove: (keys: string[]) => browser.storage.local.remove(keys),
};

export const tabs = {
  onRemoved: (fn: (tabId: number) => void) => browser.tabs.onRemoved.addListener((id) => fn(id)),
  /** A tab started or finished loading, or changed URL; its URL is given where the host permission allows. */
  onLoadingChanged: (fn: (tabId: number, url: string | undefined) => void) =>
    browser.tabs.onUpdated.addListener((id, change, tab) => {
      if (change.status || change.url) fn(id, tab.url);
    }),
  query: (q: Tabs.QueryQueryInfoType) => browser.tabs.query(q),
  get: (id: number) => browser.tabs.get(id),
  create: (url: string) => browser.tabs.create({ url }),
};

export function extensionUrl(path = ''): string {
  return browser.runtime.getURL(path);
}

/** The extension's id as message senders report it (in Firefox the gecko id, not the URL's UUID). */
export function extensionId(): string {
  return browser.runtime.id;
}

export function uiLanguage(): string {
  return browser.i18n.getUILanguage();
}

/** Who sent a runtime message, as the browser says: never as the message says. */
export interface Sender {
  /** The sending extension's id (ours, unless another extension sent it). */
  id?: string;
  /** The sending frame's URL; for our own pages, a URL at our origin. */
  url?: string;
  origin?: string;
  /** Set only for content scripts (and our pages) in a tab. */
  tabId?: number;
  frameId?: number;
  /** Chrome 106+: the sending document. */
  documentId?: string;
}

/**
 * The one adapter over the polyfill's sender type: it lacks `origin` (Chrome 80+, Firefox 126+),
 * so that field is read only if the browser set it, as a string.
 */
function senderOf(s: Runtime.MessageSender): Sender {
  const out: Sender = {};
  if (typeof s.id === 'string') out.id = s.id;
  if (typeof s.url === 'string') out.url = s.url;
  if ('origin' in s && typeof s.origin === 'string') out.origin = s.origin;
  if (typeof s.tab?.id === 'number') out.tabId = s.tab.id;
  if (typeof s.frameId === 'number') out.frameId = s.frameId;
  if (typeof s.documentId === 'string') out.documentId = s.documentId;
  return out;
}

/** Listens for protocol messages; the handler returns the reply (or undefined to ignore). */
export function onMessage(handler: (message: unknown, sender: Sender) => Promise<unknown> | undefined): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => handler(message, senderOf(sender)));
}

export function sendMessage<K extends MessageName>(message: Extract<Message, { type: K }>): Promise<Reply<K>> {
  return browser.runtime.sendMessage(message) as Promise<Reply<K>>;
}

/** The user's settings (src/shared/settings.ts), synced across the user's browsers. */
export const syncStore = {
  get: (keys: string[]) => browser.storage.sync.get(keys) as Promise<Record<string, unknown>>,
  set: (items: Record<string, unknown>) => browser.storage.sync.set(items),
  onChanged: (fn: (changes: Record<string, { newValue?: unknown }>) => void) =>
    browser.storage.sync.onChanged.addListener((changes) => fn(changes as Record<string, { newValue?: unknown }>)),
};

/** What a permission request or check names. */
export interface PermissionSet {
  permissions?: string[];
  origins?: string[];
}

export const permissions = {
  contains: (p: PermissionSet) => browser.permissions.contains(p as never),
  remove: (p: PermissionSet) => browser.permissions.remove(p as never),
  onAdded: (fn: () => void) => browser.permissions.onAdded.addListener(fn),
  onRemoved: (fn: () => void) => browser.permissions.onRemoved.addListener(fn),
};

/** A content script registered at run time (scripting.registerContentScripts), as both browsers take it. */
export interface PageScript {
  id: string;
  js: string[];
  matches: string[];
  excludeMatches?: string[];
  allFrames: boolean;
  matchOriginAsFallback: boolean;
  runAt: 'document_start';
  world: 'MAIN' | 'ISOLATED';
}

/**
 * The page scripts run only where the user watches: they are registered at run time, so that
 * "Stop watching this site" and Pause leave pages with nothing of ours at all.
 */
export const pageScripts = {
  async registered(): Promise<{ id: string; matches?: string[]; excludeMatches?: string[] }[]> {
    const list = await browser.scripting.getRegisteredContentScripts();
    return list.map((s) => ({ id: s.id, matches: s.matches, excludeMatches: s.excludeMatches }));
  },
  register: (scripts: PageScript[]) => browser.scripting.registerContentScripts(scripts.map((s) => ({ ...s, persistAcrossSessions: true })) as never),
  update: (scripts: PageScript[]) => browser.scripting.updateContentScripts(scripts as never),
  unregister: (ids: string[]) => browser.scripting.unregisterContentScripts({ ids }),
};

/**
 * Runs a self-contained function (executeScript serialises it) in a tab's top frame, in our
 * ISOLATED world, where page scripts cannot reach its globals, and gives back what it returned.
 * Needs only `scripting` and the host permission, both held since install.
 */
export async function runInTopFrame<A extends unknown[]>(tabId: number, func: (...args: A) => unknown, args: A): Promise<unknown> {
  const [first] = await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, world: 'ISOLATED', func, args } as never);
  return (first as { result?: unknown } | undefined)?.result;
}

/** Navigation events (webNavigation): one per frame navigation, never per request. */
export const navigation = {
  onBeforeNavigate: (fn: (d: { tabId: number; frameId: number; url: string; timeStamp: number }) => void) => browser.webNavigation.onBeforeNavigate.addListener(fn),
  /** Chrome names the error (net::ERR_…); Firefox does not (MDN: webNavigation.onErrorOccurred). */
  onErrorOccurred: (fn: (d: { tabId: number; frameId: number; url: string; error?: string }) => void) =>
    browser.webNavigation.onErrorOccurred.addListener((d) => {
      const error: unknown = Reflect.get(d, 'error');
      fn({ tabId: d.tabId, frameId: d.frameId, url: d.url, ...(typeof error === 'string' ? { error } : {}) });
    }),
};
