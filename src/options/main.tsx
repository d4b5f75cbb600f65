/** The settings page (options_ui): wires SettingsPage to storage.sync and the permissions API. */
import { render } from 'preact';
import { SettingsPage, type SettingsHost } from '../ui/Settings';
import { localeFor } from '../ui/i18n';
import { localStore, onSettingsChanged, permissions, syncStore, uiLanguage } from '../platform/popup-runtime';
import { FULL_CAPTURE_PERMISSIONS, SETTINGS_KEY, readSettings } from '../shared/settings';

const host: SettingsHost = {
  load: async () => readSettings((await syncStore.get([SETTINGS_KEY]))[SETTINGS_KEY]),
  save: (settings) => syncStore.set({ [SETTINGS_KEY]: settings }),
  onChange: (fn) => onSettingsChanged((value) => fn(readSettings(value))),
  hasFullPermission: () => permissions.contains(FULL_CAPTURE_PERMISSIONS),
  requestFullPermission: () => permissions.request(FULL_CAPTURE_PERMISSIONS),
  releaseFullPermission: async () => {
    await permissions.remove(FULL_CAPTURE_PERMISSIONS);
  },
};

async function start(): Promise<void> {
  const saved = (await localStore.get(['locale']).catch(() => ({}) as Record<string, unknown>))['locale'];
  const locale = saved === 'en' || saved === 'zh-CN' ? saved : localeFor(uiLanguage());
  document.documentElement.lang = locale;
  render(<SettingsPage host={host} locale={locale} />, document.getElementById('root')!);
}

void start();
