/**
 * The only module that touches the extension API. Everything else receives data or calls these
 * functions, so the polyfill can be dropped later by changing this file alone.
 */
import browser from 'webextension-polyfill';
import type { WebRequest, Runtime, Tabs } from 'webextension-polyfill';
import type { Message, MessageName, Reply } from '../shared/protocol';

export type { WebRequest, Runtime, Tabs };

export const isFirefox = __TARGET_BROWSER__ === 'firefox';

const ALL_URLS: WebRequest.RequestFilter = { urls: ['<all_urls>'] };


/**
 * onBeforeRequest's details as the browsers really give them. The polyfill types
 * `requestBody.formData` as `Record<string, string>`, but each field holds an array of values in
 * both browsers, and `raw[].bytes` is an ArrayBuffer, typed `unknown` (MDN: webRequest.onBeforeRequest,
 * webRequest.UploadData). This is the one place
 * where the polyfill's types are corrected.
 */
export type BeforeRequestDetails = Omit<WebRequest.OnBeforeRequestDetailsType, 'requestBody'> & {
  requestBody?: { error?: string; formData?: Record<string, string[]>; raw?: { bytes?: ArrayBuffer; file?: string }[] };
};

function asSentByBrowsers(d: WebRequest.OnBeforeRequestDetailsType): BeforeRequestDetails {
  return d as unknown as BeforeRequestDetails;
}

export interface WebRequestHandlers {
  onBeforeRequest(d: BeforeRequestDetails): void;
  onSendHeaders(d: WebRequest.OnSendHeadersDetailsType): void;
  onHeadersReceived(d: WebRequest.OnHeadersReceivedDetailsType): void;
  onCompleted(d: WebRequest.OnCompletedDetailsType): void;
  onErrorOccurred(d: WebRequest.OnErrorOccurredDetailsType): void;
}

/**
 * Non-blocking observers of every request of every tab. Chrome's 'extraHeaders' option is not
 * used: it would reveal Cookie and Referer but routes every request of the browser through a
 * slower path (developer.chrome.com/docs/extensions/reference/api/webRequest#life-cycle).
 * onCompleted asks for no headers: they were read in onHeadersReceived, when they mattered.
 */
export function observeWebRequests(h: WebRequestHandlers): void {
  browser.webRequest.onBeforeRequest.addListener((d) => h.onBeforeRequest(asSentByBrowsers(d)), ALL_URLS, ['requestBody']);
  browser.webRequest.onSendHeaders.addListener(h.onSendHeaders, ALL_URLS, ['requestHeaders']);
  browser.webRequest.onHeadersReceived.addListener(h.onHeadersReceived, ALL_URLS, ['responseHeaders']);
  browser.webRequest.onCompleted.addListener(h.onCompleted, ALL_URLS);
  browser.webRequest.onErrorOccurred.addListener(h.onErrorOccurred, ALL_URLS);
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

/**
 * Firefox only: a blocking onHeadersReceived that may open a stream filter once it has seen the
 * status. It never changes the response, so it returns nothing.
 */
export function observeResponseStreams(onHeaders: (d: WebRequest.OnHeadersReceivedDetailsType) => void): void {
  if (!isFirefox) return;
  browser.webRequest.onHeadersReceived.addListener(
    (d) => {
      onHeaders(d);
      return undefined;
    },
    ALL_URLS,
    ['blocking', 'responseHeaders'],
  );
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

export const localStore = {
  get: (keys: string[]) => browser.storage.local.get(keys) as Promise<Record<string, unknown>>,
  set: (items: Record<string, unknown>) => browser.storage.local.set(items),
};

export const tabs = {
  onRemoved: (fn: (tabId: number) => void) => browser.tabs.onRemoved.addListener((id) => fn(id)),
  /** A tab started or finished loading (no 'tabs' permission needed for the status). */
  onLoadingChanged: (fn: (tabId: number) => void) =>
    browser.tabs.onUpdated.addListener((id, change) => {
      if (change.status) fn(id);
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
