import type { ReferenceLink, RetryAdvice } from '../reference/types';
import { useI18n, type MessageKey } from './i18n';

/** How each retry advice reads in the UI. */
export const RETRY: Record<RetryAdvice, MessageKey> = {
  safe: 'retrySafe',
  'after-delay': 'retryAfterDelay',
  'after-change': 'retryAfterChange',
  never: 'retryNever',
};

/** A titled list of sentences; nothing when there are none. */
export function List({ title, items }: { title: string; items: readonly string[] }) {
  if (!items.length) return null;
  return (
    <section>
      <h4>{title}</h4>
      <ul>
        {items.map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </ul>
    </section>
  );
}

/** Buttons that open related status codes. */
export function RelatedCodes({ codes, onOpenCode }: { codes: readonly number[]; onOpenCode(code: number): void }) {
  return (
    <>
      {codes.map((code) => (
        <button type="button" class="link" key={code} data-testid="related-code" onClick={() => onOpenCode(code)}>
          {code}
        </button>
      ))}
    </>
  );
}

/** An entry's sources: specs, MDN, vendor docs. Opened outside the extension. */
export function References({ links }: { links: readonly ReferenceLink[] }) {
  const { t } = useI18n();
  return (
    <section>
      <h4>{t('references')}</h4>
      <ul class="links">
        {links.map((r) => (
          <li key={r.url}>
            <a href={r.url} target="_blank" rel="noreferrer noopener">
              {r.title}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
