/**
 * The status-code reference: pure data and lookups, no browser API, so plain Node can import it.
 * Extension pages use `load.ts` instead, which loads one language on demand.
 */
import type { Locale, StatusReference } from './types';
import en from './data/en/index';
import zhCN from './data/zh-CN/index';

export type * from './types';

const byLocale: Record<Locale, StatusReference[]> = { en, 'zh-CN': zhCN };
const indexes = new Map<Locale, Map<number, StatusReference>>();

function indexOf(locale: Locale): Map<number, StatusReference> {
  let index = indexes.get(locale);
  if (!index) {
    index = new Map(byLocale[locale].map((e) => [e.code, e]));
    indexes.set(locale, index);
  }
  return index;
}

export function getStatusReference(code: number, locale: Locale = 'en'): StatusReference | undefined {
  return indexOf(locale).get(code);
}

export function listStatusReferences(locale: Locale = 'en'): StatusReference[] {
  return byLocale[locale].slice();
}
