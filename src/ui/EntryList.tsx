import type { LogEntry } from '../shared/types';
import { useI18n } from './i18n';
import { bodySizeOf, formatTime, reasonFromStatusLine, splitUrl } from './format';
import { entryClassOf } from '../shared/classify';

/** Beyond this many rows, those off screen are skipped by layout and paint (see popup.css). */
const LONG_LIST = 100;

interface Props {
  entries: LogEntry[];
  selectedId?: string;
  reasonOf(code: number): string | undefined;
  onSelect(entry: LogEntry): void;
}

/**
 * The flagged responses, newest first; the previous page's entries are set apart under a divider.
 * A log holds up to 500 entries and the popup must paint them at once: the table's rows are laid
 * out as grids with fixed columns (not by table layout, which measures every cell of every row); in
 * a long list each is skipped by layout and paint while off screen (`content-visibility: auto` in
 * popup.css); one listener serves all rows.
 */
export function EntryList({ entries, selectedId, reasonOf, onSelect }: Props) {
  const { t } = useI18n();
  const entryOf = (target: EventTarget | null) => {
    const id = target instanceof Element ? target.closest<HTMLElement>('[data-entry-id]')?.dataset.entryId : undefined;
    return id === undefined ? undefined : entries.find((e) => e.id === id);
  };
  const choose = (target: EventTarget | null) => {
    const entry = entryOf(target);
    if (entry) onSelect(entry);
  };
  let dividerShown = false;
  const rows = [];
  for (const entry of entries) {
    if (entry.previousPage && !dividerShown) {
      dividerShown = true;
      rows.push(
        <tr class="divider" key="divider">
          <td colSpan={6}>{t('previousPage')}</td>
        </tr>,
      );
    }
    const { path, host } = splitUrl(entry.url);
    const reason = entry.statusCode !== undefined ? reasonOf(entry.statusCode) : undefined;
    rows.push(
      <tr
        key={entry.id}
        class={`entry ${entryClassOf(entry)}${entry.id === selectedId ? ' selected' : ''}${entry.previousPage ? ' previous' : ''}`}
        data-entry-id={entry.id}
        data-testid="entry-row"
        data-status={entry.statusCode ?? 'network'}
        tabIndex={0}
      >
        <td class="status">
          {entry.kind === 'network-error' ? (
            <span class="code network">{t('networkError')}</span>
          ) : (
            <>
              <span class="code">{entry.statusCode}</span> {reason ?? reasonFromStatusLine(entry.statusLine)}
            </>
          )}
        </td>
        <td class="method">{entry.method}</td>
        <td class="url" title={entry.url}>
          <span class="path" data-testid="entry-path">{path}</span> <span class="host">{host}</span>
          {entry.kind === 'network-error' && <span class="error-text"> {entry.error}</span>}
        </td>
        <td class="type">{entry.type}</td>
        <td class="time">{formatTime(entry.startTime)}</td>
        <td class="num">{bodySizeOf(entry)}</td>
      </tr>,
    );
  }
  return (
    <table
      class={entries.length > LONG_LIST ? 'entries long' : 'entries'}
      data-testid="entry-list"
      onClick={(e) => choose(e.target)}
      onKeyDown={(e) => {
        if (e.key !== 'Enter' && e.key !== ' ') return;
        e.preventDefault(); // Space would scroll the list
        choose(e.target);
      }}
    >
      <thead>
        <tr class="entries-head">
          <th>{t('colStatus')}</th>
          <th>{t('colMethod')}</th>
          <th>{t('colUrl')}</th>
          <th class="type">{t('colType')}</th>
          <th class="time">{t('colTime')}</th>
          <th class="num">{t('colSize')}</th>
        </tr>
      </thead>
      <tbody>{rows}</tbody>
    </table>
  );
}
