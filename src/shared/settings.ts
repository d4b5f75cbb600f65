/**
 * The user's settings: one object in storage.sync, typed from its defaults, read by the background
 * and the pages through this module alone (the storage itself is in src/platform). A stored value
 * from an older version, or one edited by hand, is repaired field by field: an unreadable field
 * falls back to its default and the rest is kept.
 */
import { isSitePattern } from './site-pattern';

export const SETTINGS_KEY = 'settings';

/**
 * The optional permissions full capture needs: webRequest, and in Firefox what reading bodies off
 * the wire needs too (MDN: webRequest.filterResponseData). Asked for when the user first chooses
 * full capture, given back when no site is left for it.
 */
export const FULL_CAPTURE_PERMISSIONS: string[] =
  __TARGET_BROWSER__ === 'firefox' ? ['webRequest', 'webRequestBlocking', 'webRequestFilterResponse'] : ['webRequest'];

/**
 * storage.session key set when full capture's permission is granted. storage.session is emptied
 * when the browser restarts, so in Chrome its presence means "granted, not yet in effect".
 */
export const GRANTED_THIS_SESSION_KEY = 'fullCaptureGrantedThisSession';

export const DEFAULT_SETTINGS = {
  version: 1 as const,
  watch: {
    /** Pause: nothing is watched anywhere, no script runs in pages and no listener is registered. */
    paused: false,
    /** 'all': every site but those in `skipped`; 'listed': only the sites in `sites`. */
    scope: 'all' as 'all' | 'listed',
    /** Site patterns watched when scope is 'listed' (see sites.ts). */
    sites: [] as string[],
    /** Site patterns not watched when scope is 'all' ("Stop watching this site"). */
    skipped: [] as string[],
    /**
     * Site patterns watched in full, through the browser's webRequest API: every request of every
     * type, with the browser's own headers. Everywhere else watched, the page reports what it sees.
     */
    fullSites: [] as string[],
  },
};

/** The settings' type is the defaults' type: a new setting is declared once, with its default. */
export type Settings = typeof DEFAULT_SETTINGS;

/** At most this many patterns per list: a list is read on every page load. */
export const MAX_SITE_PATTERNS = 200;

/** Reads a stored value into a whole Settings object; never throws. */
export function readSettings(stored: unknown): Settings {
  const d = DEFAULT_SETTINGS;
  const s = isObject(stored) ? stored : {};
  const w = isObject(s.watch) ? s.watch : {};
  return {
    version: 1,
    watch: {
      paused: typeof w.paused === 'boolean' ? w.paused : d.watch.paused,
      scope: w.scope === 'all' || w.scope === 'listed' ? w.scope : d.watch.scope,
      sites: patterns(w.sites),
      skipped: patterns(w.skipped),
      fullSites: patterns(w.fullSites),
    },
  };
}

function patterns(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const out: string[] = [];
  for (const v of value) {
    if (typeof v === 'string' && isSitePattern(v) && !out.includes(v)) out.push(v);
    if (out.length >= MAX_SITE_PATTERNS) break;
  }
  return out;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
