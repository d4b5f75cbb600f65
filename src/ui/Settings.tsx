import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Settings } from '../shared/settings';
import { toSitePattern } from '../shared/site-pattern';
import { I18nContext, translator, useI18n, type MessageKey } from './i18n';
import type { Locale } from '../reference/types';

/** What the settings page needs from its host; tests pass plain objects. */
export interface SettingsHost {
  load(): Promise<Settings>;
  save(settings: Settings): Promise<void>;
  /** Calls back when the settings change elsewhere (the popup, another window, sync). */
  onChange(fn: (settings: Settings) => void): void;
  /** Full capture's optional permission: held now? Asking must happen within the user's click. */
  hasFullPermission(): Promise<boolean>;
  requestFullPermission(): Promise<boolean>;
  /** Gives it back: called when the last full-capture site is removed. */
  releaseFullPermission(): Promise<void>;
}

type ListKey = 'sites' | 'skipped' | 'fullSites';

/** The settings page (options_ui): what StatusLens watches, and how. Saved on every change. */
export function SettingsPage({ host, locale }: { host: SettingsHost; locale: Locale }) {
  const i18n = useMemo(() => ({ locale, t: translator(locale) }), [locale]);
  const { t } = i18n;
  const [settings, setSettings] = useState<Settings | undefined>();
  const [permission, setPermission] = useState(false);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    void host.load().then(setSettings);
    void host.hasFullPermission().then(setPermission);
    host.onChange(setSettings);
  }, [host]);

  if (!settings) return null;
  const w = settings.watch;
  const update = (watch: Partial<Settings['watch']>) => {
    const next = { ...settings, watch: { ...w, ...watch } };
    setSettings(next);
    setSaved(false);
    void host.save(next).then(() => setSaved(true));
  };

  return (
    <I18nContext.Provider value={i18n}>
      <main class="settings" lang={locale}>
        <h1>{t('settingsTitle')}</h1>
        <section>
          <h2>{t('settingsWatchHeading')}</h2>
          <label class="row">
            <input type="checkbox" data-testid="settings-paused" checked={w.paused} onChange={(e) => update({ paused: (e.target as HTMLInputElement).checked })} />
            {t('settingsPaused')}
          </label>
          <fieldset>
            <legend>{t('settingsScope')}</legend>
            <label class="row">
              <input type="radio" name="scope" data-testid="settings-scope-all" checked={w.scope === 'all'} onChange={() => update({ scope: 'all' })} />
              {t('settingsScopeAll')}
            </label>
            <label class="row">
              <input type="radio" name="scope" data-testid="settings-scope-listed" checked={w.scope === 'listed'} onChange={() => update({ scope: 'listed' })} />
              {t('settingsScopeListed')}
            </label>
          </fieldset>
          {w.scope === 'all' ? (
            <SiteList list="skipped" title="settingsSkipped" sites={w.skipped} onChange={(skipped) => update({ skipped })} />
          ) : (
            <SiteList list="sites" title="settingsSites" sites={w.sites} onChange={(sites) => update({ sites })} />
          )}
        </section>
        <section>
          <h2>{t('settingsFullHeading')}</h2>
          <p class="hint">{t('settingsFullExplain')}</p>
          <p class="hint">{t('settingsFullCost')}</p>
          <SiteList
            list="fullSites"
            title="settingsFullSites"
            sites={w.fullSites}
            onChange={(fullSites) => {
              update({ fullSites });
              if (fullSites.length === 0 && permission) void host.releaseFullPermission().then(() => setPermission(false));
            }}
            beforeAdd={async () => {
              if (permission) return true;
              const granted = await host.requestFullPermission();
              setPermission(granted);
              return granted;
            }}
          />
        </section>
        <p class="hint" data-testid="settings-saved" aria-live="polite">
          {saved ? t('settingsSaved') : '\u00a0'}
        </p>
      </main>
    </I18nContext.Provider>
  );
}

function SiteList(props: { list: ListKey; title: MessageKey; sites: string[]; onChange(sites: string[]): void; beforeAdd?: () => Promise<boolean> }) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  const add = (e: Event) => {
    e.preventDefault();
    const read = toSitePattern(text);
    if ('error' in read) return setError(read.error);
    if (props.sites.includes(read.pattern)) {
      setText('');
      return setError(undefined);
    }
    const go = () => {
      props.onChange([...props.sites, read.pattern]);
      setText('');
      setError(undefined);
    };
    // A permission request must be the first thing the click does (see popup/main.tsx).
    if (!props.beforeAdd) return go();
    void props.beforeAdd().then((ok) => (ok ? go() : setError(t('watchPermissionRefused'))));
  };
  return (
    <div class="site-list" data-testid={`settings-${props.list}`}>
      <h3>{t(props.title)}</h3>
      {props.sites.length === 0 ? (
        <p class="hint">{t('settingsListEmpty')}</p>
      ) : (
        <ul>
          {props.sites.map((site) => (
            <li key={site}>
              <code>{site}</code>{' '}
              <button type="button" class="button small" aria-label={t('settingsRemoveSite', { site })} onClick={() => props.onChange(props.sites.filter((s) => s !== site))}>
                {t('settingsRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={add} class="row">
        <input
          class="search"
          data-testid={`settings-${props.list}-input`}
          value={text}
          placeholder="localhost:3000, *.staging.example.com"
          aria-label={t(props.title)}
          onInput={(e) => setText((e.target as HTMLInputElement).value)}
        />
        <button type="submit" class="button" data-testid={`settings-${props.list}-add`}>
          {t('settingsAdd')}
        </button>
      </form>
      {error && <p class="notice error" role="alert" data-testid={`settings-${props.list}-error`}>{error}</p>}
    </div>
  );
}
