/**
 * The settings the page hook follows, as the relay tells them over the private channel
 * (page-channel.ts). Until the relay has read them from storage, the defaults hold: a call the page
 * makes before then is handled as they say (GraphQL errors in a 200 are not looked for).
 * MAIN world: built only from primordials.ts.
 */
import { getOwnPropertyDescriptor, hasOwn, parseJson, record } from './primordials';

/** What the relay sends: `{"graphqlErrors": boolean}` (settings.flag.graphqlErrors). */
export interface HookConfig {
  graphqlErrors: boolean;
}

export const hookConfig: HookConfig = record({ graphqlErrors: false });

/** Applies one settings message (JSON text); anything unreadable leaves the settings as they are. */
export function applyHookConfig(json: string): void {
  let value: unknown;
  try {
    value = parseJson(json);
  } catch {
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const d = getOwnPropertyDescriptor(value, 'graphqlErrors');
  if (d && hasOwn(d, 'value') && typeof d.value === 'boolean') hookConfig.graphqlErrors = d.value;
}

