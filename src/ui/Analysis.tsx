import type { BodySource } from '../shared/types';
import type { ResponseAnalysis, Suggestion } from '../analysis/index';
import type { SectionState } from './sections';
import type { SaidLine } from './said';
import { useI18n, type MessageKey } from './i18n';
import { CopyButton } from './Copy';
import { Section } from './Section';

const FROM: Record<BodySource, MessageKey> = {
  network: 'saidFromNetwork',
  'page-fetch': 'saidFromPageFetch',
  'page-xhr': 'saidFromPageXhr',
  'rendered-document': 'saidFromRendered',
  devtools: 'saidFromDevtools',
};
const LABEL: Record<Exclude<SaidLine['kind'], 'message'>, MessageKey> = { status: 'saidStatusLine', code: 'code', trace: 'traceId' };

/** "What the server said", one compact block: each line with where it came from (see said.ts). */
export function ServerSaid({ error, lines }: { error: NonNullable<ResponseAnalysis['error']>; lines: SaidLine[] }) {
  const { t } = useI18n();
  const docs = error.docsUrl && /^https?:\/\//.test(error.docsUrl) ? error.docsUrl : undefined;
  return (
    <section class="server-said" data-testid="server-said">
      <h3>{t('sectionServerSaid')}</h3>
      {lines.map((line) => (
        <p key={line.kind} class={`said-line ${line.kind}${line.source === 'network' || line.source === 'devtools' ? '' : ' unverified'}`} data-testid="said-line" data-kind={line.kind} data-source={line.source}>
          {line.kind === 'message' ? (
            <span class="message" data-testid="server-message">
              {line.text}
            </span>
          ) : (
            <>
              <span class="said-label">{t(LABEL[line.kind])}</span>{' '}
              <code data-testid={line.kind === 'code' ? 'server-code' : undefined}>{line.text}</code>
              {line.kind === 'trace' && <CopyButton text={line.text} label={t('copy')} />}
            </>
          )}{' '}
          <small class="said-source" data-testid="said-source">
            {t(FROM[line.source])}
          </small>
        </p>
      ))}
      {docs && (
        <p class="said-line">
          <span class="said-label">{t('docs')}</span>{' '}
          <a href={docs} target="_blank" rel="noreferrer noopener">
            {docs}
          </a>
        </p>
      )}
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

/**
 * The advice: the top suggestion in full with its fixes (copyable), then the others collapsed to
 * their titles. Evidence opens on demand.
 */
export function Suggestions({ suggestions, sections, onRetry }: { suggestions: Suggestion[]; sections: SectionState; onRetry?: (s: Suggestion) => void }) {
  const { t } = useI18n();
  const [top, ...rest] = suggestions;
  return (
    <section class="suggestions" data-testid="suggestions">
      <h3>{t('sectionSuggestions')}</h3>
      {!top && <p class="notice">{t('noAnalysis')}</p>}
      {top && (
        <article class="suggestion top" data-testid="suggestion" data-suggestion-id={top.id}>
          <p class="suggestion-title">
            <strong>{top.title}</strong>
          </p>
          <SuggestionBody suggestion={top} sections={sections} primary onRetry={onRetry} />
        </article>
      )}
      {rest.length > 0 && (
        <ol class="more-suggestions" aria-label={t('moreSuggestions')}>
          {rest.map((s) => (
            <li key={s.id} data-testid="suggestion" data-suggestion-id={s.id}>
              <details>
                <summary>{s.title}</summary>
                <SuggestionBody suggestion={s} sections={sections} onRetry={onRetry} />
              </details>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function SuggestionBody({ suggestion: s, sections, primary = false, onRetry }: { suggestion: Suggestion; sections: SectionState; primary?: boolean; onRetry?: (s: Suggestion) => void }) {
  const { t } = useI18n();
  // The fix first: on a small popup it is what must be on the first screen; the why follows it.
  return (
    <>
      {s.fix && (
        <div class="fix" data-testid="fix">
          <p>{s.fix.description}</p>
          {s.fix.curl && <CopyButton text={s.fix.curl} label={t('copyFixedCurl')} testId="copy-fixed-curl" primary={primary} />}
          {s.fix.fetch && <CopyButton text={s.fix.fetch} label={t('copyFixedFetch')} testId="copy-fixed-fetch" primary={primary} />}
          {s.fix.request && onRetry && (
            <button type="button" class="button small" data-testid="retry-in-page" onClick={() => onRetry(s)}>
              {t('retryInPage')}
            </button>
          )}
        </div>
      )}
      <p class="suggestion-detail">{s.detail}</p>
      {s.serverFix && (
        <div class="fix" data-testid="server-fix">
          <p>{s.serverFix.description}</p>
          <pre class="header-lines">{s.serverFix.lines.join('\n')}</pre>
          <CopyButton text={s.serverFix.lines.join('\n')} label={t('copyHeaderLines')} testId="copy-header-lines" primary={primary} />
        </div>
      )}
      {s.check && (
        <div class="fix check" data-testid="check">
          <p>{s.check.description}</p>
          <pre class="check-command">{s.check.curl}</pre>
          <CopyButton text={s.check.curl} label={t('copyCheck')} testId="copy-check" />
        </div>
      )}
      {s.evidence.length > 0 && (
        <Section name="evidence" title={t('evidence')} store={sections} class="evidence">
          <ul>
            {s.evidence.map((e, i) => (
              <li key={i}>
                <code>{e}</code>
              </li>
            ))}
          </ul>
        </Section>
      )}
    </>
  );
}
