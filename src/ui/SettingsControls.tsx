import type { ComponentChildren } from 'preact';

/** A checkbox with its label, and a hint bound to it (read by screen readers with the label). */
export function Check(props: { id: string; checked: boolean; label: string; hint?: string; onChange(checked: boolean): void }) {
  const hintId = `${props.id}-hint`;
  return (
    <div class="choice">
      <input
        type="checkbox"
        id={props.id}
        data-testid={props.id}
        checked={props.checked}
        aria-describedby={props.hint ? hintId : undefined}
        onChange={(e) => props.onChange(e.currentTarget.checked)}
      />
      <label for={props.id}>{props.label}</label>
      {props.hint && (
        <p class="hint" id={hintId}>
          {props.hint}
        </p>
      )}
    </div>
  );
}

/** One of a group of radio buttons (the group is a fieldset with its legend). */
export function Radio(props: { id: string; name: string; checked: boolean; onSelect(): void; children: ComponentChildren }) {
  return (
    <div class="choice">
      <input type="radio" id={props.id} data-testid={props.id} name={props.name} checked={props.checked} onChange={() => props.onSelect()} />
      <label for={props.id}>{props.children}</label>
    </div>
  );
}
