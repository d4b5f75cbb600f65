import type { LogEntry } from '../shared/types';
import type { Settings } from '../shared/settings';
import { isIgnored } from '../shared/noise';
import { badgeFor, type BadgeState } from './badge';
import { TabBatch } from './tab-batch';
import { badgeText, type BadgeText } from './badge-text';

/** Badge redraws are batched, and skipped when nothing visible changed. */
const BADGE_DELAY_MS = 250;

/**
 * Each tab's toolbar badge: what the current page's failures say once the user's ignore rules and
 * badge style are applied (src/background/badge.ts), drawn in batches, and only when its text,
 * colour or tooltip would change.
 */
export class Badges {
  private readonly batch: TabBatch;
  private readonly shown = new Map<number, string>();
  private settings: Pick<Settings, 'ignore' | 'display'> | undefined;
  /** Which entries the current rules ignore, computed once per entry and rule list. */
  private ignoredByRules = new WeakMap<LogEntry, boolean>();

  constructor(
    setTimer: (fn: () => void, ms: number) => unknown,
    /** The entries of the page now showing in a tab. */
    private readonly currentEntries: (tabId: number) => LogEntry[],
    private readonly setBadge: (tabId: number, state: BadgeState) => void,
    /** The browser's language, for the tooltip when the settings say 'auto'. */
    private readonly uiLanguage: () => string = () => 'en',
  ) {
    this.batch = new TabBatch(setTimer, BADGE_DELAY_MS, (tabs) => this.draw(tabs));
  }

  /** New rules or style: the caller asks for every tab to be redrawn. */
  apply(settings: Pick<Settings, 'ignore' | 'display'>): void {
    if (JSON.stringify(settings.ignore) !== JSON.stringify(this.settings?.ignore)) this.ignoredByRules = new WeakMap();
    this.settings = settings;
  }

  /** The tab's log changed: redraw its badge with the next batch. */
  change(tabId: number): void {
    this.batch.change(tabId);
  }

  /** The browser dropped what we drew (Firefox resets per-tab badges on a new page): draw it again. */
  redraw(tabId: number): void {
    this.shown.delete(tabId);
    this.batch.change(tabId);
  }

  /** The tab's log is gone; the caller draws its empty badge, if the tab is still open. */
  forget(tabId: number): void {
    this.shown.delete(tabId);
  }

  flush(): void {
    this.batch.flush();
  }

  state(tabId: number): BadgeState {
    return badgeFor(this.currentEntries(tabId), { style: this.settings?.display.badge ?? 'count', ignored: (e) => this.ignored(e), text: this.text() });
  }

  /** A tab with no log: no text, the tooltip in the user's language. */
  empty(): BadgeState {
    return badgeFor([], { style: 'count', ignored: () => false, text: this.text() });
  }

  /** The tooltip's language: the settings', or the browser's for 'auto'. */
  text(): BadgeText {
    return badgeText(this.settings?.display.language ?? 'auto', this.uiLanguage());
  }

  private ignored(entry: LogEntry): boolean {
    let ignored = this.ignoredByRules.get(entry);
    if (ignored === undefined) {
      // What a rule reads (URL, type, kind, status) does not change once an entry is logged.
      ignored = isIgnored(this.settings?.ignore ?? [], entry);
      this.ignoredByRules.set(entry, ignored);
    }
    return ignored;
  }

  private draw(tabIds: number[]): void {
    for (const tabId of tabIds) {
      const state = this.state(tabId);
      const key = `${state.text}|${state.color}|${state.title}`;
      if (this.shown.get(tabId) === key) continue;
      this.shown.set(tabId, key);
      this.setBadge(tabId, state);
    }
  }
}
