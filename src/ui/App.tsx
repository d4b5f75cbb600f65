import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { LogEntry, TabLogView, TabSummary } from '../shared/types';
import type { Locale, NetworkErrorId, NetworkErrorReference, StatusReference } from '../reference/types';
import { loadNetworkErrors, loadReference } from '../reference/load';
import { networkErrorIn } from '../reference/network';
import { I18nContext, translator } from './i18n';
import type { HostOptions } from './source';
import { EntryList } from './EntryList';
import { EntryDetail } from './EntryDetail';
import { ReferenceBrowser, type ReferenceTarget } from './ReferenceBrowser';
import { EmptyState } from './EmptyState';

type View = { name: 'log' } | { name: 'reference'; open?: ReferenceTarget };

/** The popup and its pop-out: a tab's flagged responses, one response in detail, or the reference. */
export function App(props: HostOptions) {
  const { source } = props;
  const [locale, setLocale] = useState<Locale>(props.locale);
  const i18n = useMemo(() => ({ locale, t: translator(locale) }), [locale]);
  const { t } = i18n;
  const [tabId, setTabId] = useState<number | undefined>(props.tabId);
  const [log, setLog] = useState<TabLogView | undefined>();
  // The version the poller already has, read without making the poller depend on the log itself.
  const shown = useRef<{ tabId?: number; version?: number }>({});
  const [detail, setDetail] = useState<LogEntry | undefined>();
  const [tabsWithLogs, setTabsWithLogs] = useState<TabSummary[]>([]);
  const [error, setError] = useState<string | undefined>();
  const [selectedId, setSelectedId] = useState<string | undefined>();
  // The entry whose secrets the user chose to see; choosing another entry masks them again.
  const [revealedId, setRevealedId] = useState<string | undefined>();
  const revealed = revealedId !== undefined && revealedId === selectedId;
  const [view, setView] = useState<View>({ name: 'log' });
  const [reference, setReference] = useState<StatusReference[] | undefined>();
  const [networkErrors, setNetworkErrors] = useState<NetworkErrorReference[] | undefined>();

  useEffect(() => {
    let live = true;
    // The previous language stays on screen until the new one has loaded.
    loadReference(locale).then((r) => live && setReference(r), () => live && setReference([]));
    loadNetworkErrors(locale).then((r) => live && setNetworkErrors(r), () => live && setNetworkErrors([]));
    return () => {
      live = false;
    };
  }, [locale]);
  const referenceByCode = useMemo(() => new Map((reference ?? []).map((r) => [r.code, r])), [reference]);

  const refresh = useCallback(async () => {
    try {
      if (props.fullTab) setTabsWithLogs(await source.listTabs());
      if (tabId !== undefined) {
        const next = await source.getLog(tabId, shown.current.tabId === tabId ? shown.current.version : undefined);
        if (!next.unchanged) {
          shown.current = { tabId, version: next.version };
          setLog(next);
        }
      }
      setError(undefined);
    } catch (e) {
      setError(String((e as Error)?.message ?? e));
    }
  }, [source, tabId, props.fullTab]);

  useEffect(() => {
    void refresh();
    const timer = setInterval(() => void refresh(), props.refreshMs ?? 1000);
    return () => clearInterval(timer);
  }, [refresh, props.refreshMs]);

  const entries = log?.tabId === tabId ? (log?.entries ?? []) : [];
  const listed: LogEntry | undefined = entries.find((e) => e.id === selectedId);

  // The detail view reads the selected entry in full (with its body) whenever it or the log changes.
  useEffect(() => {
    if (tabId === undefined || selectedId === undefined) return setDetail(undefined);
    let live = true;
    source.getEntry(tabId, selectedId, revealed).then((e) => live && setDetail(e ?? undefined), () => undefined);
    return () => {
      live = false;
    };
  }, [source, tabId, selectedId, log?.version, revealed]);
  const selected = listed && detail?.id === listed.id ? detail : undefined;
  const currentCount = entries.filter((e) => !e.previousPage).length;

  const clear = async () => {
    if (tabId === undefined) return;
    await source.clearLog(tabId);
    setSelectedId(undefined);
    await refresh();
  };
  const chooseLocale = (next: Locale) => {
    setLocale(next);
    props.saveLocale(next);
  };
  const openCode = (code: number | undefined) => setView({ name: 'reference', open: code === undefined ? undefined : { code } });
  const openError = (error: NetworkErrorId) => setView({ name: 'reference', open: { error } });
  const networkTitleOf = (id: NetworkErrorId) => networkErrors?.find((e) => e.id === id)?.title;

  return (
    <I18nContext.Provider value={i18n}>
      <div class={`app${props.fullTab ? ' full-tab' : ' popup'}`} lang={locale}>
        <header class="toolbar">
          <strong class="brand">{t('appTitle')}</strong>
          {view.name === 'log' && (
            <span class="count" data-testid="count">
              {t('countSummary', { n: currentCount })}
            </span>
          )}
          {props.fullTab && view.name === 'log' && (
            <label class="tab-select">
              {t('tab')}{' '}
              <select data-testid="tab-select" value={tabId ?? ''} onChange={(e) => { setTabId(Number((e.target as HTMLSelectElement).value)); setSelectedId(undefined); }}>
                {tabId !== undefined && !tabsWithLogs.some((s) => s.tabId === tabId) && <option value={tabId}>#{tabId}</option>}
                {tabsWithLogs.length === 0 && tabId === undefined && <option value="">{t('tabNone')}</option>}
                {tabsWithLogs.map((s) => (
                  <option key={s.tabId} value={s.tabId}>
                    {`#${s.tabId} · ${s.count} · ${s.title || s.url || ''}`.slice(0, 90)}
                  </option>
                ))}
              </select>
            </label>
          )}
          <span class="spacer" />
          <button type="button" class={`button${view.name === 'reference' ? ' active' : ''}`} data-testid="open-reference" onClick={() => setView(view.name === 'reference' ? { name: 'log' } : { name: 'reference' })}>
            {view.name === 'reference' ? t('back') : t('openReference')}
          </button>
          {view.name === 'log' && (
            <button type="button" class="button" data-testid="clear" onClick={clear} disabled={!entries.length}>
              {t('clear')}
            </button>
          )}
          {props.popOut && tabId !== undefined && (
            <button type="button" class="button" data-testid="pop-out" onClick={() => props.popOut!(tabId)}>
              {t('popOut')}
            </button>
          )}
          <select class="lang" aria-label={t('language')} data-testid="language" value={locale} onChange={(e) => chooseLocale((e.target as HTMLSelectElement).value as Locale)}>
            <option value="en">English</option>
            <option value="zh-CN">简体中文</option>
          </select>
        </header>
        {error && <p class="notice error" data-testid="load-error">{t('loadError', { error })}</p>}
        {view.name === 'reference' ? (
          <ReferenceBrowser entries={reference} networkErrors={networkErrors} open={view.open} onOpenCode={openCode} onOpenError={openError} />
        ) : (
          <main class={`log${selected ? ' has-selection' : ''}`}>
            <div class="list-pane">
              {log?.dropped ? <p class="notice" data-testid="dropped">{t("dropped", { n: log.dropped })}</p> : null}
              {log?.refused ? <p class="notice" data-testid="refused">{t('refusedPageReports', { n: log.refused })}</p> : null}
              {entries.length === 0 ? (
                <EmptyState />
              ) : (
                <EntryList entries={entries} selectedId={selectedId} reasonOf={(c) => referenceByCode.get(c)?.reason} onSelect={(e) => setSelectedId(e.id)} />
              )}
            </div>
            {selected && (
              <div class="detail-pane">
                <EntryDetail
                  entry={selected}
                  reference={selected.statusCode !== undefined ? referenceByCode.get(selected.statusCode) : undefined}
                  referenceLoaded={reference !== undefined}
                  networkReference={selected.kind === 'network-error' ? networkErrorIn(networkErrors ?? [], selected.error) : undefined}
                  networkLoaded={networkErrors !== undefined}
                  networkTitleOf={networkTitleOf}
                  onBack={() => setSelectedId(undefined)}
                  onOpenCode={openCode}
                  onOpenError={openError}
                  revealed={revealed}
                  onReveal={(show) => setRevealedId(show ? selected.id : undefined)}
                />
              </div>
            )}
          </main>
        )}
      </div>
    </I18nContext.Provider>
  );
}
