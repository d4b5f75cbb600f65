import type { NetworkErrorFacts, NetworkErrorId, NetworkErrorProse, NetworkErrorReference } from './types';

/**
 * Joins the language-independent facts of the network-error entries with one language's prose,
 * and finds the entry a browser's error text names. Pure and data-free, so the popup can import
 * it without pulling either half of the data into its first chunk.
 */
export function assembleNetworkErrors(facts: NetworkErrorFacts[], prose: Record<NetworkErrorId, NetworkErrorProse>): NetworkErrorReference[] {
  return facts.map((f) => ({ ...f, ...prose[f.id] }));
}

/** "net::ERR_X" and "ERR_X" are the same name; DevTools' "(blocked:csp)" loses its parentheses. */
export function normalizeErrorName(name: string): string {
  return name.trim().replace(/^\(|\)$/g, '').replace(/^net::/i, '').toUpperCase();
}

// Chrome: net::ERR_*; Firefox: NS_ERROR_*, NS_BINDING_*, NSS/PSM SEC_ERROR_*, SSL_ERROR_*; DevTools: blocked:*.
const NAME_PATTERN = /(?:net::)?ERR_[A-Z0-9_]+|NS_(?:ERROR|BINDING)_[A-Z0-9_]+|SEC_ERROR_[A-Z0-9_]+|SSL_ERROR_[A-Z0-9_]+|blocked:[a-z-]+/g;

const indexes = new WeakMap<readonly NetworkErrorFacts[], Map<string, NetworkErrorFacts>>();

function indexOf<T extends NetworkErrorFacts>(entries: readonly T[]): Map<string, T> {
  let index = indexes.get(entries);
  if (!index) {
    index = new Map();
    for (const e of entries) for (const n of e.names) index.set(normalizeErrorName(n), e);
    indexes.set(entries, index);
  }
  return index as Map<string, T>;
}

/** The entry for exactly one reported name (`net::ERR_CONNECTION_REFUSED`, `ERR_CONNECTION_REFUSED`, `NS_ERROR_CONNECTION_REFUSED`). */
export function networkErrorByName<T extends NetworkErrorFacts>(entries: readonly T[], name: string): T | undefined {
  return indexOf(entries).get(normalizeErrorName(name));
}

/**
 * How StatusLens words a failure the page reported from its own call (background/light-entries.ts):
 * "fetch failed: Failed to fetch", "XMLHttpRequest failed: network error (status 0)".
 */
const PAGE_REPORTED = /\b(?:fetch|XMLHttpRequest) failed: /;

/**
 * The entry for the first known name in a logged error text, which may carry more than the name,
 * e.g. "net::ERR_FAILED (page saw: fetch failed: TypeError)". A failure only the page saw, with
 * no browser name in it, is the entry that has `pageMessages`.
 */
export function networkErrorIn<T extends NetworkErrorFacts>(entries: readonly T[], text: string | undefined): T | undefined {
  if (!text) return undefined;
  let named = false;
  for (const m of text.matchAll(NAME_PATTERN)) {
    named = true;
    const found = networkErrorByName(entries, m[0]);
    if (found) return found;
  }
  // A browser name this reference does not know yet is not "no reason given".
  if (named) return undefined;
  const lower = text.toLowerCase();
  return entries.find((e) => e.pageMessages?.length && (PAGE_REPORTED.test(text) || e.pageMessages.some((m) => lower.includes(m.replace(/^TypeError: /, '').toLowerCase()))));
}

/** The name an entry is shown by: the browser's first name for it, or what the page's script is told. */
export function shownName(e: NetworkErrorFacts): string {
  return e.names[0] ?? e.pageMessages?.[0] ?? e.id;
}
