import type { KeptLogSummary, TabSummary } from '../shared/types';
import { useI18n } from './i18n';
import { hostOf } from './list-model';

interface Props {
  tabId: number | undefined;
  tabs: TabSummary[];
  /** The shown tab's count as the header says it (the same rules; read in the same poll or later). */
  shownCount: number;
  onChoose(tabId: number): void;
  /** Logs kept from earlier browser sessions, listed after the open tabs; choosing one opens it read-only. */
  earlier?: KeptLogSummary[];
  onOpenEarlier?(id: string): void;
  /** The picker is about to be used: the earlier logs are read again. */
  onFocus?(): void;
}

/** An option's value for a kept log; a tab's is its number. */
const EARLIER = 'kept:';

/** The pop-out's tab picker: each tab by its title and host, with the count its header would show. */
export function TabPicker({ tabId, tabs, shownCount, onChoose, earlier = [], onOpenEarlier, onFocus }: Props) {
  const { t, locale } = useI18n();
  const label = (s: Pick<TabSummary, 'title' | 'url'>, count: number) => {
    const host = s.url ? hostOf(s.url) : '';
    const name = s.title?.trim() || host || t('tabUntitled');
    return `${name.length > 70 ? `${name.slice(0, 69)}…` : name}${s.title?.trim() && host ? ` — ${host}` : ''} (${count})`;
  };
  const listed = tabs.some((s) => s.tabId === tabId);
  const choose = (select: HTMLSelectElement) => {
    const value = select.value;
    if (!value.startsWith(EARLIER)) return onChoose(Number(value));
    select.value = String(tabId ?? ''); // the live tab stays chosen until the kept log opens in its place
    onOpenEarlier?.(value.slice(EARLIER.length));
  };
  return (
    <label class="tab-select">
      {t('tab')}{' '}
      <select data-testid="tab-select" value={tabId ?? ''} onFocus={onFocus} onChange={(e) => choose(e.target as HTMLSelectElement)}>
        {tabId !== undefined && !listed && <option value={tabId}>{label({}, shownCount)}</option>}
        {tabs.length === 0 && tabId === undefined && <option value="">{t('tabNone')}</option>}
        {tabs.map((s) => (
          <option key={s.tabId} value={s.tabId} title={s.url}>
            {label(s, s.tabId === tabId ? shownCount : s.count)}
          </option>
        ))}
        {onOpenEarlier && earlier.length > 0 && (
          <optgroup label={t('tabEarlier')} data-testid="earlier-sessions">
            {earlier.map((k) => (
              <option key={k.id} value={EARLIER + k.id} title={k.url} data-testid="earlier-log">
                {`${label(k, k.count)} · ${new Date(k.savedAt).toLocaleString(locale)}`}
              </option>
            ))}
          </optgroup>
        )}
      </select>
    </label>
  );
}
