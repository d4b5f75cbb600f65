import type { ComponentChildren } from 'preact';
import type { LogEntry } from '../shared/types';
import type { ServerError } from '../analysis/index';
import type { SectionState } from './sections';
import { pageCanReportBody } from '../shared/page-body-types';
import { useI18n } from './i18n';
import { Section } from './Section';
import { BodyView } from './BodyView';
import { HeaderTable } from './HeaderTable';
import { formatDuration, formatTime } from './format';

interface Props {
  entry: LogEntry;
  requestBody?: string;
  /** The body's format as the analysis read it, for the details. */
  format?: ServerError['format'];
  sections: SectionState;
  /** The reference entry (status code or network error), or a notice in its place. */
  reference: ComponentChildren;
  referenceTitle: string;
}

/**
 * Everything below the advice, each part opening on demand: the body and the real headers first,
 * then the generic reference entry, then what was sent and the facts of the exchange.
 */
export function DetailSections({ entry, requestBody, format, sections, reference, referenceTitle }: Props) {
  const { t } = useI18n();
  const failure = entry.kind === 'network-error';
  const duration = formatDuration(entry);
  return (
    <div class="detail-sections">
      {!failure && (
        <Section name="response-body" title={t('sectionResponseBody')} store={sections} class="body-section">
          <BodyView body={entry.body} chromeSubresource={__TARGET_BROWSER__ === 'chrome' && !pageCanReportBody(entry.type)} />
        </Section>
      )}
      {!failure && (
        <Section name="response-headers" title={`${t('sectionResponseHeaders')} (${entry.responseHeaders.length})`} store={sections}>
          <HeaderTable headers={entry.responseHeaders} testId="response-headers" />
        </Section>
      )}
      <Section name="reference" title={referenceTitle} store={sections} class="explanation">
        {reference}
      </Section>
      <Section name="request-headers" title={`${t('sectionRequestHeaders')} (${entry.requestHeaders.length})`} store={sections}>
        <p class="hint">{t('requestHeadersNote')}</p>
        <HeaderTable headers={entry.requestHeaders} testId="request-headers" />
      </Section>
      {requestBody !== undefined && (
        <Section name="request-body" title={t('sectionRequestBody')} store={sections}>
          <pre class="body-text" data-testid="request-body">
            {requestBody}
          </pre>
        </Section>
      )}
      <Section name="details" title={t('sectionDetails')} store={sections}>
        <dl class="facts">
          <dt>{t('fieldUrl')}</dt>
          <dd class="full-url" data-testid="full-url">
            {entry.url}
          </dd>
          <Fact label={t('fieldType')} value={entry.type} />
          <Fact label={t('fieldStarted')} value={formatTime(entry.startTime)} />
          <Fact label={t('fieldDuration')} value={duration} />
          <Fact label={t('fieldFromCache')} value={entry.fromCache ? t('yes') : t('no')} />
          <Fact label={t('fieldServerIp')} value={entry.ip} />
          <Fact label={t('fieldInitiator')} value={entry.initiator} />
          <Fact label={t('fieldFrame')} value={entry.frameId === 0 ? t('topFrame') : String(entry.frameId)} />
          <Fact label={t('format')} value={format} />
        </dl>
      </Section>
    </div>
  );
}

function Fact({ label, value }: { label: string; value: string | undefined }) {
  if (!value) return null;
  return (
    <>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </>
  );
}
