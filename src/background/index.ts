/**
 * The background: wiring only. Listeners are registered synchronously on the first turn, as
 * MV3 requires for a service worker to be woken by them; the stored log is restored meanwhile
 * and merged with anything observed before it arrived.
 */
import {
  badge,
  extensionId,
  extensionUrl,
  isFirefox,
  observeResponseStreams,
  observeWebRequests,
  onMessage,
  openResponseFilter,
  sessionStore,
  tabs,
} from '../platform/browser';
import { StatusLensService } from './service';
import { handleMessage } from './messages';
import { LogPersistence } from './persistence';
import { StoredLogs } from './stored-logs';
import { maskEntry } from './mask-entry';
import { bodyHeaders, captureStream } from './stream-capture';
import { isFlaggedStatus } from '../shared/classify';
import { LIMITS } from '../shared/limits';
import { reportError, guard } from './errors';

// Stored logs are read lazily: a waking worker reads only the index (see stored-logs.ts).
let stored: StoredLogs;

const persistence = new LogPersistence(
  sessionStore,
  { perTabBytes: LIMITS.storageBytesPerTab, totalBytes: LIMITS.storageBytes },
  {
    // Secrets never reach storage: only the masked copy is written.
    prepare: (e) => maskEntry(e, 'stored'),
    onError: (tabId, e) => reportError(`persist tab ${tabId}`, e),
    load: (tabId) => stored.load(tabId),
  },
);

const service = new StatusLensService({
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  // The badge counts the whole page: read what an earlier worker stored for it.
  tabSeen: (tabId) => void stored.load(tabId).catch((e) => reportError('restore', e)),
  setBadge: (tabId, state) => {
    badge.set(tabId, state.text, state.color, state.title).catch(() => {
      // The tab closed before the badge was drawn: nothing to update.
    });
  },
  persist: (ids, removed) => {
    // A tab's stored log is read before the tab is written, so nothing stored is overwritten.
    Promise.all(ids.map((id) => stored.load(id)))
      .then(() => persistence.save(ids.map((id) => service.snapshot(id)), removed))
      .catch((e) => reportError('persist', e));
  },
});

stored = new StoredLogs({
  get: (keys) => sessionStore.get(keys),
  announce: (index) => persistence.announce(index),
  restore: (snapshot) => {
    service.restore([snapshot]);
    persistence.adopt([snapshot]);
  },
});

stored.boot().catch((e) => reportError('restore', e));

const r = service.recorder;
observeWebRequests({
  onBeforeRequest: guard('onBeforeRequest', (d) => r.onBeforeRequest(d)),
  onSendHeaders: guard('onSendHeaders', (d) => r.onSendHeaders(d)),
  onHeadersReceived: guard('onHeadersReceived', (d) => r.onHeadersReceived(d)),
  onCompleted: guard('onCompleted', (d) => r.onCompleted(d)),
  onErrorOccurred: guard('onErrorOccurred', (d) => r.onErrorOccurred(d)),
});

if (isFirefox) {
  // Firefox reads flagged bodies off the wire: documents, images and scripts included.
  observeResponseStreams(
    guard('filterResponseData', (d) => {
      if (d.tabId < 0 || !isFlaggedStatus(d.statusCode)) return;
      const { contentType, contentLength } = bodyHeaders(d.responseHeaders);
      captureStream(openResponseFilter(d.requestId), contentType, contentLength, (body) => service.attachNetworkBody(d.requestId, body));
    }),
  );
}

tabs.onRemoved(
  guard('tabs.onRemoved', (tabId) => {
    stored.forget(tabId);
    service.clear(tabId, true);
  }),
);
// Firefox resets a tab's badge when a new page commits in it (MDN: action.setBadgeText), so draw it again.
tabs.onLoadingChanged(
  guard('tabs.onUpdated', (tabId) => {
    stored.load(tabId).then(() => service.refreshBadge(tabId), (e) => reportError('restore', e));
  }),
);

const extensionOrigin = extensionUrl('');
onMessage((message, sender) =>
  handleMessage(message, sender, {
    service,
    extensionOrigin,
    extensionId: extensionId(),
    loadTab: (tabId) => stored.load(tabId),
    loadAll: () => stored.loadAll(),
    tabInfo: async (tabId) => {
      const tab = await tabs.get(tabId);
      return { title: tab.title, url: tab.url };
    },
  }).catch((e) => {
    reportError('message', e);
    return undefined;
  }),
);
