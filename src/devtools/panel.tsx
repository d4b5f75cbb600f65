/**
 * The StatusLens panel in DevTools: the popup's list and detail for the inspected tab only, in a
 * pane as tall as DevTools (the pop-out's layout), with a way to the same request in the browser's
 * Network panel where the browser offers one (Chrome).
 */
import { render } from 'preact';
import { App } from '../ui/App';
import type { LogSource } from '../ui/source';
import { readWholeLog } from '../ui/paged-log';
import { localStore, sendMessage, uiLanguage } from '../platform/popup-runtime';
import { inspectedTabId, networkPanelShow } from '../platform/devtools-runtime';
import { settingsStore } from '../popup/stored';
import { popupLocale, withLanguage } from '../popup/popup-locale';
import { storedSections } from '../popup/section-state';
import { DEFAULT_SETTINGS } from '../shared/settings';
import type { Locale } from '../reference/types';

const source: LogSource = {
  getLog: (tabId, knownVersion) =>
    readWholeLog((id, known, offset) => sendMessage<'getLog'>({ type: 'getLog', tabId: id, knownVersion: known, offset }), tabId, knownVersion),
  getEntry: (tabId, id, reveal) => sendMessage<'getEntry'>({ type: 'getEntry', tabId, id, reveal }),
  clearLog: async (tabId) => {
    await sendMessage<'clearLog'>({ type: 'clearLog', tabId });
  },
  listTabs: (ignore) => sendMessage<'listTabs'>({ type: 'listTabs', ignore }),
  searchLog: (tabId, query) => sendMessage<'searchLog'>({ type: 'searchLog', tabId, query }),
};

/** DevTools' inspected tab; the DevTools page also names it in the panel's URL, for browsers whose panels lack the DevTools API. */
function panelTabId(): number | undefined {
  const fromDevtools = inspectedTabId();
  if (fromDevtools !== undefined) return fromDevtools;
  const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
  return Number.isInteger(fromQuery) && fromQuery >= 0 ? fromQuery : undefined;
}

const saveLocale = (locale: Locale) => void settingsStore.load().then((s) => settingsStore.save(withLanguage(s, locale)));

async function start(): Promise<void> {
  const tabId = panelTabId();
  const settings = await settingsStore.load().catch(() => DEFAULT_SETTINGS);
  const oldLocale = settings.display.language === 'auto' ? await localStore.get(['locale']).then((r) => r['locale'], () => undefined) : undefined;
  const show = networkPanelShow();
  render(
    <App
      source={source}
      tabId={tabId}
      fullTab
      fixedTab
      locale={popupLocale(settings.display.language, oldLocale, uiLanguage())}
      saveLocale={saveLocale}
      settings={settingsStore}
      initialSettings={settings}
      sections={storedSections(localStorage)}
      openInNetworkPanel={show && ((entry) => show(entry.url))}
    />,
    document.getElementById('root')!,
  );
}

void start();
