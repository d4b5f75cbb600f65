import type { Locale, StatusReference } from './types';

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
