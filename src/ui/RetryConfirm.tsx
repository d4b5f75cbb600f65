import { useEffect, useRef } from 'preact/hooks';
import type { LeftOut, RetryRequest } from '../analysis/retry-plan';
import { retryText } from '../analysis/retry-plan';
import type { RetryRefusalReason } from '../shared/protocol';
import { useI18n, type MessageKey } from './i18n';

interface Props {
  request: RetryRequest;
  leftOut: LeftOut[];
  /** The page the request runs in (its cookies, its origin). */
  pageOrigin: string;
  sending: boolean;
  onSend(): void;
  onCancel(): void;
}

const LEFT_OUT: Record<LeftOut['reason'], MessageKey> = { masked: 'retryLeftOutMasked', browser: 'retryLeftOutBrowser', invalid: 'retryLeftOutInvalid' };

/**
 * The confirm step of "Retry in page": exactly what will be sent (retryText of the very object the
 * Send button sends), what is left out and why, and where it runs. Nothing is sent until Send.
 * Focus moves to Send on open; Escape cancels.
 */
export function RetryConfirm({ request, leftOut, pageOrigin, sending, onSend, onCancel }: Props) {
  const { t } = useI18n();
  const send = useRef<HTMLButtonElement>(null);
  useEffect(() => send.current?.focus(), []);
  const sameOrigin = new URL(request.url).origin === pageOrigin;
  return (
    <section
      class="retry-confirm"
      data-testid="retry-confirm"
      role="group"
      aria-labelledby="retry-confirm-title"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !sending) {
          e.preventDefault();
          onCancel();
        }
      }}
    >
      <h3 id="retry-confirm-title">{t('retryConfirmTitle')}</h3>
      <p>{t(sameOrigin ? 'retryRunsInPage' : 'retryRunsInPageCrossOrigin', { origin: pageOrigin })}</p>
      <pre class="retry-text" data-testid="retry-confirm-text">
        {retryText(request)}
      </pre>
      {leftOut.length > 0 && (
        <ul class="retry-left-out" data-testid="retry-left-out">
          {leftOut.map((l, i) => (
            <li key={i}>{t(LEFT_OUT[l.reason], { name: l.name })}</li>
          ))}
        </ul>
      )}
      <div class="copy-row">
        <button type="button" class="button primary" ref={send} data-testid="retry-send" disabled={sending} onClick={onSend}>
          {sending ? t('retrySending') : t('retrySend')}
        </button>
        <button type="button" class="button" data-testid="retry-cancel" disabled={sending} onClick={onCancel}>
          {t('retryCancel')}
        </button>
      </div>
    </section>
  );
}

/** Why nothing was sent, or (`original-gone`) why a retry cannot be compared with its original. */
export type RetryProblem = RetryRefusalReason | 'original-gone';

const REFUSED: Record<RetryProblem, MessageKey> = {
  'not-http': 'retryRefusedNotHttp',
  'other-origin': 'retryRefusedOtherOrigin',
  'bad-method': 'retryRefusedBadMethod',
  'masked-url': 'retryRefusedMaskedUrl',
  'masked-body': 'retryRefusedMaskedBody',
  'too-large': 'retryRefusedTooLarge',
  'bad-header': 'retryRefusedBadHeader',
  'not-in-log': 'retryRefusedNotInLog',
  'page-changed': 'retryRefusedPageChanged',
  failed: 'retryRefusedFailed',
  'original-gone': 'retryOriginalGone',
};

/** Why nothing was sent (or nothing came back), in words; `role="alert"` so a screen reader says it at once. */
export function RetryRefused({ reason, error, onClose }: { reason: RetryProblem; error?: string; onClose(): void }) {
  const { t } = useI18n();
  return (
    <div class="notice error retry-refused" role="alert" data-testid="retry-refused" data-reason={reason}>
      <p>{t(REFUSED[reason], { error: error ?? '' })}</p>
      <button type="button" class="button small" data-testid="retry-refused-close" onClick={onClose}>
        {t('retryClose')}
      </button>
    </div>
  );
}

/** On a retry's own detail: what it is, and the way to compare it with the request it retried. */
export function RetryOf({ onCompare }: { onCompare(): void }) {
  const { t } = useI18n();
  return (
    <p class="retry-of" data-testid="retry-of">
      {t('retryOfNote')}{' '}
      <button type="button" class="button small" data-testid="retry-compare" onClick={onCompare}>
        {t('retryCompare')}
      </button>
    </p>
  );
}
