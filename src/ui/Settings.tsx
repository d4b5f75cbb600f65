import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Settings } from '../shared/settings';
import type { Locale } from '../reference/types';
import { I18nContext, translator } from './i18n';
import type { ChangeSettings, SettingsHost } from './SettingsHost';
import { WatchSections } from './SettingsWatch';
import { FlagSection } from './SettingsFlag';
import { IgnoreSection } from './SettingsIgnore';
import { CaptureSection } from './SettingsCapture';
import { DisplaySection } from './SettingsDisplay';
import { KeepSection } from './SettingsKeep';

export type { SettingsHost } from './SettingsHost';

type SaveState = { state: 'idle' | 'saving' | 'saved' } | { state: 'failed'; error: string };

/**
 * The settings page (options_ui): every setting, each saved to storage.sync as soon as it changes.
 * `browserLocale` is what the "Automatic" language means; the page speaks the chosen one at once.
 */
export function SettingsPage({ host, browserLocale }: { host: SettingsHost; browserLocale: Locale }) {
  const [settings, setSettings] = useState<Settings | undefined>();
  const [save, setSave] = useState<SaveState>({ state: 'idle' });
  /** The newest settings, for changes made before the last one has been drawn. */
  const latest = useRef<Settings | undefined>(undefined);
  /** What this page saved and has not yet heard back from storage (its own changes, echoed). */
  const echoes = useRef<string[]>([]);

  useEffect(() => {
    const show = (s: Settings) => {
      latest.current = s;
      setSettings(s);
    };
    void host.load().then(show);
    host.onChange((s) => {
      const at = echoes.current.indexOf(JSON.stringify(s));
      if (at === -1) return show(s); // changed elsewhere: the popup, another window, sync
      echoes.current.splice(0, at + 1);
    });
  }, [host]);

  const change: ChangeSettings = async (edit) => {
    const before = latest.current;
    if (!before) return false;
    const next = edit(before);
    latest.current = next;
    setSettings(next);
    setSave({ state: 'saving' });
    echoes.current.push(JSON.stringify(next));
    try {
      await host.save(next);
      if (latest.current === next) setSave({ state: 'saved' });
      return true;
    } catch (e) {
      // storage.sync refuses, e.g. past its quota (8 KB an item): show what is stored, and why.
      if (latest.current === next) {
        latest.current = before;
        setSettings(before);
      }
      setSave({ state: 'failed', error: e instanceof Error ? e.message : String(e) });
      return false;
    }
  };

  const language = settings?.display.language ?? 'auto';
  const locale: Locale = language === 'auto' ? browserLocale : language;
  const i18n = useMemo(() => ({ locale, t: translator(locale) }), [locale]);
  const { t } = i18n;
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t('settingsTitle');
  }, [locale]);

  if (!settings) return null;
  const props = { settings, change };
  return (
    <I18nContext.Provider value={i18n}>
      <div class="settings" lang={locale}>
        <header class="settings-header">
          <h1 data-testid="settings-title">{t('settingsTitle')}</h1>
          <p class={`save-state ${save.state}`} data-testid="settings-saved" role="status">
            {save.state === 'saving' ? t('settingsSaving') : save.state === 'saved' ? `✓ ${t('settingsSaved')}` : ''}
          </p>
        </header>
        {save.state === 'failed' && (
          <p class="field-error save-failed" role="alert" data-testid="settings-save-error">
            {t('settingsSaveFailed', { error: save.error })}
          </p>
        )}
        <main>
          <WatchSections {...props} host={host} />
          <FlagSection {...props} />
          <IgnoreSection {...props} host={host} />
          <CaptureSection {...props} />
          <KeepSection {...props} host={host} />
          <DisplaySection {...props} browserLocale={browserLocale} />
        </main>
        <footer class="settings-footer">
          {/* Beside this page in the extension (src/privacy/index.html); it reads the language chosen here. */}
          <a href="../privacy/index.html" data-testid="privacy-link">
            {t('privacyPolicyLink')}
          </a>
        </footer>
      </div>
    </I18nContext.Provider>
  );
}
