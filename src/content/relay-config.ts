/**
 * The relay's part of the hook's settings (hook-config.ts): it reads them from storage.sync, which
 * the page cannot reach, and tells the hook over the private channel, at start and on every change.
 * Only what the hook needs is read, without the settings module (the relay runs in every frame).
 * ISOLATED world.
 */
import { onSyncItemChanged, readSyncItem } from '../platform/content-runtime';
import { SETTINGS_KEY } from '../shared/settings';

/** settings.flag.graphqlErrors of a stored settings value; false unless it is exactly true. */
export function graphqlFlagOf(stored: unknown): boolean {
  if (typeof stored !== 'object' || stored === null) return false;
  const flag: unknown = Reflect.get(stored, 'flag');
  return typeof flag === 'object' && flag !== null && Reflect.get(flag, 'graphqlErrors') === true;
}

/** The settings message the hook reads (hook-config.ts: applyHookConfig). */
export function hookConfigText(stored: unknown): string {
  return JSON.stringify({ graphqlErrors: graphqlFlagOf(stored) });
}

/**
 * Tells the hook its settings now and whenever they change. A call the page makes before the first
 * message arrives is handled with the defaults (nothing beyond 4xx, 5xx and failures is read).
 */
export function tellHookSettings(tell: (config: string) => void): void {
  let last = hookConfigText(undefined); // the hook's defaults: nothing to send
  const send = (stored: unknown) => {
    const text = hookConfigText(stored);
    if (text !== last) tell((last = text));
  };
  readSyncItem(SETTINGS_KEY).then(send, () => undefined);
  onSyncItemChanged(SETTINGS_KEY, send);
}
