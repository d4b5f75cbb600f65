/**
 * The reference of status codes and of network errors (failures with no status code): pure data and lookups, no browser API, so plain Node can import it.
 * Extension pages use `load.ts` instead, which loads one language on demand.
 */
import type { Locale, NetworkErrorReference, StatusReference } from './types';
import statusFacts from './data/status-codes/index';
import en from './data/en/index';
import zhCN from './data/zh-CN/index';
import networkFacts from './data/network-errors';
import enNetwork from './data/en/network-errors';
import zhCNNetwork from './data/zh-CN/network-errors';
import { assembleNetworkErrors, networkErrorByName } from './network';
import { assembleStatusReferences } from './status';
import { searchReference as rank, type SearchResult } from './search';

export type * from './types';
export type { SearchResult } from './search';

const byLocale: Record<Locale, StatusReference[]> = {
  en: assembleStatusReferences(statusFacts, en, 'en'),
  'zh-CN': assembleStatusReferences(statusFacts, zhCN, 'zh-CN'),
};
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

const networkByLocale: Record<Locale, NetworkErrorReference[]> = {
  en: assembleNetworkErrors(networkFacts, enNetwork),
  'zh-CN': assembleNetworkErrors(networkFacts, zhCNNetwork),
};

/** The entry for a name exactly as a browser reports it: `net::ERR_CONNECTION_REFUSED`, `ERR_CONNECTION_REFUSED` or `NS_ERROR_CONNECTION_REFUSED`. */
export function getNetworkErrorReference(name: string, locale: Locale = 'en'): NetworkErrorReference | undefined {
  return networkErrorByName(networkByLocale[locale], name);
}

export function listNetworkErrorReferences(locale: Locale = 'en'): NetworkErrorReference[] {
  return networkByLocale[locale].slice();
}

/** Status codes and network errors in one list, best answer first; each result says which kind it is. */
export function searchReference(query: string, locale: Locale = 'en'): SearchResult[] {
  return rank(byLocale[locale], networkByLocale[locale], query);
}
