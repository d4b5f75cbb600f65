import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import type { LogEntry } from '../shared/types';
import { findRow } from './list-focus';

/** The detail's heading, which takes focus when a detail opens (EntryDetail's title). */
const DETAIL_HEADING = '[data-testid="detail-title"], h2';

/**
 * Where the eye and the keyboard go between the list and a detail. Opening a row shows the detail
 * from its top with focus on its heading; Back (the button, or Esc anywhere) returns to the same
 * row, focused, with the list scrolled where it was. In the popup the list is hidden while a detail
 * is shown, which loses its scroll position: it is kept here and put back.
 */
export function useDetailFocus(selectedId: string | undefined, shownId: string | undefined, select: (id: string | undefined) => void) {
  const listPane = useRef<HTMLDivElement>(null);
  const detailPane = useRef<HTMLDivElement>(null);
  const returnTo = useRef<{ rowKey?: string; entryId: string; scrollTop: number } | undefined>(undefined);
  const restore = useRef(false);

  const open = (entry: LogEntry) => {
    const focused = document.activeElement instanceof HTMLElement ? document.activeElement.closest<HTMLElement>('[data-row-key]') : null;
    const rowKey = focused && listPane.current?.contains(focused) ? focused.dataset.rowKey : undefined;
    returnTo.current = { rowKey, entryId: entry.id, scrollTop: listPane.current?.scrollTop ?? 0 };
    select(entry.id);
  };
  const back = () => {
    restore.current = true;
    select(undefined);
  };

  useLayoutEffect(() => {
    if (selectedId !== undefined || !restore.current) return;
    restore.current = false;
    const pane = listPane.current;
    const to = returnTo.current;
    if (!pane || !to) return;
    pane.scrollTop = to.scrollTop;
    findRow(pane, to.rowKey, to.entryId)?.focus({ preventScroll: true });
  }, [selectedId]);

  // A detail shown: from its top, its heading focused (once its lazily loaded chunk has drawn it).
  useLayoutEffect(() => {
    const pane = detailPane.current;
    if (shownId === undefined || !pane) return;
    pane.scrollTop = 0;
    const focusHeading = () => {
      const heading = pane.querySelector<HTMLElement>(DETAIL_HEADING);
      if (!heading) return false;
      heading.tabIndex = -1; // focusable by script, not a tab stop
      heading.focus({ preventScroll: true });
      return true;
    };
    if (focusHeading()) return;
    const watch = new MutationObserver(() => focusHeading() && watch.disconnect());
    watch.observe(pane, { childList: true, subtree: true });
    return () => watch.disconnect();
  }, [shownId]);

  useEffect(() => {
    if (selectedId === undefined) return;
    const onKey = (e: KeyboardEvent) => {
      // Controls that use Esc themselves (the filter, the ignore choices) stop it before it gets here.
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      e.preventDefault();
      back();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [selectedId]);

  return { listPane, detailPane, open, back };
}
