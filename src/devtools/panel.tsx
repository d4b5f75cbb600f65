/**
 * The StatusLens panel in DevTools: the popup's list and detail for the inspected tab only, in a
 * pane as tall as DevTools (the pop-out's layout), with a way to the same request in the browser's
 * Network panel where the browser offers one (Chrome).
 */
import { render } from 'preact';
import { App } from '../ui/App';
import { localStore, uiLanguage } from '../platform/popup-runtime';
import { inspectedTabId, networkPanelShow } from '../platform/devtools-runtime';
import { settingsStore } from '../popup/stored';
import { popupLocale } from '../popup/popup-locale';
import { messageSource, saveLocale } from '../popup/message-source';
import { storedSections } from '../popup/section-state';
import { DEFAULT_SETTINGS } from '../shared/settings';

/** DevTools' inspected tab; the DevTools page also names it in the panel's URL, for browsers whose panels lack the DevTools API. */
function panelTabId(): number | undefined {
  const fromDevtools = inspectedTabId();
  if (fromDevtools !== undefined) return fromDevtools;
  const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
  return Number.isInteger(fromQuery) && fromQuery >= 0 ? fromQuery : undefined;
}

async function start(): Promise<void> {
  const tabId = panelTabId();
  const settings = await settingsStore.load().catch(() => DEFAULT_SETTINGS);
  const oldLocale = settings.display.language === 'auto' ? await localStore.get(['locale']).then((r) => r['locale'], () => undefined) : undefined;
  const show = networkPanelShow();
  render(
    <App
      source={messageSource}
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
