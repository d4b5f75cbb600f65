import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Locale, NetworkErrorId, NetworkErrorReference, StatusReference } from '../reference/types';
import { loadNetworkErrors, loadReference } from '../reference/load';
import { reasonPhrase } from '../reference/reasons';
import { I18nContext, translator } from './i18n';
import type { HostOptions } from './source';
import { useTabLog } from './use-tab-log';
import type { ReferenceTarget } from './ReferenceBrowser';
import { EmptyState } from './EmptyState';
import { WatchBar } from './WatchBar';
import { afterPaint, lazyComponent, whenIdle } from './lazy';
import { LogPane } from './LogPane';
import { TabPicker } from './TabPicker';
import { IgnoreMenu } from './IgnoreChoices';
import { IgnoreNotice, useIgnoreAction } from './IgnoreNotice';
import { NO_FILTERS, chipCounts, listView, type ListFilters } from './list-model';
import { useListSettings } from './use-list-settings';
import { useBodySearch } from './use-body-search';
import { useDetailFocus } from './use-detail-focus';
import { HarExportButton } from './HarExport';
import { HarImportInput, ImportedBanner } from './HarImport';
import { useEarlierLogs } from './use-earlier-logs';
import { ClearAll } from './ClearAll';

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
  const listSettings = useListSettings(props.settings, props.initialSettings);
  const { rules, showIgnored } = listSettings;
  // The pop-out on live tabs (not a HAR file or a kept log); it may switch tabs unless it is the DevTools panel's.
  const liveTab = props.fullTab === true && !props.imported;
  const picksTab = liveTab && !props.fixedTab;
  const { tabId, chooseTab, log, entries, tabsWithLogs, error, selectedId, select, selected, revealed, reveal, clear } = useTabLog(source, {
    tabId: props.tabId,
    listTabs: picksTab,
    refreshMs: props.refreshMs,
    ignore: rules,
  });
  const earlier = useEarlierLogs(liveTab ? props.earlier : undefined, props.onImportHar);
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

  const [filters, setFilters] = useState<ListFilters>(NO_FILTERS);
  const bodyHits = useBodySearch(source, tabId, filters.text, log?.version);
  const list = useMemo(() => listView(entries, rules, showIgnored, filters, bodyHits, reasonPhrase), [entries, rules, showIgnored, filters, bodyHits]);
  const counts = useMemo(() => chipCounts(list.base), [list.base]);
  const ignoring = useIgnoreAction(listSettings.ignore);
  const canIgnore = props.settings !== undefined;
  const { listPane, detailPane, open, back } = useDetailFocus(selectedId, selected?.id, select);
  const filterText = useRef<HTMLInputElement>(null);
  const retryHost = props.imported ? undefined : source.retry;
  const retry = useMemo(() => (retryHost && tabId !== undefined ? { tabId, host: retryHost, getEntry: (id: string) => source.getEntry(tabId, id) } : undefined), [retryHost, source, tabId]);

  // The language the settings name, when they change elsewhere (the settings page).
  const language = listSettings.settings?.display.language;
  useEffect(() => {
    if (language && language !== 'auto') setLocale(language);
  }, [language]);

  // "/" goes to the text filter wherever focus is, unless typing.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
      if (e.target instanceof Element && e.target.closest('input, textarea, select, [contenteditable]')) return;
      const input = filterText.current;
      if (!input || input.checkVisibility?.({ visibilityProperty: true }) === false) return; // under a detail
      e.preventDefault();
      input.focus();
      input.select();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const chooseLocale = (next: Locale) => {
    setLocale(next);
    props.saveLocale(next);
  };
  const toList = () => listPane.current?.querySelector<HTMLElement>('[data-row-key][tabindex="0"]')?.focus();
  const openCode = (code: number | undefined) => setView({ name: 'reference', open: code === undefined ? undefined : { code } });
  const openError = (error: NetworkErrorId) => setView({ name: 'reference', open: { error } });
  const networkTitleOf = (id: NetworkErrorId) => networkErrors?.find((e) => e.id === id)?.title;

  return (
    <I18nContext.Provider value={i18n}>
      <div class={`app${props.fullTab ? ' full-tab' : ' popup'} view-${view.name}${selected && view.name === 'log' ? ' has-detail' : ''}`} lang={locale}>
        <header class="toolbar">
          <strong class="brand">{t('appTitle')}</strong>
          {view.name === 'log' && (
            <span class="count" data-testid="count">
              {t('countSummary', { n: list.current })}
            </span>
          )}
          {picksTab && view.name === 'log' && (
            <TabPicker tabId={tabId} tabs={tabsWithLogs} shownCount={list.current} onChoose={chooseTab} earlier={earlier.list} onOpenEarlier={(id) => void earlier.open(id)} onFocus={earlier.refresh} />
          )}
          <span class="spacer" />
          <button type="button" class={`button${view.name === 'reference' ? ' active' : ''}`} data-testid="open-reference" onClick={() => setView(view.name === 'reference' ? { name: 'log' } : { name: 'reference' })}>
            {view.name === 'reference' ? t('back') : t('openReference')}
          </button>
          {view.name === 'log' && (
            <HarExportButton source={source} tabId={tabId} entries={list.shown} pageUrl={tabsWithLogs.find((s) => s.tabId === tabId)?.url} />
          )}
          {props.onImportHar && view.name === 'log' && <HarImportInput onImported={props.onImportHar} />}
          {view.name === 'log' && !props.imported && (
            <button type="button" class="button" data-testid="clear" onClick={clear} disabled={!entries.length}>
              {t('clear')}
            </button>
          )}
          {liveTab && props.clearAll && view.name === 'log' && <ClearAll clearAll={props.clearAll} testId="clear-all" onCleared={earlier.refresh} />}
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
        {props.imported && view.name === 'log' && <ImportedBanner info={props.imported} />}
        {error && <p class="notice error" data-testid="load-error">{t('loadError', { error })}</p>}
        {earlier.failed && <p class="notice error" data-testid="kept-error">{t('keptOpenFailed')}</p>}
        {ignoring.notice && view.name === 'log' && <IgnoreNotice notice={ignoring.notice} onDone={ignoring.dismiss} />}
        {view.name === 'reference' ? (
          <ReferenceBrowser entries={reference} networkErrors={networkErrors} open={view.open} onOpenCode={openCode} onOpenError={openError} />
        ) : (
          <main class={`log${selected ? ' has-selection' : ''}`}>
            <div class="list-pane" ref={listPane}>
              {log?.dropped ? <p class="notice" data-testid="dropped">{t('dropped', { n: log.dropped })}</p> : null}
              {log?.refused ? <p class="notice" data-testid="refused">{t('refusedPageReports', { n: log.refused })}</p> : null}
              {entries.length === 0 ? (
                <EmptyState settings={listSettings.settings} onOpenReference={() => setView({ name: 'reference' })} onOpenSettings={props.watch?.openSettings} />
              ) : (
                <LogPane
                  list={list}
                  counts={counts}
                  filters={filters}
                  onFilters={setFilters}
                  showIgnored={showIgnored}
                  onShowIgnored={canIgnore ? (show) => void listSettings.setShowIgnored(show) : undefined}
                  selectedId={selectedId}
                  onOpen={open}
                  onIgnore={canIgnore ? (_entry, rule) => ignoring.add(rule) : undefined}
                  textInput={filterText}
                  onToList={toList}
                />
              )}
            </div>
            {selected && (
              <div class="detail-pane" ref={detailPane}>
                {canIgnore && <IgnoreMenu key={selected.id} entry={selected} onChoose={ignoring.add} />}
                <EntryDetail
                  entry={selected}
                  reference={selected.statusCode !== undefined ? referenceByCode.get(selected.statusCode) : undefined}
                  referenceLoaded={reference !== undefined}
                  networkErrors={networkErrors}
                  sections={props.sections}
                  networkTitleOf={networkTitleOf}
                  onBack={back}
                  onOpenCode={openCode}
                  onOpenError={openError}
                  revealed={revealed}
                  onReveal={reveal}
                  retry={retry}
                  onOpenInNetwork={props.openInNetworkPanel}
                />
              </div>
            )}
          </main>
        )}
      </div>
    </I18nContext.Provider>
  );
}
