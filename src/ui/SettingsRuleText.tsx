import type { IgnoreRule } from '../shared/noise';
import { useI18n, type MessageKey, type Translate } from './i18n';

/** A rule in words: its message and the values that fill it, e.g. "404 from {host}". */
function words(rule: IgnoreRule): { key: MessageKey; vars: Record<string, string>; values: string[] } {
  switch (rule.kind) {
    case 'favicon':
      return { key: 'settingsRuleFavicon', vars: {}, values: [] };
    case 'url':
      return rule.value.endsWith('*')
        ? { key: 'settingsRuleUrlPrefix', vars: { url: rule.value.slice(0, -1) }, values: ['url'] }
        : { key: 'settingsRuleUrl', vars: { url: rule.value }, values: ['url'] };
    case 'host':
      return { key: 'settingsRuleHost', vars: { host: rule.value }, values: ['host'] };
    case 'status': {
      const network = rule.value === 'network';
      if (rule.host === undefined) return { key: network ? 'settingsRuleNetworkAnywhere' : 'settingsRuleStatusAnywhere', vars: { status: rule.value }, values: [] };
      return { key: network ? 'settingsRuleNetworkOn' : 'settingsRuleStatusOn', vars: { status: rule.value, host: rule.host }, values: ['host'] };
    }
  }
}

/** The rule in words, as plain text (for labels). */
export function ruleText(rule: IgnoreRule, t: Translate): string {
  const w = words(rule);
  return t(w.key, w.vars);
}

/** The rule in words, with the URL or host it names set as code (shown as text, never markup). */
export function RuleText({ rule }: { rule: IgnoreRule }) {
  const { t } = useI18n();
  const w = words(rule);
  // The message's own text around its {placeholders}, in the order its language puts them.
  const parts = t(w.key).split(/\{(\w+)\}/);
  return (
    <span class="rule-text">
      {parts.map((part, i) => {
        if (i % 2 === 0) return part;
        const value = w.vars[part] ?? '';
        return w.values.includes(part) ? <code key={i}>{value}</code> : value;
      })}
    </span>
  );
}
