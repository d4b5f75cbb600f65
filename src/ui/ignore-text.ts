import type { IgnoreRule } from '../shared/noise';
import type { Translate } from './i18n';

/** A status rule's value as words: `409`, `5xx`, or "network errors". */
const statusWords = (value: string, t: Translate) => (value === 'network' ? t('networkErrors') : value);

/** A rule as the list names it: "host ads.example.com", "409 from api.example.com". */
export function ruleText(rule: IgnoreRule, t: Translate): string {
  switch (rule.kind) {
    case 'favicon':
      return t('ruleFavicon');
    case 'url':
      return t('ruleUrl', { value: rule.value });
    case 'host':
      return t('ruleHost', { value: rule.value });
    case 'status':
      return rule.host === undefined ? t('ruleStatusEverywhere', { value: statusWords(rule.value, t) }) : t('ruleStatus', { value: statusWords(rule.value, t), host: rule.host });
  }
}

/** The label of the one-click choice that adds this rule. */
export function choiceText(which: 'url' | 'host' | 'status', rule: IgnoreRule, t: Translate): string {
  if (which === 'url') return t('ignoreUrl');
  if (which === 'host') return t('ignoreHost', { host: rule.value });
  const status = statusWords(rule.value, t);
  return rule.host === undefined ? t('ignoreStatusEverywhere', { status }) : t('ignoreStatus', { status, host: rule.host });
}
