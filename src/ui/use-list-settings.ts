import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Settings } from '../shared/settings';
import { ruleKey, withRule, type IgnoreRule } from '../shared/noise';
import type { SettingsStore } from './source';

/** What adding an ignore rule did: added (with its undo), there already, or refused (the list is full). */
export type IgnoreOutcome = { added: true; undo(): Promise<void> } | { added: false; reason: 'exists' | 'full' };

export interface ListSettings {
  /** Undefined until read; without a store, nothing is ignored. */
  settings: Settings | undefined;
  rules: readonly IgnoreRule[];
  showIgnored: boolean;
  setShowIgnored(show: boolean): Promise<void>;
  ignore(rule: IgnoreRule): Promise<IgnoreOutcome>;
}

const NO_RULES: readonly IgnoreRule[] = [];

/**
 * The settings the list follows: read once, then kept current (a rule added in the settings page
 * applies in an open popup). Each change reads the stored settings again before saving them, so a
 * change made elsewhere meanwhile is kept; the list shows the change before the save lands.
 */
export function useListSettings(store: SettingsStore | undefined, initial?: Settings): ListSettings {
  const [settings, setSettings] = useState<Settings | undefined>(initial);

  useEffect(() => {
    if (!store) return;
    let live = true;
    store.load().then((s) => live && setSettings(s), () => undefined);
    store.onChange((s) => live && setSettings(s));
    return () => {
      live = false;
    };
  }, [store]);

  const update = useCallback(
    async (change: (s: Settings) => Settings): Promise<Settings | undefined> => {
      if (!store) return undefined;
      const next = change(await store.load());
      setSettings(next);
      await store.save(next);
      return next;
    },
    [store],
  );

  const setShowIgnored = useCallback(async (show: boolean) => void (await update((s) => ({ ...s, display: { ...s.display, showIgnored: show } }))), [update]);

  const ignore = useCallback(
    async (rule: IgnoreRule): Promise<IgnoreOutcome> => {
      const key = ruleKey(rule);
      let had = false;
      const next = await update((s) => {
        had = s.ignore.some((r) => ruleKey(r) === key);
        return had ? s : { ...s, ignore: withRule(s.ignore, rule) };
      });
      if (had) return { added: false, reason: 'exists' };
      if (!next?.ignore.some((r) => ruleKey(r) === key)) return { added: false, reason: 'full' };
      return { added: true, undo: async () => void (await update((s) => ({ ...s, ignore: s.ignore.filter((r) => ruleKey(r) !== key) }))) };
    },
    [update],
  );

  return { settings, rules: settings?.ignore ?? NO_RULES, showIgnored: settings?.display.showIgnored ?? false, setShowIgnored, ignore };
}
