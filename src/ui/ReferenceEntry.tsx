import type { StatusReference } from '../reference/types';
import { useI18n, type MessageKey } from './i18n';
import { List, RETRY, RelatedCodes, References } from './ReferenceParts';

const STANDING: Record<Exclude<StatusReference['standing'], 'standard'>, MessageKey> = {
  temporary: 'standingTemporary',
  obsolete: 'standingObsolete',
  unofficial: 'standingUnofficial',
};


/** One reference entry. `compact` leaves out the server-side sections beside a live response. */
export function ReferenceEntry({ entry, onOpenCode, compact = false }: { entry: StatusReference; onOpenCode(code: number): void; compact?: boolean }) {
  const { t } = useI18n();
  return (
    <article class="reference-entry" data-testid="reference-entry" data-code={entry.code}>
      <h3>
        <span class="code">{entry.code}</span> {entry.reason}
        {entry.localReason !== entry.reason && <span class="local-reason"> · {entry.localReason}</span>}
        {entry.standing !== 'standard' && (
          <span class={`standing ${entry.standing}`}>{t(STANDING[entry.standing])}</span>
        )}
      </h3>
      {entry.origin && <p class="origin">{entry.origin}</p>}
      <p class="summary" data-testid="reference-summary">{entry.summary}</p>
      <p class="meaning">{entry.meaning}</p>
      <p class="facts">
        <span>{t('retry')}: {t(RETRY[entry.retry])}</span>
        {entry.cacheableByDefault && <span> · {t('cacheable')}</span>}
      </p>
      <List title={t('clientFixes')} items={entry.clientFixes} />
      <List title={t('pitfalls')} items={entry.pitfalls} />
      {!compact && <List title={t('whenToUse')} items={entry.whenToUse} />}
      {!compact && <List title={t('howToRespond')} items={entry.howToRespond} />}
      {entry.headers.length > 0 && (
        <section>
          <h4>{t('headers')}</h4>
          <ul class="ref-headers">
            {entry.headers.map((h) => (
              <li key={h.name}>
                <code>{h.name}</code> <span class={`req ${h.requirement}`}>{t(h.requirement)}</span>
                {h.side === 'request' && <span class="side"> · {t('requestHeader')}</span>} {h.why}
              </li>
            ))}
          </ul>
        </section>
      )}
      {!compact && entry.responseBody && (
        <section>
          <h4>{t('responseBodyRef')}</h4>
          <p>{entry.responseBody}</p>
        </section>
      )}
      {!compact &&
        entry.examples.map((x) => (
          <section class="example" key={x.title}>
            <h4>
              {t('examples')}: {x.title}
            </h4>
            <pre>{x.request}</pre>
            <pre>{x.response}</pre>
            {x.note && <p>{x.note}</p>}
          </section>
        ))}
      {entry.related.length > 0 && (
        <section>
          <h4>{t('related')}</h4>
          <p class="related">
            <RelatedCodes codes={entry.related} onOpenCode={onOpenCode} />
          </p>
        </section>
      )}
      <References links={entry.references} />
    </article>
  );
}
