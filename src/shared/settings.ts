/**
 * The user's settings: one object in storage.sync, typed from its defaults, read by the background
 * and the pages through this module alone (the storage itself is in src/platform). A stored value
 * from an older version, or one edited by hand, is repaired field by field: an unreadable field
 * falls back to its default and the rest is kept.
 */
import { isSitePattern } from './site-pattern';
import { readIgnoreRules, type IgnoreRule } from './noise';
import type { Locale } from '../reference/types';

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

/** Body caps the settings page offers, in KiB; the largest is LIMITS.bodyBytes. */
export const BODY_CAPS_KIB = [16, 64, 256] as const;
export type BodyCapKiB = (typeof BODY_CAPS_KIB)[number];

export type BadgeStyle = 'count' | 'dot' | 'none';

export const DEFAULT_SETTINGS = {
  version: 2 as const,
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
  /** What counts as a failure. New responses follow a change; entries already logged stay. */
  flag: {
    clientErrors: true, // 4xx
    serverErrors: true, // 5xx
    networkErrors: true, // no response: refused, DNS, TLS, CORS
    /** 3xx: seen only by full capture (a page's fetch follows redirects without showing them). */
    redirects: false,
    /** A GraphQL response with status 200 whose JSON body has an `errors` array. */
    graphqlErrors: false,
  },
  /**
   * Failures kept in the log but not counted on the badge, and hidden from the list unless the user
   * asks to see them (src/shared/noise.ts). The default hides the favicon the browser asks for itself.
   */
  ignore: [{ kind: 'favicon', value: '' }] as IgnoreRule[],
  capture: {
    /** Response body bytes kept per entry, in KiB. */
    bodyKiB: 256 as BodyCapKiB,
    /** Show tokens, cookies and keys masked until the user asks to see them (they are always masked in storage). */
    maskSecrets: true,
    /**
     * Keep each tab's log (masked) in storage.local too, so it can be read after the browser
     * restarts (src/background/kept-logs.ts). Off: nothing is kept, and turning it off deletes what was.
     */
    keepLogs: false,
  },
  display: {
    /** 'auto': the browser's language. */
    language: 'auto' as 'auto' | Locale,
    /** The toolbar badge: the number of failures, a dot, or nothing. */
    badge: 'count' as BadgeStyle,
    /** Ignored failures are listed too, dimmed. */
    showIgnored: false,
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
  const f = isObject(s.flag) ? s.flag : {};
  const c = isObject(s.capture) ? s.capture : {};
  const v = isObject(s.display) ? s.display : {};
  const bool = (value: unknown, fallback: boolean) => (typeof value === 'boolean' ? value : fallback);
  return {
    version: 2,
    watch: {
      paused: bool(w.paused, d.watch.paused),
      scope: w.scope === 'all' || w.scope === 'listed' ? w.scope : d.watch.scope,
      sites: patterns(w.sites),
      skipped: patterns(w.skipped),
      fullSites: patterns(w.fullSites),
    },
    flag: {
      clientErrors: bool(f.clientErrors, d.flag.clientErrors),
      serverErrors: bool(f.serverErrors, d.flag.serverErrors),
      networkErrors: bool(f.networkErrors, d.flag.networkErrors),
      redirects: bool(f.redirects, d.flag.redirects),
      graphqlErrors: bool(f.graphqlErrors, d.flag.graphqlErrors),
    },
    // Version 1 had no rules: it gets the default ones. A stored list, even an empty one, is kept.
    ignore: Array.isArray(s.ignore) ? readIgnoreRules(s.ignore) : d.ignore.map((r) => ({ ...r })),
    capture: {
      bodyKiB: BODY_CAPS_KIB.includes(c.bodyKiB as BodyCapKiB) ? (c.bodyKiB as BodyCapKiB) : d.capture.bodyKiB,
      maskSecrets: bool(c.maskSecrets, d.capture.maskSecrets),
      keepLogs: bool(c.keepLogs, d.capture.keepLogs),
    },
    display: {
      language: v.language === 'en' || v.language === 'zh-CN' || v.language === 'auto' ? v.language : d.display.language,
      badge: v.badge === 'count' || v.badge === 'dot' || v.badge === 'none' ? v.badge : d.display.badge,
      showIgnored: bool(v.showIgnored, d.display.showIgnored),
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
