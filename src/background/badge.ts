import type { LogEntry } from '../shared/types';
import type { BadgeStyle } from '../shared/settings';
import { worstClassOf } from '../shared/classify';
import { ENGLISH_BADGE_TEXT, type BadgeText } from './badge-text';

export interface BadgeState {
  text: string;
  color: string;
  title: string;
}

/** How the badge is drawn: the user's style, and which entries their noise rules hide (src/shared/noise.ts). */
export interface BadgeOptions {
  style: BadgeStyle;
  ignored(entry: LogEntry): boolean;
  /** The tooltip's language (src/background/badge-text.ts); English when not given. */
  text?: BadgeText;
}

const COUNT_EVERYTHING: BadgeOptions = { style: 'count', ignored: () => false };

const RED = '#dc2626';
const ORANGE = '#c2410c';
/** One character, so the badge stays a dot in both browsers' small badge area. */
export const BADGE_DOT = '•';

/**
 * The badge for a tab: how many of the current page's responses failed, coloured by the worst
 * class, with a tooltip such as "3 failed: 409 ×1, 404 ×2" (most frequent first). Entries the
 * user's rules ignore stay in the log but are not counted: the tooltip only adds "(+N ignored)".
 * Style 'dot' shows one dot in the worst class's colour, 'none' no text; the tooltip is the same.
 */
export function badgeFor(current: readonly LogEntry[], options: BadgeOptions = COUNT_EVERYTHING): BadgeState {
  const counted = current.filter((e) => !options.ignored(e));
  const ignored = current.length - counted.length;
  const say = options.text ?? ENGLISH_BADGE_TEXT;
  const more = ignored ? say.ignored(ignored) : '';
  const total = counted.length;
  if (total === 0) return { text: '', color: RED, title: say.none(more) };
  const counts = new Map<string, number>();
  for (const e of counted) {
    const key = e.kind === 'network-error' ? say.networkError : String(e.statusCode);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const parts = [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 8)
    .map(([k, n]) => `${k} ×${n}`);
  if (counts.size > 8) parts.push('…');
  return {
    text: options.style === 'none' ? '' : options.style === 'dot' ? BADGE_DOT : total > 999 ? '999+' : String(total),
    color: worstClassOf(counted) === 'client-error' ? ORANGE : RED,
    title: say.failed(total, parts, more),
  };
}

const GREY = '#64748b';

/**
 * A page StatusLens does not watch, or every page while paused: said on the badge, not left blank,
 * unless the user wants no badge text at all (style 'none'); the tooltip says it either way.
 */
export function unwatchedBadge(paused: boolean, style: BadgeStyle = 'count', say: BadgeText = ENGLISH_BADGE_TEXT): BadgeState {
  const text = style === 'none' ? '' : 'off';
  return { text, color: GREY, title: paused ? say.paused : say.unwatched };
}
