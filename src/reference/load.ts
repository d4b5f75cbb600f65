import type { Locale, NetworkErrorReference, StatusReference } from './types';
import { assembleNetworkErrors } from './network';
import { assembleStatusReferences } from './status';

/**
 * Loads one language of the reference on demand: each language's prose is its own chunk, and the
 * language-independent facts another, shared by both; the popup opens without parsing any of them
 * until an entry is shown, and then loads only the language it shows.
 */
const cache = new Map<Locale, Promise<StatusReference[]>>();

export function loadReference(locale: Locale): Promise<StatusReference[]> {
  let pending = cache.get(locale);
  if (!pending) {
    const prose = locale === 'zh-CN' ? import('./data/zh-CN/index') : import('./data/en/index');
    pending = Promise.all([import('./data/status-codes/index'), prose]).then(([facts, text]) => assembleStatusReferences(facts.default, text.default, locale));
    cache.set(locale, pending);
  }
  return pending;
}

const networkCache = new Map<Locale, Promise<NetworkErrorReference[]>>();

/** The network-error entries of one language, in their own chunks like the status codes. */
export function loadNetworkErrors(locale: Locale): Promise<NetworkErrorReference[]> {
  let pending = networkCache.get(locale);
  if (!pending) {
    const prose = locale === 'zh-CN' ? import('./data/zh-CN/network-errors') : import('./data/en/network-errors');
    pending = Promise.all([import('./data/network-errors'), prose]).then(([facts, text]) => assembleNetworkErrors(facts.default, text.default));
    networkCache.set(locale, pending);
  }
  return pending;
}
