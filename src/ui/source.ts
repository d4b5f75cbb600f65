import type { KeptLog, KeptLogSummary, LogEntry, TabLogView, TabSummary } from '../shared/types';
import type { Locale } from '../reference/types';
import type { WatchState } from '../shared/sites';
import type { WatchAction } from '../shared/watch-actions';
import type { SectionState } from './sections';
import type { Settings } from '../shared/settings';
import type { IgnoreRule } from '../shared/noise';
import type { RetryReply } from '../shared/protocol';
import type { RetryRequest } from '../analysis/retry-plan';

/** How the current tab's site is watched, and the one-click controls over it. */
export interface WatchControl {
  state(tabId: number): Promise<WatchState & { site?: string }>;
  /**
   * Applies one action to the site and saves the settings. 'full-on' first asks the browser for
   * full capture's permission (it must be called from the click itself); false when refused.
   */
  act(action: WatchAction, site: string): Promise<boolean>;
  openSettings(): void;
}

/** What the UI needs from its host. The popup wires it to the background; tests pass plain objects. */
export interface LogSource {
  getLog(tabId: number, knownVersion?: number): Promise<TabLogView>;
  /** One entry with its body text, or null when it is gone. Secrets masked unless `reveal`. */
  getEntry(tabId: number, id: string, reveal?: boolean): Promise<LogEntry | null>;
  clearLog(tabId: number): Promise<void>;
  /** Tabs with a log; each count leaves out the failures `ignore` hides, as the list's header does. */
  listTabs(ignore?: IgnoreRule[]): Promise<TabSummary[]>;
  /** Ids of the tab's entries whose response or request body contains `query`, in any case. */
  searchLog?(tabId: number, query: string): Promise<string[]>;
  /** "Retry in page"; absent where no tab can run it (tests of other things, imported logs). */
  retry?: RetryHost;
}

/** Sends a confirmed fixed request from the tab's own page (src/background/retry.ts). */
export interface RetryHost {
  /** The origin of the tab's top page now; undefined when the tab is gone or shows no web page. */
  pageOrigin(tabId: number): Promise<string | undefined>;
  /** `id` is the entry retried, `pageOrigin` the page the user saw, `request` exactly what the confirm showed. */
  run(tabId: number, q: { id: string; pageOrigin: string; request: RetryRequest }): Promise<RetryReply>;
}

/** The user's settings as the list reads and changes them (ignore rules, show ignored, language). */
export interface SettingsStore {
  load(): Promise<Settings>;
  save(settings: Settings): Promise<void>;
  /** Calls back when the settings change anywhere (the settings page, another window, sync). */
  onChange(fn: (settings: Settings) => void): void;
}

export interface HostOptions {
  source: LogSource;
  /** The tab whose log is shown first, if known. */
  tabId?: number;
  /** True when shown in a full tab (pop-out) rather than the toolbar popup. */
  fullTab: boolean;
  locale: Locale;
  saveLocale(locale: Locale): void;
  /** Opens this view in a full tab; absent when already in one. */
  popOut?(tabId: number): void;
  /** The watch controls; absent where there is no tab to watch (tests, imported logs). */
  watch?: WatchControl;
  /** How often the log is polled for changes, in milliseconds; 1000 by default. */
  refreshMs?: number;
  /** Which parts of the detail are open, remembered across popups; in memory when absent. */
  sections?: SectionState;
  /** The settings (ignore rules, show ignored); absent in tests of other things: nothing is ignored. */
  settings?: SettingsStore;
  /** The settings as read before the first paint, if they were. */
  initialSettings?: Settings;
  /** Shows a HAR file's failures in place of the live tab (the pop-out); absent where it cannot. */
  onImportHar?(har: ImportedHar): void;
  /** Set when the log shown is a HAR file's (read-only): its name, its counts, the way back. */
  imported?: ImportedLogInfo;
  /** Logs kept from earlier browser sessions (the pop-out's tab picker lists them); absent where there are none. */
  earlier?: EarlierLogs;
  /** Clears every tab's log and every kept log (the pop-out's "Clear all"); absent where it is not offered. */
  clearAll?(): Promise<void>;
  /** True when the view belongs to one tab and may not switch (the DevTools panel): no tab picker. */
  fixedTab?: boolean;
  /** Shows the entry's request in the browser's Network panel; absent where the browser cannot. */
  openInNetworkPanel?(entry: LogEntry): void;
}

/** Logs kept across browser restarts (settings.capture.keepLogs), as the background gives them. */
export interface EarlierLogs {
  list(): Promise<KeptLogSummary[]>;
  open(id: string): Promise<KeptLog | null>;
}

/** A HAR file opened in the pop-out: its failures as a read-only log, and how many of its entries they were. */
export interface ImportedHar {
  fileName: string;
  /** The file's failures, shown as the one tab `tabId`. */
  source: LogSource & { readonly tabId: number };
  failed: number;
  total: number;
  /** How many failures the list holds (at most a log's worth). */
  kept: number;
  /** Set for a log kept from an earlier session (not a file): when it was last saved. */
  savedAt?: number;
}

/** An imported HAR file as its banner tells it. */
export interface ImportedLogInfo {
  fileName: string;
  /** Entries that failed, of all the file's entries, and how many of the failures are listed. */
  failed: number;
  total: number;
  kept: number;
  /** Set for a log kept from an earlier session: when it was last saved. */
  savedAt?: number;
  /** Back to the live tab. */
  onClose(): void;
}
