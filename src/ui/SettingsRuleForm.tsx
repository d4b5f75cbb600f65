import { useEffect, useRef, useState } from 'preact/hooks';
import { MAX_IGNORE_RULES, ruleKey, ruleProblem, urlWithoutQuery, type IgnoreRule } from '../shared/noise';
import { toSitePattern } from '../shared/site-pattern';
import { useI18n, type MessageKey, type Translate } from './i18n';
import { siteError } from './SettingsWatch';
import { ruleText } from './SettingsRuleText';

export type FormKind = 'url' | 'host' | 'status';
type Field = 'value' | 'host';
type Built = { rule: IgnoreRule } | { field: Field; error: string };

const KINDS: { kind: FormKind; label: MessageKey; hint: MessageKey; placeholder: string }[] = [
  { kind: 'url', label: 'settingsKindUrl', hint: 'settingsRuleUrlHint', placeholder: 'https://api.example.com/v1/ping' },
  { kind: 'host', label: 'settingsKindHost', hint: 'settingsRuleHostHint', placeholder: '*.example.com, localhost:3000' },
  { kind: 'status', label: 'settingsKindStatus', hint: 'settingsRuleStatusHint', placeholder: '404, 4xx, 5xx, network' },
];

/** What the user typed, as a rule (normalised as the list would store it), or what is wrong and where. */
export function buildRule(kind: FormKind, value: string, host: string, t: Translate): Built {
  const text = value.trim();
  if (kind === 'host') {
    const read = toSitePattern(text);
    return 'pattern' in read ? { rule: { kind, value: read.pattern } } : { field: 'value', error: siteError(text, t)! };
  }
  if (kind === 'url') {
    // A url rule never compares the query: keep what it matches, unless it is a prefix ending in *.
    if (!text) return { field: 'value', error: t('settingsRuleEmptyUrl') };
    const rule: IgnoreRule = { kind, value: text.endsWith('*') ? text : urlWithoutQuery(text) };
    return ruleProblem(rule) ? { field: 'value', error: t('settingsRuleBadUrl', { input: text }) } : { rule };
  }
  const rule: IgnoreRule = { kind, value: text.toLowerCase() };
  if (!text) return { field: 'value', error: t('settingsRuleEmptyStatus') };
  if (ruleProblem(rule)) return { field: 'value', error: t('settingsRuleBadStatus', { input: text }) };
  if (!host.trim()) return { rule };
  const site = toSitePattern(host);
  return 'pattern' in site ? { rule: { ...rule, host: site.pattern } } : { field: 'host', error: siteError(host, t)! };
}

/**
 * Adds a rule, or edits the one at `editing`. Checked before saving, with the problem said next to
 * its field; nothing typed is lost, on a mistake or on a failed save.
 */
export function RuleForm(props: { rules: IgnoreRule[]; editing?: number; onDone(): void; save(rules: IgnoreRule[]): Promise<boolean> }) {
  const { t } = useI18n();
  const editing = props.editing === undefined ? undefined : props.rules[props.editing];
  const [kind, setKind] = useState<FormKind>('host');
  const [value, setValue] = useState('');
  const [host, setHost] = useState('');
  const [error, setError] = useState<{ field: Field | 'form'; text: string } | undefined>();
  const valueInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!editing || editing.kind === 'favicon') return;
    setKind(editing.kind);
    setValue(editing.value);
    setHost(editing.host ?? '');
    setError(undefined);
    valueInput.current?.focus();
  }, [editing && ruleKey(editing)]);

  const clear = () => {
    setValue('');
    setHost('');
    setError(undefined);
  };
  const submit = async (e: Event) => {
    e.preventDefault();
    const built = buildRule(kind, value, host, t);
    if ('error' in built) return setError({ field: built.field, text: built.error });
    const key = ruleKey(built.rule);
    if (props.rules.some((r, i) => i !== props.editing && ruleKey(r) === key)) return setError({ field: 'form', text: t('settingsRuleDuplicate') });
    if (props.editing === undefined && props.rules.length >= MAX_IGNORE_RULES) return setError({ field: 'form', text: t('settingsRuleLimit', { n: MAX_IGNORE_RULES }) });
    const next = props.editing === undefined ? [...props.rules, built.rule] : props.rules.map((r, i) => (i === props.editing ? built.rule : r));
    if (!(await props.save(next))) return; // the page says why; the fields keep what was typed
    clear();
    props.onDone();
  };

  const meta = KINDS.find((k) => k.kind === kind)!;
  const problem = (field: Field | 'form') => (error?.field === field ? error.text : undefined);
  return (
    <form class="rule-form" data-testid="ignore-form" aria-labelledby="ignore-form-title" onSubmit={(e) => void submit(e)} noValidate>
      <h3 id="ignore-form-title">{editing ? t('settingsEditRuleHeading', { rule: ruleText(editing, t) }) : t('settingsAddRuleHeading')}</h3>
      <div class="fields">
        <div class="field kind">
          <label for="ignore-kind">{t('settingsRuleKind')}</label>
          <select
            id="ignore-kind"
            data-testid="ignore-kind"
            value={kind}
            onChange={(e) => {
              setKind(e.currentTarget.value as FormKind);
              setError(undefined); // what was typed stays: it may be right for the new kind
            }}
          >
            {KINDS.map((k) => (
              <option key={k.kind} value={k.kind}>
                {t(k.label)}
              </option>
            ))}
          </select>
        </div>
        <TextField id="ignore-value" label={t(meta.label)} hint={t(meta.hint)} placeholder={meta.placeholder} value={value} error={problem('value')} onInput={setValue} inputRef={valueInput} />
        {kind === 'status' && (
          <TextField id="ignore-host" label={t('settingsRuleOnHost')} hint={t('settingsRuleOnHostHint')} placeholder="api.example.com" value={host} error={problem('host')} onInput={setHost} />
        )}
      </div>
      <div class="row">
        <button type="submit" class="button" data-testid="ignore-submit">
          {editing ? t('settingsRuleSave') : t('settingsRuleAdd')}
        </button>
        {editing && (
          <button type="button" class="button" data-testid="ignore-cancel" onClick={() => (clear(), props.onDone())}>
            {t('settingsCancel')}
          </button>
        )}
      </div>
      {problem('form') && (
        <p class="field-error" role="alert" data-testid="ignore-form-error">
          {problem('form')}
        </p>
      )}
    </form>
  );
}

function TextField(props: { id: string; label: string; hint: string; placeholder: string; value: string; error?: string; onInput(value: string): void; inputRef?: preact.Ref<HTMLInputElement> }) {
  const describedBy = props.error ? `${props.id}-error ${props.id}-hint` : `${props.id}-hint`;
  return (
    <div class="field grow">
      <label for={props.id}>{props.label}</label>
      <input
        id={props.id}
        ref={props.inputRef}
        class="search"
        data-testid={props.id}
        value={props.value}
        placeholder={props.placeholder}
        spellcheck={false}
        autocomplete="off"
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy}
        onInput={(e) => props.onInput(e.currentTarget.value)}
      />
      {props.error && (
        <p class="field-error" role="alert" id={`${props.id}-error`} data-testid={`${props.id}-error`}>
          {props.error}
        </p>
      )}
      <p class="hint" id={`${props.id}-hint`}>
        {props.hint}
      </p>
    </div>
  );
}
