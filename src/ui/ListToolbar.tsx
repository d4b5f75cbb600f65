import type { Ref } from 'preact';
import { useI18n, type MessageKey } from './i18n';
import { CLASS_CHIPS, TYPE_CHIPS, isFiltering, type ChipCounts, type ClassChip, type ListFilters, type TypeChip } from './list-model';

/** At most this many host chips: the hosts with the most failures (and any already chosen). */
const HOST_CHIPS = 8;

const CLASS_LABEL: Record<ClassChip, MessageKey> = { '4xx': 'chip4xx', '5xx': 'chip5xx', network: 'chipNetwork' };
const TYPE_LABEL: Record<TypeChip, MessageKey> = { fetch: 'chipFetch', document: 'chipDocument', image: 'chipImage', script: 'chipScript', other: 'chipOther' };

interface Props {
  filters: ListFilters;
  onFilters(next: ListFilters): void;
  counts: ChipCounts;
  shown: number;
  total: number;
  /** How many entries rules hide; the "show ignored" switch appears when there are any. */
  ignored: number;
  showIgnored: boolean;
  onShowIgnored?(show: boolean): void;
  textInput: Ref<HTMLInputElement>;
  /** ↓ in the text filter: to the list. */
  onToList(): void;
}

function toggled<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

/** Above the list: the text filter, chips by class, type and host with their counts, and what is shown. */
export function ListToolbar({ filters, onFilters, counts, shown, total, ignored, showIgnored, onShowIgnored, textInput, onToList }: Props) {
  const { t } = useI18n();
  const chip = (id: string, label: string, count: number, pressed: boolean, flip: () => void) =>
    (count > 0 || pressed) && (
      <button type="button" key={id} class={`chip${pressed ? ' on' : ''}`} data-testid="chip" data-chip={id} aria-pressed={pressed} onClick={flip}>
        {label} <span class="chip-count">{count}</span>
      </button>
    );
  const hosts = counts.hosts.filter(([h], i) => i < HOST_CHIPS || filters.hosts.includes(h));
  return (
    <div class="list-toolbar" data-testid="list-toolbar">
      <input
        ref={textInput}
        type="search"
        class="search filter-text"
        data-testid="filter-text"
        placeholder={t('filterText')}
        aria-label={t('filterTextLabel')}
        aria-keyshortcuts="/"
        value={filters.text}
        maxLength={200}
        onInput={(e) => onFilters({ ...filters, text: (e.target as HTMLInputElement).value })}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            onToList();
          } else if (e.key === 'Escape' && filters.text) {
            e.stopPropagation(); // clears the text; a second Esc is the page's
            onFilters({ ...filters, text: '' });
          }
        }}
      />
      <div class="chips" role="group" aria-label={t('chipsStatus')}>
        {CLASS_CHIPS.map((c) => chip(`class:${c}`, t(CLASS_LABEL[c]), counts.classes[c], filters.classes.includes(c), () => onFilters({ ...filters, classes: toggled(filters.classes, c) })))}
      </div>
      <div class="chips" role="group" aria-label={t('chipsType')}>
        {TYPE_CHIPS.map((c) => chip(`type:${c}`, t(TYPE_LABEL[c]), counts.types[c], filters.types.includes(c), () => onFilters({ ...filters, types: toggled(filters.types, c) })))}
      </div>
      {(hosts.length > 1 || filters.hosts.length > 0) && (
        <div class="chips hosts" role="group" aria-label={t('chipsHost')}>
          {hosts.map(([h, n]) => chip(`host:${h}`, h, n, filters.hosts.includes(h), () => onFilters({ ...filters, hosts: toggled(filters.hosts, h) })))}
        </div>
      )}
      <span class="list-status">
        {isFiltering(filters) && (
          <>
            <span class="shown-count" data-testid="shown-count" role="status">
              {t('shownCount', { n: shown, total })}
            </span>{' '}
            <button type="button" class="button small" data-testid="clear-filters" onClick={() => onFilters({ classes: [], types: [], hosts: [], text: '' })}>
              {t('clearFilters')}
            </button>
          </>
        )}
        {onShowIgnored && (ignored > 0 || showIgnored) && (
          <label class="show-ignored">
            <input type="checkbox" data-testid="show-ignored" checked={showIgnored} onChange={(e) => onShowIgnored((e.target as HTMLInputElement).checked)} /> {t('showIgnored', { n: ignored })}
          </label>
        )}
      </span>
    </div>
  );
}
