import type { AnalysisLocale } from './types';
import type { Messages } from './messages';
import { en } from './messages';
import { zhCN } from './messages.zh-CN';

/**
 * The message tables by locale. A new language is one more table of type `Messages` (so it has every
 * entry) and one more `AnalysisLocale`, which this record then requires.
 */
const TABLES: Record<AnalysisLocale, Messages> = { en, 'zh-CN': zhCN };

/** The table for a locale; English for any locale without one. */
export function messagesFor(locale: string | undefined): Messages {
  return locale !== undefined && Object.hasOwn(TABLES, locale) ? TABLES[locale as AnalysisLocale] : en;
}
