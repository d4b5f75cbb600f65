import type { Ref } from 'preact';
import type { LogEntry } from '../shared/types';
import type { IgnoreRule } from '../shared/noise';
import { reasonPhrase } from '../reference/reasons';
import { useI18n } from './i18n';
import { EntryList } from './EntryList';
import { ListToolbar } from './ListToolbar';
import { NO_FILTERS, type ChipCounts, type ListFilters, type ListView } from './list-model';

interface Props {
  list: ListView;
  counts: ChipCounts;
  filters: ListFilters;
  onFilters(next: ListFilters): void;
  showIgnored: boolean;
  onShowIgnored?(show: boolean): void;
  selectedId?: string;
  onOpen(entry: LogEntry): void;
  onIgnore?(entry: LogEntry, rule: IgnoreRule): void;
  textInput: Ref<HTMLInputElement>;
  onToList(): void;
}

/** A log with entries: the filters above, then the rows, or why none is shown. */
export function LogPane({ list, counts, filters, onFilters, showIgnored, onShowIgnored, selectedId, onOpen, onIgnore, textInput, onToList }: Props) {
  const { t } = useI18n();
  const ignored = list.hiddenBy.size;
  return (
    <>
      <ListToolbar
        filters={filters}
        onFilters={onFilters}
        counts={counts}
        shown={list.shown.length}
        total={list.base.length}
        ignored={ignored}
        showIgnored={showIgnored}
        onShowIgnored={onShowIgnored}
        textInput={textInput}
        onToList={onToList}
      />
      {list.shown.length > 0 ? (
        <EntryList entries={list.shown} selectedId={selectedId} reasonOf={reasonPhrase} onSelect={onOpen} hiddenBy={showIgnored ? list.hiddenBy : undefined} onIgnore={onIgnore} />
      ) : list.base.length === 0 ? (
        <p class="notice" data-testid="all-ignored">
          {t('allIgnored', { n: ignored })}{' '}
          {onShowIgnored && (
            <button type="button" class="button small" onClick={() => onShowIgnored(true)}>
              {t('showIgnored', { n: ignored })}
            </button>
          )}
        </p>
      ) : (
        <p class="notice" data-testid="no-match">
          {t('noMatch')}{' '}
          <button type="button" class="button small" onClick={() => onFilters(NO_FILTERS)}>
            {t('clearFilters')}
          </button>
        </p>
      )}
    </>
  );
}
