import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../shared/settings';
import { toSitePattern } from '../shared/site-pattern';
import { useI18n, type MessageKey, type Translate } from './i18n';
import type { SectionProps, SettingsHost } from './SettingsHost';

type ListKey = 'sites' | 'skipped' | 'fullSites';
type Watch = Settings['watch'];

/** What is watched (pause, all sites or only some) and which sites are captured in full. */
export function WatchSections({ settings, change, host }: SectionProps & { host: SettingsHost }) {
  const { t } = useI18n();
  const [permission, setPermission] = useState(false);
  useEffect(() => void host.hasFullPermission().then(setPermission, () => setPermission(false)), [host]);
  const w = settings.watch;
  const update = (watch: Partial<Watch>) => change((s) => ({ ...s, watch: { ...s.watch, ...watch } }));

  return (
    <>
      <section aria-labelledby="settings-watch">
        <h2 id="settings-watch">{t('settingsWatchHeading')}</h2>
        <label class="check">
          <input type="checkbox" data-testid="settings-paused" checked={w.paused} onChange={(e) => void update({ paused: e.currentTarget.checked })} />
          <span>{t('settingsPaused')}</span>
        </label>
        <fieldset>
          <legend>{t('settingsScope')}</legend>
          <label class="check">
            <input type="radio" name="scope" data-testid="settings-scope-all" checked={w.scope === 'all'} onChange={() => void update({ scope: 'all' })} />
            <span>{t('settingsScopeAll')}</span>
          </label>
          <label class="check">
            <input type="radio" name="scope" data-testid="settings-scope-listed" checked={w.scope === 'listed'} onChange={() => void update({ scope: 'listed' })} />
            <span>{t('settingsScopeListed')}</span>
          </label>
        </fieldset>
        {w.scope === 'all' ? (
          <SiteList list="skipped" title="settingsSkipped" sites={w.skipped} onChange={(skipped) => update({ skipped })} />
        ) : (
          <SiteList list="sites" title="settingsSites" sites={w.sites} onChange={(sites) => update({ sites })} />
        )}
      </section>
      <section aria-labelledby="settings-full">
        <h2 id="settings-full">{t('settingsFullHeading')}</h2>
        <p class="hint">{t('settingsFullExplain')}</p>
        <p class="hint">{t('settingsFullCost')}</p>
        <SiteList
          list="fullSites"
          title="settingsFullSites"
          sites={w.fullSites}
          onChange={async (fullSites) => {
            const saved = await update({ fullSites });
            if (saved && fullSites.length === 0 && permission) void host.releaseFullPermission().then(() => setPermission(false));
            return saved;
          }}
          beforeAdd={async () => {
            if (permission) return true;
            const granted = await host.requestFullPermission();
            setPermission(granted);
            return granted;
          }}
        />
      </section>
    </>
  );
}

/** The message for what the user typed, in the page's language (toSitePattern's own is English). */
export function siteError(input: string, t: Translate): string | undefined {
  if ('pattern' in toSitePattern(input)) return undefined;
  return input.trim() ? t('settingsSiteInvalid', { input: input.trim() }) : t('settingsSiteEmpty');
}

function SiteList(props: { list: ListKey; title: MessageKey; sites: string[]; onChange(sites: string[]): Promise<boolean>; beforeAdd?: () => Promise<boolean> }) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  const inputId = `settings-${props.list}-input`;
  const errorId = `settings-${props.list}-error`;
  const add = (e: Event) => {
    e.preventDefault();
    const read = toSitePattern(text);
    if (!('pattern' in read)) return setError(siteError(text, t));
    if (props.sites.includes(read.pattern)) {
      setText('');
      return setError(undefined);
    }
    const go = () =>
      props.onChange([...props.sites, read.pattern]).then((saved) => {
        if (!saved) return; // the page says why; what was typed stays
        setText('');
        setError(undefined);
      });
    // A permission request must be the first thing the click does (see popup/main.tsx).
    if (!props.beforeAdd) return void go();
    void props.beforeAdd().then((ok) => (ok ? go() : setError(t('watchPermissionRefused'))));
  };
  return (
    <div class="site-list" data-testid={`settings-${props.list}`}>
      <h3 id={`settings-${props.list}-title`}>{t(props.title)}</h3>
      {props.sites.length === 0 ? (
        <p class="hint">{t('settingsListEmpty')}</p>
      ) : (
        <ul aria-labelledby={`settings-${props.list}-title`}>
          {props.sites.map((site) => (
            <li key={site}>
              <code>{site}</code>{' '}
              <button type="button" class="button small" aria-label={t('settingsRemoveSite', { site })} onClick={() => void props.onChange(props.sites.filter((s) => s !== site))}>
                {t('settingsRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={add} class="row">
        <label class="visually-hidden" for={inputId}>
          {t(props.title)}
        </label>
        <input
          id={inputId}
          class="search"
          data-testid={inputId}
          value={text}
          placeholder="localhost:3000, *.staging.example.com"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onInput={(e) => setText(e.currentTarget.value)}
        />
        <button type="submit" class="button" data-testid={`settings-${props.list}-add`}>
          {t('settingsAdd')}
        </button>
      </form>
      {error && (
        <p class="field-error" role="alert" id={errorId} data-testid={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}
