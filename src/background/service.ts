import type { CapturedBody, LogEntry, TabLogSnapshot, TabLogView, TabSummary } from '../shared/types';
import { isAnsweredRetry, isFlaggedEntry, worstClassOf } from '../shared/classify';
import type { ReportedEvent, ResourceStatusEvent } from '../shared/protocol';
import type { WatchLevel } from '../shared/sites';
import { LIMITS } from '../shared/limits';
import { TabLogs } from './tab-log';
import { Recorder, type RecorderSink } from './recorder';
import { UnmatchedBodies, lacksRequest, type PageBody } from './join-body';
import { MemoryKeeper } from './memory-keeper';
import { LIGHT_LIMITS, PageReportLimiter } from './page-report-limiter';
import type { BadgeState } from './badge';
import type { BadgeText } from './badge-text';
import { Badges } from './badges';
import { TabBatch } from './tab-batch';
import { PageReports, type PageReporter } from './page-reports';
import { findTwinFailure, mergeTwin } from './twin-failure';
import { maskEntry } from './mask-entry';
import { DEFAULT_SETTINGS, type Settings } from '../shared/settings';
import { bodyCapBytes, capBody } from './body-cap';
import { listEntry } from './list-entry';
import { searchBodies } from './search-log';
import { findRetryTwin, mergeRetry } from './retry';
import { isIgnored, type IgnoreRule } from '../shared/noise';
import type { DevtoolsBodyReport, DevtoolsBodyResult } from '../shared/protocol';
import { WaitingDevtoolsBodies, devtoolsCapturedBody, findEntryForDevtools } from './devtools-body';

export interface ServiceDeps {
  setBadge(tabId: number, state: BadgeState): void;
  /**
   * Called (debounced) with the tabs whose logs changed and the tabs whose logs were removed. The
   * host takes each snapshot (`snapshot(tabId)`) when it writes, after reading what is stored.
   */
  persist(changed: number[], removed: number[]): void;
  now(): number;
  /** Timers are injected so tests can run them by hand. */
  setTimeout(fn: () => void, ms: number): unknown;
  /** A tab gets its first entry since the worker started (its stored log may not be read yet). */
  tabSeen?(tabId: number): void;
  /**
   * How URLs are watched now (src/background/watch.ts). `level` is asked of the page a report
   * comes from; `full` of a request's URL: true when our webRequest listeners see that request, so
   * the page's report of it is a body to join to the browser's entry, not an entry of its own.
   * Without it, everything is watched in full (the tests of the webRequest path).
   */
  watch?: { level(url: string): WatchLevel; full(url: string): boolean };
  /** The browser's language, for badge tooltips when the settings say 'auto'. */
  uiLanguage?(): string;
}

const FULL_EVERYWHERE = { level: (): WatchLevel => 'full', full: () => true };

/**
 * Writes to storage.session are batched: at most one per second, since each one serialises whole
 * tab logs. Chrome stops an idle worker only after 30 s without events, so a pending write lands.
 */
const PERSIST_DELAY_MS = 1000;

export type { PageReporter } from './page-reports';

/**
 * The background's state and rules, with the browser reached only through `deps`:
 * per-tab logs, joining page bodies, memory budgets, badge and persistence scheduling.
 */
export class StatusLensService {
  // Entries trimmed from a full log or cleared give their memory back.
  readonly logs = new TabLogs(LIMITS.entriesPerTab, (e) => this.released(e));
  private readonly unmatched = new UnmatchedBodies();
  private readonly devtoolsWaiting = new WaitingDevtoolsBodies();
  private readonly memory = new MemoryKeeper(this.logs, (tabId) => this.bump(tabId, true));
  private readonly limiter: PageReportLimiter;
  /** Light capture: the page's reports are entries of their own, within larger bounds. */
  private readonly lightLimiter: PageReportLimiter;
  private readonly watch: NonNullable<ServiceDeps['watch']>;
  private readonly persistBatch: TabBatch;
  private readonly badges: Badges;
  private readonly pages: PageReports;
  /** Bumped on every change to a tab's log, so pollers can skip unchanged logs. */
  private readonly versions = new Map<number, number>();
  private versionCounter = 0;
  /** The user's settings (storage.sync), handed over by the host whenever they change. */
  private current: Settings = DEFAULT_SETTINGS;
  readonly recorder: Recorder;

  constructor(private readonly deps: ServiceDeps) {
    this.limiter = new PageReportLimiter(deps.now);
    this.lightLimiter = new PageReportLimiter(deps.now, LIGHT_LIMITS);
    this.watch = deps.watch ?? FULL_EVERYWHERE;
    this.persistBatch = new TabBatch(deps.setTimeout, PERSIST_DELAY_MS, (changed, removed) => deps.persist(changed, removed));
    this.badges = new Badges(deps.setTimeout, (tabId) => this.failures(tabId), deps.setBadge, deps.uiLanguage);
    this.badges.apply(this.current);
    const sink: RecorderSink = {
      added: (entry) => this.add(entry),
      updated: (entry) => this.changed(entry, false),
      find: (id) => this.logs.get(id),
    };
    this.recorder = new Recorder(sink);
    this.pages = new PageReports({
      logs: this.logs,
      recorder: this.recorder,
      watch: this.watch,
      limiter: this.limiter,
      lightLimiter: this.lightLimiter,
      now: () => deps.now(),
      intake: (entry, from) => this.intake(entry, from),
      attach: (entry, body) => this.attach(entry, body),
      attachPageBody: (entry, report) => this.attachPageBody(entry, report),
      changed: (entry) => this.changed(entry, false),
      unmatched: (report) => this.unmatched.add(report),
    });
  }

  /**
   * The user's settings, live: what to flag applies to entries made from now on (those logged stay),
   * the body cap to bodies attached from now on, masking to every reply to our pages; noise rules
   * and the badge style redraw every tab's badge (only those whose badge changes are drawn).
   */
  applySettings(settings: Settings): void {
    this.current = settings;
    this.badges.apply(settings);
    this.recorder.setFlags(settings.flag); // 3xx are recorded only when asked for
    for (const tabId of this.logs.tabIds()) this.badges.change(tabId);
  }

  get settings(): Settings {
    return this.current;
  }

  /** An entry from the browser's webRequest events. */
  add(entry: LogEntry): void {
    this.intake(entry, 'webRequest');
  }

  /**
   * Every new entry comes in here, from whichever path saw it: the browser's webRequest events and
   * navigation errors, or a page's reports (its fetch/XHR, documents, resource timing) within their
   * limiter. What the user does not flag (settings.flag) is not logged, nor merged into a twin.
   */
  private intake(entry: LogEntry, from: 'webRequest' | 'navigation' | PageReportLimiter): boolean {
    if (!isFlaggedEntry(entry, this.current.flag)) return false;
    if (from === 'webRequest' && entry.kind === 'network-error') {
      const twin = findTwinFailure(this.logs.snapshotIterator(entry.tabId), entry);
      if (twin) {
        // The page reported this failure first; the browser's record is the one to keep.
        mergeTwin(twin, entry);
        this.limiter.released(twin);
        this.changed(twin, false);
        return true;
      }
    }
    if (typeof from === 'object' && !from.admit(entry)) {
      this.bump(entry.tabId, false);
      return false;
    }
    this.insert(entry);
    return true;
  }

  private insert(entry: LogEntry): void {
    const first = this.logs.size(entry.tabId) === 0;
    this.logs.add(entry);
    if (first) this.deps.tabSeen?.(entry.tabId);
    const waiting = this.unmatched.take(entry, this.deps.now());
    if (waiting) this.attachPageBody(entry, waiting);
    const fromDevtools = entry.body ? undefined : this.devtoolsWaiting.take(entry, this.deps.now());
    if (fromDevtools) this.attach(entry, devtoolsCapturedBody(fromDevtools));
    this.changed(entry, true);
    this.memory.reclaim(entry.tabId);
  }

  /**
   * The response to a retry the user confirmed ("Retry in page", retry.ts): logged whatever its
   * status or the flags, into the browser's own entry for it if webRequest logged one since `since`.
   * Returns the id it is logged under.
   */
  addRetry(entry: LogEntry, since: number): string {
    const twin = findRetryTwin(this.logs.snapshotIterator(entry.tabId), entry, since);
    if (!twin) {
      this.insert(entry);
      return entry.id;
    }
    mergeRetry(twin, entry);
    this.changed(twin, true);
    return twin.id;
  }

  /** A navigation begins in this frame of this tab (frame 0: the whole page), at `at` if known. */
  navigated(tabId: number, frameId: number, at?: number): void {
    // What the old document reported but the browser never matched is dropped with it.
    this.unmatched.frameNavigated(tabId, frameId);
    if (frameId !== 0 || !this.logs.markPreviousPage(tabId, at)) return;
    this.bump(tabId, true);
  }

  /**
   * A page event, already shape-checked. `from` comes from the browser's sender record, never
   * from the page: it decides which tab, frame and document the report may touch.
   */
  pageEvent(event: ReportedEvent, from: PageReporter): boolean {
    return this.pages.pageEvent(event, from);
  }

  /** Failing statuses from a frame's resource timing: entries only where webRequest does not watch. */
  resourceStatuses(events: ResourceStatusEvent[], from: PageReporter): number {
    return this.pages.resourceStatuses(events, from);
  }

  /** A document that failed to load, from webNavigation: an entry where webRequest does not watch. */
  navigationError(d: { tabId: number; frameId: number; url: string; error?: string }): boolean {
    return this.pages.navigationError(d);
  }

  /** A body the browser read off the wire (Firefox's stream filter) for this request, if logged. */
  attachNetworkBody(requestId: string, body: CapturedBody): boolean {
    const entry = this.logs.get(requestId);
    return entry !== undefined && body.source === 'network' && this.attach(entry, body);
  }

  /**
   * A body from DevTools' network record (see devtools-body.ts): it fills the matching entry that
   * has no body, or waits a little for that entry; it never makes an entry of its own.
   */
  devtoolsBody(report: DevtoolsBodyReport): DevtoolsBodyResult {
    const found = findEntryForDevtools(this.logs.snapshotIterator(report.tabId), report);
    if (found.entry) return this.attach(found.entry, devtoolsCapturedBody(report)) ? 'attached' : 'has-body';
    if (found.withBody) return 'has-body';
    this.devtoolsWaiting.add(report, this.deps.now());
    return 'waiting';
  }

  /** A matched page report: its body, and what the page sent where the browser showed nothing. */
  private attachPageBody(entry: LogEntry, report: PageBody): boolean {
    let filled = false;
    // webRequest calls fetch() 'xmlhttprequest' in both browsers; the page knows which it was.
    if (report.api === 'fetch' && entry.type === 'xmlhttprequest') {
      entry.type = 'fetch';
      filled = true;
    }
    if (report.request && lacksRequest(entry)) {
      entry.requestHeaders = report.request.requestHeaders;
      if (report.request.requestBody) entry.requestBody = report.request.requestBody;
      filled = true;
    }
    if (this.attach(entry, report.body)) return true;
    if (filled) this.changed(entry, false); // the body stays the better one; the request is new
    return filled;
  }

  /** Attaches a body the browser read or a matched page report, cut to the user's body cap. */
  private attach(entry: LogEntry, body: CapturedBody): boolean {
    if (!this.logs.attachBody(entry, capBody(body, bodyCapBytes(this.current.capture.bodyKiB)))) return false;
    this.changed(entry, false); // recounts its memory
    this.memory.reclaim(entry.tabId);
    return true;
  }

  private released(entry: LogEntry): void {
    this.memory.released(entry);
    this.limiter.released(entry);
    this.lightLimiter.released(entry);
  }

  /** Characters the logs hold in memory, all tabs together (URLs, headers, bodies). */
  get memoryChars(): number {
    return this.memory.total;
  }

  memoryCharsOf(tabId: number): number {
    return this.memory.tab(tabId);
  }

  clear(tabId: number, tabClosed: boolean): void {
    this.logs.clear(tabId);
    this.memory.forget(tabId);
    this.unmatched.clear(tabId);
    this.devtoolsWaiting.clear(tabId);
    this.limiter.clear(tabId);
    this.lightLimiter.clear(tabId);
    this.versions.set(tabId, ++this.versionCounter);
    this.persistBatch.remove(tabId);
    this.badges.forget(tabId);
    if (!tabClosed) this.deps.setBadge(tabId, this.badges.empty());
  }

  /** "Clear all": every tab's log, its counts and its badge; the host empties storage. */
  clearAll(): void {
    for (const tabId of this.logs.tabIds()) this.clear(tabId, false);
  }

  restore(snapshots: TabLogSnapshot[]): void {
    for (const s of snapshots) {
      this.logs.restore(s);
      for (const e of this.logs.oldestFirst(s.tabId)) this.memory.recount(e);
      this.limiter.restore(s);
      this.lightLimiter.restore({ ...s, refused: 0 }); // the refusals are counted once, above
      this.badges.change(s.tabId);
      this.versions.set(s.tabId, ++this.versionCounter);
    }
    this.memory.reclaim();
  }

  /** Draws a tab's badge again (Firefox resets per-tab badges when a new page loads in the tab). */
  refreshBadge(tabId: number): void {
    if (!this.logs.tabIds().includes(tabId)) return;
    this.badges.redraw(tabId);
  }

  badgeState(tabId: number): BadgeState {
    return this.badges.state(tabId);
  }

  /** The badge tooltip's words, in the language the settings choose. */
  badgeText(): BadgeText {
    return this.badges.text();
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
    const entries = snap.entries.slice(start, start + LIMITS.listPageEntries).map((e) => this.forPages(listEntry(e)));
    return { tabId, version, entries, dropped: snap.dropped, refused: snap.refused, offset: start, total: snap.entries.length };
  }

  /**
   * Each tab with entries: how many failures of its current page are not hidden by `ignore` (what
   * the list's header counts), and the worst kind among the current page's.
   */
  tabSummaries(ignore: readonly IgnoreRule[] = []): Omit<TabSummary, 'title' | 'url'>[] {
    const out: Omit<TabSummary, 'title' | 'url'>[] = [];
    for (const tabId of this.logs.tabIds()) {
      if (!this.logs.size(tabId)) continue;
      const current = this.failures(tabId);
      const count = current.filter((e) => !isIgnored(ignore, e)).length;
      out.push({ tabId, count, worst: worstClassOf(current) });
    }
    return out;
  }

  /** The current page's failures: its entries but the retries the server answered (isAnsweredRetry). */
  private failures(tabId: number): LogEntry[] {
    return this.logs.currentEntries(tabId).filter((e) => !isAnsweredRetry(e));
  }

  /** Ids of a tab's entries whose response or request body, as shown, holds `query` (the list's text filter). */
  searchLog(tabId: number, query: string): string[] {
    return searchBodies(this.logs.snapshotIterator(tabId), query, (e) => this.forPages(e));
  }

  snapshot(tabId: number): TabLogSnapshot {
    const snap = this.logs.snapshot(tabId);
    const refused = this.limiter.refused(tabId) + this.lightLimiter.refused(tabId);
    return refused ? { ...snap, refused } : snap;
  }

  /** One entry in full, secrets masked unless `reveal` (extension pages only; see messages.ts). */
  entry(tabId: number, id: string, reveal = false): LogEntry | null {
    const e = this.logs.get(id);
    if (!e || e.tabId !== tabId) return null;
    return reveal ? e : this.forPages(e);
  }

  /**
   * An entry as our pages get it: secrets masked unless the user turned masking off
   * (settings.capture.maskSecrets). What is stored is masked either way (see index.ts).
   */
  private forPages(e: LogEntry): LogEntry {
    return this.current.capture.maskSecrets ? maskEntry(e, 'revealable') : e;
  }

  private changed(entry: LogEntry, badge: boolean): void {
    this.memory.recount(entry);
    this.bump(entry.tabId, badge);
  }

  private bump(tabId: number, badge: boolean): void {
    this.versions.set(tabId, ++this.versionCounter);
    this.persistBatch.change(tabId);
    if (badge) this.badges.change(tabId);
  }

  /** Hands what changed to storage now (tests; normally the batch's timer does it). */
  flushPersist(): void {
    this.persistBatch.flush();
  }

  flushBadges(): void {
    this.badges.flush();
  }
}
