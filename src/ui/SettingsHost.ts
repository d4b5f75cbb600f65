import type { Settings } from '../shared/settings';
import type { IgnoreRule } from '../shared/noise';

/** What the settings page needs from its host (src/options/main.tsx); tests pass plain objects. */
export interface SettingsHost {
  load(): Promise<Settings>;
  save(settings: Settings): Promise<void>;
  /** Calls back when the settings change elsewhere (the popup, another window, sync). */
  onChange(fn: (settings: Settings) => void): void;
  /** Full capture's optional permission: held now? Asking must happen within the user's click. */
  hasFullPermission(): Promise<boolean>;
  requestFullPermission(): Promise<boolean>;
  /** Gives it back: called when the last full-capture site is removed. */
  releaseFullPermission(): Promise<void>;
  /** How many failures in every tab's log each rule hides now, in the rules' order. */
  countsFor(rules: IgnoreRule[]): Promise<number[]>;
  /** Clears every tab's log and every kept log (the background's clearAll); absent where there is no background. */
  clearAll?(): Promise<void>;
}

/**
 * How a section changes the settings: `edit` gets the newest settings and returns the next ones,
 * which are shown and saved at once. Resolves false when they could not be saved (the page says
 * why and shows the stored settings again), so a form keeps what the user typed.
 */
export type ChangeSettings = (edit: (settings: Settings) => Settings) => Promise<boolean>;

export interface SectionProps {
  settings: Settings;
  change: ChangeSettings;
}
