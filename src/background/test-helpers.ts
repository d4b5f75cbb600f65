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

/** A storage area in memory, as both browsers' storage.local and storage.session behave. */
export function fakeArea(initial: Record<string, unknown> = {}) {
  const data = new Map<string, unknown>(Object.entries(structuredClone(initial)));
  return {
    data,
    async get(keys: string[] | null) {
      const out: Record<string, unknown> = {};
      for (const [k, v] of data) if (keys === null || keys.includes(k)) out[k] = structuredClone(v);
      return out;
    },
    async set(items: Record<string, unknown>) {
      for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
    },
    async remove(keys: string[]) {
      for (const k of keys) data.delete(k);
    },
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
