import type { ResponseAnalysis } from '../analysis/index';
import { useI18n } from './i18n';
import { CopyButton } from './Copy';

/** "What the server said": the message, code and field errors read from the body. */
export function ServerSaid({ error }: { error: NonNullable<ResponseAnalysis['error']> }) {
  const { t } = useI18n();
  return (
    <section class="server-said" data-testid="server-said">
      <h3>{t('sectionServerSaid')}</h3>
      {error.message && (
        <p class="message" data-testid="server-message">
          {error.message}
        </p>
      )}
      <dl class="facts">
        {error.code && (
          <>
            <dt>{t('code')}</dt>
            <dd data-testid="server-code">{error.code}</dd>
          </>
        )}
        {error.traceId && (
          <>
            <dt>{t('traceId')}</dt>
            <dd>
              <code>{error.traceId}</code> <CopyButton text={error.traceId} label={t('copy')} />
            </dd>
          </>
        )}
        <dt>{t('format')}</dt>
        <dd>{error.format}</dd>
        {error.docsUrl && /^https?:\/\//.test(error.docsUrl) && (
          <>
            <dt>{t('docs')}</dt>
            <dd>
              <a href={error.docsUrl} target="_blank" rel="noreferrer noopener">
                {error.docsUrl}
              </a>
            </dd>
          </>
        )}
      </dl>
      {error.fields.length > 0 && (
        <table class="fields" data-testid="server-fields">
          <thead>
            <tr>
              <th>{t('fields')}</th>
              <th />
              <th />
            </tr>
          </thead>
          <tbody>
            {error.fields.map((f, i) => (
              <tr key={`${f.name}-${i}`}>
                <th>{f.name}</th>
                <td>{f.message ?? ''}</td>
                <td>{f.value !== undefined ? <code>{f.value}</code> : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** Ranked suggestions, each with its evidence and, where a changed request fixes it, copyable fixes. */
export function Suggestions({ suggestions }: { suggestions: ResponseAnalysis['suggestions'] }) {
  const { t } = useI18n();
  return (
    <section class="suggestions" data-testid="suggestions">
      <h3>{t('sectionSuggestions')}</h3>
      {suggestions.length === 0 && <p class="notice">{t('noAnalysis')}</p>}
      <ol>
        {suggestions.map((s) => (
          <li key={s.id} data-testid="suggestion" data-suggestion-id={s.id}>
            <strong>{s.title}</strong>
            <p>{s.detail}</p>
            {s.evidence.length > 0 && (
              <details class="evidence" open>
                <summary>{t('evidence')}</summary>
                <ul>
                  {s.evidence.map((e, i) => (
                    <li key={i}>
                      <code>{e}</code>
                    </li>
                  ))}
                </ul>
              </details>
            )}
            {s.fix && (
              <div class="fix">
                <p>{s.fix.description}</p>
                {s.fix.curl && <CopyButton text={s.fix.curl} label={t('copyFixedCurl')} testId="copy-fixed-curl" />}
                {s.fix.fetch && <CopyButton text={s.fix.fetch} label={t('copyFixedFetch')} testId="copy-fixed-fetch" />}
              </div>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
