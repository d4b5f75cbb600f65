import type { LogEntry } from '../shared/types';
import type { IgnoreRule } from '../shared/noise';
import { entryClassOf, isAnsweredRetry } from '../shared/classify';
import { useI18n } from './i18n';
import { bodySizeOf, formatTime, reasonFromStatusLine, splitUrl } from './format';
import { ruleText } from './ignore-text';

/** A failure alone, the row of a group of identical ones, or one member of an opened group. */
export type RowVariant = 'single' | 'group' | 'member';

interface RowProps {
  rowKey: string;
  entry: LogEntry;
  variant: RowVariant;
  count: number;
  expanded: boolean;
  /** The one row (and its buttons) in the tab order. */
  tabbable: boolean;
  selected: boolean;
  reason: string | undefined;
  hiddenBy: IgnoreRule | undefined;
  /** Whether the row's ignore menu is open; undefined: the row has none. */
  menu: boolean | undefined;
}

/**
 * One row of the list: status (with the group's count), method, the URL's path and host with what
 * the server said (or the error's name) under them, type, time, size, and the ignore menu's button.
 * Every string in it is rendered as text.
 */
export function EntryRow({ rowKey, entry, variant, count, expanded, tabbable, selected, reason, hiddenBy, menu }: RowProps) {
  const { t } = useI18n();
  const { path, host } = splitUrl(entry.url);
  const tabIndex = tabbable ? 0 : -1;
  const classes = ['entry', entryClassOf(entry), variant];
  if (selected) classes.push('selected');
  if (entry.previousPage) classes.push('previous');
  if (hiddenBy) classes.push('ignored');
  if (isAnsweredRetry(entry)) classes.push('answered');
  return (
    <tr
      class={classes.join(' ')}
      data-entry-id={entry.id}
      data-row-key={rowKey}
      data-testid={variant === 'member' ? 'group-member' : 'entry-row'}
      data-status={entry.statusCode ?? 'network'}
      tabIndex={tabIndex}
      aria-current={selected ? 'true' : undefined}
    >
      <td class="status">
        {entry.kind !== 'network-error' ? (
          <span class="code">{entry.statusCode}</span>
        ) : (
          // A CORS refusal is named as such: Chrome's own word for it is only net::ERR_FAILED.
          <span class="code network" data-testid="row-kind">
            {t(entry.cors === undefined ? 'networkError' : entry.cors.problem === 'unverified' ? 'rowCorsLikely' : 'rowCors')}
          </span>
        )}
        {variant === 'group' && (
          <button
            type="button"
            class="group-count"
            data-testid="group-count"
            data-action="toggle"
            aria-expanded={expanded}
            aria-label={t(expanded ? 'groupHide' : 'groupShow', { n: count })}
            title={t(expanded ? 'groupHide' : 'groupShow', { n: count })}
            tabIndex={tabIndex}
          >
            ×{count}
          </button>
        )}
        {entry.kind !== 'network-error' && <span class="reason"> {reason ?? reasonFromStatusLine(entry.statusLine)}</span>}
        {entry.retryOf !== undefined && (
          <span class="row-retry" data-testid="row-retry">
            {' '}
            {t('retryOfTag')}
          </span>
        )}
      </td>
      <td class="method">{entry.method}</td>
      <td class="url" title={entry.url}>
        <span class="url-main">
          <span class="path" data-testid="entry-path">
            {path}
          </span>
          <span class="host">{host}</span>
        </span>
        {(entry.error || entry.serverMessage || hiddenBy) && (
          <span class="url-note">
            {entry.kind === 'network-error' && entry.error && (
              <span class="error-name" data-testid="row-error" title={entry.error}>
                {entry.error}
              </span>
            )}
            {entry.serverMessage && (
              <span class="row-message" data-testid="row-message" title={entry.serverMessage}>
                {entry.serverMessage}
              </span>
            )}
            {hiddenBy && (
              <span class="row-ignored" data-testid="row-ignored">
                {t('hiddenBy', { rule: ruleText(hiddenBy, t) })}
              </span>
            )}
          </span>
        )}
      </td>
      <td class="type">{entry.type}</td>
      <td class="time">{formatTime(entry.startTime)}</td>
      <td class="num">{bodySizeOf(entry)}</td>
      <td class="actions">
        {menu !== undefined && (
          <button type="button" class="row-menu" data-testid="row-menu" data-action="menu" aria-expanded={menu} aria-label={t('rowActions')} title={t('rowActions')} tabIndex={tabIndex}>
            ⋯
          </button>
        )}
      </td>
    </tr>
  );
}
