import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { LogEntry } from '../shared/types';
import { comparable, diffHeaders, diffLines, type Change } from '../analysis/diff';
import { useI18n, type MessageKey } from './i18n';
import { reasonFromStatusLine } from './format';

const CHANGE: Record<Change, MessageKey> = { same: 'compareSame', added: 'compareAdded', removed: 'compareRemoved', changed: 'compareChanged' };

function statusText(e: LogEntry): string {
  if (e.statusCode === undefined) return e.error ?? '?';
  const reason = reasonFromStatusLine(e.statusLine);
  return reason ? `${e.statusCode} ${reason}` : String(e.statusCode);
}

/**
 * Before and after a retry, side by side: the status line, the headers (added, removed and changed
 * ones marked in words as well as colour), and the body as a line diff (JSON pretty-printed first).
 * All captured text is rendered as text. The heading takes focus when the view opens.
 */
export function CompareView({ before, after, onClose }: { before: LogEntry; after: LogEntry; onClose(): void }) {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const headers = useMemo(() => diffHeaders(before.responseHeaders, after.responseHeaders), [before, after]);
  const body = useMemo(() => diffLines(comparable(before.body?.text), comparable(after.body?.text)), [before, after]);
  const [statusBefore, statusAfter] = [statusText(before), statusText(after)];
  const statusChanged = statusBefore !== statusAfter;
  const changedHeaders = headers.filter((h) => h.change !== 'same').length;
  return (
    <section class="compare" data-testid="compare-view" aria-labelledby="compare-title">
      <div class="compare-head">
        <h3 id="compare-title" tabIndex={-1} ref={heading}>
          {t('compareTitle')}
        </h3>
        <button type="button" class="button small" data-testid="compare-close" onClick={onClose}>
          {t('retryClose')}
        </button>
      </div>
      <table class="compare-table">
        <thead>
          <tr>
            <th scope="col" />
            <th scope="col">{t('compareBefore')}</th>
            <th scope="col">{t('compareAfter')}</th>
          </tr>
        </thead>
        <tbody>
          <tr class={statusChanged ? 'changed' : 'same'} data-testid="compare-status" data-change={statusChanged ? 'changed' : 'same'}>
            <th scope="row">{t('compareStatus')}</th>
            <td data-testid="compare-status-before">{statusBefore}</td>
            <td data-testid="compare-status-after">{statusAfter}</td>
          </tr>
        </tbody>
      </table>
      <h4>{t('compareHeaders', { n: changedHeaders })}</h4>
      <table class="compare-table headers">
        <tbody>
          {headers.map((h) => (
            <tr key={h.name.toLowerCase()} class={h.change} data-testid="compare-header" data-change={h.change}>
              <th scope="row">
                {h.name} {h.change !== 'same' && <small class="change-word">{t(CHANGE[h.change])}</small>}
              </th>
              <td class="before">{h.before ?? '—'}</td>
              <td class="after">{h.after ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h4>{t('compareBody')}</h4>
      {body.cut && <p class="notice">{t('compareBodyCut')}</p>}
      <div class="compare-body" data-testid="compare-body">
        {(['before', 'after'] as const).map((side) => (
          <div key={side} class={`compare-side ${side}`}>
            <span class="compare-side-label">{t(side === 'before' ? 'compareBefore' : 'compareAfter')}</span>
            <pre tabIndex={0} aria-label={t(side === 'before' ? 'compareBefore' : 'compareAfter')}>
              {body.lines
                .filter((l) => l.kind !== (side === 'before' ? 'added' : 'removed'))
                .map((l, i) => (
                  <span key={i} class={`diff-line ${l.kind}`} data-testid="compare-line" data-kind={l.kind}>
                    {l.kind === 'same' ? '  ' : l.kind === 'added' ? '+ ' : '- '}
                    {l.text}
                  </span>
                ))}
            </pre>
          </div>
        ))}
      </div>
    </section>
  );
}
