import { useMemo, useState } from 'preact/hooks';
import type { StatusCategory, StatusReference } from '../reference/types';
import { searchReferences } from '../reference/search';
import { useI18n, type MessageKey } from './i18n';
import { ReferenceEntry } from './ReferenceEntry';

const CATEGORIES: [StatusCategory, MessageKey][] = [
  ['informational', 'categoryInformational'],
  ['success', 'categorySuccess'],
  ['redirection', 'categoryRedirection'],
  ['client-error', 'categoryClientError'],
  ['server-error', 'categoryServerError'],
];

/** All codes by class, searchable in the current language; opens any entry. */
export function ReferenceBrowser({ entries, code, onOpenCode }: { entries?: StatusReference[]; code?: number; onOpenCode(code: number | undefined): void }) {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const found = useMemo(() => (entries ? searchReferences(entries, query) : []), [entries, query]);
  if (!entries) return <p class="notice">{t('referenceLoading')}</p>;
  const open = code !== undefined ? entries.find((e) => e.code === code) : undefined;
  return (
    <div class="reference-browser">
      <div class="ref-index">
        <input
          type="search"
          class="search"
          data-testid="reference-search"
          placeholder={t('referenceSearch')}
          value={query}
          onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
        />
        {found.length === 0 && <p class="notice">{t('referenceNoMatch')}</p>}
        {CATEGORIES.map(([category, label]) => {
          const inClass = found.filter((e) => e.category === category);
          if (!inClass.length) return null;
          return (
            <section key={category}>
              <h4>{t(label)}</h4>
              <ul>
                {inClass.map((e) => (
                  <li key={e.code}>
                    <button
                      type="button"
                      class={`ref-link${e.code === code ? ' selected' : ''}`}
                      data-testid="reference-result"
                      data-code={e.code}
                      onClick={() => onOpenCode(e.code)}
                    >
                      <span class="code">{e.code}</span> {e.localReason}
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </div>
      <div class="ref-detail">
        {open ? <ReferenceEntry entry={open} onOpenCode={onOpenCode} /> : code !== undefined ? <p class="notice">{t('referenceMissing')}</p> : null}
      </div>
    </div>
  );
}
