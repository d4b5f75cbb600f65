import type { LogEntry } from '../shared/types';
import { useI18n } from './i18n';

interface Props {
  entry: LogEntry;
  /** For a response: its reason phrase; for a failure: what it was (the analysis' headline or the reference's title). */
  title: string;
  onBack(): void;
  revealed: boolean;
  onReveal?(show: boolean): void;
}

/** The detail's first lines: back, status and reason (or what failed), method, the URL on one line. */
export function DetailHead({ entry, title, onBack, revealed, onReveal }: Props) {
  const { t } = useI18n();
  const failure = entry.kind === 'network-error';
  return (
    <header class="detail-head">
      <div class="detail-title-row">
        <button type="button" class="button small back" onClick={onBack}>
          ← {t('back')}
        </button>
        <h2 data-testid="detail-title" title={title}>
          {failure ? (
            <span class="code network">{title}</span>
          ) : (
            <>
              <span class="code">{entry.statusCode}</span> {title}
            </>
          )}{' '}
          <span class="method">{entry.method}</span>
        </h2>
      </div>
      <p class="detail-url" data-testid="detail-url" title={entry.url}>
        {entry.url}
      </p>
      {failure && (
        <p class="failure-line">
          {entry.error && (
            <code class="error-text" data-testid="error-text">
              {entry.error}
            </code>
          )}{' '}
          <span class="no-response" data-testid="no-response">
            {t('noResponseReachedPage')}
          </span>
        </p>
      )}
      <SecretsBar entry={entry} revealed={revealed} onReveal={onReveal} />
    </header>
  );
}

/** What each light-capture source saw, and what it cannot see (see LogEntry.seenBy). */
const SEEN_BY_NOTE = { page: 'seenByPage', 'resource-timing': 'seenByResourceTiming', navigation: 'seenByNavigation' } as const;

/** Who saw this entry, when it was not the browser's webRequest: shown after the advice, as a caveat. */
export function SeenBy({ entry }: { entry: LogEntry }) {
  const { t } = useI18n();
  if (entry.seenBy !== undefined) {
    return (
      <p class="notice unverified" data-testid="seen-by" data-seen-by={entry.seenBy}>
        {t(SEEN_BY_NOTE[entry.seenBy], { origin: entry.reportedBy ?? '' })}
        {entry.body?.source === 'devtools' && ` ${t('seenByDevtoolsBody')}`}
      </p>
    );
  }
  if (entry.reportedBy === undefined) return null;
  return (
    <p class="notice unverified" data-testid="reported-by">
      {t('reportedByPage', { origin: entry.reportedBy })}
    </p>
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
