/**
 * The DevTools page: runs, unseen, for as long as DevTools is open on a tab. It adds the StatusLens
 * panel, and reads from DevTools' own network record the bodies of the tab's failed responses
 * (images, scripts, styles, documents: Chrome gives extensions no other way to read them), which
 * the background joins to the entries it logged (src/background/devtools-body.ts). It reads them
 * whether or not the panel is shown, so the popup shows them too.
 */
import { createPanel, inspectedTabId, onRequestFinished, type DevtoolsContent, type FinishedRequest } from '../platform/devtools-runtime';
import { sendMessage } from '../platform/popup-runtime';
import { settingsStore } from '../popup/stored';
import { DEFAULT_SETTINGS, type Settings } from '../shared/settings';
import { bodyCapBytes } from '../background/body-cap';
import { devtoolsBodyReport, wantsBody } from './har-body';

const tabId = inspectedTabId();
let settings: Settings = DEFAULT_SETTINGS;

async function forward(tab: number, request: FinishedRequest, content: () => Promise<DevtoolsContent>): Promise<void> {
  if (!wantsBody(request, settings.flag)) return;
  const report = devtoolsBodyReport(tab, request, await content(), bodyCapBytes(settings.capture.bodyKiB));
  if (report) await sendMessage<'devtoolsBody'>({ type: 'devtoolsBody', ...report });
}

if (tabId !== undefined) {
  createPanel('StatusLens', '/icons/icon-32.png', `/src/devtools/panel.html?tabId=${tabId}`);
  settingsStore.load().then((s) => (settings = s), () => undefined);
  try {
    settingsStore.onChange((s) => (settings = s));
  } catch {
    // No storage events here: the settings read when DevTools opened stay in force.
  }
  // A body that cannot be read or sent is simply not shown; the entry stays as the browser logged it.
  onRequestFinished((request, content) => void forward(tabId, request, content).catch(() => undefined));
}
