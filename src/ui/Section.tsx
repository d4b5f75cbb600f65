import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { OPEN_BY_DEFAULT, type SectionName, type SectionState } from './sections';

interface Props {
  name: SectionName;
  title: ComponentChildren;
  store: SectionState;
  class?: string;
  children: ComponentChildren;
}

/**
 * A part of the detail that opens on demand: <details>/<summary>, so the keyboard and screen readers
 * know it, with its open state read from and written to the store under its name.
 */
export function Section({ name, title, store, class: className, children }: Props) {
  const [open, setOpen] = useState(() => store.isOpen(name) ?? OPEN_BY_DEFAULT[name]);
  const toggled = (e: Event) => {
    const now = (e.currentTarget as HTMLDetailsElement).open;
    if (now === open) return; // our own render set it
    setOpen(now);
    store.setOpen(name, now);
  };
  return (
    <details class={`section${className ? ` ${className}` : ''}`} data-testid={`section-${name}`} data-section={name} open={open} onToggle={toggled}>
      <summary>{title}</summary>
      <div class="section-body">{children}</div>
    </details>
  );
}
