import type { Message, MessageName } from '../shared/protocol';
import type { TabSummary } from '../shared/types';
import { validateDocumentReport, validatePageEvent } from '../shared/validate-page-event';
import { LIMITS } from '../shared/limits';
import { worstClassOf } from '../shared/classify';
import type { PageReporter, StatusLensService } from './service';

export interface Sender {
  url?: string;
  id?: string;
  tab?: { id?: number; title?: string; url?: string };
  frameId?: number;
  /** Chrome 106+: the sending document. */
  documentId?: string;
  origin?: string;
}

export interface MessageContext {
  service: StatusLensService;
  extensionOrigin: string;
  extensionId: string;
  bootId: string;
  ready: Promise<void>;
  tabInfo(tabId: number): Promise<{ title?: string; url?: string } | undefined>;
}

const FROM_CONTENT_SCRIPTS: ReadonlySet<MessageName> = new Set(['pageEvents', 'renderedDocument']);

/**
 * Answers runtime messages after checking who sent them: the log is readable only by our own
 * extension pages, and page events are accepted only from a content script in a tab, for that
 * very tab (the tab id comes from the browser's sender record, never from the message).
 */
export async function handleMessage(raw: unknown, sender: Sender, ctx: MessageContext): Promise<unknown> {
  if (!raw || typeof raw !== 'object' || typeof (raw as { type?: unknown }).type !== 'string') return undefined;
  if (sender.id !== undefined && sender.id !== ctx.extensionId) return undefined;
  const message = raw as Message;
  const fromExtensionPage = !sender.tab && typeof sender.url === 'string' && sender.url.startsWith(ctx.extensionOrigin);
  const fromExtensionTab = sender.tab !== undefined && typeof sender.url === 'string' && sender.url.startsWith(ctx.extensionOrigin);
  if (FROM_CONTENT_SCRIPTS.has(message.type)) {
    if (fromExtensionTab || sender.tab?.id === undefined) return undefined;
    const from = reporterOf(sender, sender.tab.id);
    if (message.type === 'renderedDocument') {
      const event = validateDocumentReport(message.event);
      if (!event) return { accepted: false };
      await ctx.ready;
      return { accepted: ctx.service.pageEvent(event, from) };
    }
    if (message.type !== 'pageEvents') return undefined;
    const events: unknown = message.events;
    if (!Array.isArray(events) || events.length > LIMITS.pageEventsPerMessage) return { accepted: 0 };
    let chars = 0;
    for (const raw of events) chars += typeof raw === 'string' ? raw.length : LIMITS.pageMessageChars;
    if (chars > LIMITS.pageMessageChars) return { accepted: 0 };
    await ctx.ready;
    let accepted = 0;
    for (const raw of events) {
      const event = validatePageEvent(parseJson(raw));
      if (event && ctx.service.pageEvent(event, from)) accepted++;
    }
    return { accepted };
  }
  if (!fromExtensionPage && !fromExtensionTab) return undefined;
  await ctx.ready;
  switch (message.type) {
    case 'ping':
      return { ready: true, bootId: ctx.bootId };
    case 'getLog':
      return Number.isInteger(message.tabId) ? ctx.service.view(message.tabId, message.knownVersion, message.offset) : undefined;
    case 'getEntry':
      return Number.isInteger(message.tabId) && typeof message.id === 'string' ? ctx.service.entry(message.tabId, message.id, message.reveal === true) : undefined;
    case 'clearLog':
      if (!Number.isInteger(message.tabId)) return undefined;
      ctx.service.clear(message.tabId, false);
      return { cleared: true };
    case 'listTabs':
      return listTabs(ctx);
    default:
      return undefined;
  }
}

/** Who sent a content-script message, in the browser's words only (never the message's). */
function reporterOf(sender: Sender, tabId: number): PageReporter {
  const from: PageReporter = { tabId, frameId: sender.frameId ?? 0 };
  if (typeof sender.documentId === 'string') from.documentId = sender.documentId;
  if (typeof sender.url === 'string') from.url = sender.url;
  if (typeof sender.origin === 'string' && sender.origin !== 'null') from.origin = sender.origin;
  return from;
}

function parseJson(text: unknown): unknown {
  if (typeof text !== 'string') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined; // not JSON: refused by the shape check
  }
}

async function listTabs(ctx: MessageContext): Promise<TabSummary[]> {
  const out: TabSummary[] = [];
  for (const tabId of ctx.service.logs.tabIds()) {
    const count = ctx.service.logs.size(tabId);
    if (!count) continue;
    const info = await ctx.tabInfo(tabId).catch(() => undefined);
    const worst = worstClassOf(ctx.service.logs.currentEntries(tabId));
    out.push({ tabId, title: info?.title, url: info?.url, count, worst });
  }
  return out;
}
