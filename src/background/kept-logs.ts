import type { KeptLog, KeptLogSummary, LogEntry, TabLogSnapshot } from '../shared/types';
import { LIMITS } from '../shared/limits';
import { fitTab, jsonBytes } from './storage-budget';
import { KEPT_ID, readKeptIndex, readKeptLog, type KeptMeta } from './kept-read';

/** storage.local: each kept log under its own key, and the index of them all. */
export const KEPT_PREFIX = 'kept:';
export const KEPT_INDEX_KEY = 'keptIndex';
/** storage.session: this browser session's id (see KeptLogsDeps.session). */
export const KEEP_SESSION_KEY = 'keepSession';

/**
 * Changed logs are written once the logs have been quiet this long, or at the latest this long
 * after the first change not yet written: a page failing in a loop costs one write every half
 * minute, not one per failure (each write serialises whole logs). A page change or a closing tab
 * writes that tab at once. Chrome stops an idle worker after 30 s, later than a quiet spell ends.
 */
export const KEEP_IDLE_MS = 3000;
export const KEEP_MAX_WAIT_MS = 30_000;

/** The part of storage.local used here. */
export interface LocalStore {
  get(keys: string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

/** What the tab says of itself; incognito tabs are never kept. */
export interface TabFacts {
  title?: string;
  url?: string;
  incognito: boolean;
}

export interface KeptLogsDeps {
  local: LocalStore;
  /**
   * This browser session's id: made once and held in storage.session, which the browser empties
   * when it restarts, so a kept log's id never depends on a tab id that the restart gives to another tab.
   */
  session(): Promise<string>;
  /** The tab's title, top URL and incognito flag; undefined once the tab is gone. */
  tabInfo(tabId: number): Promise<TabFacts | undefined>;
  snapshot(tabId: number): TabLogSnapshot;
  /** Turns a live entry into what may be stored (secrets masked). */
  prepare(e: LogEntry): LogEntry;
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  onError(what: string, error: unknown): void;
}

export interface KeptBounds {
  entries: number;
  bytes: number;
  bytesPerLog: number;
}

const BOUNDS: KeptBounds = { entries: LIMITS.keptEntries, bytes: LIMITS.keptBytes, bytesPerLog: LIMITS.keptBytesPerLog };

/**
 * The logs kept past a browser restart (settings.capture.keepLogs). Each tab's log is also written,
 * masked and cut to its budget, to storage.local under `kept:<session>-<tab>`, with the tab's last
 * title and top URL and the time; an index lists them all. All kept logs together stay within
 * LIMITS.keptEntries and LIMITS.keptBytes: the oldest are deleted first. Logs of earlier sessions
 * are what the pop-out lists as "Earlier sessions". Storage writes run one at a time, so each
 * reads the index the previous one wrote.
 */
export class KeptLogs {
  private enabled = false;
  private readonly pending = new Set<number>();
  private scheduled = false;
  /** When the first change not yet written came, and the latest. */
  private firstChange = 0;
  private lastChange = 0;
  /** Each tab's facts as last learned (or being learned): a closing tab can no longer be asked. */
  private readonly facts = new Map<number, Promise<TabFacts | undefined>>();
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly deps: KeptLogsDeps,
    private readonly bounds: KeptBounds = BOUNDS,
  ) {}

  /** The setting, applied: turned off (or found off), everything kept is deleted. */
  setEnabled(on: boolean): Promise<void> {
    this.enabled = on;
    if (on) return this.queue;
    this.pending.clear();
    return this.run(async () => {
      // Cheap when nothing is kept: one read of the index.
      const index = (await this.deps.local.get([KEPT_INDEX_KEY]))[KEPT_INDEX_KEY];
      if (index !== undefined) await this.removeEverything();
    });
  }

  /** Tabs whose logs changed: written together, after a quiet spell (see KEEP_IDLE_MS). */
  changed(tabIds: number[]): void {
    if (!this.enabled) return;
    for (const tabId of tabIds) {
      if (tabId < 0) continue;
      this.pending.add(tabId);
      if (!this.facts.has(tabId)) void this.learn(tabId);
    }
    if (!this.pending.size) return;
    this.lastChange = this.deps.now();
    if (this.scheduled) return;
    this.scheduled = true;
    this.firstChange = this.lastChange;
    this.deps.setTimeout(this.due, KEEP_IDLE_MS);
  }

  /** The timer: writes now if the logs have been quiet (or waited long enough), else waits on. */
  private readonly due = () => {
    const at = Math.min(this.lastChange + KEEP_IDLE_MS, this.firstChange + KEEP_MAX_WAIT_MS);
    const wait = at - this.deps.now();
    if (wait > 0 && this.scheduled) this.deps.setTimeout(this.due, wait);
    else void this.flush();
  };

  /** The tab is about to change page: its log as it stands now is written now. */
  writeNow(tabId: number): Promise<void> {
    if (!this.enabled || !this.pending.delete(tabId)) return this.queue;
    const snapshot = this.deps.snapshot(tabId);
    const facts = this.facts.get(tabId);
    return this.run(async () => this.write(tabId, snapshot, await facts));
  }

  /** The tab is closing (its log is about to be dropped): written now, from what it last said of itself. */
  closed(tabId: number): Promise<void> {
    const written = this.writeNow(tabId);
    this.facts.delete(tabId);
    return written;
  }

  /** Writes every tab waiting for its turn. */
  flush(): Promise<void> {
    this.scheduled = false;
    const tabIds = [...this.pending];
    this.pending.clear();
    for (const tabId of tabIds) {
      // Asked again at each write: the title and top URL are the tab's latest.
      this.run(async () => this.write(tabId, this.deps.snapshot(tabId), await this.learn(tabId)));
    }
    return this.queue;
  }

  /** The user cleared the tab's log: what this session kept of it goes too. */
  cleared(tabId: number): Promise<void> {
    this.pending.delete(tabId);
    return this.run(async () => {
      const id = `${await this.deps.session()}-${tabId}`;
      const index = await this.index();
      if (!index.some((m) => m.id === id)) return;
      await this.deps.local.remove([KEPT_PREFIX + id]);
      await this.deps.local.set({ [KEPT_INDEX_KEY]: index.filter((m) => m.id !== id) });
    });
  }

  /** "Clear all": every kept log, whatever the setting, and every write still waiting. */
  clearAll(): Promise<void> {
    this.pending.clear();
    return this.run(() => this.removeEverything());
  }

  /** Kept logs of earlier browser sessions, newest first (this session's are live tabs). */
  async earlier(): Promise<KeptLogSummary[]> {
    await this.queue;
    const session = await this.deps.session();
    return (await this.index())
      .filter((m) => m.session !== session)
      .sort((a, b) => b.savedAt - a.savedAt)
      .map(({ id, title, url, savedAt, count }) => ({ id, title, url, savedAt, count }));
  }

  /** One kept log in full, checked as it is read; null when there is none by that id. */
  async get(id: string): Promise<KeptLog | null> {
    if (!KEPT_ID.test(id)) return null;
    await this.queue;
    return readKeptLog((await this.deps.local.get([KEPT_PREFIX + id]))[KEPT_PREFIX + id], id);
  }

  /** What the tab says of itself now; once it is gone, what it said last. */
  private learn(tabId: number): Promise<TabFacts | undefined> {
    const before = this.facts.get(tabId);
    const learned = this.deps
      .tabInfo(tabId)
      .catch(() => undefined)
      .then(async (facts) => facts ?? (await before));
    this.facts.set(tabId, learned);
    return learned;
  }

  private run(op: () => Promise<void>): Promise<void> {
    this.queue = this.queue.then(op).catch((e) => this.deps.onError('keep logs', e));
    return this.queue;
  }

  private async index(): Promise<KeptMeta[]> {
    return readKeptIndex((await this.deps.local.get([KEPT_INDEX_KEY]))[KEPT_INDEX_KEY]);
  }

  private async write(tabId: number, snapshot: TabLogSnapshot, facts: TabFacts | undefined): Promise<void> {
    // A private window's log is never written; nor one whose window we never learned.
    if (!this.enabled || !facts || facts.incognito || !snapshot.entries.length) return;
    const session = await this.deps.session();
    const id = `${session}-${tabId}`;
    const fitted = fitTab(snapshot, this.bounds.bytesPerLog, this.deps.prepare).snapshot;
    const record = {
      id,
      title: facts.title?.slice(0, 200),
      url: facts.url?.slice(0, LIMITS.urlChars),
      savedAt: this.deps.now(),
      entries: fitted.entries,
      dropped: fitted.dropped,
    };
    const meta: KeptMeta = { id, session, title: record.title, url: record.url, savedAt: record.savedAt, count: fitted.entries.length, bytes: jsonBytes(record) };
    const { keep, drop } = boundKept([meta, ...(await this.index()).filter((m) => m.id !== id)], this.bounds);
    if (!keep.includes(meta)) return; // larger than all the room there is: nothing older is deleted for it
    await this.deps.local.set({ [KEPT_PREFIX + id]: record });
    if (drop.length) await this.deps.local.remove(drop.map((m) => KEPT_PREFIX + m.id));
    await this.deps.local.set({ [KEPT_INDEX_KEY]: keep });
  }

  /** Every key that is ours, found by reading them all: an index lost in a failed write leaves none behind. */
  private async removeEverything(): Promise<void> {
    const all = await this.deps.local.get(null);
    const keys = Object.keys(all).filter((k) => k.startsWith(KEPT_PREFIX) || k === KEPT_INDEX_KEY);
    if (keys.length) await this.deps.local.remove(keys);
  }
}

/** This browser session's id: the one in storage.session, or a new one stored there. */
export async function browserSession(store: Pick<LocalStore, 'get' | 'set'>): Promise<string> {
  const known = (await store.get([KEEP_SESSION_KEY]))[KEEP_SESSION_KEY];
  if (typeof known === 'string' && /^[a-z0-9]{1,24}$/.test(known)) return known;
  const made = Date.now().toString(36) + Math.random().toString(36).slice(2, 8);
  await store.set({ [KEEP_SESSION_KEY]: made });
  return made;
}

/**
 * Which kept logs stay within the bounds, newest first: each is kept while all kept so far fit
 * both totals; from the first that does not, it and every older one are deleted.
 */
export function boundKept(logs: KeptMeta[], bounds: Pick<KeptBounds, 'entries' | 'bytes'>): { keep: KeptMeta[]; drop: KeptMeta[] } {
  const newestFirst = [...logs].sort((a, b) => b.savedAt - a.savedAt);
  let entries = 0;
  let bytes = 0;
  let cut = newestFirst.length;
  for (let i = 0; i < newestFirst.length; i++) {
    entries += newestFirst[i]!.count;
    bytes += newestFirst[i]!.bytes;
    if (entries > bounds.entries || bytes > bounds.bytes) {
      cut = i;
      break;
    }
  }
  return { keep: newestFirst.slice(0, cut), drop: newestFirst.slice(cut) };
}
