import { useMemo } from 'preact/hooks';
import type { LogEntry } from '../shared/types';
import type { NetworkErrorId, NetworkErrorReference, StatusReference } from '../reference/types';
import { analyzeFailure, analyzeResponse, toCurl, toFetch } from '../analysis/index';
import { bugReport } from '../analysis/bug-report';
import { useI18n } from './i18n';
import { ReferenceEntry } from './ReferenceEntry';
import { NetworkErrorEntry } from './NetworkErrorEntry';
import { ServerSaid, Suggestions } from './Analysis';
import { CopyButton } from './Copy';
import { DetailHead, SeenBy } from './DetailHead';
import { DetailSections } from './DetailSections';
import { headerRecord, reasonFromStatusLine } from './format';
import { observedFailure, observedResponse, requestBodyText } from './observed';
import { saidLines } from './said';
import { pageSections, type SectionState } from './sections';
import { useRetry, type RetryContext } from './use-retry';

interface Props {
  entry: LogEntry;
  reference?: StatusReference;
  referenceLoaded: boolean;
  /** The network-error entries in the shown language, once loaded: a failure shows the one its analysis names. */
  networkErrors?: NetworkErrorReference[];
  networkTitleOf?(id: NetworkErrorId): string | undefined;
  onBack(): void;
  onOpenCode(code: number): void;
  onOpenError?(id: NetworkErrorId): void;
  /** True when the user asked to see this entry's secrets. */
  revealed?: boolean;
  onReveal?(show: boolean): void;
  /** Which sections are open, remembered by name; the popup stores it, elsewhere it lives in memory. */
  sections?: SectionState;
  /** "Retry in page" for the tab shown; absent where there is no live tab (tests, imported HAR files). */
  retry?: RetryContext;
  /** Shows this request in the browser's Network panel (the DevTools panel, where the browser allows it). */
  onOpenInNetwork?(entry: LogEntry): void;
}

/**
 * One flagged response or failure. The first screen says what happened and what to do: status and
 * URL, what the server said, the top suggestion with its fixed request to copy. Everything else
 * (other suggestions, evidence, body, headers, the reference) opens on demand.
 */
export function EntryDetail({ entry, reference, referenceLoaded, networkErrors, networkTitleOf = () => undefined, onBack, onOpenCode, onOpenError = () => undefined, revealed = false, onReveal, sections = pageSections, retry: retryContext, onOpenInNetwork }: Props) {
  const { t, locale } = useI18n();
  const requestBody = requestBodyText(entry);
  const statusCode = entry.statusCode;
  const analysis = useMemo(() => {
    if (statusCode === undefined) return undefined;
    try {
      return analyzeResponse(observedResponse({ ...entry, statusCode }), { locale });
    } catch {
      return undefined; // the analysis never throws by contract; this keeps the detail view up if it did
    }
  }, [entry, statusCode, locale]);
  const failure = useMemo(() => (entry.kind === 'network-error' ? analyzeFailure(observedFailure(entry), { locale }) : undefined), [entry, locale]);
  const networkReference = failure?.referenceId ? networkErrors?.find((e) => e.id === failure.referenceId) : undefined;
  const suggestions = failure?.suggestions ?? analysis?.suggestions ?? [];
  const retry = useRetry(entry, retryContext);
  const request = { url: entry.url, method: entry.method, headers: headerRecord(entry.requestHeaders), body: requestBody };

  const title = failure ? (failure.headline ?? networkReference?.title ?? t('networkError')) : (reference?.reason ?? reasonFromStatusLine(entry.statusLine));
  const report = useMemo(() => bugReport({ entry, analysis: failure ?? analysis, title, requestBody, locale }), [entry, failure, analysis, title, requestBody, locale]);
  let referenceTitle: string;
  let referenceBody;
  if (failure) {
    referenceTitle = networkReference ? t('sectionAboutError', { title: networkReference.title }) : t('sectionAboutErrorUnnamed');
    referenceBody = networkReference ? (
      <NetworkErrorEntry entry={networkReference} titleOf={networkTitleOf} onOpenCode={onOpenCode} onOpenError={onOpenError} compact />
    ) : (
      <p class="notice" data-testid="network-error-unknown">
        {networkErrors === undefined ? t('referenceLoading') : t('networkErrorUnknown', { error: entry.error ?? '?' })}
      </p>
    );
  } else {
    referenceTitle = t('sectionAboutStatus', { code: entry.statusCode ?? '', reason: reference?.reason ?? title });
    referenceBody = reference ? <ReferenceEntry entry={reference} onOpenCode={onOpenCode} compact /> : <p class="notice">{referenceLoaded ? t('referenceMissing') : t('referenceLoading')}</p>;
  }

  return (
    <div class={`detail${failure ? ' failure' : ''}`} data-testid="entry-detail" key={entry.id}>
      <DetailHead entry={entry} title={title} onBack={onBack} revealed={revealed} onReveal={onReveal} />
      {analysis?.error && <ServerSaid error={analysis.error} lines={saidLines(entry, analysis.error)} />}
      {(failure || analysis) && <Suggestions suggestions={suggestions} sections={sections} onRetry={retry.onRetry} />}
      {retry.panel}
      <SeenBy entry={entry} />
      <div class="copy-row failing">
        {onOpenInNetwork && (
          <button type="button" class="button small" data-testid="open-in-network" title={t('openInNetworkPanelTitle')} onClick={() => onOpenInNetwork(entry)}>
            {t('openInNetworkPanel')}
          </button>
        )}
        <CopyButton text={toCurl(request)} label={t('copyFailingCurl')} testId="copy-curl" />
        <CopyButton text={toFetch(request)} label={t('copyFailingFetch')} testId="copy-fetch" />
        <CopyButton text={report.markdown} label={t('copyReportMarkdown')} testId="copy-report-md" />
        <CopyButton text={report.text} label={t('copyReportText')} testId="copy-report-text" />
      </div>
      <DetailSections entry={entry} requestBody={requestBody} format={analysis?.error?.format} sections={sections} reference={referenceBody} referenceTitle={referenceTitle} />
    </div>
  );
}
