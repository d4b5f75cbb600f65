/** The settings page (options_ui): wires SettingsPage to storage.sync, the permissions API and the background. */
import { render } from 'preact';
import { SettingsPage, type SettingsHost } from '../ui/Settings';
import { permissions, sendMessage, uiLanguage } from '../platform/popup-runtime';
import { FULL_CAPTURE_PERMISSIONS } from '../shared/settings';
import { settingsStore } from '../popup/stored';
import { clearAll } from '../popup/message-source';
import { localeFor } from '../ui/i18n';

const host: SettingsHost = {
  ...settingsStore,
  hasFullPermission: () => permissions.contains(FULL_CAPTURE_PERMISSIONS),
  requestFullPermission: () => permissions.request(FULL_CAPTURE_PERMISSIONS),
  releaseFullPermission: async () => {
    await permissions.remove(FULL_CAPTURE_PERMISSIONS);
  },
  countsFor: async (rules) => (await sendMessage<'ignoreCounts'>({ type: 'ignoreCounts', rules })).counts,
  clearAll,
};

render(<SettingsPage host={host} browserLocale={localeFor(uiLanguage())} />, document.getElementById('root')!);
