import type { LogEntry } from '../shared/types';
import { worstClassOf } from '../shared/classify';

export interface BadgeState {
  text: string;
  color: string;
  title: string;
}

const RED = '#dc2626';
const ORANGE = '#c2410c';

/**
 * The badge for a tab: how many of the current page's responses failed, coloured by the worst
 * class, with a tooltip such as "3 failed: 409 ×1, 404 ×2" (most frequent first).
 */
export function badgeFor(current: LogEntry[]): BadgeState {
  const total = current.length;
  if (total === 0) return { text: '', color: RED, title: 'StatusLens: no failed responses on this page' };
  const counts = new Map<string, number>();
  for (const e of current) {
    const key = e.kind === 'network-error' ? 'network error' : String(e.statusCode);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const parts = [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 8)
    .map(([k, n]) => `${k} ×${n}`);
  if (counts.size > 8) parts.push('…');
  return {
    text: total > 999 ? '999+' : String(total),
    color: worstClassOf(current) === 'client-error' ? ORANGE : RED,
    title: `${total} failed: ${parts.join(', ')}`,
  };
}

const GREY = '#64748b';

/** A page StatusLens does not watch, or every page while paused: said on the badge, not left blank. */
export function unwatchedBadge(paused: boolean): BadgeState {
  return paused
    ? { text: 'off', color: GREY, title: 'StatusLens is paused. Click to resume.' }
    : { text: 'off', color: GREY, title: 'StatusLens is not watching this site. Click to watch it.' };
}
