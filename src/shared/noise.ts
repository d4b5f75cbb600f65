/**
 * Noise rules: failures the user chose not to be told about. An ignored entry stays in the log (a
 * toggle in the list shows it) but is not counted on the badge. The background (badge) and the
 * pages (list, settings page) ask here, so both agree on what a rule hides.
 */
import type { LogEntry } from './types';
import { isSitePattern, siteMatches, siteOf } from './site-pattern';

/**
 * - `favicon`: the icon the browser asks for by itself (`/favicon.ico` and the like, as an image or
 *   "other" request; never a page's own fetch or XHR). `value` is unused.
 * - `url`: one URL without its query and fragment, e.g. `https://api.example.com/v1/ping`; a final
 *   `*` matches any URL that starts with the rest.
 * - `host`: a site pattern (src/shared/site-pattern.ts): `analytics.example.com`, `*.example.com`,
 *   `localhost:3000`.
 * - `status`: a status code (`404`), a class (`4xx`, `5xx`) or `network`, on the site pattern in
 *   `host` (every site when absent).
 */
export type IgnoreKind = 'favicon' | 'url' | 'host' | 'status';

export interface IgnoreRule {
  kind: IgnoreKind;
  value: string;
  host?: string;
}

/** At most this many rules: each is tried against every failure. */
export const MAX_IGNORE_RULES = 100;
const MAX_RULE_CHARS = 2048;

const STATUS_VALUE = /^(?:[1-5]\d\d|[1-5]xx|network)$/;

/** Why a rule the user typed cannot be used, or undefined when it can. */
export function ruleProblem(rule: IgnoreRule): 'url' | 'host' | 'status' | undefined {
  switch (rule.kind) {
    case 'favicon':
      return undefined;
    case 'url':
      return /^https?:\/\/[^/\s]+/i.test(rule.value) && rule.value.length <= MAX_RULE_CHARS ? undefined : 'url';
    case 'host':
      return isSitePattern(rule.value) ? undefined : 'host';
    case 'status':
      if (!STATUS_VALUE.test(rule.value)) return 'status';
      return rule.host === undefined || isSitePattern(rule.host) ? undefined : 'host';
  }
}

/** The rules in a stored value that can be used, without repeats; never throws. */
export function readIgnoreRules(value: unknown): IgnoreRule[] {
  if (!Array.isArray(value)) return [];
  const out: IgnoreRule[] = [];
  const seen = new Set<string>();
  for (const raw of value) {
    if (out.length >= MAX_IGNORE_RULES) break;
    if (typeof raw !== 'object' || raw === null) continue;
    const { kind, value: v, host } = raw as Record<string, unknown>;
    if (kind !== 'favicon' && kind !== 'url' && kind !== 'host' && kind !== 'status') continue;
    const rule: IgnoreRule = { kind, value: kind === 'favicon' ? '' : typeof v === 'string' ? v.trim() : '' };
    if (kind === 'status' && typeof host === 'string' && host.trim()) rule.host = host.trim();
    const key = ruleKey(rule);
    if (ruleProblem(rule) !== undefined || seen.has(key)) continue;
    seen.add(key);
    out.push(rule);
  }
  return out;
}

/** Two rules with the same key hide the same failures. */
export const ruleKey = (rule: IgnoreRule) => `${rule.kind}\u0000${rule.value}\u0000${rule.host ?? ''}`;

/** The URL without its query and fragment: what a `url` rule names. */
export function urlWithoutQuery(url: string): string {
  const cut = url.search(/[?#]/);
  return cut === -1 ? url : url.slice(0, cut);
}

type Matchable = Pick<LogEntry, 'url' | 'type' | 'kind' | 'statusCode'>;

const FAVICON_PATH = /\/favicon(?:-\d+x\d+)?\.(?:ico|png|svg)$/i;
/** Types the page's own script makes: a page fetching its favicon on purpose is not the browser. */
const PAGE_SCRIPT_TYPES = new Set(['fetch', 'xmlhttprequest']);

export function ruleMatches(rule: IgnoreRule, entry: Matchable): boolean {
  switch (rule.kind) {
    case 'favicon':
      return !PAGE_SCRIPT_TYPES.has(entry.type) && FAVICON_PATH.test(urlWithoutQuery(entry.url));
    case 'url': {
      const url = urlWithoutQuery(entry.url);
      return rule.value.endsWith('*') ? url.startsWith(rule.value.slice(0, -1)) : url === urlWithoutQuery(rule.value);
    }
    case 'host':
      return siteMatches(rule.value, entry.url);
    case 'status':
      return statusMatches(rule.value, entry) && (rule.host === undefined || siteMatches(rule.host, entry.url));
  }
}

function statusMatches(value: string, entry: Matchable): boolean {
  if (value === 'network') return entry.kind === 'network-error';
  if (entry.kind === 'network-error' || entry.statusCode === undefined) return false;
  const code = String(entry.statusCode);
  return value.endsWith('xx') ? code[0] === value[0] : code === value;
}

/** The index of the first rule that hides this entry, or -1. */
export function ignoringRule(rules: readonly IgnoreRule[], entry: Matchable): number {
  for (let i = 0; i < rules.length; i++) if (ruleMatches(rules[i]!, entry)) return i;
  return -1;
}

export const isIgnored = (rules: readonly IgnoreRule[], entry: Matchable) => ignoringRule(rules, entry) !== -1;

/** How many of the entries each rule hides (an entry counts for the first rule that matches it). */
export function ruleCounts(rules: readonly IgnoreRule[], entries: Iterable<Matchable>): number[] {
  const counts = rules.map(() => 0);
  for (const e of entries) {
    const i = ignoringRule(rules, e);
    if (i !== -1) counts[i]!++;
  }
  return counts;
}

/** The three one-click rules offered on a row: this URL, this host, this status on this host. */
export function rulesFor(entry: Matchable): { url: IgnoreRule; host?: IgnoreRule; status: IgnoreRule } {
  const hostRule = siteOf(entry.url);
  const status = entry.kind === 'network-error' || entry.statusCode === undefined ? 'network' : String(entry.statusCode);
  return {
    url: { kind: 'url', value: urlWithoutQuery(entry.url) },
    ...(hostRule ? { host: { kind: 'host', value: hostRule } } : {}),
    status: hostRule ? { kind: 'status', value: status, host: hostRule } : { kind: 'status', value: status },
  };
}

/** Adds a rule unless an equal one is there; returns a new list. */
export function withRule(rules: readonly IgnoreRule[], rule: IgnoreRule): IgnoreRule[] {
  const key = ruleKey(rule);
  return rules.some((r) => ruleKey(r) === key) ? [...rules] : [...rules, rule].slice(0, MAX_IGNORE_RULES);
}
