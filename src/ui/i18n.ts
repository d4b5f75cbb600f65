import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import en from '../../public/_locales/en/messages.json';
import zhCN from '../../public/_locales/zh_CN/messages.json';
import type { Locale } from '../reference/types';

/**
 * UI strings come from the extension's own `_locales` files. Both are bundled (they are small),
 * so the user can switch language by hand, which `browser.i18n` cannot do.
 */
export type MessageKey = keyof typeof en;
type Messages = Partial<Record<MessageKey, { message: string }>>;

// A key missing from a translation falls back to English (a test keeps both files complete).
const tables: Record<Locale, Messages> = { en, 'zh-CN': zhCN };

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

export function translator(locale: Locale): Translate {
  const table = tables[locale];
  return (key, vars) => {
    let text = table[key]?.message ?? en[key]?.message ?? key;
    if (vars) for (const [name, value] of Object.entries(vars)) text = text.split(`{${name}}`).join(String(value));
    return text;
  };
}

/** The browser's UI language picks the default: any Chinese variant gets Simplified Chinese. */
export function localeFor(uiLanguage: string | undefined): Locale {
  return uiLanguage?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

export interface I18n {
  locale: Locale;
  t: Translate;
}

export const I18nContext = createContext<I18n>({ locale: 'en', t: translator('en') });

export function useI18n(): I18n {
  return useContext(I18nContext);
}
