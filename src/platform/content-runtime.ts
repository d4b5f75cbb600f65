/**
 * The extension API as the relay needs it: sending a message, and reading one stored setting. The relay runs in every frame of
 * every page, so it does not carry the polyfill (about 10 KB per frame): Firefox's `browser` and
 * Chrome's `chrome` (MV3) both return a promise from runtime.sendMessage.
 */
import type { Message, MessageName, Reply } from '../shared/protocol';

type Send = (message: unknown) => Promise<unknown>;

/** `browser.runtime.sendMessage` or `chrome.runtime.sendMessage`, found by looking, not assumed. */
function sender(name: 'browser' | 'chrome'): Send | undefined {
  const api: unknown = Reflect.get(globalThis, name);
  if (typeof api !== 'object' || api === null || !('runtime' in api)) return undefined;
  const runtime: unknown = api.runtime;
  if (typeof runtime !== 'object' || runtime === null || !('sendMessage' in runtime)) return undefined;
  const send: unknown = runtime.sendMessage;
  return typeof send === 'function' ? (message) => Promise.resolve(Reflect.apply(send, runtime, [message])) : undefined;
}

export function sendMessage<K extends MessageName>(message: Extract<Message, { type: K }>): Promise<Reply<K>> {
  const send = sender('browser') ?? sender('chrome');
  if (!send) return Promise.reject(new Error('Extension context invalidated: no runtime'));
  // The background answers with Reply<K>: src/background/messages.ts types each answer.
  return send(message) as Promise<Reply<K>>;
}

interface SyncArea {
  get(keys: string[]): Promise<Record<string, unknown>> | undefined;
}
interface StorageEvents {
  onChanged?: { addListener(fn: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void };
}

/** `browser.storage` or `chrome.storage`, found by looking, as above. */
function storage(): (StorageEvents & { sync?: SyncArea }) | undefined {
  for (const name of ['browser', 'chrome']) {
    const api: unknown = Reflect.get(globalThis, name);
    if (typeof api !== 'object' || api === null || !('storage' in api)) continue;
    const found: unknown = api.storage;
    if (typeof found === 'object' && found !== null) return found as StorageEvents & { sync?: SyncArea };
  }
  return undefined;
}

/** One key of storage.sync (undefined when absent or unreadable); the extension's own storage, not the page's. */
export async function readSyncItem(key: string): Promise<unknown> {
  const sync = storage()?.sync;
  if (!sync) return undefined;
  return (await sync.get([key]))?.[key];
}

/** Calls `fn` with the new value of `key` in storage.sync whenever it changes. */
export function onSyncItemChanged(key: string, fn: (value: unknown) => void): void {
  storage()?.onChanged?.addListener((changes, area) => {
    if (area === 'sync' && key in changes) fn(changes[key]?.newValue);
  });
}
