import { useEffect, useState } from 'preact/hooks';
import { MAX_IGNORE_RULES, ruleKey, type IgnoreRule } from '../shared/noise';
import { useI18n } from './i18n';
import { Check } from './SettingsControls';
import type { SectionProps, SettingsHost } from './SettingsHost';
import { RuleForm } from './SettingsRuleForm';
import { RuleText, ruleText } from './SettingsRuleText';

/** The live counts are asked again this often while the page is shown. */
export const COUNTS_REFRESH_MS = 2000;
const FAVICON: IgnoreRule = { kind: 'favicon', value: '' };

/** What each rule hides now, in the rules' order; undefined while unknown. */
function useCounts(host: SettingsHost, rules: IgnoreRule[]): { counts?: number[]; failed: boolean } {
  const [state, setState] = useState<{ counts?: number[]; failed: boolean }>({ failed: false });
  const key = rules.map(ruleKey).join('\n');
  useEffect(() => {
    let live = true;
    setState({ failed: false });
    // Asked even while the page is in a background tab: a count is one pass over the logs in memory.
    const ask = () =>
      host.countsFor(rules).then(
        // Counts for fewer rules than shown would be put beside the wrong rules: none then.
        (counts) => live && setState(counts.length === rules.length ? { counts, failed: false } : { failed: true }),
        () => live && setState({ failed: true }),
      );
    void ask();
    const timer = setInterval(ask, COUNTS_REFRESH_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [host, key]);
  return state;
}

/** The ignore rules: what each hides now, edit, remove, add; and whether the list shows ignored failures. */
export function IgnoreSection({ settings, change, host }: SectionProps & { host: SettingsHost }) {
  const { t } = useI18n();
  const rules = settings.ignore;
  const { counts, failed } = useCounts(host, rules);
  // The rule being edited, by what it is: the list may change elsewhere while the form is open.
  const [editingKey, setEditingKey] = useState<string | undefined>();
  const editing = editingKey === undefined ? -1 : rules.findIndex((r) => ruleKey(r) === editingKey);
  const save = (ignore: IgnoreRule[]) => change((s) => ({ ...s, ignore }));

  return (
    <section aria-labelledby="settings-ignore">
      <h2 id="settings-ignore">{t('settingsIgnoreHeading')}</h2>
      <p class="hint">{t('settingsIgnoreIntro')}</p>
      {rules.length === 0 ? (
        <p class="hint" data-testid="ignore-empty">
          {t('settingsIgnoreEmpty')}
        </p>
      ) : (
        <table class="rules" data-testid="ignore-rules" aria-labelledby="settings-ignore" aria-describedby="settings-ignore-counts">
          <thead>
            <tr>
              <th scope="col">{t('settingsRuleColumn')}</th>
              <th scope="col">{t('settingsHidesColumn')}</th>
              <th scope="col">
                <span class="visually-hidden">{t('settingsActionsColumn')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rules.map((rule, i) => {
              const text = ruleText(rule, t);
              return (
                <tr key={ruleKey(rule)} data-testid="ignore-rule" data-kind={rule.kind} class={i === editing ? 'editing' : undefined}>
                  <td>
                    <RuleText rule={rule} />
                  </td>
                  <td class="hides" data-testid="ignore-rule-count">
                    {counts ? t('settingsHides', { n: counts[i]! }) : failed ? t('settingsHidesUnknown') : t('settingsHidesPending')}
                  </td>
                  <td class="actions">
                    {rule.kind !== 'favicon' && (
                      <button type="button" class="button small" data-testid="ignore-edit" aria-label={t('settingsEditRule', { rule: text })} onClick={() => setEditingKey(ruleKey(rule))}>
                        {t('settingsEdit')}
                      </button>
                    )}
                    <button
                      type="button"
                      class="button small"
                      data-testid="ignore-remove"
                      aria-label={t('settingsRemoveRule', { rule: text })}
                      onClick={() => void save(rules.filter((_, j) => j !== i))}
                    >
                      {t('settingsRemove')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <p class="hint" id="settings-ignore-counts">
        {t('settingsIgnoreCountsNote')}
      </p>
      {!rules.some((r) => r.kind === 'favicon') && (
        <button type="button" class="button small" data-testid="ignore-favicon" onClick={() => void save([FAVICON, ...rules].slice(0, MAX_IGNORE_RULES))}>
          {t('settingsFaviconRestore')}
        </button>
      )}
      <RuleForm rules={rules} editing={editing === -1 ? undefined : editing} onDone={() => setEditingKey(undefined)} save={save} />
      <Check
        id="settings-showIgnored"
        checked={settings.display.showIgnored}
        label={t('settingsShowIgnored')}
        onChange={(on) => void change((s) => ({ ...s, display: { ...s.display, showIgnored: on } }))}
      />
    </section>
  );
}
