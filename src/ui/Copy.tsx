import { useState } from 'preact/hooks';
import { useI18n } from './i18n';

/** A button that copies text and says so; clipboard failures show the text to copy by hand. */
export function CopyButton({ text, label, testId, primary = false }: { text: string; label: string; testId?: string; primary?: boolean }) {
  const { t } = useI18n();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
    setTimeout(() => setState('idle'), 1500);
  };
  return (
    <span class="copy">
      <button type="button" class={`button small${primary ? ' primary' : ''}`} data-testid={testId} onClick={copy}>
        {state === 'copied' ? t('copied') : label}
      </button>
      {state === 'failed' && <textarea class="copy-fallback" readOnly value={text} />}
    </span>
  );
}
