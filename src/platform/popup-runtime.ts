/**
 * The extension API as the popup needs it: messages to the background, the active tab, opening a
 * tab, the saved language and the browser's UI language. The popup opens often and must paint fast,
 * so it does not carry the polyfill (about 10 KB gzip): in MV3, Firefox's `browser` and Chrome's
 * `chrome` both return promises from these calls (MDN: Chrome incompatibilities, "Promises").
 */
import type { Message, MessageName, Reply } from '../shared/protocol';

/** The few calls used here, as both browsers give them. */
interface PopupApi {
  runtime: { sendMessage(message: unknown): Promise<unknown>; getURL(path: string): string; openOptionsPage(): Promise<void> };
  permissions: {
    request(p: { permissions: string[] }): Promise<boolean>;
    contains(p: { permissions: string[] }): Promise<boolean>;
    remove(p: { permissions: string[] }): Promise<boolean>;
  };
  tabs: {
    query(query: { active?: boolean; currentWindow?: boolean }): Promise<{ id?: number }[]>;
    create(properties: { url: string }): Promise<unknown>;
  };
  storage: {
    local: { get(keys: string[]): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };
    sync: {
      get(keys: string[]): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
      onChanged: { addListener(fn: (changes: Record<string, { newValue?: unknown }>) => void): void };
    };
  };
  i18n: { getUILanguage(): string };
}

/** Firefox's `browser`, else Chrome's `chrome`: found by looking, not assumed. */
function api(): PopupApi {
  for (const name of ['browser', 'chrome']) {
    const found: unknown = Reflect.get(globalThis, name);
    if (typeof found === 'object' && found !== null && 'runtime' in found && typeof found.runtime === 'object' && found.runtime !== null) return found as PopupApi;
  }
  throw new Error('Extension context invalidated: no runtime');
}

/** What the polyfill's onMessage in the background sends in Chrome when its handler throws. */
function polyfillRejection(reply: unknown): string | undefined {
  if (typeof reply !== 'object' || reply === null || !('__mozWebExtensionPolyfillReject__' in reply)) return undefined;
  return 'message' in reply && typeof reply.message === 'string' ? reply.message : 'An unexpected error occurred';
}

export async function sendMessage<K extends MessageName>(message: Extract<Message, { type: K }>): Promise<Reply<K>> {
  // The background answers every message the popup sends; no answer is an error, as it should be.
  const reply: unknown = await api().runtime.sendMessage(message);
  const rejected = polyfillRejection(reply);
  if (rejected !== undefined) throw new Error(rejected);
  // The background answers with Reply<K>: src/background/messages.ts types each answer.
  return reply as Reply<K>;
}

export const tabs = {
  query: (query: { active?: boolean; currentWindow?: boolean }) => api().tabs.query(query),
  create: (url: string) => api().tabs.create({ url }),
};

export const localStore = {
  get: (keys: string[]) => api().storage.local.get(keys),
  set: (items: Record<string, unknown>) => api().storage.local.set(items),
};

/** The user's settings (src/shared/settings.ts). */
export const syncStore = {
  get: (keys: string[]) => api().storage.sync.get(keys),
  set: (items: Record<string, unknown>) => api().storage.sync.set(items),
};

/** Calls back with the new stored settings value whenever it changes (in any window or browser). */
export function onSettingsChanged(fn: (value: unknown) => void, key = 'settings'): void {
  api().storage.sync.onChanged.addListener((changes) => {
    if (key in changes) fn(changes[key]?.newValue);
  });
}

export const permissions = {
  /** Must be called within the user's click: both browsers refuse a request without a gesture. */
  request: (names: string[]) => api().permissions.request({ permissions: names }),
  contains: (names: string[]) => api().permissions.contains({ permissions: names }),
  remove: (names: string[]) => api().permissions.remove({ permissions: names }),
};

export function openSettings(): Promise<void> {
  return api().runtime.openOptionsPage();
}

export function extensionUrl(path = ''): string {
  return api().runtime.getURL(path);
}

export function uiLanguage(): string {
  return api().i18n.getUILanguage();
}
