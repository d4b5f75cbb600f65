import type { CapturedBody, LogEntry, TabLogSnapshot, TabLogView } from '../shared/types';
import type { PageEvent } from '../shared/protocol';
import { LIMITS } from '../shared/limits';
import { TabLogs } from './tab-log';
import { Recorder, type RecorderSink } from './recorder';
import { UnmatchedBodies, findEntryForBody, type PageBody } from './join-body';
import { badgeFor, type BadgeState } from './badge';

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

/**
 * The background's state and rules, with the browser reached only through `deps`:
 * per-tab logs, joining page bodies, badge and persistence scheduling.
 */
export class StatusLensService {
  // Entries trimmed from a full log or cleared give their body text back to the memory budget.
  readonly logs = new TabLogs(LIMITS.entriesPerTab, (e) => (this.bodyChars -= e.body?.text?.length ?? 0));
  private readonly unmatched = new UnmatchedBodies();
  private readonly dirtyTabs = new Set<number>();
  private readonly removedTabs = new Set<number>();
  private readonly badgeTabs = new Set<number>();
  private readonly shownBadges = new Map<number, string>();
  private persistTimer: unknown;
  private badgeTimer: unknown;
  private bodyChars = 0;
  /** Bumped on every change to a tab's log, so pollers can skip unchanged logs. */
  private readonly versions = new Map<number, number>();
  private versionCounter = 0;
  readonly recorder: Recorder;

  constructor(private readonly deps: ServiceDeps) {
    const sink: RecorderSink = {
      added: (entry) => this.add(entry),
      updated: (entry) => this.changed(entry.tabId, false),
      navigated: (tabId) => {
        if (!this.logs.markPreviousPage(tabId)) return;
        this.changed(tabId, true);
      },
      find: (id) => this.logs.get(id),
    };
    this.recorder = new Recorder(sink);
  }

  /** An entry from the browser's webRequest events. */
  add(entry: LogEntry): void {
    if (entry.kind === 'network-error') {
      const twin = this.recentFailure(entry);
      if (twin) {
        // The page reported this failure first; the browser's error text is more precise.
        twin.error = entry.error ? `${entry.error}${twin.error ? ` (page saw: ${twin.error})` : ''}` : twin.error;
        this.changed(entry.tabId, false);
        return;
      }
    }
    this.insert(entry);
  }

  private insert(entry: LogEntry): void {
    this.logs.add(entry);
    const waiting = this.unmatched.take(entry, this.deps.now());
    if (waiting) this.attach(entry, waiting.body);
    this.changed(entry.tabId, true);
  }

  /** A message from a content script, already shape-checked; `tabId`/`frameId` come from the browser, not the page. */
  pageEvent(event: PageEvent, tabId: number, frameId: number): boolean {
    if (event.kind === 'failure') {
      const entry: LogEntry = {
        id: `page-${tabId}-${this.deps.now()}-${Math.random().toString(36).slice(2, 8)}`,
        kind: 'network-error',
        tabId,
        frameId,
        url: event.url,
        method: event.method,
        type: 'xmlhttprequest',
        error: `${event.api === 'fetch' ? 'fetch' : 'XMLHttpRequest'} failed: ${event.message}`,
        requestHeaders: [],
        responseHeaders: [],
        startTime: this.deps.now(),
        endTime: this.deps.now(),
        previousPage: false,
      };
      if (this.recentFailure(entry)) return false; // the browser already recorded it with a better reason
      this.insert(entry);
      return true;
    }
    const body: PageBody = {
      tabId,
      frameId,
      url: event.url,
      method: event.kind === 'document' ? 'GET' : event.method,
      status: event.status,
      body: event.body,
      receivedAt: this.deps.now(),
    };
    const entry = findEntryForBody(this.logs.snapshotIterator(tabId), body);
    if (entry) return this.attach(entry, body.body);
    this.unmatched.add(body);
    return true;
  }

  private recentFailure(entry: LogEntry): LogEntry | undefined {
    let seen = 0;
    for (const e of this.logs.snapshotIterator(entry.tabId)) {
      if (++seen > 50) break;
      if (e.kind !== 'network-error' || e.url !== entry.url || e.method !== entry.method) continue;
      if (Math.abs(e.startTime - entry.startTime) <= SAME_FAILURE_MS || Math.abs((e.endTime ?? 0) - (entry.endTime ?? 0)) <= SAME_FAILURE_MS) return e;
    }
    return undefined;
  }

  attach(entry: LogEntry, body: CapturedBody): boolean {
    const before = entry.body?.text?.length ?? 0;
    if (!this.logs.attachBody(entry, body)) return false;
    this.bodyChars += (body.text?.length ?? 0) - before;
    if (this.bodyChars > LIMITS.memoryBodyChars) this.reclaimMemory();
    this.changed(entry.tabId, false);
    return true;
  }

  /** Keeps total body text in memory bounded: the oldest bodies give up their text first. */
  private reclaimMemory(): void {
    for (const e of this.logs.entriesWithText()) {
      if (this.bodyChars <= LIMITS.memoryBodyChars * 0.75) break;
      this.bodyChars -= e.body!.text!.length;
      e.body = { ...e.body!, text: undefined, dropped: 'memory' };
      this.changed(e.tabId, false);
    }
  }

  get memoryBodyChars(): number {
    return this.bodyChars;
  }

  clear(tabId: number, tabClosed: boolean): void {
    this.logs.clear(tabId);
    this.unmatched.clear(tabId);
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
      for (const e of s.entries) this.bodyChars += e.body?.text?.length ?? 0;
      this.badgeTabs.add(s.tabId);
      this.versions.set(s.tabId, ++this.versionCounter);
    }
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

  /** The list view of a tab's log: bodies without their text. */
  view(tabId: number, knownVersion?: number): TabLogView {
    const version = this.versions.get(tabId) ?? 0;
    if (knownVersion === version) return { tabId, version, unchanged: true };
    const snap = this.logs.snapshot(tabId);
    const entries = snap.entries.map((e) => (e.body?.text !== undefined ? { ...e, body: { ...e.body, text: undefined } } : e));
    return { tabId, version, entries, dropped: snap.dropped };
  }

  entry(tabId: number, id: string): LogEntry | null {
    const e = this.logs.get(id);
    return e && e.tabId === tabId ? e : null;
  }

  private changed(tabId: number, badge: boolean): void {
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
    const changed = [...this.dirtyTabs].map((id) => this.logs.snapshot(id));
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
