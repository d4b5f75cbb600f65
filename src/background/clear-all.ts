import { INDEX_KEY, KEY_PREFIX } from './persistence';

export interface ClearStoredDeps {
  /** The write to storage.session under way, if any: what it writes must go too. */
  pendingWrite(): Promise<void>;
  stored: { forgetAll(): void };
  persistence: { forgetAll(): void };
  session: { get(keys: null): Promise<Record<string, unknown>>; remove(keys: string[]): Promise<void> };
  kept: { clearAll(): Promise<void> };
  openTabs(): Promise<number[]>;
  redrawBadge(tabId: number): void;
}

/**
 * "Clear all", once the service has let go of every log in memory: each tab's log in
 * storage.session and its index, found by reading the keys (not by trusting the index), every kept
 * log in storage.local, and every open tab's badge (one an earlier worker drew is still shown).
 */
export async function clearStoredLogs(deps: ClearStoredDeps): Promise<void> {
  await deps.pendingWrite();
  deps.stored.forgetAll();
  deps.persistence.forgetAll();
  const keys = Object.keys(await deps.session.get(null)).filter((k) => k.startsWith(KEY_PREFIX) || k === INDEX_KEY);
  if (keys.length) await deps.session.remove(keys);
  await deps.kept.clearAll();
  for (const tabId of await deps.openTabs()) deps.redrawBadge(tabId);
}
