/**
 * The background's logs, read (and cleared) through runtime messages: what the popup, the pop-out,
 * the DevTools panel and the settings page use. Each page adds what it alone offers (the popup's first early read, retry).
 */
import type { LogSource } from '../ui/source';
import { readWholeLog } from '../ui/paged-log';
import { sendMessage } from '../platform/popup-runtime';
import { settingsStore } from './stored';
import { withLanguage } from './popup-locale';
import type { Locale } from '../reference/types';

/** A tab's whole log, paged, so that no single message has to carry it (runtime messages are capped at 64 MiB). */
export const readLog = (tabId: number, knownVersion?: number) =>
  readWholeLog((id, known, offset) => sendMessage<'getLog'>({ type: 'getLog', tabId: id, knownVersion: known, offset }), tabId, knownVersion);

export const messageSource: LogSource = {
  getLog: readLog,
  getEntry: (tabId, id, reveal) => sendMessage<'getEntry'>({ type: 'getEntry', tabId, id, reveal }),
  clearLog: async (tabId) => {
    await sendMessage<'clearLog'>({ type: 'clearLog', tabId });
  },
  listTabs: (ignore) => sendMessage<'listTabs'>({ type: 'listTabs', ignore }),
  searchLog: (tabId, query) => sendMessage<'searchLog'>({ type: 'searchLog', tabId, query }),
};

/** The language chosen in the page's menu, saved in the settings (the settings page and the badge follow). */
export const saveLocale = (locale: Locale) => void settingsStore.load().then((s) => settingsStore.save(withLanguage(s, locale)));

/** "Clear all": every tab's log and every kept log (the pop-out and the settings page offer it). */
export const clearAll = async (): Promise<void> => {
  await sendMessage<'clearAll'>({ type: 'clearAll' });
};
