import type { Settings } from '../shared/settings';
import { useI18n, type MessageKey } from './i18n';

const FLAGS: [keyof Settings['flag'], MessageKey][] = [
  ['clientErrors', 'flagClientErrors'],
  ['serverErrors', 'flagServerErrors'],
  ['networkErrors', 'flagNetworkErrors'],
  ['redirects', 'flagRedirects'],
  ['graphqlErrors', 'flagGraphqlErrors'],
];

interface Props {
  /** What the settings flag, when read; how the site is watched is the watch bar's to say. */
  settings?: Settings;
  onOpenReference?(): void;
  onOpenSettings?(): void;
}

/**
 * What the user sees before the tab has a failure: what is flagged here, that failures will show
 * up on their own, what the ignore rules hide, and where to look things up or change them.
 */
export function EmptyState({ settings, onOpenReference, onOpenSettings }: Props) {
  const { t, locale } = useI18n();
  const kinds = settings ? FLAGS.filter(([flag]) => settings.flag[flag]).map(([, key]) => t(key)) : undefined;
  const rules = settings?.ignore.length ?? 0;
  return (
    <div class="empty" data-testid="empty-state">
      <h2>{t('emptyTitle')}</h2>
      <p>{t('emptyHint')}</p>
      {kinds && <p data-testid="empty-flagged">{kinds.length ? t('emptyFlagged', { kinds: kinds.join(locale === 'zh-CN' ? '、' : ', ') }) : t('emptyNothingFlagged')}</p>}
      {rules > 0 && <p class="hint">{t('emptyRules', { n: rules })}</p>}
      {onOpenSettings && (
        <p class="hint">
          {t('emptySettings')}{' '}
          <button type="button" class="button small" data-testid="empty-open-settings" onClick={onOpenSettings}>
            {t('settings')}
          </button>
        </p>
      )}
      {onOpenReference && (
        <p class="hint">
          {t('emptyReference')}{' '}
          <button type="button" class="button small" data-testid="empty-open-reference" onClick={onOpenReference}>
            {t('openReference')}
          </button>
        </p>
      )}
    </div>
  );
}
