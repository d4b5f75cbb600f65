import { useEffect, useRef, useState } from 'preact/hooks';
import type { LogEntry } from '../shared/types';
import { rulesFor, type IgnoreRule } from '../shared/noise';
import { useI18n } from './i18n';
import { choiceText } from './ignore-text';

interface Props {
  entry: LogEntry;
  onChoose(rule: IgnoreRule): void;
  /** Closed without a choice (Cancel, Esc): the opener takes focus back. */
  onClose(): void;
}

/**
 * The one-click noise rules for a failure (src/shared/noise.ts, rulesFor): this URL, this host,
 * this status from this host. Shown in place, under the row or in the detail's bar, never as an
 * overlay a long list would clip; the first choice takes focus, ←/→ move, Esc closes.
 */
export function IgnoreChoices({ entry, onChoose, onClose }: Props) {
  const { t } = useI18n();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.querySelector<HTMLButtonElement>('button')?.focus(), []);
  const rules = rulesFor(entry);
  const choices: ['url' | 'host' | 'status', IgnoreRule][] = [['url', rules.url], ...(rules.host ? [['host', rules.host] as ['host', IgnoreRule]] : []), ['status', rules.status]];
  const onKeyDown = (e: KeyboardEvent) => {
    const buttons = [...(box.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
    const at = buttons.indexOf(e.target as HTMLButtonElement);
    if (e.key === 'Escape') onClose();
    else if ((e.key === 'ArrowRight' || e.key === 'ArrowDown') && at !== -1) buttons[(at + 1) % buttons.length]?.focus();
    else if ((e.key === 'ArrowLeft' || e.key === 'ArrowUp') && at !== -1) buttons[(at - 1 + buttons.length) % buttons.length]?.focus();
    else return;
    e.preventDefault();
    e.stopPropagation(); // neither the list's keys nor the page's Esc (back to the list) act on these
  };
  return (
    <div class="ignore-choices" role="group" aria-label={t('rowActions')} data-testid="ignore-choices" ref={box} onKeyDown={onKeyDown}>
      {choices.map(([which, rule]) => (
        <button type="button" key={which} class="button small" data-testid={`ignore-${which}`} onClick={() => onChoose(rule)}>
          {choiceText(which, rule, t)}
        </button>
      ))}
      <button type="button" class="button small" data-testid="ignore-cancel" onClick={onClose}>
        {t('cancel')}
      </button>
    </div>
  );
}

/** The detail's "Ignore…": the same choices, opened in place beside its heading. */
export function IgnoreMenu({ entry, onChoose }: { entry: LogEntry; onChoose(rule: IgnoreRule): void }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    toggle.current?.focus();
  };
  return (
    <div class="detail-tools">
      <button type="button" ref={toggle} class="button small" data-testid="detail-ignore" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t('ignoreMenu')}
      </button>
      {open && (
        <IgnoreChoices
          entry={entry}
          onChoose={(rule) => {
            onChoose(rule);
            close();
          }}
          onClose={close}
        />
      )}
    </div>
  );
}
