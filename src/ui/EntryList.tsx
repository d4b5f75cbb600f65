import type { LogEntry } from '../shared/types';
import { useI18n } from './i18n';
import { bodySizeOf, formatTime, reasonFromStatusLine, splitUrl } from './format';
import { entryClassOf } from '../shared/classify';

interface Props {
  entries: LogEntry[];
  selectedId?: string;
  reasonOf(code: number): string | undefined;
  onSelect(entry: LogEntry): void;
}

/** The flagged responses, newest first; the previous page's entries are set apart under a divider. */
export function EntryList({ entries, selectedId, reasonOf, onSelect }: Props) {
  const { t } = useI18n();
  let dividerShown = false;
  return (
    <table class="entries" data-testid="entry-list">
      <thead>
        <tr>
          <th>{t('colStatus')}</th>
          <th>{t('colMethod')}</th>
          <th class="wide">{t('colUrl')}</th>
          <th>{t('colType')}</th>
          <th>{t('colTime')}</th>
          <th class="num">{t('colSize')}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => {
          const rows = [];
          if (entry.previousPage && !dividerShown) {
            dividerShown = true;
            rows.push(
              <tr class="divider" key="divider">
                <td colSpan={6}>{t('previousPage')}</td>
              </tr>,
            );
          }
          const { path, host } = splitUrl(entry.url);
          const cls = entryClassOf(entry);
          const reason = entry.statusCode !== undefined ? reasonOf(entry.statusCode) : undefined;
          rows.push(
            <tr
              key={entry.id}
              class={`entry ${cls}${entry.id === selectedId ? ' selected' : ''}${entry.previousPage ? ' previous' : ''}`}
              data-testid="entry-row"
              data-status={entry.statusCode ?? 'network'}
              tabIndex={0}
              onClick={() => onSelect(entry)}
              onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && onSelect(entry)}
            >
              <td class="status" data-testid="entry-status">
                {entry.kind === 'network-error' ? (
                  <span class="code network">{t('networkError')}</span>
                ) : (
                  <>
                    <span class="code">{entry.statusCode}</span> <span class="reason">{reason ?? reasonFromStatusLine(entry.statusLine)}</span>
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
              <td class="num" data-testid="entry-size">{bodySizeOf(entry)}</td>
            </tr>,
          );
          return rows;
        })}
      </tbody>
    </table>
  );
}
