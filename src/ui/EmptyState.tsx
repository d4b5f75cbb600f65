import { useI18n } from './i18n';

export function EmptyState() {
  const { t } = useI18n();
  return (
    <div class="empty" data-testid="empty-state">
      <h2>{t('emptyTitle')}</h2>
      <p>{t('watching')}</p>
      <p>{t('emptyBody')}</p>
      <p class="hint">{t('emptyDemo')}</p>
    </div>
  );
}
