/**
 * What the extension's pages (the popup and the settings page) keep in storage: the chosen
 * language, and the user's settings (read and repaired by src/shared/settings.ts).
 */
import type { Locale } from '../reference/types';
import { popupLocale } from './popup-locale';
import { localStore, onSettingsChanged, syncStore, uiLanguage } from '../platform/popup-runtime';
import { SETTINGS_KEY, readSettings, type Settings } from '../shared/settings';

/** The language the settings name; on 'auto', one chosen in the popup before they had it; else the browser's. */
export async function savedLocale(): Promise<Locale> {
  const [settings, old] = await Promise.all([
    settingsStore.load().catch(() => undefined),
    localStore.get(['locale']).then((r) => r['locale'], () => undefined),
  ]);
  return popupLocale(settings?.display.language ?? 'auto', old, uiLanguage());
}

export const settingsStore = {
  load: async (): Promise<Settings> => readSettings((await syncStore.get([SETTINGS_KEY]))[SETTINGS_KEY]),
  save: (settings: Settings) => syncStore.set({ [SETTINGS_KEY]: settings }),
  onChange: (fn: (settings: Settings) => void) => onSettingsChanged((value) => fn(readSettings(value)), SETTINGS_KEY),
};
