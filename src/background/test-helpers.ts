import type { LogEntry } from '../shared/types';
import type { StatusLensService } from './service';
import type { MessageContext } from './messages';

let next = 0;

/** A flagged entry with sensible defaults, for unit tests. */
export function entry(over: Partial<LogEntry> = {}): LogEntry {
  next++;
  return {
    id: `r${next}`,
    kind: 'http-error',
    tabId: 1,
    frameId: 0,
    url: `https://api.example.test/items/${next}`,
    method: 'GET',
    type: 'xmlhttprequest',
    statusCode: 404,
    requestHeaders: [],
    responseHeaders: [],
    startTime: next,
    previousPage: false,
    ...over,
  };
}

/** The background's message context around `service`, for an extension `abc` at `chrome-extension://abc/`. */
export function messageContext(service: StatusLensService, over: Partial<MessageContext> = {}): MessageContext {
  return {
    service,
    extensionOrigin: 'chrome-extension://abc/',
    extensionId: 'abc',
    loadTab: async () => undefined,
    loadAll: async () => undefined,
    tabInfo: async () => undefined,
    watchReady: async () => undefined,
    watchState: () => ({ level: 'light' }),
    ...over,
  };
}
