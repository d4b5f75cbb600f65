/**
 * What the extension's pages (the popup and the settings page) keep in storage: the chosen
 * language, and the user's settings (read and repaired by src/shared/settings.ts).
 */
import type { Locale } from '../reference/types';
import { localeFor } from '../ui/i18n';
import { localStore, onSettingsChanged, syncStore, uiLanguage } from '../platform/popup-runtime';
import { SETTINGS_KEY, readSettings, type Settings } from '../shared/settings';

/** The language the user chose, else the browser's. */
export async function savedLocale(): Promise<Locale> {
  const saved = (await localStore.get(['locale']).catch(() => ({}) as Record<string, unknown>))['locale'];
  return saved === 'en' || saved === 'zh-CN' ? saved : localeFor(uiLanguage());
}

export const settingsStore = {
  load: async (): Promise<Settings> => readSettings((await syncStore.get([SETTINGS_KEY]))[SETTINGS_KEY]),
  save: (settings: Settings) => syncStore.set({ [SETTINGS_KEY]: settings }),
  onChange: (fn: (settings: Settings) => void) => onSettingsChanged((value) => fn(readSettings(value)), SETTINGS_KEY),
};
