/**
 * What the list shows, as pure functions of the log: its order, the filters and their chips, and
 * identical failures grouped into one row. The list component renders what these return.
 */
import type { LogEntry } from '../shared/types';
import { entryClassOf, isAnsweredRetry } from '../shared/classify';
import { ignoringRule, urlWithoutQuery, type IgnoreRule } from '../shared/noise';

export const CLASS_CHIPS = ['4xx', '5xx', 'network'] as const;
export type ClassChip = (typeof CLASS_CHIPS)[number];
export const TYPE_CHIPS = ['fetch', 'document', 'image', 'script', 'other'] as const;
export type TypeChip = (typeof TYPE_CHIPS)[number];

export interface ListFilters {
  classes: ClassChip[];
  types: TypeChip[];
  hosts: string[];
  /** Matched against URL, status, error, server message; and bodies through `bodyHits`. */
  text: string;
}

export const NO_FILTERS: ListFilters = { classes: [], types: [], hosts: [], text: '' };

export const isFiltering = (f: ListFilters) => f.classes.length > 0 || f.types.length > 0 || f.hosts.length > 0 || f.text.trim() !== '';

const CLASS_OF = { 'client-error': '4xx', 'server-error': '5xx', 'network-error': 'network' } as const;
export const classChipOf = (e: Pick<LogEntry, 'kind' | 'statusCode'>): ClassChip => CLASS_OF[entryClassOf(e)];

/** webRequest's resource types (and the page's own fetch) as the chips name them. */
export function typeChipOf(type: string): TypeChip {
  switch (type) {
    case 'fetch':
    case 'xmlhttprequest':
      return 'fetch';
    case 'main_frame':
    case 'sub_frame':
      return 'document';
    case 'image':
    case 'imageset': // Firefox's responsive images
      return 'image';
    case 'script':
      return 'script';
    default:
      return 'other';
  }
}

export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
}

/**
 * Newest first by start time (entries are logged when they complete, so a refused request that
 * failed late would otherwise sit above newer ones); the previous page's entries stay below the
 * current page's. Stable: entries that started at the same time keep the log's order.
 */
export function newestFirst(entries: readonly LogEntry[]): LogEntry[] {
  return entries
    .map((e, i) => [e, i] as const)
    .sort(([a, i], [b, j]) => Number(a.previousPage) - Number(b.previousPage) || b.startTime - a.startTime || i - j)
    .map(([e]) => e);
}

/** The rule that hides this entry, if any. */
export function hidingRule(rules: readonly IgnoreRule[], e: LogEntry): IgnoreRule | undefined {
  const i = ignoringRule(rules, e);
  return i === -1 ? undefined : rules[i];
}

/** The words of a row the text filter reads (the body is searched by the background). */
function rowText(e: LogEntry, reasonOf: (code: number) => string | undefined): string {
  const status = e.statusCode === undefined ? '' : `${e.statusCode} ${reasonOf(e.statusCode) ?? ''} ${e.statusLine ?? ''}`;
  return `${e.url}\n${status}\n${e.error ?? ''}\n${e.serverMessage ?? ''}`.toLowerCase();
}

/** Filters combine: a chip group holds when any of its chips matches; all groups and the text must hold. */
export function matchesFilters(e: LogEntry, f: ListFilters, bodyHits: ReadonlySet<string>, reasonOf: (code: number) => string | undefined): boolean {
  if (f.classes.length && !f.classes.includes(classChipOf(e))) return false;
  if (f.types.length && !f.types.includes(typeChipOf(e.type))) return false;
  if (f.hosts.length && !f.hosts.includes(hostOf(e.url))) return false;
  const text = f.text.trim().toLowerCase();
  return !text || bodyHits.has(e.id) || rowText(e, reasonOf).includes(text);
}

export interface ChipCounts {
  classes: Record<ClassChip, number>;
  types: Record<TypeChip, number>;
  /** Most failures first, then by name. */
  hosts: [string, number][];
}

export function chipCounts(entries: readonly LogEntry[]): ChipCounts {
  const classes: Record<ClassChip, number> = { '4xx': 0, '5xx': 0, network: 0 };
  const types: Record<TypeChip, number> = { fetch: 0, document: 0, image: 0, script: 0, other: 0 };
  const hosts = new Map<string, number>();
  for (const e of entries) {
    classes[classChipOf(e)]++;
    types[typeChipOf(e.type)]++;
    const host = hostOf(e.url);
    if (host) hosts.set(host, (hosts.get(host) ?? 0) + 1);
  }
  return { classes, types, hosts: [...hosts].sort(([a, m], [b, n]) => n - m || a.localeCompare(b)) };
}

/** Failures that are the same failure: the same method, status (or error) and URL without its query. */
export function groupKeyOf(e: LogEntry): string {
  const outcome = e.kind === 'network-error' ? `!${e.error ?? ''}` : String(e.statusCode ?? '');
  return `${e.previousPage ? 'p' : 'c'} ${e.method} ${outcome} ${urlWithoutQuery(e.url)}`;
}

export interface FailureGroup {
  key: string;
  /** Newest first; the first is the one the row shows. */
  entries: LogEntry[];
}

/** Groups entries already in list order; each group sits where its newest entry is. */
export function groupFailures(entries: readonly LogEntry[]): FailureGroup[] {
  const groups = new Map<string, FailureGroup>();
  for (const e of entries) {
    const key = groupKeyOf(e);
    const group = groups.get(key);
    if (group) group.entries.push(e);
    else groups.set(key, { key, entries: [e] });
  }
  return [...groups.values()];
}

export interface ListView {
  /** What the filters choose from: the entries no rule hides, or all of them when ignored ones are shown. */
  base: LogEntry[];
  /** The base that passes the filters: the list's rows. */
  shown: LogEntry[];
  /** Entries some rule hides, and which rule (the first that matches). */
  hiddenBy: Map<string, IgnoreRule>;
  /** Failures of the current page no rule hides: the header's count. */
  current: number;
}

export function listView(
  log: readonly LogEntry[],
  rules: readonly IgnoreRule[],
  showIgnored: boolean,
  filters: ListFilters,
  bodyHits: ReadonlySet<string>,
  reasonOf: (code: number) => string | undefined,
): ListView {
  const hiddenBy = new Map<string, IgnoreRule>();
  const base: LogEntry[] = [];
  let current = 0;
  for (const e of newestFirst(log)) {
    const rule = hidingRule(rules, e);
    if (rule) hiddenBy.set(e.id, rule);
    else if (!e.previousPage && !isAnsweredRetry(e)) current++;
    if (!rule || showIgnored) base.push(e);
  }
  const shown = isFiltering(filters) ? base.filter((e) => matchesFilters(e, filters, bodyHits, reasonOf)) : base;
  return { base, shown, hiddenBy, current };
}
