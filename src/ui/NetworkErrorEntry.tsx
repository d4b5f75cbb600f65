import type { NetworkErrorId, NetworkErrorReference } from '../reference/types';
import { useI18n } from './i18n';
import { List, RETRY, RelatedCodes, References } from './ReferenceParts';


interface Props {
  entry: NetworkErrorReference;
  /** Titles of the other network errors, to label the related links. */
  titleOf(id: NetworkErrorId): string | undefined;
  onOpenCode(code: number): void;
  onOpenError(id: NetworkErrorId): void;
  /** Beside a logged failure: leave out the server-side section. */
  compact?: boolean;
}

/** One network-error entry (a failure with no status code), in the same order of sections as a status code. */
export function NetworkErrorEntry({ entry, titleOf, onOpenCode, onOpenError, compact = false }: Props) {
  const { t } = useI18n();
  return (
    <article class="reference-entry network" data-testid="network-error-entry" data-error={entry.id}>
      <h3>{entry.title}</h3>
      <p class="error-names" data-testid="network-error-names">
        {(entry.names.length ? entry.names : entry.pageMessages ?? []).map((n) => (
          <code key={n}>{n}</code>
        ))}
      </p>
      <p class="summary" data-testid="reference-summary">{entry.summary}</p>
      <p class="meaning">{entry.meaning}</p>
      <p class="facts">
        <span>{t('retry')}: {t(RETRY[entry.retry])}</span>
      </p>
      <List title={t('networkCauses')} items={entry.causes} />
      <List title={t('clientFixes')} items={entry.clientFixes} />
      <List title={t('networkTellApart')} items={entry.tellApart} />
      {!compact && <List title={t('networkServerFixes')} items={entry.serverFixes} />}
      {(entry.relatedErrors.length > 0 || entry.relatedCodes.length > 0) && (
        <section>
          <h4>{t('relatedEntries')}</h4>
          <p class="related">
            {entry.relatedErrors.map((id) => (
              <button type="button" class="link" key={id} data-testid="related-error" onClick={() => onOpenError(id)}>
                {titleOf(id) ?? id}
              </button>
            ))}
            <RelatedCodes codes={entry.relatedCodes} onOpenCode={onOpenCode} />
          </p>
        </section>
      )}
      <References links={entry.references} />
    </article>
  );
}
