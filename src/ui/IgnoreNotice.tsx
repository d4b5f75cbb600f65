import { useEffect, useState } from 'preact/hooks';
import { MAX_IGNORE_RULES, type IgnoreRule } from '../shared/noise';
import type { IgnoreOutcome } from './use-list-settings';
import { useI18n } from './i18n';
import { ruleText } from './ignore-text';

type Notice = { rule: IgnoreRule } & ({ kind: 'added'; undo(): Promise<void> } | { kind: 'exists' } | { kind: 'full' } | { kind: 'failed'; error: string });

/** How long "Now ignoring … Undo" stays. */
const NOTICE_MS = 20_000;

/** Adding a noise rule from the list or the detail, and the notice (with its Undo) that follows. */
export function useIgnoreAction(ignore: (rule: IgnoreRule) => Promise<IgnoreOutcome>) {
  const [notice, setNotice] = useState<Notice | undefined>();
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(undefined), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice]);
  const add = (rule: IgnoreRule) =>
    void ignore(rule).then(
      (outcome) => setNotice(outcome.added ? { kind: 'added', rule, undo: outcome.undo } : outcome.reason === 'exists' ? { kind: 'exists', rule } : { kind: 'full', rule }),
      (e: unknown) => setNotice({ kind: 'failed', rule, error: String((e as Error)?.message ?? e) }),
    );
  return { notice, add, dismiss: () => setNotice(undefined) };
}

export function IgnoreNotice({ notice, onDone }: { notice: Notice; onDone(): void }) {
  const { t } = useI18n();
  const rule = ruleText(notice.rule, t);
  const text =
    notice.kind === 'added'
      ? t('ignoredNotice', { rule })
      : notice.kind === 'exists'
        ? t('ignoreExists', { rule })
        : notice.kind === 'full'
          ? t('ignoreFull', { n: MAX_IGNORE_RULES })
          : t('ignoreFailed', { error: notice.error });
  return (
    <p class={`notice ignore-notice${notice.kind === 'failed' ? ' error' : ''}`} data-testid="ignore-notice" role="status">
      {text}{' '}
      {notice.kind === 'added' && (
        <button type="button" class="button small" data-testid="ignore-undo" onClick={() => void notice.undo().then(onDone, onDone)}>
          {t('ignoreUndo')}
        </button>
      )}{' '}
      <button type="button" class="link" aria-label={t('close')} onClick={onDone}>
        ×
      </button>
    </p>
  );
}
