import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import type { LogEntry } from '../shared/types';
import { findRow } from './list-focus';

/** The detail's heading, which takes focus when a detail opens (EntryDetail's title). */
const DETAIL_HEADING = '[data-testid="detail-title"], h2';

/**
 * Where the eye and the keyboard go between the list and a detail. Opening a row shows the detail
 * from its top with focus on its heading; Back (the button, or Esc anywhere) returns to the same
 * row, focused, with the list scrolled where it was. The list stays laid out under a detail (see
 * popup.css); its place is also kept here and put back, in case the rows moved meanwhile.
 */
export function useDetailFocus(selectedId: string | undefined, shownId: string | undefined, select: (id: string | undefined) => void) {
  const listPane = useRef<HTMLDivElement>(null);
  const detailPane = useRef<HTMLDivElement>(null);
  /** The row opened, and where it was: the list's scroll offset, and the row's distance from the list's top. */
  const returnTo = useRef<{ rowKey?: string; entryId: string; scrollTop: number; rowTop?: number } | undefined>(undefined);
  const restore = useRef(false);

  const open = (entry: LogEntry) => {
    const focused = document.activeElement instanceof HTMLElement ? document.activeElement.closest<HTMLElement>('[data-row-key]') : null;
    const pane = listPane.current;
    const row = focused && pane?.contains(focused) ? focused : undefined;
    returnTo.current = { rowKey: row?.dataset.rowKey, entryId: entry.id, scrollTop: pane?.scrollTop ?? 0, rowTop: row && pane ? topIn(pane, row) : undefined };
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
    const row = findRow(pane, to.rowKey, to.entryId);
    // Rows may have changed height meanwhile (two lines beside a detail, rows drawn only once seen):
    // the row goes back to where it was on screen, whatever the offset that takes now.
    const align = () => {
      if (row?.isConnected && to.rowTop !== undefined) pane.scrollTop += topIn(pane, row) - to.rowTop;
    };
    align();
    row?.focus({ preventScroll: true });
    // Rows brought into view are drawn for the first time in the next frame and may move it again.
    const frame = requestAnimationFrame(align);
    return () => cancelAnimationFrame(frame);
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

const topIn = (pane: HTMLElement, row: HTMLElement) => row.getBoundingClientRect().top - pane.getBoundingClientRect().top;
