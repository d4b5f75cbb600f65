/** The settings page (options_ui): wires SettingsPage to storage.sync and the permissions API. */
import { render } from 'preact';
import { SettingsPage, type SettingsHost } from '../ui/Settings';
import { permissions } from '../platform/popup-runtime';
import { FULL_CAPTURE_PERMISSIONS } from '../shared/settings';
import { savedLocale, settingsStore } from '../popup/stored';

const host: SettingsHost = {
  ...settingsStore,
  hasFullPermission: () => permissions.contains(FULL_CAPTURE_PERMISSIONS),
  requestFullPermission: () => permissions.request(FULL_CAPTURE_PERMISSIONS),
  releaseFullPermission: async () => {
    await permissions.remove(FULL_CAPTURE_PERMISSIONS);
  },
};

async function start(): Promise<void> {
  const locale = await savedLocale();
  document.documentElement.lang = locale;
  render(<SettingsPage host={host} locale={locale} />, document.getElementById('root')!);
}

void start();
