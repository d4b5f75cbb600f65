import type { CapturedBody, LogEntry } from '../shared/types';
import { LIMITS } from '../shared/limits';

/** How much a body source is trusted to be the real response: the wire beats the page. */
export function bodyRank(body: CapturedBody): number {
  if (body.dropped) return 0;
  switch (body.source) {
    case 'network':
      return 4;
    case 'page-fetch':
    case 'page-xhr':
      return 3;
    case 'rendered-document':
      return 2;
  }
}

/** A body reported by the page, waiting to be joined to the browser's record of the response. */
export interface PageBody {
  tabId: number;
  frameId: number;
  url: string;
  method: string;
  status: number;
  body: CapturedBody;
  receivedAt: number;
}

const PAGE_TYPES = new Set(['xmlhttprequest', 'fetch', 'other']);

/**
 * Does this page-reported body belong to this observed response? The page cannot name the
 * browser's requestId, so we match on what both sides saw: tab, frame, URL, method, status.
 */
export function bodyMatches(entry: LogEntry, body: PageBody): boolean {
  if (entry.tabId !== body.tabId || entry.statusCode !== body.status) return false;
  if (entry.method !== body.method || entry.url !== body.url) return false;
  if (body.body.source === 'rendered-document') {
    return entry.type === 'main_frame' || entry.type === 'sub_frame';
  }
  // Content scripts and webRequest number frames alike (0 is the top frame).
  if (entry.frameId !== body.frameId) return false;
  return PAGE_TYPES.has(entry.type);
}

/**
 * Finds the entry a page body belongs to among the tab's newest entries: the newest one
 * that matches and has no better body yet.
 */
export function findEntryForBody(newestFirst: Iterable<LogEntry>, body: PageBody, lookback = 200): LogEntry | undefined {
  let seen = 0;
  for (const entry of newestFirst) {
    if (++seen > lookback) break;
    if (!bodyMatches(entry, body)) continue;
    if (entry.body && bodyRank(entry.body) >= bodyRank(body.body)) continue;
    return entry;
  }
  return undefined;
}

/** Bodies that arrived before the browser reported their response; bounded per tab and by age. */
export class UnmatchedBodies {
  private readonly byTab = new Map<number, PageBody[]>();

  add(body: PageBody): void {
    const list = this.byTab.get(body.tabId) ?? [];
    list.push(body);
    if (list.length > LIMITS.unmatchedBodiesPerTab) list.shift();
    this.byTab.set(body.tabId, list);
  }

  /** Takes the oldest waiting body that matches a newly observed entry. */
  take(entry: LogEntry, now: number): PageBody | undefined {
    const list = this.byTab.get(entry.tabId);
    if (!list) return undefined;
    const fresh = list.filter((b) => now - b.receivedAt <= LIMITS.unmatchedBodyAgeMs);
    const index = fresh.findIndex((b) => bodyMatches(entry, b));
    const found = index >= 0 ? fresh.splice(index, 1)[0] : undefined;
    if (fresh.length) this.byTab.set(entry.tabId, fresh);
    else this.byTab.delete(entry.tabId);
    return found;
  }

  clear(tabId: number): void {
    this.byTab.delete(tabId);
  }
}
