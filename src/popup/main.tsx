/**
 * The popup entry: wires the UI to the background through the platform module. Shown in the
 * toolbar popup for the active tab, or in a full tab as `src/popup/index.html?tabId=N` (the pop-out).
 */
import { render } from 'preact';
import { ImportableApp } from '../ui/ImportableApp';
import type { LogSource } from '../ui/source';
import { extensionUrl, localStore, openSettings, permissions, sendMessage, tabs, uiLanguage } from '../platform/popup-runtime';
import { settingsStore } from './stored';
import type { EarlierLogs, WatchControl } from '../ui/source';
import { DEFAULT_SETTINGS, FULL_CAPTURE_PERMISSIONS, type Settings } from '../shared/settings';
import { applyWatchAction } from '../shared/watch-actions';
import { storedSections } from './section-state';
import { popupLocale } from './popup-locale';
import { clearAll, messageSource, readLog, saveLocale } from './message-source';

/** The first read of a tab's log, asked for before anything else waits (the saved language, the first render). */
let early: { tabId: number; log: ReturnType<typeof readLog> } | undefined;

const source: LogSource = {
  ...messageSource,
  getLog: (tabId, knownVersion) => {
    const first = early;
    early = undefined;
    return first && first.tabId === tabId && knownVersion === undefined ? first.log : readLog(tabId, knownVersion);
  },
  retry: {
    pageOrigin: (tabId) => sendMessage<'tabOrigin'>({ type: 'tabOrigin', tabId }).then((r) => r.origin),
    run: (tabId, q) => sendMessage<'retryInPage'>({ type: 'retryInPage', tabId, ...q }),
  },
};

/** Logs kept from earlier browser sessions (the pop-out lists them in its tab picker). */
const earlier: EarlierLogs = {
  list: () => sendMessage<'listKept'>({ type: 'listKept' }),
  open: (id) => sendMessage<'getKept'>({ type: 'getKept', id }),
};

/** Whether full capture's permission is held, read when the popup opens (see `act`). */
let fullPermission: Promise<boolean> = permissions.contains(FULL_CAPTURE_PERMISSIONS).catch(() => false);

/**
 * No site left for full capture: give webRequest back, so the browser need not route requests
 * through its extension layer (from its next start, in Chrome: see src/background/watch.ts).
 */
async function releaseUnusedPermission(settings: Settings): Promise<void> {
  if (settings.watch.fullSites.length || !(await fullPermission)) return;
  await permissions.remove(FULL_CAPTURE_PERMISSIONS);
  fullPermission = Promise.resolve(false);
}

const watch: WatchControl = {
  state: (tabId) => sendMessage<'watchState'>({ type: 'watchState', tabId }),
  act: async (action, site) => {
    if (action === 'full-on' && !(await fullPermission)) {
      // The request is the first thing the click does: Firefox refuses one made after other awaits
      // (MDN: permissions.request, "user action handler"). fullPermission was settled on open.
      if (!(await permissions.request(FULL_CAPTURE_PERMISSIONS))) return false;
      fullPermission = Promise.resolve(true);
    }
    const next = applyWatchAction(await settingsStore.load(), action, site);
    await settingsStore.save(next);
    await releaseUnusedPermission(next);
    return true;
  },
  openSettings: () => {
    void openSettings();
    if (!new URLSearchParams(location.search).has('tabId')) window.close(); // the toolbar popup, not the pop-out tab
  },
};

async function tabToShow(params: URLSearchParams): Promise<number | undefined> {
  const fromQuery = Number(params.get('tabId'));
  if (params.has('tabId')) return Number.isInteger(fromQuery) ? fromQuery : undefined;
  const [active] = await tabs.query({ active: true, currentWindow: true });
  return active?.id;
}

async function start(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const fullTab = params.has('tabId');
  // Read while the tab is looked up: the language and the ignore rules are needed for the first paint.
  const pendingSettings = settingsStore.load().catch(() => DEFAULT_SETTINGS);
  const oldLocale = localStore.get(['locale']).then((r) => r['locale'], () => undefined);
  const tabId = await tabToShow(params);
  if (tabId !== undefined) {
    early = { tabId, log: readLog(tabId) };
    early.log.catch(() => undefined); // the first poll receives the failure and reports it
  }
  const settings = await pendingSettings;
  const locale = popupLocale(settings.display.language, settings.display.language === 'auto' ? await oldLocale : undefined, uiLanguage());
  render(
    <ImportableApp
      source={source}
      tabId={tabId}
      fullTab={fullTab}
      locale={locale}
      saveLocale={saveLocale}
      settings={settingsStore}
      initialSettings={settings}
      watch={watch}
      earlier={fullTab ? earlier : undefined}
      clearAll={fullTab ? clearAll : undefined}
      sections={storedSections(localStorage)}
      popOut={
        fullTab
          ? undefined
          : (id) => {
              void tabs.create(extensionUrl(`src/popup/index.html?tabId=${id}`));
              window.close();
            }
      }
    />,
    document.getElementById('root')!,
  );
}

void start();
