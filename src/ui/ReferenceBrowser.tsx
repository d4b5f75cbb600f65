import { useMemo, useState } from 'preact/hooks';
import type { NetworkErrorId, NetworkErrorReference, StatusCategory, StatusReference } from '../reference/types';
import { searchReference, type SearchResult } from '../reference/search';
import { shownName } from '../reference/network';
import { useI18n, type MessageKey } from './i18n';
import { ReferenceEntry } from './ReferenceEntry';
import { NetworkErrorEntry } from './NetworkErrorEntry';

const CATEGORIES: [StatusCategory, MessageKey][] = [
  ['informational', 'categoryInformational'],
  ['success', 'categorySuccess'],
  ['redirection', 'categoryRedirection'],
  ['client-error', 'categoryClientError'],
  ['server-error', 'categoryServerError'],
];

/** What the browser has open: a status code or a network error. */
export type ReferenceTarget = { code: number } | { error: NetworkErrorId };

interface Props {
  entries?: StatusReference[];
  networkErrors?: NetworkErrorReference[];
  open?: ReferenceTarget;
  onOpenCode(code: number | undefined): void;
  onOpenError(id: NetworkErrorId): void;
}

/**
 * All codes by class and the network errors, searchable in the current language; opens any entry.
 * With a query the results are one list ranked by relevance, not grouped by class.
 */
export function ReferenceBrowser({ entries, networkErrors, open, onOpenCode, onOpenError }: Props) {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const found = useMemo(() => (entries ? searchReference(entries, networkErrors ?? [], query) : []), [entries, networkErrors, query]);
  if (!entries) return <p class="notice">{t('referenceLoading')}</p>;
  const openCode = open && 'code' in open ? open.code : undefined;
  const openError = open && 'error' in open ? open.error : undefined;
  const status = openCode !== undefined ? entries.find((e) => e.code === openCode) : undefined;
  const network = openError !== undefined ? networkErrors?.find((e) => e.id === openError) : undefined;
  const titleOf = (id: NetworkErrorId) => networkErrors?.find((e) => e.id === id)?.title;
  const item = (r: SearchResult) =>
    r.kind === 'status' ? (
      <li key={r.entry.code}>
        <button type="button" class={`ref-link${r.entry.code === openCode ? ' selected' : ''}`} data-testid="reference-result" data-code={r.entry.code} onClick={() => onOpenCode(r.entry.code)}>
          <span class="code">{r.entry.code}</span> {r.entry.localReason}
        </button>
      </li>
    ) : (
      <li key={r.entry.id}>
        <button type="button" class={`ref-link${r.entry.id === openError ? ' selected' : ''}`} data-testid="reference-result" data-error={r.entry.id} onClick={() => onOpenError(r.entry.id)}>
          <span class="code network">{shownName(r.entry)}</span> {r.entry.title}
        </button>
      </li>
    );
  const groups: [string, MessageKey, SearchResult[]][] = [
    ...CATEGORIES.map(([category, label]): [string, MessageKey, SearchResult[]] => [category, label, found.filter((r) => r.kind === 'status' && r.entry.category === category)]),
    ['network-error', 'categoryNetworkError', found.filter((r) => r.kind === 'network-error')],
  ];
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
        {query.trim() ? (
          <ul data-testid="reference-ranked">{found.map(item)}</ul>
        ) : (
          groups.map(([key, label, results]) =>
            results.length ? (
              <section key={key}>
                <h4>{t(label)}</h4>
                <ul>{results.map(item)}</ul>
              </section>
            ) : null,
          )
        )}
      </div>
      <div class="ref-detail">
        {status ? (
          <ReferenceEntry entry={status} onOpenCode={onOpenCode} />
        ) : network ? (
          <NetworkErrorEntry entry={network} titleOf={titleOf} onOpenCode={onOpenCode} onOpenError={onOpenError} />
        ) : open !== undefined ? (
          <p class="notice">{t('referenceMissing')}</p>
        ) : null}
      </div>
    </div>
  );
}
