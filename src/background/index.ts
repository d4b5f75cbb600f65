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
  localStore,
  navigation,
  observeWebRequests,
  onMessage,
  openResponseFilter,
  pageScripts,
  permissions,
  runInTopFrame,
  sessionStore,
  syncStore,
  tabs,
  uiLanguage,
} from '../platform/browser';
import { FULL_CAPTURE_PERMISSIONS, GRANTED_THIS_SESSION_KEY, SETTINGS_KEY, readSettings, type Settings } from '../shared/settings';
import { SCRIPT_IDS, WatchController } from './watch';
import hookScript from '../content/page-hook.iife.ts?iife';
import relayScript from '../content/relay.iife.ts?iife';
import { StatusLensService } from './service';
import { handleMessage } from './messages';
import { LogPersistence } from './persistence';
import { clearStoredLogs } from './clear-all';
import { KeptLogs, browserSession } from './kept-logs';
import { StoredLogs } from './stored-logs';
import { maskEntry } from './mask-entry';
import { bodyHeaders, captureStream } from './stream-capture';
import { isFlaggedStatus } from '../shared/classify';
import { LIMITS } from '../shared/limits';
import { reportError, guard } from './errors';
import { unwatchedBadge, type BadgeState } from './badge';
import { siteOf } from '../shared/site-pattern';
import { pageFetch } from './retry';

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

const service: StatusLensService = new StatusLensService({
  watch: { level: (url) => watch.level(url), full: (url) => watch.full(url) },
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  // The badge counts the whole page: read what an earlier worker stored for it.
  tabSeen: (tabId) => void stored.load(tabId).catch((e) => reportError('restore', e)),
  setBadge: (tabId, state) => drawBadge(tabId, state),
  uiLanguage,
  persist: (ids, removed) => {
    // A tab's stored log is read before the tab is written, so nothing stored is overwritten.
    persisting = Promise.all(ids.map((id) => stored.load(id)))
      .then(() => {
        kept.changed(ids);
        return persistence.save(ids.map((id) => service.snapshot(id)), removed);
      })
      .catch((e) => reportError('persist', e));
  },
});
/** The last write to storage.session: "Clear all" waits for it before removing what it wrote. */
let persisting: Promise<void> = Promise.resolve();

let keepSession: Promise<string> | undefined;
/** Logs kept across browser restarts, when the settings ask (settings.capture.keepLogs). */
const kept = new KeptLogs({
  local: localStore,
  session: () => (keepSession ??= browserSession(sessionStore)),
  tabInfo: async (tabId) => {
    const tab = await tabs.get(tabId);
    return { title: tab.title, url: tab.url, incognito: tab.incognito };
  },
  snapshot: (tabId) => service.snapshot(tabId),
  // Secrets never reach storage: only the masked copy is written.
  prepare: (e) => maskEntry(e, 'stored'),
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  onError: reportError,
});

const clearStored = () =>
  clearStoredLogs({
    pendingWrite: () => persisting,
    stored,
    persistence,
    session: sessionStore,
    kept,
    openTabs: async () => (await tabs.query({})).flatMap((tab) => (tab.id === undefined ? [] : [tab.id])),
    redrawBadge: (tabId) => redrawBadge(tabId),
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

/** Each tab's URL, for its badge: an unwatched page says so (see unwatchedBadge). */
const tabUrls = new Map<number, string>();

function unwatchedBadgeOf(tabId: number): BadgeState | undefined {
  const url = tabUrls.get(tabId);
  if (url === undefined) return undefined;
  const level = watch.level(url);
  if (level === 'paused' || (level === 'off' && siteOf(url) !== undefined)) return unwatchedBadge(level === 'paused', service.settings.display.badge, service.badgeText());
  return undefined;
}

/** Draws a tab's badge: its log's, unless its page is not watched. */
function drawBadge(tabId: number, state: BadgeState): void {
  const shown = unwatchedBadgeOf(tabId) ?? state;
  badge.set(tabId, shown.text, shown.color, shown.title).catch(() => {
    // The tab closed before the badge was drawn: nothing to update.
  });
}

const redrawBadge = (tabId: number) => drawBadge(tabId, service.badgeState(tabId));

const r = service.recorder;
const watch = new WatchController(
  {
    registeredScripts: () => pageScripts.registered(),
    registerScripts: (scope) => pageScripts.register(pageScriptsFor(scope)),
    updateScripts: (scope) => pageScripts.update(pageScriptsFor(scope)),
    unregisterScripts: () => pageScripts.unregister([...SCRIPT_IDS]),
    hasWebRequest: () => permissions.contains({ permissions: FULL_CAPTURE_PERMISSIONS }),
    grantedThisSession: async () => !isFirefox && GRANTED_THIS_SESSION_KEY in (await sessionStore.get([GRANTED_THIS_SESSION_KEY])),
    listen: (urls) =>
      observeWebRequests(
        {
          onHeadersReceived: guard('onHeadersReceived', (d) => r.onHeadersReceived(d)),
          onErrorOccurred: guard('onErrorOccurred', (d) => r.onErrorOccurred(d)),
          // Firefox reads flagged bodies off the wire: documents, images and scripts included. Only
          // for responses just logged (onHeadersReceived ran first): not those the user does not flag.
          onResponseStream: guard('filterResponseData', (d) => {
            if (d.tabId < 0 || !isFlaggedStatus(d.statusCode) || !service.logs.get(d.requestId)) return;
            const { contentType, contentLength } = bodyHeaders(d.responseHeaders);
            captureStream(openResponseFilter(d.requestId), contentType, contentLength, (body) => service.attachNetworkBody(d.requestId, body));
          }),
        },
        urls,
      ),
  },
  reportError,
);

/** The hook in the page's own world and the relay beside it, in every frame, from the very start. */
function pageScriptsFor(scope: { matches: string[]; excludeMatches: string[] }) {
  const common = { ...scope, allFrames: true, matchOriginAsFallback: true, runAt: 'document_start' as const };
  return [
    { id: SCRIPT_IDS[0], js: [hookScript], world: 'MAIN' as const, ...common },
    { id: SCRIPT_IDS[1], js: [relayScript], world: 'ISOLATED' as const, ...common },
  ];
}

/**
 * After the user changed the settings: every tab's badge, from its whole log (read from storage
 * first), since a page may have become watched or unwatched. Not at a worker's start: the browser
 * kept the badges, and reading every stored log there would undo the lazy cold start.
 */
const redrawAll = () => {
  for (const tabId of tabUrls.keys()) stored.load(tabId).then(() => redrawBadge(tabId), (e) => reportError('restore', e));
};
/** Counts settings changes, so a read that began before one never applies what the change replaced. */
let settingsChanges = 0;
/** The whole settings, to the service (flags, rules, body cap, masking, badge style) and to what is watched. */
const useSettings = (settings: Settings) => {
  service.applySettings(settings);
  void kept.setEnabled(settings.capture.keepLogs); // off: what was kept is deleted
  return watch.apply(settings);
};
const applySettings = () => {
  const seen = settingsChanges;
  return syncStore
    .get([SETTINGS_KEY])
    .then((stored) => (seen === settingsChanges ? useSettings(readSettings(stored[SETTINGS_KEY])) : undefined))
    .catch((e) => reportError('settings', e));
};
void applySettings();
// A change made anywhere (the settings page, the popup, another device's sync) applies at once.
syncStore.onChanged((changes) => {
  if (!(SETTINGS_KEY in changes)) return;
  settingsChanges++;
  void useSettings(readSettings(changes[SETTINGS_KEY]?.newValue)).then(redrawAll);
});
// The open tabs' URLs, for their badges, once per worker start.
tabs.query({}).then((all) => {
  for (const tab of all) if (tab.id !== undefined && tab.url !== undefined && !tabUrls.has(tab.id)) tabUrls.set(tab.id, tab.url);
}, (e) => reportError('tabs', e));
permissions.onAdded(() => {
  // Chromium installs its webRequest proxy only when an extension loads: see watch.ts.
  const noted = isFirefox ? Promise.resolve() : sessionStore.set({ [GRANTED_THIS_SESSION_KEY]: Date.now() });
  noted.then(applySettings, (e) => reportError('permissions', e));
});
permissions.onRemoved(() => void applySettings());

// Navigation events cost one event per frame navigation, never per request, and wake a stopped
// worker before a watched page's requests arrive.
// Firefox starts a second navigation to the same URL to show what a failed one loaded (its error
// page for a refused connection; a 5xx document too, as seen in Firefox ESR 153): onBeforeNavigate
// fires again, a moment after the first. That one must not turn the failure it shows into a
// "previous page" entry.
const lastNavigation = new Map<string, { url: string; at: number }>();
navigation.onBeforeNavigate(guard('webNavigation.onBeforeNavigate', (d) => {
  const key = `${d.tabId}:${d.frameId}`;
  const last = lastNavigation.get(key);
  lastNavigation.set(key, { url: d.url, at: d.timeStamp });
  if (last && last.url === d.url && d.timeStamp - last.at < 2000) return;
  if (d.tabId < 0) return;
  if (d.frameId === 0) void kept.writeNow(d.tabId); // the page it leaves, as it stood
  service.navigated(d.tabId, d.frameId, d.timeStamp);
}));
navigation.onErrorOccurred(guard('webNavigation.onErrorOccurred', (d) => {
  void watch.ready.then(() => service.navigationError(d));
}));

tabs.onRemoved(
  guard('tabs.onRemoved', (tabId) => {
    tabUrls.delete(tabId);
    for (const key of lastNavigation.keys()) if (key.startsWith(`${tabId}:`)) lastNavigation.delete(key);
    stored.forget(tabId);
    void kept.closed(tabId); // a closed tab's log is kept (it is not the user clearing it)
    service.clear(tabId, true);
  }),
);
// Firefox resets a tab's badge when a new page commits in it (MDN: action.setBadgeText), so draw it again.
tabs.onLoadingChanged(
  guard('tabs.onUpdated', (tabId, url) => {
    if (url !== undefined) tabUrls.set(tabId, url);
    Promise.all([stored.load(tabId), watch.ready]).then(() => redrawBadge(tabId), (e) => reportError('restore', e));
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
    watchReady: () => watch.ready,
    watchState: (url) => watch.state(url),
    runInPage: (tabId, args) => runInTopFrame(tabId, pageFetch, args),
    tabInfo: async (tabId) => {
      const tab = await tabs.get(tabId);
      return { title: tab.title, url: tab.url };
    },
    keep: { earlier: () => kept.earlier(), get: (id) => kept.get(id), cleared: (tabId) => kept.cleared(tabId), clearStored },
  }).catch((e) => {
    reportError('message', e);
    return undefined;
  }),
);
