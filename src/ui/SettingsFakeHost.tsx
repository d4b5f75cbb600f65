import { afterEach } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { readSettings, type Settings } from '../shared/settings';
import { ruleCounts, type IgnoreRule } from '../shared/noise';
import type { LogEntry } from '../shared/types';
import type { Locale } from '../reference/types';
import type { SettingsHost } from './SettingsHost';
import { SettingsPage } from './Settings';

type Failure = Pick<LogEntry, 'url' | 'type' | 'kind' | 'statusCode'>;

/**
 * A SettingsHost held in memory, for rendering the settings page in tests: the stored settings,
 * each save, the permission asked and given back, and failures to count rules against (as the
 * background counts them, with noise.ts).
 */
export class FakeSettingsHost implements SettingsHost {
  stored: Settings;
  readonly saved: Settings[] = [];
  readonly permissionCalls: string[] = [];
  readonly countCalls: IgnoreRule[][] = [];
  failures: Failure[] = [];
  /** When set, saving rejects with this message (storage.sync's quota, for one). */
  saveError: string | undefined;
  /** When set, counts answer for this many rules only. */
  countsLength: number | undefined;
  private listeners: ((s: Settings) => void)[] = [];

  constructor(
    stored: unknown = undefined,
    private granted = true,
  ) {
    this.stored = readSettings(stored);
  }

  load = async () => this.stored;
  save = async (s: Settings) => {
    if (this.saveError !== undefined) throw new Error(this.saveError);
    this.stored = s;
    this.saved.push(s);
    // storage.onChanged hears the page's own writes too, as the browsers do.
    queueMicrotask(() => this.listeners.forEach((fn) => fn(readSettings(JSON.parse(JSON.stringify(s))))));
  };
  onChange = (fn: (s: Settings) => void) => void this.listeners.push(fn);
  hasFullPermission = async () => false;
  requestFullPermission = async () => {
    this.permissionCalls.push('request');
    return this.granted;
  };
  releaseFullPermission = async () => void this.permissionCalls.push('release');
  countsFor = async (rules: IgnoreRule[]) => {
    this.countCalls.push(rules);
    const counts = ruleCounts(rules, this.failures);
    return this.countsLength === undefined ? counts : counts.slice(0, this.countsLength);
  };

  /** The settings change elsewhere (the popup, another window, sync). */
  external(stored: unknown): void {
    this.stored = readSettings(stored);
    this.listeners.forEach((fn) => fn(this.stored));
  }

  get last(): Settings | undefined {
    return this.saved.at(-1);
  }
}

/*
 * For tests (happy-dom): the page rendered with a host, and the user's actions on it. Import once
 * per test file: pages are unmounted after each test.
 */
let roots: HTMLElement[] = [];
afterEach(() => {
  roots.forEach((root) => (render(null, root), root.remove()));
  roots = [];
});

export const settle = async () => {
  for (let i = 0; i < 4; i++) await act(() => new Promise((r) => setTimeout(r, 0)));
};

export async function settingsPage(host: FakeSettingsHost, browserLocale: Locale = 'en'): Promise<HTMLElement> {
  const root = document.createElement('div');
  document.body.append(root);
  roots.push(root);
  render(<SettingsPage host={host} browserLocale={browserLocale} />, root);
  await settle();
  return root;
}

export const byTestId = <E extends Element = HTMLElement>(root: ParentNode, testId: string) => root.querySelector(`[data-testid="${testId}"]`) as E | null;
export const textOf = (root: ParentNode, testId: string) => byTestId(root, testId)?.textContent ?? '';
export const valueOf = (root: ParentNode, testId: string) => byTestId<HTMLInputElement>(root, testId)?.value;

/** What a screen reader reads after a control's label: the elements its aria-describedby names. */
export const describedBy = (root: HTMLElement, testId: string) =>
  (byTestId(root, testId)?.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => root.querySelector(`[id="${id}"]`)?.textContent ?? '')
    .join(' ');

export async function click(root: ParentNode, testId: string): Promise<void> {
  await act(() => byTestId(root, testId)!.click());
  await settle();
}

export async function type(root: ParentNode, testId: string, value: string): Promise<void> {
  const input = byTestId<HTMLInputElement>(root, testId)!;
  input.value = value;
  await act(() => void input.dispatchEvent(new Event('input', { bubbles: true })));
}

export async function choose(root: ParentNode, testId: string, value: string): Promise<void> {
  const select = byTestId<HTMLSelectElement>(root, testId)!;
  select.value = value;
  await act(() => void select.dispatchEvent(new Event('change', { bubbles: true })));
  await settle();
}
