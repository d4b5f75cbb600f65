import type { Locale } from '../reference/types';
import type { Settings } from '../shared/settings';

/**
 * The badge's tooltip in the user's language. Six lines, kept here rather than read from the
 * pages' message files: the worker wakes often, and both full tables would load with it each time.
 */
export interface BadgeText {
  none(more: string): string;
  failed(total: number, parts: string[], more: string): string;
  ignored(n: number): string;
  networkError: string;
  paused: string;
  unwatched: string;
}

const TEXT: Record<Locale, BadgeText> = {
  en: {
    none: (more) => `StatusLens: no failed responses on this page${more}`,
    failed: (total, parts, more) => `${total} failed: ${parts.join(', ')}${more}`,
    ignored: (n) => ` (+${n} ignored)`,
    networkError: 'network error',
    paused: 'StatusLens is paused. Click to resume.',
    unwatched: 'StatusLens is not watching this site. Click to watch it.',
  },
  'zh-CN': {
    none: (more) => `StatusLens：此页面没有失败的响应${more}`,
    failed: (total, parts, more) => `${total} 个失败：${parts.join('，')}${more}`,
    ignored: (n) => `（另有 ${n} 个已忽略）`,
    networkError: '网络错误',
    paused: 'StatusLens 已暂停。点击恢复。',
    unwatched: 'StatusLens 未监视此网站。点击开始监视。',
  },
};

/** The settings' language, or for 'auto' the browser's (any Chinese variant gets Simplified Chinese). */
export function badgeText(language: Settings['display']['language'], uiLanguage: string): BadgeText {
  if (language !== 'auto') return TEXT[language];
  return uiLanguage.toLowerCase().startsWith('zh') ? TEXT['zh-CN'] : TEXT.en;
}

export const ENGLISH_BADGE_TEXT = TEXT.en;
