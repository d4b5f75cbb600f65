import { useI18n } from './i18n';

/** What the user sees before the tab has a failure: what is watched, where failures will show, and the reference. */
export function EmptyState({ onOpenReference }: { onOpenReference?(): void }) {
  const { t } = useI18n();
  return (
    <div class="empty" data-testid="empty-state">
      <h2>{t('emptyTitle')}</h2>
      <p>{t('watching')}</p>
      <p>{t('emptyBody')}</p>
      <p>{t('emptyHint')}</p>
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
