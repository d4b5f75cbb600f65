/** How pages are watched, from the user's settings (src/shared/settings.ts). */
import type { Settings } from './settings';
import { anyMatches, siteOf, uniqueMatchPatterns } from './site-pattern';

/**
 * How a page is watched:
 * - 'paused': the user paused StatusLens everywhere;
 * - 'off': not watched (not in the user's list, skipped, or not a web page);
 * - 'light': the page reports what its own calls saw (fetch/XHR with bodies), and the statuses of
 *   its document and same-origin resources;
 * - 'full': also every request to the site through the browser's webRequest API.
 */
export type WatchLevel = 'paused' | 'off' | 'light' | 'full';

/** How a tab's page is watched, as the popup shows it. */
export interface WatchState {
  level: WatchLevel;
  /** Set when the site is listed for full capture that cannot run yet, and why. */
  fullBlocked?: 'restart' | 'permission';
}

export function watchLevel(settings: Settings, url: string): WatchLevel {
  const w = settings.watch;
  if (w.paused) return 'paused';
  if (siteOf(url) === undefined) return 'off';
  const full = anyMatches(w.fullSites, url);
  if (w.scope === 'all') return anyMatches(w.skipped, url) ? 'off' : full ? 'full' : 'light';
  return full ? 'full' : anyMatches(w.sites, url) ? 'light' : 'off';
}

/** Where the page scripts must run: every site watched at all. Undefined when none. */
export function pageScriptScope(settings: Settings): { matches: string[]; excludeMatches: string[] } | undefined {
  const w = settings.watch;
  if (w.paused) return undefined;
  if (w.scope === 'all') {
    // A skipped pattern with a port cannot be excluded by a match pattern: those pages still get
    // the scripts, and the background drops what they report.
    const excludeMatches = uniqueMatchPatterns(w.skipped.filter((p) => !p.includes(':')));
    return { matches: ['http://*/*', 'https://*/*'], excludeMatches };
  }
  const matches = uniqueMatchPatterns([...w.sites, ...w.fullSites]);
  return matches.length ? { matches, excludeMatches: [] } : undefined;
}

/** The webRequest URL filter for full capture; undefined when nothing is watched in full. */
export function fullCaptureUrls(settings: Settings): string[] | undefined {
  if (settings.watch.paused) return undefined;
  const urls = uniqueMatchPatterns(settings.watch.fullSites);
  return urls.length ? urls : undefined;
}

