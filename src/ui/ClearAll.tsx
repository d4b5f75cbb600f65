import { useState } from 'preact/hooks';
import { useI18n } from './i18n';

type Clearing = { state: 'idle' | 'confirming' | 'clearing' | 'done' } | { state: 'failed'; error: string };

interface Props {
  /** Clears every tab's log and every kept log (the background's clearAll). */
  clearAll(): Promise<void>;
  /** The prefix of its test ids: `<id>`, `<id>-confirm`, `<id>-yes`, `<id>-no`, `<id>-done`, `<id>-error`. */
  testId: string;
  /** The id of a hint that says what is cleared, if one is shown. */
  describedBy?: string;
  onCleared?(): void;
}

/** "Clear all logs…": asks first, in words, and only then clears every log everywhere; says it did, or why not. */
export function ClearAll({ clearAll, testId, describedBy, onCleared }: Props) {
  const { t } = useI18n();
  const [clearing, setClearing] = useState<Clearing>({ state: 'idle' });
  const confirmed = async () => {
    setClearing({ state: 'clearing' });
    try {
      await clearAll();
      setClearing({ state: 'done' });
      onCleared?.();
    } catch (e) {
      setClearing({ state: 'failed', error: e instanceof Error ? e.message : String(e) });
    }
  };
  return (
    <>
      {clearing.state === 'confirming' || clearing.state === 'clearing' ? (
        <span role="alert" class="confirm" data-testid={`${testId}-confirm`}>
          {t('clearAllConfirm')}{' '}
          <button type="button" class="button danger" data-testid={`${testId}-yes`} disabled={clearing.state === 'clearing'} onClick={() => void confirmed()}>
            {t('clearAllYes')}
          </button>{' '}
          <button type="button" class="button" data-testid={`${testId}-no`} onClick={() => setClearing({ state: 'idle' })}>
            {t('clearAllNo')}
          </button>
        </span>
      ) : (
        <button type="button" class="button" data-testid={testId} aria-describedby={describedBy} title={describedBy ? undefined : t('clearAllHint')} onClick={() => setClearing({ state: 'confirming' })}>
          {t('clearAll')}
        </button>
      )}
      {clearing.state === 'done' && (
        <span role="status" class="cleared" data-testid={`${testId}-done`}>
          ✓ {t('clearAllDone')}
        </span>
      )}
      {clearing.state === 'failed' && (
        <span role="alert" class="field-error" data-testid={`${testId}-error`}>
          {t('clearAllFailed', { error: clearing.error })}
        </span>
      )}
    </>
  );
}
