import { LIMITS } from '../shared/limits';
import { useI18n } from './i18n';
import { Check } from './SettingsControls';
import { ClearAll } from './ClearAll';
import type { SectionProps, SettingsHost } from './SettingsHost';

/** Keeping logs across browser restarts, and "Clear all": every log, everywhere, after a confirmation. */
export function KeepSection({ settings, change, host }: SectionProps & { host: Pick<SettingsHost, 'clearAll'> }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="settings-keep">
      <h2 id="settings-keep">{t('settingsKeepHeading')}</h2>
      <Check
        id="settings-keep-logs"
        checked={settings.capture.keepLogs}
        label={t('settingsKeepLogs')}
        hint={t('settingsKeepLogsHint', { entries: LIMITS.keptEntries, mb: LIMITS.keptBytes / 1024 / 1024 })}
        onChange={(on) => void change((s) => ({ ...s, capture: { ...s.capture, keepLogs: on } }))}
      />
      {host.clearAll && (
        <div class="clear-all">
          <ClearAll clearAll={host.clearAll} testId="settings-clear-all" describedBy="settings-clear-all-hint" />
          <p class="hint" id="settings-clear-all-hint">
            {t('clearAllHint')}
          </p>
        </div>
      )}
    </section>
  );
}
