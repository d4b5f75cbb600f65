import type { CapturedBody, LogEntry, TabLogSnapshot, TabLogView } from '../shared/types';
import type { ReportedEvent } from '../shared/protocol';
import { LIMITS } from '../shared/limits';
import { TabLogs } from './tab-log';
import { Recorder, type RecorderSink } from './recorder';
import { UnmatchedBodies, findEntryForBody, mayReplace, originOf, type PageBody, type ReportingDocument } from './join-body';
import { MemoryBudget, entryChars } from './memory-budget';
import { PageReportLimiter } from './page-report-limiter';
import { badgeFor, type BadgeState } from './badge';
import { maskEntry } from './mask-entry';

export interface ServiceDeps {
  setBadge(tabId: number, state: BadgeState): void;
  /** Called (debounced) with the tabs whose logs changed and the tabs whose logs were removed. */
  persist(changed: TabLogSnapshot[], removed: number[]): void;
  now(): number;
  /** Timers are injected so tests can run them by hand. */
  setTimeout(fn: () => void, ms: number): unknown;
}

/**
 * Writes to storage.session are batched: at most one per second, since each one serialises whole
 * tab logs. Chrome stops an idle worker only after 30 s without events, so a pending write lands.
 */
const PERSIST_DELAY_MS = 1000;
/** Badge redraws are batched too, and skipped when nothing visible changed. */
const BADGE_DELAY_MS = 250;
/** A page's fetch failure and the browser's onErrorOccurred for it are one failure. */
const SAME_FAILURE_MS = 5_000;

/** A page report with the sender the browser named: the tab, frame and document it came from. */
export interface PageReporter extends ReportingDocument {
  tabId: number;
}

/**
 * The background's state and rules, with the browser reached only through `deps`:
 * per-tab logs, joining page bodies, memory budgets, badge and persistence scheduling.
 */
export class StatusLensService {
  // Entries trimmed from a full log or cleared give their memory back.
  readonly logs = new TabLogs(LIMITS.entriesPerTab, (e) => this.released(e));
  private readonly unmatched = new UnmatchedBodies();
  private readonly budget = new MemoryBudget(LIMITS.memoryCharsPerTab, LIMITS.memoryChars);
  /** What each entry was last counted at, so a change is charged by its difference. */
  private readonly counted = new WeakMap<LogEntry, number>();
  private readonly limiter: PageReportLimiter;
  private readonly dirtyTabs = new Set<number>();
  private readonly removedTabs = new Set<number>();
  private readonly badgeTabs = new Set<number>();
  private readonly shownBadges = new Map<number, string>();
  private persistTimer: unknown;
  private badgeTimer: unknown;
  /** Bumped on every change to a tab's log, so pollers can skip unchanged logs. */
  private readonly versions = new Map<number, number>();
  private versionCounter = 0;
  readonly recorder: Recorder;

  constructor(private readonly deps: ServiceDeps) {
    this.limiter = new PageReportLimiter(deps.now);
    const sink: RecorderSink = {
      added: (entry) => this.add(entry),
      updated: (entry) => this.changed(entry, false),
      navigated: (tabId, frameId) => this.navigated(tabId, frameId),
      find: (id) => this.logs.get(id),
    };
    this.recorder = new Recorder(sink);
  }

  /** An entry from the browser's webRequest events. */
  add(entry: LogEntry): void {
    if (entry.kind === 'network-error') {
      const twin = this.recentFailure(entry);
      if (twin) {
        // The page reported this failure first; the browser's record is the one to keep.
        twin.error = entry.error ? `${entry.error}${twin.error ? ` (page saw: ${twin.error})` : ''}` : twin.error;
        delete twin.reportedBy;
        this.limiter.released(twin);
        this.changed(twin, false);
        return;
      }
    }
    this.insert(entry);
  }

  private insert(entry: LogEntry): void {
    this.logs.add(entry);
    this.recount(entry);
    const waiting = this.unmatched.take(entry, this.deps.now());
    if (waiting) this.attach(entry, waiting.body);
    this.changed(entry, true);
    this.reclaim(entry.tabId);
  }

  private navigated(tabId: number, frameId: number): void {
    // What the old document reported but the browser never matched is dropped with it.
    this.unmatched.frameNavigated(tabId, frameId);
    if (frameId !== 0 || !this.logs.markPreviousPage(tabId)) return;
    this.bump(tabId, true);
  }

  /**
   * A page event, already shape-checked. `from` comes from the browser's sender record, never
   * from the page: it decides which tab, frame and document the report may touch.
   */
  pageEvent(event: ReportedEvent, from: PageReporter): boolean {
    const origin = from.origin ?? originOf(from.url);
    if (event.kind === 'failure') {
      const entry: LogEntry = {
        id: `page-${from.tabId}-${this.deps.now()}-${Math.random().toString(36).slice(2, 8)}`,
        kind: 'network-error',
        tabId: from.tabId,
        frameId: from.frameId,
        url: event.url,
        method: event.method ?? 'GET',
        type: 'xmlhttprequest',
        error: `${event.api === 'fetch' ? 'fetch' : 'XMLHttpRequest'} failed: ${event.message}`,
        requestHeaders: [],
        responseHeaders: [],
        startTime: this.deps.now(),
        endTime: this.deps.now(),
        reportedBy: origin ?? 'unknown origin',
        previousPage: false,
      };
      if (this.recentFailure(entry)) return false; // the browser already recorded it with a better reason
      if (!this.limiter.admit(entry)) {
        this.bump(from.tabId, false);
        return false;
      }
      this.insert(entry);
      return true;
    }
    const body: PageBody = {
      tabId: from.tabId,
      from,
      url: event.url,
      method: event.kind === 'document' ? 'GET' : event.method,
      status: event.status,
      body: { ...event.body, reportedBy: origin ?? 'unknown origin' },
      receivedAt: this.deps.now(),
    };
    const entry = findEntryForBody(this.logs.snapshotIterator(from.tabId), body);
    if (entry) return this.attach(entry, body.body);
    this.unmatched.add(body);
    return true;
  }

  private recentFailure(entry: LogEntry): LogEntry | undefined {
    let seen = 0;
    for (const e of this.logs.snapshotIterator(entry.tabId)) {
      if (++seen > 50) break;
      if (e.kind !== 'network-error' || e.url !== entry.url || e.method !== entry.method || e.frameId !== entry.frameId) continue;
      if (Math.abs(e.startTime - entry.startTime) <= SAME_FAILURE_MS || Math.abs((e.endTime ?? 0) - (entry.endTime ?? 0)) <= SAME_FAILURE_MS) return e;
    }
    return undefined;
  }

  /** Attaches a body the browser read (Firefox's stream filter) or a matched page report. */
  attach(entry: LogEntry, body: CapturedBody): boolean {
    if (!mayReplace(entry.body, body) || !this.logs.attachBody(entry, body)) return false;
    this.recount(entry);
    this.changed(entry, false);
    this.reclaim(entry.tabId);
    return true;
  }

  /** Charges an entry's current size to its tab. */
  private recount(entry: LogEntry): void {
    if (this.logs.get(entry.id) !== entry) return; // already let go
    const now = entryChars(entry);
    this.budget.add(entry.tabId, now - (this.counted.get(entry) ?? 0));
    this.counted.set(entry, now);
  }

  private released(entry: LogEntry): void {
    this.budget.add(entry.tabId, -(this.counted.get(entry) ?? 0));
    this.counted.delete(entry);
    this.limiter.released(entry);
  }

  /**
   * Keeps memory bounded per tab and in all. A tab over its share gives up the text of its own
   * oldest bodies, then its oldest entries; other tabs are touched only if they are among the
   * largest when the total is over (see MemoryBudget.cuts).
   */
  private reclaim(changedTab?: number): void {
    const tabOver = changedTab === undefined || this.budget.tab(changedTab) > LIMITS.memoryCharsPerTab;
    if (!tabOver && this.budget.total <= LIMITS.memoryChars) return;
    for (const [tabId, target] of this.budget.cuts()) this.shrink(tabId, target);
  }

  private shrink(tabId: number, target: number): void {
    for (const e of this.logs.oldestFirst(tabId)) {
      if (this.budget.tab(tabId) <= target) return;
      if (e.body?.text === undefined) continue;
      e.body = { ...e.body, text: undefined, dropped: 'memory' };
      this.recount(e);
    }
    // Bodies alone were not enough (a tab of huge headers or URLs): let its oldest entries go.
    let over = this.budget.tab(tabId) - target;
    let count = 0;
    for (const e of this.logs.oldestFirst(tabId)) {
      if (over <= 0) break;
      over -= this.counted.get(e) ?? 0;
      count++;
    }
    this.logs.dropOldest(tabId, count);
    this.bump(tabId, true);
  }

  /** Characters the logs hold in memory, all tabs together (URLs, headers, bodies). */
  get memoryChars(): number {
    return this.budget.total;
  }

  memoryCharsOf(tabId: number): number {
    return this.budget.tab(tabId);
  }

  clear(tabId: number, tabClosed: boolean): void {
    this.logs.clear(tabId);
    this.budget.forget(tabId);
    this.unmatched.clear(tabId);
    this.limiter.clear(tabId);
    this.versions.set(tabId, ++this.versionCounter);
    this.dirtyTabs.delete(tabId);
    this.removedTabs.add(tabId);
    this.shownBadges.delete(tabId);
    if (!tabClosed) this.deps.setBadge(tabId, badgeFor([]));
    this.schedulePersist();
  }

  restore(snapshots: TabLogSnapshot[]): void {
    for (const s of snapshots) {
      this.logs.restore(s);
      for (const e of this.logs.oldestFirst(s.tabId)) this.recount(e);
      this.limiter.restore(s);
      this.badgeTabs.add(s.tabId);
      this.versions.set(s.tabId, ++this.versionCounter);
    }
    this.reclaim();
    this.scheduleBadges();
  }

  /** Draws a tab's badge again (Firefox resets per-tab badges when a new page loads in the tab). */
  refreshBadge(tabId: number): void {
    if (!this.logs.tabIds().includes(tabId)) return;
    this.shownBadges.delete(tabId); // the browser dropped what we drew
    this.badgeTabs.add(tabId);
    this.scheduleBadges();
  }

  badgeState(tabId: number): BadgeState {
    return badgeFor(this.logs.currentEntries(tabId));
  }

  /**
   * One page of the list view of a tab's log, newest first: bodies and request bodies without
   * their text, at most LIMITS.listPageEntries entries, so no reply can outgrow a message.
   */
  view(tabId: number, knownVersion?: number, offset = 0): TabLogView {
    const version = this.versions.get(tabId) ?? 0;
    if (knownVersion === version && offset === 0) return { tabId, version, unchanged: true };
    const snap = this.snapshot(tabId);
    const start = Math.max(0, Math.min(Math.floor(offset) || 0, snap.entries.length));
    const entries = snap.entries.slice(start, start + LIMITS.listPageEntries).map((e) => maskEntry(listEntry(e), 'revealable'));
    return { tabId, version, entries, dropped: snap.dropped, refused: snap.refused, offset: start, total: snap.entries.length };
  }

  snapshot(tabId: number): TabLogSnapshot {
    const snap = this.logs.snapshot(tabId);
    const refused = this.limiter.refused(tabId);
    return refused ? { ...snap, refused } : snap;
  }

  /** One entry in full, secrets masked unless `reveal` (extension pages only; see messages.ts). */
  entry(tabId: number, id: string, reveal = false): LogEntry | null {
    const e = this.logs.get(id);
    if (!e || e.tabId !== tabId) return null;
    return reveal ? e : maskEntry(e, 'revealable');
  }

  private changed(entry: LogEntry, badge: boolean): void {
    this.recount(entry);
    this.bump(entry.tabId, badge);
  }

  private bump(tabId: number, badge: boolean): void {
    this.versions.set(tabId, ++this.versionCounter);
    this.dirtyTabs.add(tabId);
    this.removedTabs.delete(tabId);
    this.schedulePersist();
    if (badge) {
      this.badgeTabs.add(tabId);
      this.scheduleBadges();
    }
  }

  private schedulePersist(): void {
    if (this.persistTimer !== undefined) return;
    this.persistTimer = this.deps.setTimeout(() => this.flushPersist(), PERSIST_DELAY_MS);
  }

  flushPersist(): void {
    this.persistTimer = undefined;
    const changed = [...this.dirtyTabs].map((id) => this.snapshot(id));
    const removed = [...this.removedTabs];
    this.dirtyTabs.clear();
    this.removedTabs.clear();
    if (changed.length || removed.length) this.deps.persist(changed, removed);
  }

  private scheduleBadges(): void {
    if (this.badgeTimer !== undefined) return;
    this.badgeTimer = this.deps.setTimeout(() => this.flushBadges(), BADGE_DELAY_MS);
  }

  flushBadges(): void {
    this.badgeTimer = undefined;
    for (const tabId of this.badgeTabs) {
      const state = this.badgeState(tabId);
      const key = `${state.text}|${state.color}|${state.title}`;
      if (this.shownBadges.get(tabId) === key) continue;
      this.shownBadges.set(tabId, key);
      this.deps.setBadge(tabId, state);
    }
    this.badgeTabs.clear();
  }
}

/** An entry as the list shows it: the texts that the detail asks for one at a time are left out. */
function listEntry(e: LogEntry): LogEntry {
  if (e.body?.text === undefined && e.requestBody === undefined) return e;
  const out: LogEntry = { ...e };
  if (e.body?.text !== undefined) out.body = { ...e.body, text: undefined };
  if (e.requestBody) out.requestBody = { size: e.requestBody.size, truncated: e.requestBody.truncated };
  return out;
}
