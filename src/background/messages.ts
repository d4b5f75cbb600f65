import type { Message, MessageName } from '../shared/protocol';
import type { TabSummary } from '../shared/types';
import { validatePageEvent } from '../shared/validate-page-event';
import { LIMITS } from '../shared/limits';
import { worstClassOf } from '../shared/classify';
import type { StatusLensService } from './service';

export interface Sender {
  url?: string;
  id?: string;
  tab?: { id?: number; title?: string; url?: string };
  frameId?: number;
}

export interface MessageContext {
  service: StatusLensService;
  extensionOrigin: string;
  extensionId: string;
  bootId: string;
  ready: Promise<void>;
  tabInfo(tabId: number): Promise<{ title?: string; url?: string } | undefined>;
}

const PAGE_ONLY: ReadonlySet<MessageName> = new Set(['pageEvents']);

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
  if (PAGE_ONLY.has(message.type)) {
    if (message.type !== 'pageEvents' || fromExtensionTab || sender.tab?.id === undefined) return undefined;
    const events: unknown = message.events;
    if (!Array.isArray(events) || events.length > LIMITS.pageEventsPerMessage) return { accepted: 0 };
    let chars = 0;
    for (const raw of events) chars += typeof raw === 'string' ? raw.length : LIMITS.pageMessageChars;
    if (chars > LIMITS.pageMessageChars) return { accepted: 0 };
    await ctx.ready;
    let accepted = 0;
    for (const raw of events) {
      const event = validatePageEvent(parseJson(raw));
      if (event && ctx.service.pageEvent(event, sender.tab.id, sender.frameId ?? 0)) accepted++;
    }
    return { accepted };
  }
  if (!fromExtensionPage && !fromExtensionTab) return undefined;
  await ctx.ready;
  switch (message.type) {
    case 'ping':
      return { ready: true, bootId: ctx.bootId };
    case 'getLog':
      return Number.isInteger(message.tabId) ? ctx.service.view(message.tabId, message.knownVersion) : undefined;
    case 'getEntry':
      return Number.isInteger(message.tabId) && typeof message.id === 'string' ? ctx.service.entry(message.tabId, message.id) : undefined;
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
