/**
 * The popup entry: wires the UI to the background through the platform module. Shown in the
 * toolbar popup for the active tab, or in a full tab as `src/popup/index.html?tabId=N` (the pop-out).
 */
import { render } from 'preact';
import { App } from '../ui/App';
import { localeFor } from '../ui/i18n';
import type { LogSource } from '../ui/source';
import { readWholeLog } from '../ui/paged-log';
import type { Locale } from '../reference/types';
import { extensionUrl, localStore, sendMessage, tabs, uiLanguage } from '../platform/popup-runtime';

const source: LogSource = {
  // Paged, so that no single message has to carry a whole log (runtime messages are capped at 64 MiB).
  getLog: (tabId, knownVersion) => readWholeLog((id, known, offset) => sendMessage<'getLog'>({ type: 'getLog', tabId: id, knownVersion: known, offset }), tabId, knownVersion),
  getEntry: (tabId, id, reveal) => sendMessage<'getEntry'>({ type: 'getEntry', tabId, id, reveal }),
  clearLog: async (tabId) => {
    await sendMessage<'clearLog'>({ type: 'clearLog', tabId });
  },
  listTabs: () => sendMessage<'listTabs'>({ type: 'listTabs' }),
};

async function start(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const fromQuery = Number(params.get('tabId'));
  const fullTab = params.has('tabId');
  let tabId: number | undefined = Number.isInteger(fromQuery) && params.has('tabId') ? fromQuery : undefined;
  if (tabId === undefined && !fullTab) {
    const [active] = await tabs.query({ active: true, currentWindow: true });
    tabId = active?.id;
  }
  const saved = (await localStore.get(['locale']).catch(() => ({}) as Record<string, unknown>))['locale'];
  const locale: Locale = saved === 'en' || saved === 'zh-CN' ? saved : localeFor(uiLanguage());
  render(
    <App
      source={source}
      tabId={tabId}
      fullTab={fullTab}
      locale={locale}
      saveLocale={(l) => void localStore.set({ locale: l })}
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
