/**
 * ISOLATED world, document_start, every frame of a watched site: forwards the page hook's events
 * (page-channel.ts) to the background, and tells the hook the settings it follows (relay-config.ts);
 * reports a failed document as the browser rendered it (Chrome's webRequest cannot read document
 * bodies, and light capture has no webRequest at all); and reports the failing statuses in the
 * frame's resource timing. The background decides what to trust.
 */
import { sendMessage } from '../platform/content-runtime';
import { LIMITS } from '../shared/limits';
import { capText } from '../shared/body';
import { isFlaggedStatus } from '../shared/classify';
import type { RenderedDocumentEvent, ResourceStatusEvent } from '../shared/protocol';
import { RESOURCE_EVENTS_PER_MESSAGE } from '../shared/validate-resource-status';
import { joinHookChannel } from './relay-channel';
import { tellHookSettings } from './relay-config';

let contextGone = false;
let queue: string[] = [];
let queuedChars = 0;
let timer: ReturnType<typeof setTimeout> | undefined;

/** Sends what is queued as one message: a page making hundreds of failing calls costs a few messages. */
function flush(): void {
  if (timer !== undefined) clearTimeout(timer);
  timer = undefined;
  if (!queue.length || contextGone) return;
  const events = queue;
  queue = [];
  queuedChars = 0;
  sendMessage<'pageEvents'>({ type: 'pageEvents', events }).catch(noteGone);
}

/** After an extension update the old content script lives on without a background: stop quietly. */
function noteGone(error: unknown): void {
  if (String((error as Error)?.message ?? error).includes('context invalidated')) contextGone = true;
}

/** Queues one report of the page hook, passed on as text: the background parses and checks it. */
function forward(json: string): void {
  if (contextGone || json.length > LIMITS.pageMessageChars) return;
  if (queue.length >= LIMITS.pageEventsPerMessage || queuedChars + json.length > LIMITS.pageMessageChars / 2) flush();
  queue.push(json);
  queuedChars += json.length;
  timer ??= setTimeout(flush, 100);
}

// Leaving the page must not lose the last failures.
window.addEventListener('pagehide', flush);

tellHookSettings(joinHookChannel(document, forward));

function reportRenderedDocument(): void {
  const nav = performance.getEntriesByType('navigation')[0] as (PerformanceNavigationTiming & { responseStatus?: number }) | undefined;
  const status = nav?.responseStatus;
  if (!status || !isFlaggedStatus(status)) return;
  const mimeType = document.contentType || undefined;
  const html = mimeType === 'text/html' || mimeType === 'application/xhtml+xml';
  // For HTML, the markup itself (shown as text); for JSON or text, what the browser displays.
  const raw = html ? document.documentElement.outerHTML : (document.body?.innerText ?? document.documentElement.textContent ?? '');
  const { text, truncated } = capText(raw, LIMITS.bodyBytes);
  const event: RenderedDocumentEvent = {
    kind: 'document',
    url: location.href.split('#')[0]!, // webRequest reports URLs without the fragment
    status,
    body: { source: 'rendered-document', binary: false, text, mimeType, keptSize: text.length, fullSize: raw.length, truncated },
  };
  // Its own message, not the page's event channel: a page script cannot send one of these.
  if (!contextGone) sendMessage<'renderedDocument'>({ type: 'renderedDocument', event }).catch(noteGone);
}

let resources: ResourceStatusEvent[] = [];
let resourceTimer: ReturnType<typeof setTimeout> | undefined;

function flushResources(): void {
  if (resourceTimer !== undefined) clearTimeout(resourceTimer);
  resourceTimer = undefined;
  if (!resources.length || contextGone) return;
  const events = resources;
  resources = [];
  sendMessage<'resourceStatuses'>({ type: 'resourceStatuses', events }).catch(noteGone);
}

/**
 * The statuses of what the frame loaded, from its resource timing: a successful load costs one
 * property read here, in our own world, and nothing in the page's. fetch and XHR are left to the
 * page hook, which reports them with their bodies, and frames to their own relay. Cross-origin loads report status 0 unless the
 * server sends Timing-Allow-Origin (Resource Timing §4.4, "responseStatus"), so they are not seen.
 */
/** fetch and XHR come from the page hook with their bodies; a frame's document from its own relay. */
const REPORTED_ELSEWHERE = new Set(['fetch', 'xmlhttprequest', 'iframe', 'frame']);

function watchResources(): void {
  if (typeof PerformanceObserver !== 'function') return;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceResourceTiming & { responseStatus?: number })[]) {
      const status = entry.responseStatus;
      if (!status || !isFlaggedStatus(status) || REPORTED_ELSEWHERE.has(entry.initiatorType)) continue;
      if (resources.length >= RESOURCE_EVENTS_PER_MESSAGE) flushResources();
      resources.push({ kind: 'resource', url: entry.name.slice(0, LIMITS.urlChars), initiatorType: entry.initiatorType, status, durationMs: Math.round(entry.duration) });
      resourceTimer ??= setTimeout(flushResources, 100);
    }
  });
  try {
    observer.observe({ type: 'resource', buffered: true });
  } catch {
    // A browser without resource timing for this frame: nothing to watch.
  }
}

window.addEventListener('pagehide', flushResources);

if (location.protocol === 'http:' || location.protocol === 'https:') {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', reportRenderedDocument, { once: true });
  else reportRenderedDocument();
  watchResources();
}
