import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { LogEntry } from '../shared/types';
import type { IgnoreRule } from '../shared/noise';
import { useI18n } from './i18n';
import { groupFailures } from './list-model';
import { IgnoreChoices } from './IgnoreChoices';
import { EntryRow, type RowVariant } from './EntryRow';
import { nextRow, rowKeyOf, rowsIn } from './list-focus';

/** Beyond this many rows, those off screen are skipped by layout and paint (see popup.css). */
const LONG_LIST = 100;
const COLUMNS = 7;

interface Props {
  /** What to show, in order (newest first, filtered). */
  entries: LogEntry[];
  selectedId?: string;
  reasonOf(code: number): string | undefined;
  onSelect(entry: LogEntry): void;
  /** For ignored entries shown dimmed: the rule that hides each. */
  hiddenBy?: ReadonlyMap<string, IgnoreRule>;
  /** Adds a noise rule; absent where settings cannot be saved (no row menu then). */
  onIgnore?(entry: LogEntry, rule: IgnoreRule): void;
}

/**
 * The flagged responses, newest first; identical failures are one row with their count, which
 * opens to list them; the previous page's entries are set apart under a divider. One row is in
 * the tab order at a time (↑/↓ or j/k move, Enter opens, →/← open and close a group).
 *
 * A log holds up to 500 entries and the popup must paint them at once: the table's rows are laid
 * out as grids with fixed columns (not by table layout, which measures every cell of every row); in
 * a long list each is skipped by layout and paint while off screen (`content-visibility: auto` in
 * popup.css); one listener serves all rows.
 */
export function EntryList({ entries, selectedId, reasonOf, onSelect, hiddenBy, onIgnore }: Props) {
  const { t } = useI18n();
  const table = useRef<HTMLTableElement>(null);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [activeKey, setActiveKey] = useState<string | undefined>();
  const [menuKey, setMenuKey] = useState<string | undefined>();
  /** After a row's menu closes, or its row is ignored away: where focus goes back to. */
  const refocus = useRef<{ key: string; index: number; until: number; button?: boolean } | undefined>(undefined);

  const groups = groupFailures(entries);
  const byKey = new Map<string, LogEntry>();
  const keys: string[] = [];
  const plan: { key: string; entry: LogEntry; variant: RowVariant; count: number; groupKey: string; divider: boolean }[] = [];
  let dividerShown = false;
  for (const group of groups) {
    const head = group.entries[0]!;
    const divider: boolean = head.previousPage && !dividerShown;
    dividerShown ||= divider;
    const single = group.entries.length === 1;
    const key = single ? `e:${head.id}` : `g:${group.key}`;
    plan.push({ key, entry: head, variant: single ? 'single' : 'group', count: group.entries.length, groupKey: group.key, divider });
    if (!single && expanded.has(group.key)) for (const e of group.entries) plan.push({ key: `m:${e.id}`, entry: e, variant: 'member', count: 1, groupKey: group.key, divider: false });
  }
  for (const p of plan) {
    byKey.set(p.key, p.entry);
    keys.push(p.key);
  }
  const active = activeKey !== undefined && byKey.has(activeKey) ? activeKey : keys[0];

  // Focus stays in the list: on the menu's button when the menu closes, on a neighbour when the row goes.
  useLayoutEffect(() => {
    const want = refocus.current;
    if (!want || !table.current) return;
    if (Date.now() > want.until) return void (refocus.current = undefined);
    const rows = rowsIn(table.current);
    const row = rows.find((r) => rowKeyOf(r) === want.key);
    if (row && want.button) {
      row.querySelector<HTMLElement>('[data-action="menu"]')?.focus();
      refocus.current = undefined;
    } else if (!row && rows.length) {
      rows[Math.min(want.index, rows.length - 1)]!.focus();
      refocus.current = undefined;
    }
  });
  useEffect(() => {
    if (menuKey !== undefined && !byKey.has(menuKey)) setMenuKey(undefined);
  });

  const toggle = (groupKey: string) =>
    setExpanded((now) => {
      const next = new Set(now);
      if (!next.delete(groupKey)) next.add(groupKey);
      return next;
    });

  const onClick = (e: MouseEvent) => {
    const target = e.target as Element;
    const row = target.closest<HTMLElement>('[data-row-key]');
    const key = row && rowKeyOf(row);
    if (!key) return;
    const action = target.closest<HTMLElement>('[data-action]')?.dataset.action;
    const p = plan.find((x) => x.key === key)!;
    if (action === 'toggle') toggle(p.groupKey);
    else if (action === 'menu') setMenuKey((open) => (open === key ? undefined : key));
    else onSelect(p.entry);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const target = e.target as HTMLElement;
    const row = target.closest<HTMLElement>('[data-row-key]');
    const key = row && rowKeyOf(row);
    if (!row || !key || e.altKey || e.ctrlKey || e.metaKey) return;
    const p = plan.find((x) => x.key === key)!;
    const to = nextRow(rowsIn(table.current!), row, e.key);
    if (to) to.focus();
    else if ((e.key === 'Enter' || e.key === ' ') && target === row) onSelect(p.entry);
    else if (e.key === 'ArrowRight' && p.variant === 'group' && !expanded.has(p.groupKey)) toggle(p.groupKey);
    else if (e.key === 'ArrowLeft' && p.variant === 'group' && expanded.has(p.groupKey)) toggle(p.groupKey);
    else if (e.key === 'ArrowLeft' && p.variant === 'member') rowsIn(table.current!).find((r) => rowKeyOf(r) === `g:${p.groupKey}`)?.focus();
    else return;
    e.preventDefault(); // Space and the arrows would scroll the list
  };

  const closeMenu = (key: string, index: number, chose: boolean) => {
    setMenuKey(undefined);
    // Chosen: the row may be hidden by its new rule; if so its neighbour takes focus (for a few seconds).
    refocus.current = { key, index, until: Date.now() + (chose ? 3000 : 500), button: !chose };
  };

  const rows = [];
  for (const [index, p] of plan.entries()) {
    if (p.divider)
      rows.push(
        <tr class="divider" key="divider">
          <td colSpan={COLUMNS}>{t('previousPage')}</td>
        </tr>,
      );
    rows.push(
      <EntryRow
        key={p.key}
        rowKey={p.key}
        entry={p.entry}
        variant={p.variant}
        count={p.count}
        expanded={expanded.has(p.groupKey)}
        tabbable={p.key === active}
        selected={p.entry.id === selectedId}
        reason={p.entry.statusCode !== undefined ? reasonOf(p.entry.statusCode) : undefined}
        hiddenBy={hiddenBy?.get(p.entry.id)}
        menu={onIgnore ? p.key === menuKey : undefined}
      />,
    );
    if (onIgnore && p.key === menuKey)
      rows.push(
        <tr class="ignore-row" key={`menu:${p.key}`}>
          <td colSpan={COLUMNS}>
            <IgnoreChoices
              entry={p.entry}
              onChoose={(rule) => {
                onIgnore(p.entry, rule);
                closeMenu(p.key, index, true);
              }}
              onClose={() => closeMenu(p.key, index, false)}
            />
          </td>
        </tr>,
      );
  }
  return (
    <table
      ref={table}
      class={plan.length > LONG_LIST ? 'entries long' : 'entries'}
      data-testid="entry-list"
      aria-label={t('listLabel')}
      onClick={onClick}
      onKeyDown={onKeyDown}
      onFocusIn={(e) => {
        const row = (e.target as Element).closest<HTMLElement>('[data-row-key]');
        const key = row && rowKeyOf(row);
        if (key && key !== activeKey) setActiveKey(key);
      }}
    >
      <thead>
        <tr class="entries-head">
          <th>{t('colStatus')}</th>
          <th>{t('colMethod')}</th>
          <th>{t('colUrl')}</th>
          <th class="type">{t('colType')}</th>
          <th class="time">{t('colTime')}</th>
          <th class="num">{t('colSize')}</th>
          <th class="actions" />
        </tr>
      </thead>
      <tbody>{rows}</tbody>
    </table>
  );
}
