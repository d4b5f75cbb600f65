import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Locale, NetworkErrorId, NetworkErrorReference, StatusReference } from '../reference/types';
import { loadNetworkErrors, loadReference } from '../reference/load';
import { reasonPhrase } from '../reference/reasons';
import { I18nContext, translator } from './i18n';
import type { HostOptions } from './source';
import { useTabLog } from './use-tab-log';
import { EntryList } from './EntryList';
import type { ReferenceTarget } from './ReferenceBrowser';
import { EmptyState } from './EmptyState';
import { WatchBar } from './WatchBar';
import { afterPaint, lazyComponent, whenIdle } from './lazy';

// The list paints without these: the detail carries the analysis and the copy commands, the
// browser the search; each is its own chunk, loaded when first opened.
const EntryDetail = lazyComponent(() => import('./EntryDetail').then((m) => m.EntryDetail));
const ReferenceBrowser = lazyComponent(() => import('./ReferenceBrowser').then((m) => m.ReferenceBrowser));

type View = { name: 'log' } | { name: 'reference'; open?: ReferenceTarget };

/** The popup and its pop-out: a tab's flagged responses, one response in detail, or the reference. */
export function App(props: HostOptions) {
  const { source } = props;
  const [locale, setLocale] = useState<Locale>(props.locale);
  const i18n = useMemo(() => ({ locale, t: translator(locale) }), [locale]);
  const { t } = i18n;
  const { tabId, chooseTab, log, entries, tabsWithLogs, error, selectedId, select, selected, revealed, reveal, clear } = useTabLog(source, {
    tabId: props.tabId,
    listTabs: props.fullTab,
    refreshMs: props.refreshMs,
  });
  const [view, setView] = useState<View>({ name: 'log' });
  const [reference, setReference] = useState<StatusReference[] | undefined>();
  const [networkErrors, setNetworkErrors] = useState<NetworkErrorReference[] | undefined>();
  // The list needs only reason phrases (reasonPhrase); the reference loads once a detail or the browser opens.
  const wantsReference = view.name === 'reference' || selectedId !== undefined;

  useEffect(() => {
    if (!wantsReference) return;
    let live = true;
    // After the detail (or the browser) has painted: a language's reference takes a while to parse.
    // The previous language stays on screen until the new one has loaded.
    const cancel = afterPaint(() => {
      loadReference(locale).then((r) => live && setReference(r), () => live && setReference([]));
      loadNetworkErrors(locale).then((r) => live && setNetworkErrors(r), () => live && setNetworkErrors([]));
    });
    return () => {
      live = false;
      cancel();
    };
  }, [locale, wantsReference]);

  // Once the list has painted, the detail's chunk loads while the user reads it.
  const hasEntries = entries.length > 0;
  useEffect(() => {
    if (!hasEntries) return;
    let cancelIdle: (() => void) | undefined;
    const cancelPaint = afterPaint(() => (cancelIdle = whenIdle(() => void EntryDetail.preload().catch(() => undefined))));
    return () => {
      cancelPaint();
      cancelIdle?.();
    };
  }, [hasEntries]);
  const referenceByCode = useMemo(() => new Map((reference ?? []).map((r) => [r.code, r])), [reference]);

  const currentCount = entries.filter((e) => !e.previousPage).length;

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
              <select data-testid="tab-select" value={tabId ?? ''} onChange={(e) => chooseTab(Number((e.target as HTMLSelectElement).value))}>
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
        {props.watch && tabId !== undefined && view.name === 'log' && <WatchBar control={props.watch} tabId={tabId} refreshKey={log?.version ?? 0} />}
        {error && <p class="notice error" data-testid="load-error">{t('loadError', { error })}</p>}
        {view.name === 'reference' ? (
          <ReferenceBrowser entries={reference} networkErrors={networkErrors} open={view.open} onOpenCode={openCode} onOpenError={openError} />
        ) : (
          <main class={`log${selected ? ' has-selection' : ''}`}>
            <div class="list-pane">
              {log?.dropped ? <p class="notice" data-testid="dropped">{t("dropped", { n: log.dropped })}</p> : null}
              {log?.refused ? <p class="notice" data-testid="refused">{t('refusedPageReports', { n: log.refused })}</p> : null}
              {entries.length === 0 ? (
                <EmptyState onOpenReference={() => setView({ name: 'reference' })} />
              ) : (
                <EntryList entries={entries} selectedId={selectedId} reasonOf={reasonPhrase} onSelect={(e) => select(e.id)} />
              )}
            </div>
            {selected && (
              <div class="detail-pane">
                <EntryDetail
                  entry={selected}
                  reference={selected.statusCode !== undefined ? referenceByCode.get(selected.statusCode) : undefined}
                  referenceLoaded={reference !== undefined}
                  networkErrors={networkErrors}
                  sections={props.sections}
                  networkTitleOf={networkTitleOf}
                  onBack={() => select(undefined)}
                  onOpenCode={openCode}
                  onOpenError={openError}
                  revealed={revealed}
                  onReveal={reveal}
                />
              </div>
            )}
          </main>
        )}
      </div>
    </I18nContext.Provider>
  );
}
