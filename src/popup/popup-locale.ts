import type { Locale } from '../reference/types';
import type { Settings } from '../shared/settings';
import { localeFor } from '../ui/i18n';

/**
 * The language of the extension's pages: the one the settings name; on 'auto', a language chosen in
 * the popup before the settings had the field (kept in storage.local as `locale`), else the browser's.
 */
export function popupLocale(language: Settings['display']['language'], oldChoice: unknown, uiLanguage: string | undefined): Locale {
  if (language !== 'auto') return language;
  if (oldChoice === 'en' || oldChoice === 'zh-CN') return oldChoice;
  return localeFor(uiLanguage);
}

/** The settings with the language the user chose in the popup. */
export const withLanguage = (settings: Settings, locale: Locale): Settings => ({ ...settings, display: { ...settings.display, language: locale } });
