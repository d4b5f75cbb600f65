import { useEffect, useRef, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import type { LogEntry } from '../shared/types';
import type { Suggestion } from '../analysis/index';
import { httpOrigin, madeByOrigin, planRetry, type LeftOut, type RetryRequest } from '../analysis/retry-plan';
import type { RetryHost } from './source';
import { RetryConfirm, RetryOf, RetryRefused, type RetryProblem } from './RetryConfirm';
import { CompareView } from './CompareView';

/** What the detail needs to retry in the tab it shows: the host, and the way to read the new entry. */
export interface RetryContext {
  tabId: number;
  host: RetryHost;
  getEntry(id: string): Promise<LogEntry | null>;
}

type State =
  | { step: 'idle' }
  | { step: 'confirm'; request: RetryRequest; leftOut: LeftOut[]; pageOrigin: string; sending: boolean }
  | { step: 'refused'; reason: RetryProblem; error?: string }
  | { step: 'compare'; before: LogEntry; after: LogEntry };

/**
 * "Retry in page" for one entry: offered (`onRetry`) only while the tab's top page is at the origin
 * of the page that made the request; a click plans the request and shows the confirm; Send sends
 * exactly what the confirm shows; the answer opens the compare view. `panel` is what to render.
 */
export function useRetry(entry: LogEntry, ctx: RetryContext | undefined): { onRetry?: (s: Suggestion) => void; panel: JSX.Element | null } {
  const [pageOrigin, setPageOrigin] = useState<string | undefined>();
  const [state, setState] = useState<State>({ step: 'idle' });
  const opener = useRef<HTMLElement | null>(null);

  useEffect(() => {
    setState({ step: 'idle' });
    setPageOrigin(undefined);
    if (!ctx) return;
    let live = true;
    ctx.host.pageOrigin(ctx.tabId).then(
      (origin) => live && setPageOrigin(origin),
      () => live && setPageOrigin(undefined),
    );
    return () => {
      live = false;
    };
  }, [entry.id, ctx]);

  const madeBy = madeByOrigin(entry) ?? httpOrigin(entry.url);
  const canRetry = ctx !== undefined && pageOrigin !== undefined && madeBy === pageOrigin;

  const close = () => {
    setState({ step: 'idle' });
    const back = opener.current;
    if (back?.isConnected) back.focus();
  };
  const onRetry = (s: Suggestion) => {
    if (!s.fix?.request || pageOrigin === undefined) return;
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const plan = planRetry(s.fix.request, entry.url);
    setState(plan.ok ? { step: 'confirm', request: plan.request, leftOut: plan.leftOut, pageOrigin, sending: false } : { step: 'refused', reason: plan.refused });
  };
  const send = async (confirm: Extract<State, { step: 'confirm' }>) => {
    if (!ctx) return;
    setState({ ...confirm, sending: true });
    try {
      const reply = await ctx.host.run(ctx.tabId, { id: entry.id, pageOrigin: confirm.pageOrigin, request: confirm.request });
      if (!reply.ok) return setState({ step: 'refused', reason: reply.refused, error: reply.error });
      const after = await ctx.getEntry(reply.id);
      setState(after ? { step: 'compare', before: entry, after } : { step: 'refused', reason: 'not-in-log' });
    } catch (e) {
      setState({ step: 'refused', reason: 'failed', error: String(e) });
    }
  };

  /** From a retry's own detail: the original it retried, before, and this one, after. */
  const compareWithOriginal = async (retryOf: string) => {
    if (!ctx) return;
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const before = await ctx.getEntry(retryOf).catch(() => null);
    setState(before ? { step: 'compare', before, after: entry } : { step: 'refused', reason: 'original-gone' });
  };

  let panel: JSX.Element | null = null;
  if (state.step === 'confirm') {
    panel = <RetryConfirm request={state.request} leftOut={state.leftOut} pageOrigin={state.pageOrigin} sending={state.sending} onSend={() => void send(state)} onCancel={close} />;
  } else if (state.step === 'refused') {
    panel = <RetryRefused reason={state.reason} error={state.error} onClose={close} />;
  } else if (state.step === 'compare') {
    panel = <CompareView before={state.before} after={state.after} onClose={close} />;
  } else if (entry.retryOf !== undefined && ctx) {
    const retryOf = entry.retryOf;
    panel = <RetryOf onCompare={() => void compareWithOriginal(retryOf)} />;
  }
  return { onRetry: canRetry ? onRetry : undefined, panel };
}
