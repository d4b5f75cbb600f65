import type { ContentScriptMessages, ExtensionPageMessages, Reply } from '../shared/protocol';
import type { KeptLog, KeptLogSummary, LogEntry, TabSummary } from '../shared/types';
import type { Sender } from '../platform/browser';
import { validateDocumentReport, validatePageEvent } from '../shared/validate-page-event';
import { LIMITS } from '../shared/limits';
import { worstClassOf } from '../shared/classify';
import type { PageReporter, StatusLensService } from './service';
import type { WatchState } from '../shared/sites';
import { siteOf } from '../shared/site-pattern';
import { RESOURCE_EVENTS_PER_MESSAGE, validateResourceStatus } from '../shared/validate-resource-status';
import type { ResourceStatusEvent } from '../shared/protocol';
import { MAX_IGNORE_RULES, readIgnoreRules, type IgnoreRule } from '../shared/noise';
import { ignoreCounts } from './ignore-counts';
import { searchQueryOf } from './search-log';
import { httpOrigin } from '../analysis/retry-plan';
import { pageFetch, readRetryRequest, retryInPage } from './retry';
import { bodyCapBytes } from './body-cap';
import { serverMessageOf } from './server-message';
import { parseDevtoolsBody } from './devtools-body';

export interface MessageContext {
  service: StatusLensService;
  extensionOrigin: string;
  extensionId: string;
  /** Reads a tab's stored log (or every stored tab's) if the worker has not yet: see stored-logs.ts. */
  loadTab(tabId: number): Promise<void>;
  loadAll(): Promise<void>;
  tabInfo(tabId: number): Promise<{ title?: string; url?: string } | undefined>;
  /** Resolves once the user's settings are applied: page reports wait for it (see watch.ts). */
  watchReady(): Promise<void>;
  watchState(url: string): WatchState;
  /** Runs the retry's fetch in the tab's top frame (scripting.executeScript, ISOLATED world); see retry.ts. */
  runInPage?(tabId: number, args: Parameters<typeof pageFetch>): Promise<unknown>;
  /** Logs kept across browser restarts, and the storage "Clear all" empties (index.ts); absent in tests of other things. */
  keep?: {
    earlier(): Promise<KeptLogSummary[]>;
    get(id: string): Promise<KeptLog | null>;
    /** The user cleared a tab's log: what was kept of it this session goes too. */
    cleared(tabId: number): Promise<void>;
    /** Removes every stored log, session and kept, once the service has let go of them. */
    clearStored(): Promise<void>;
  };
}

/** One message kind: how to read its request from untrusted input, and how to answer it. */
interface Handler<Q, R, From> {
  parse(raw: Record<string, unknown>): Q | undefined;
  answer(request: Q, from: From, ctx: MessageContext): R | Promise<R>;
}
export type Table<Map extends { [K in keyof Map]: { request: unknown; reply: unknown } }, From> = {
  [K in keyof Map]: Handler<Map[K]['request'], Map[K]['reply'], From>;
};

function tabId(raw: Record<string, unknown>): number | undefined {
  const value = raw.tabId;
  return typeof value === 'number' && Number.isInteger(value) ? value : undefined;
}
const optionalNumber = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);

/** What our own extension pages may ask: the only way to read or clear a log. */
const fromExtensionPages: Table<ExtensionPageMessages, Sender> = {
  getLog: {
    parse: (raw) => {
      const id = tabId(raw);
      return id === undefined ? undefined : { tabId: id, knownVersion: optionalNumber(raw.knownVersion), offset: optionalNumber(raw.offset) };
    },
    answer: async (q, _from, ctx) => {
      await ctx.loadTab(q.tabId);
      return ctx.service.view(q.tabId, q.knownVersion, q.offset);
    },
  },
  getEntry: {
    parse: (raw) => {
      const id = tabId(raw);
      return id === undefined || typeof raw.id !== 'string' ? undefined : { tabId: id, id: raw.id, reveal: raw.reveal === true };
    },
    answer: async (q, _from, ctx) => {
      await ctx.loadTab(q.tabId);
      return ctx.service.entry(q.tabId, q.id, q.reveal);
    },
  },
  clearLog: {
    parse: (raw) => {
      const id = tabId(raw);
      return id === undefined ? undefined : { tabId: id };
    },
    answer: async (q, _from, ctx) => {
      await ctx.loadTab(q.tabId); // what is stored goes too
      ctx.service.clear(q.tabId, false);
      await ctx.keep?.cleared(q.tabId);
      return { cleared: true };
    },
  },
  listKept: {
    parse: () => ({}),
    answer: async (_q, _from, ctx) => (await ctx.keep?.earlier()) ?? [],
  },
  getKept: {
    parse: (raw) => (typeof raw.id === 'string' && raw.id.length <= 64 ? { id: raw.id } : undefined),
    answer: async (q, _from, ctx) => {
      const log = (await ctx.keep?.get(q.id)) ?? null;
      // The rows say the server's message, as for a live tab's list.
      return log && { ...log, entries: log.entries.map(withServerMessage) };
    },
  },
  clearAll: {
    parse: () => ({}),
    answer: async (_q, _from, ctx) => {
      await ctx.loadAll(); // a tab stored but not read yet is cleared like the others (its badge too)
      ctx.service.clearAll();
      await ctx.keep?.clearStored();
      return { cleared: true };
    },
  },
  watchState: {
    parse: (raw) => {
      const id = tabId(raw);
      return id === undefined ? undefined : { tabId: id };
    },
    answer: async (q, _from, ctx) => {
      await ctx.watchReady();
      const url = (await ctx.tabInfo(q.tabId).catch(() => undefined))?.url ?? '';
      return { ...ctx.watchState(url), site: siteOf(url) };
    },
  },
  listTabs: {
    // The rules are the page's own settings, read as settings are: unusable ones are left out.
    parse: (raw) => ({ ignore: readIgnoreRules(raw.ignore) }),
    answer: async (q, _from, ctx) => {
      await ctx.loadAll();
      return listTabs(ctx, q.ignore);
    },
  },
  searchLog: {
    parse: (raw) => {
      const id = tabId(raw);
      const query = searchQueryOf(raw.query);
      return id === undefined || query === undefined ? undefined : { tabId: id, query };
    },
    answer: async (q, _from, ctx) => {
      await ctx.loadTab(q.tabId);
      return ctx.service.searchLog(q.tabId, q.query);
    },
  },
  ignoreCounts: {
    parse: (raw) => (Array.isArray(raw.rules) && raw.rules.length <= MAX_IGNORE_RULES ? { rules: readIgnoreRules(raw.rules) } : undefined),
    answer: async (q, _from, ctx) => {
      await ctx.loadAll(); // every tab's log, not only those read since the worker woke
      return { counts: ignoreCounts(q.rules, ctx.service.logs) };
    },
  },
  tabOrigin: {
    parse: (raw) => {
      const id = tabId(raw);
      return id === undefined ? undefined : { tabId: id };
    },
    answer: async (q, _from, ctx) => {
      const origin = httpOrigin((await ctx.tabInfo(q.tabId).catch(() => undefined))?.url);
      return origin ? { origin } : {};
    },
  },
  retryInPage: {
    parse: (raw) => {
      const id = tabId(raw);
      const request = readRetryRequest(raw.request);
      if (id === undefined || typeof raw.id !== 'string' || typeof raw.pageOrigin !== 'string' || !request) return undefined;
      return { tabId: id, id: raw.id, pageOrigin: raw.pageOrigin, request };
    },
    answer: async (q, _from, ctx) => {
      await ctx.loadTab(q.tabId);
      const run = ctx.runInPage;
      if (!run) return { ok: false, refused: 'failed', error: 'cannot run in pages here' };
      return retryInPage(q, {
        tabUrl: async (id) => (await ctx.tabInfo(id))?.url,
        runInPage: run,
        original: (_tabId, entryId) => ctx.service.logs.get(entryId),
        log: (entry, since) => ctx.service.addRetry(entry, since),
        bodyCapBytes: bodyCapBytes(ctx.service.settings.capture.bodyKiB),
        now: () => Date.now(),
      });
    },
  },
  devtoolsBody: {
    // Only our DevTools page sends it (this table is for extension pages); the body is still a server's.
    parse: parseDevtoolsBody,
    answer: async (q, _from, ctx) => {
      await ctx.loadTab(q.tabId);
      return { result: ctx.service.devtoolsBody(q) };
    },
  },
};

/** What the relay may report, for the tab, frame and document the browser says it runs in. */
const fromContentScripts: Table<ContentScriptMessages, PageReporter> = {
  pageEvents: {
    parse: (raw) => {
      const events = raw.events;
      if (!Array.isArray(events) || events.length > LIMITS.pageEventsPerMessage) return undefined;
      const texts: string[] = [];
      let chars = 0;
      for (const e of events) {
        if (typeof e !== 'string') return undefined; // only the hook's text, never objects
        chars += e.length;
        texts.push(e);
      }
      return chars > LIMITS.pageMessageChars ? undefined : { events: texts };
    },
    answer: async (q, from, ctx) => {
      await ctx.watchReady();
      let accepted = 0;
      for (const text of q.events) {
        const event = validatePageEvent(parseJson(text));
        if (event && ctx.service.pageEvent(event, from)) accepted++;
      }
      return { accepted };
    },
  },
  renderedDocument: {
    parse: (raw) => {
      const event = validateDocumentReport(raw.event);
      return event ? { event } : undefined;
    },
    answer: async (q, from, ctx) => {
      await ctx.watchReady();
      return { accepted: ctx.service.pageEvent(q.event, from) };
    },
  },
  resourceStatuses: {
    parse: (raw) => {
      if (!Array.isArray(raw.events) || raw.events.length > RESOURCE_EVENTS_PER_MESSAGE) return undefined;
      const events: ResourceStatusEvent[] = [];
      for (const e of raw.events) {
        const event = validateResourceStatus(e);
        if (event) events.push(event);
      }
      return { events };
    },
    answer: async (q, from, ctx) => {
      await ctx.watchReady();
      return { accepted: ctx.service.resourceStatuses(q.events, from) };
    },
  },
};

/**
 * Answers a runtime message after checking who sent it. Our extension pages (not in a tab, or in
 * a tab at our own origin) use one table; content scripts in a web page's tab use the other, with
 * the tab, frame and document taken from the browser's sender record, never from the message.
 * Anything else, or anything malformed, gets no answer.
 */
export async function handleMessage(raw: unknown, sender: Sender, ctx: MessageContext): Promise<unknown> {
  if (!isRecord(raw) || typeof raw.type !== 'string') return undefined;
  if (sender.id !== undefined && sender.id !== ctx.extensionId) return undefined;
  const ours = typeof sender.url === 'string' && sender.url.startsWith(ctx.extensionOrigin);
  if (ours) return answer(fromExtensionPages, raw.type, raw, sender, ctx);
  if (sender.tabId === undefined) return undefined;
  return answer(fromContentScripts, raw.type, raw, reporterOf(sender, sender.tabId), ctx);
}

async function answer<Map extends { [K in keyof Map]: { request: unknown; reply: unknown } }, From>(
  table: Table<Map, From>,
  type: string,
  raw: Record<string, unknown>,
  from: From,
  ctx: MessageContext,
): Promise<unknown> {
  if (!isKeyOf(table, type)) return undefined;
  const handler: Handler<unknown, unknown, From> = table[type];
  const request = handler.parse(raw);
  if (request === undefined) return undefined;
  // Handlers that read a log first read what an earlier worker stored for it (ctx.loadTab).
  return handler.answer(request, from, ctx);
}

/** Who sent a content-script message, in the browser's words only (never the message's). */
function reporterOf(sender: Sender, tabId: number): PageReporter {
  const from: PageReporter = { tabId, frameId: sender.frameId ?? 0 };
  if (sender.documentId !== undefined) from.documentId = sender.documentId;
  if (sender.url !== undefined) from.url = sender.url;
  if (sender.origin !== undefined && sender.origin !== 'null') from.origin = sender.origin;
  return from;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined; // not JSON: refused by the shape check
  }
}

function isKeyOf<T extends object>(table: T, key: string): key is Extract<keyof T, string> {
  return Object.hasOwn(table, key);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

async function listTabs(ctx: MessageContext, ignore?: IgnoreRule[]): Promise<Reply<'listTabs'>> {
  const out: TabSummary[] = [];
  for (const summary of ctx.service.tabSummaries(ignore)) {
    const info = await ctx.tabInfo(summary.tabId).catch(() => undefined);
    out.push({ ...summary, title: info?.title, url: info?.url });
  }
  return out;
}


function withServerMessage(e: LogEntry): LogEntry {
  const serverMessage = serverMessageOf(e);
  return serverMessage === undefined ? e : { ...e, serverMessage };
}
