import type { LogEntry, TabLogView, TabSummary } from '../shared/types';
import type { Locale } from '../reference/types';
import type { WatchState } from '../shared/sites';
import type { WatchAction } from '../shared/watch-actions';
import type { SectionState } from './sections';

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
  listTabs(): Promise<TabSummary[]>;
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
}
