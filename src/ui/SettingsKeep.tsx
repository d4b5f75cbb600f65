import { useState } from 'preact/hooks';
import { LIMITS } from '../shared/limits';
import { useI18n } from './i18n';
import { Check } from './SettingsControls';
import type { SectionProps, SettingsHost } from './SettingsHost';

type Clearing = { state: 'idle' | 'confirming' | 'clearing' | 'done' } | { state: 'failed'; error: string };

/** Keeping logs across browser restarts, and "Clear all": every log, everywhere, after a confirmation. */
export function KeepSection({ settings, change, host }: SectionProps & { host: Pick<SettingsHost, 'clearAll'> }) {
  const { t } = useI18n();
  const [clearing, setClearing] = useState<Clearing>({ state: 'idle' });
  const clearAll = async () => {
    setClearing({ state: 'clearing' });
    try {
      await host.clearAll!();
      setClearing({ state: 'done' });
    } catch (e) {
      setClearing({ state: 'failed', error: e instanceof Error ? e.message : String(e) });
    }
  };
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
          {clearing.state === 'confirming' || clearing.state === 'clearing' ? (
            <p role="alert" class="confirm" data-testid="settings-clear-all-confirm">
              {t('settingsClearAllConfirm')}{' '}
              <button type="button" class="button danger" data-testid="settings-clear-all-yes" disabled={clearing.state === 'clearing'} onClick={() => void clearAll()}>
                {t('settingsClearAllYes')}
              </button>{' '}
              <button type="button" class="button" data-testid="settings-clear-all-no" onClick={() => setClearing({ state: 'idle' })}>
                {t('settingsClearAllNo')}
              </button>
            </p>
          ) : (
            <button type="button" class="button" data-testid="settings-clear-all" aria-describedby="settings-clear-all-hint" onClick={() => setClearing({ state: 'confirming' })}>
              {t('settingsClearAll')}
            </button>
          )}
          <p class="hint" id="settings-clear-all-hint">
            {t('settingsClearAllHint')}
          </p>
          {clearing.state === 'done' && (
            <p role="status" data-testid="settings-clear-all-done">
              ✓ {t('settingsClearAllDone')}
            </p>
          )}
          {clearing.state === 'failed' && (
            <p role="alert" class="field-error" data-testid="settings-clear-all-error">
              {t('settingsClearAllFailed', { error: clearing.error })}
            </p>
          )}
        </div>
      )}
    </section>
  );
}
