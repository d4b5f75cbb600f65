import type { TabSummary } from '../shared/types';
import { useI18n } from './i18n';
import { hostOf } from './list-model';

interface Props {
  tabId: number | undefined;
  tabs: TabSummary[];
  /** The shown tab's count as the header says it (the same rules; read in the same poll or later). */
  shownCount: number;
  onChoose(tabId: number): void;
}

/** The pop-out's tab picker: each tab by its title and host, with the count its header would show. */
export function TabPicker({ tabId, tabs, shownCount, onChoose }: Props) {
  const { t } = useI18n();
  const label = (s: Pick<TabSummary, 'title' | 'url'>, count: number) => {
    const host = s.url ? hostOf(s.url) : '';
    const name = s.title?.trim() || host || t('tabUntitled');
    return `${name.length > 70 ? `${name.slice(0, 69)}…` : name}${s.title?.trim() && host ? ` — ${host}` : ''} (${count})`;
  };
  const listed = tabs.some((s) => s.tabId === tabId);
  return (
    <label class="tab-select">
      {t('tab')}{' '}
      <select data-testid="tab-select" value={tabId ?? ''} onChange={(e) => onChoose(Number((e.target as HTMLSelectElement).value))}>
        {tabId !== undefined && !listed && <option value={tabId}>{label({}, shownCount)}</option>}
        {tabs.length === 0 && tabId === undefined && <option value="">{t('tabNone')}</option>}
        {tabs.map((s) => (
          <option key={s.tabId} value={s.tabId} title={s.url}>
            {label(s, s.tabId === tabId ? shownCount : s.count)}
          </option>
        ))}
      </select>
    </label>
  );
}
