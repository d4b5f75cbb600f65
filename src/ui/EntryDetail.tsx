import { useMemo } from 'preact/hooks';
import type { LogEntry } from '../shared/types';
import type { NetworkErrorId, NetworkErrorReference, StatusReference } from '../reference/types';
import { analyzeResponse, toCurl, toFetch } from '../analysis/index';
import { pageCanReportBody } from '../shared/page-body-types';
import { useI18n } from './i18n';
import { BodyView } from './BodyView';
import { HeaderTable } from './HeaderTable';
import { ReferenceEntry } from './ReferenceEntry';
import { NetworkErrorEntry } from './NetworkErrorEntry';
import { ServerSaid, Suggestions } from './Analysis';
import { CopyButton } from './Copy';
import { formatDuration, formatTime, headerRecord, reasonFromStatusLine } from './format';

interface Props {
  entry: LogEntry;
  reference?: StatusReference;
  referenceLoaded: boolean;
  /** For a network failure: the entry for the first known browser error name in `entry.error`. */
  networkReference?: NetworkErrorReference;
  networkLoaded?: boolean;
  networkTitleOf?(id: NetworkErrorId): string | undefined;
  onBack(): void;
  onOpenCode(code: number): void;
  onOpenError?(id: NetworkErrorId): void;
  /** True when the user asked to see this entry's secrets. */
  revealed?: boolean;
  onReveal?(show: boolean): void;
}

function requestBodyText(entry: LogEntry): string | undefined {
  const rb = entry.requestBody;
  if (!rb) return undefined;
  if (rb.text !== undefined) return rb.text;
  if (rb.form) return new URLSearchParams(Object.entries(rb.form).flatMap(([k, vs]) => vs.map((v) => [k, v]))).toString();
  return undefined;
}

/** One flagged response: what the server said, the body, the suggestions beside the reference, then headers. */
/** What each light-capture source saw, and what it cannot see (see LogEntry.seenBy). */
const SEEN_BY_NOTE = { page: 'seenByPage', 'resource-timing': 'seenByResourceTiming', navigation: 'seenByNavigation' } as const;

export function EntryDetail({ entry, reference, referenceLoaded, networkReference, networkLoaded = false, networkTitleOf = () => undefined, onBack, onOpenCode, onOpenError = () => undefined, revealed = false, onReveal }: Props) {
  const { t, locale } = useI18n();
  const requestBody = requestBodyText(entry);
  const analysis = useMemo(() => {
    if (entry.statusCode === undefined) return undefined;
    try {
      return analyzeResponse(
        {
          url: entry.url,
          method: entry.method,
          status: entry.statusCode,
          statusText: reasonFromStatusLine(entry.statusLine),
          requestHeaders: headerRecord(entry.requestHeaders),
          responseHeaders: headerRecord(entry.responseHeaders),
          body: entry.body?.text,
          bodyTruncated: entry.body?.truncated,
          requestBody,
        },
        { locale },
      );
    } catch {
      return undefined; // the analysis never throws by contract; this keeps the detail view up if it did
    }
  }, [entry, locale, requestBody]);
  const request = { url: entry.url, method: entry.method, headers: headerRecord(entry.requestHeaders), body: requestBody };
  const duration = formatDuration(entry);
  return (
    <div class="detail" data-testid="entry-detail">
      <div class="detail-head">
        <button type="button" class="button small back" onClick={onBack}>
          ← {t('back')}
        </button>
        <h2 data-testid="detail-title">
          {entry.kind === 'network-error' ? (
            <span class="code network">{t('networkError')}</span>
          ) : (
            <>
              <span class="code">{entry.statusCode}</span> {reference?.reason ?? reasonFromStatusLine(entry.statusLine)}
            </>
          )}{' '}
          <span class="method">{entry.method}</span>
        </h2>
        <p class="detail-url" data-testid="detail-url">{entry.url}</p>
        {entry.error && <p class="error-text">{entry.error}</p>}
        {entry.seenBy !== undefined ? (
          <p class="notice unverified" data-testid="seen-by" data-seen-by={entry.seenBy}>
            {t(SEEN_BY_NOTE[entry.seenBy], { origin: entry.reportedBy ?? '' })}
          </p>
        ) : (
          entry.reportedBy !== undefined && (
            <p class="notice unverified" data-testid="reported-by">
              {t('reportedByPage', { origin: entry.reportedBy })}
            </p>
          )
        )}
        {reference && <p class="summary">{reference.summary}</p>}
        {networkReference && <p class="summary" data-testid="network-error-title">{networkReference.title}</p>}
        <SecretsBar entry={entry} revealed={revealed} onReveal={onReveal} />
        <div class="copy-row">
          <CopyButton text={toCurl(request)} label={t('copyCurl')} testId="copy-curl" />
          <CopyButton text={toFetch(request)} label={t('copyFetch')} testId="copy-fetch" />
        </div>
      </div>
      {analysis?.error && <ServerSaid error={analysis.error} />}
      <section class="body-section">
        <h3>{t('sectionResponseBody')}</h3>
        <BodyView body={entry.body} chromeSubresource={__TARGET_BROWSER__ === 'chrome' && !pageCanReportBody(entry.type)} />
      </section>
      <div class="explain-grid">
        {analysis && <Suggestions suggestions={analysis.suggestions} />}
        <section class="explanation">
          <h3>{t('sectionExplanation')}</h3>
          {reference ? (
            <ReferenceEntry entry={reference} onOpenCode={onOpenCode} compact />
          ) : networkReference ? (
            <NetworkErrorEntry entry={networkReference} titleOf={networkTitleOf} onOpenCode={onOpenCode} onOpenError={onOpenError} compact />
          ) : (
            <p class="notice">{(entry.statusCode === undefined ? networkLoaded : referenceLoaded) ? t('referenceMissing') : t('referenceLoading')}</p>
          )}
        </section>
      </div>
      <section>
        <h3>{t('sectionResponseHeaders')}</h3>
        <HeaderTable headers={entry.responseHeaders} testId="response-headers" />
      </section>
      <section>
        <h3>{t('sectionRequestHeaders')}</h3>
        <p class="hint">{t('requestHeadersNote')}</p>
        <HeaderTable headers={entry.requestHeaders} testId="request-headers" />
      </section>
      {requestBody !== undefined && (
        <section>
          <h3>{t('sectionRequestBody')}</h3>
          <pre class="body-text">{requestBody}</pre>
        </section>
      )}
      <section>
        <h3>{t('sectionDetails')}</h3>
        <dl class="facts">
          <dt>{t('fieldType')}</dt>
          <dd>{entry.type}</dd>
          <dt>{t('fieldStarted')}</dt>
          <dd>{formatTime(entry.startTime)}</dd>
          {duration && (
            <>
              <dt>{t('fieldDuration')}</dt>
              <dd>{duration}</dd>
            </>
          )}
          <dt>{t('fieldFromCache')}</dt>
          <dd>{entry.fromCache ? t('yes') : t('no')}</dd>
          {entry.ip && (
            <>
              <dt>{t('fieldServerIp')}</dt>
              <dd>{entry.ip}</dd>
            </>
          )}
          {entry.initiator && (
            <>
              <dt>{t('fieldInitiator')}</dt>
              <dd>{entry.initiator}</dd>
            </>
          )}
          <dt>{t('fieldFrame')}</dt>
          <dd>{entry.frameId === 0 ? t('topFrame') : entry.frameId}</dd>
        </dl>
      </section>
    </div>
  );
}

/** Says that secrets are masked, and offers to show what the background still holds. */
function SecretsBar({ entry, revealed, onReveal }: { entry: LogEntry; revealed: boolean; onReveal?(show: boolean): void }) {
  const { t } = useI18n();
  if (revealed) {
    return (
      <p class="notice secrets" data-testid="secrets">
        {t('secretsShown')}{' '}
        <button type="button" class="button small" data-testid="hide-secrets" onClick={() => onReveal?.(false)}>
          {t('secretsHide')}
        </button>
      </p>
    );
  }
  if (entry.masked === 'stored') return <p class="notice secrets" data-testid="secrets">{t('secretsStored')}</p>;
  if (entry.masked !== 'revealable') return null;
  return (
    <p class="notice secrets" data-testid="secrets">
      {t('secretsMasked')}{' '}
      {onReveal && (
        <button type="button" class="button small" data-testid="reveal-secrets" onClick={() => onReveal(true)}>
          {t('secretsReveal')}
        </button>
      )}
    </p>
  );
}
