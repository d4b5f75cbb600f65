/**
 * Moving between the list's rows with the keyboard (one row in the tab order at a time, as in a
 * WAI-ARIA grid): the rows in document order, and which one a key leads to.
 */

export function rowsIn(container: Element): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>('[data-row-key]')];
}

export const rowKeyOf = (row: HTMLElement): string | undefined => row.dataset.rowKey;

/** The row a key moves to from `from`: ↓/j and ↑/k by one, Home and End to the ends; else undefined. */
export function nextRow(rows: HTMLElement[], from: HTMLElement, key: string): HTMLElement | undefined {
  const at = rows.indexOf(from);
  if (at === -1) return undefined;
  switch (key) {
    case 'ArrowDown':
    case 'j':
      return rows[Math.min(at + 1, rows.length - 1)];
    case 'ArrowUp':
    case 'k':
      return rows[Math.max(at - 1, 0)];
    case 'Home':
      return rows[0];
    case 'End':
      return rows[rows.length - 1];
    default:
      return undefined;
  }
}

/** The row to bring back after the list was hidden: the same row, else the one showing the same entry. */
export function findRow(container: Element, key: string | undefined, entryId: string | undefined): HTMLElement | undefined {
  const rows = rowsIn(container);
  return rows.find((r) => key !== undefined && rowKeyOf(r) === key) ?? rows.find((r) => entryId !== undefined && r.dataset.entryId === entryId);
}
