import type { Locale, NetworkErrorReference, StatusReference } from './types';
import { assembleNetworkErrors } from './network';

/**
 * Loads one language of the reference on demand: each is its own chunk, so the popup opens
 * without parsing either until an entry is shown.
 */
const cache = new Map<Locale, Promise<StatusReference[]>>();

export function loadReference(locale: Locale): Promise<StatusReference[]> {
  let pending = cache.get(locale);
  if (!pending) {
    pending = (locale === 'zh-CN' ? import('./data/zh-CN/index') : import('./data/en/index')).then((m) => m.default);
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
