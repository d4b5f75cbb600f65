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

const indexes = new WeakMap<NetworkErrorReference[], Map<string, NetworkErrorReference>>();

function indexOf(entries: NetworkErrorReference[]): Map<string, NetworkErrorReference> {
  let index = indexes.get(entries);
  if (!index) {
    index = new Map();
    for (const e of entries) for (const n of e.names) index.set(normalizeErrorName(n), e);
    indexes.set(entries, index);
  }
  return index;
}

/** The entry for exactly one reported name (`net::ERR_CONNECTION_REFUSED`, `ERR_CONNECTION_REFUSED`, `NS_ERROR_CONNECTION_REFUSED`). */
export function networkErrorByName(entries: NetworkErrorReference[], name: string): NetworkErrorReference | undefined {
  return indexOf(entries).get(normalizeErrorName(name));
}

/**
 * The entry for the first known name in a logged error text, which may carry more than the name,
 * e.g. "net::ERR_FAILED (page saw: fetch failed: TypeError)".
 */
export function networkErrorIn(entries: NetworkErrorReference[], text: string | undefined): NetworkErrorReference | undefined {
  if (!text) return undefined;
  for (const m of text.matchAll(NAME_PATTERN)) {
    const found = networkErrorByName(entries, m[0]);
    if (found) return found;
  }
  return undefined;
}
