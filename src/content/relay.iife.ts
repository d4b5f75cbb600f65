/**
 * ISOLATED world, document_start, every frame: forwards the page hook's events (page-channel.ts) to the
 * background, and on Chrome reports a failed document as the browser rendered it (Chrome's
 * webRequest cannot read document bodies). The background decides what to trust.
 */
import { sendMessage } from '../platform/content-runtime';
import { LIMITS } from '../shared/limits';
import { capText } from '../shared/body';
import { isFlaggedStatus } from '../shared/classify';
import type { RenderedDocumentEvent } from '../shared/protocol';
import { joinHookChannel } from './relay-channel';

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

joinHookChannel(document, forward);

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

if (__TARGET_BROWSER__ === 'chrome' && (location.protocol === 'http:' || location.protocol === 'https:')) {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', reportRenderedDocument, { once: true });
  else reportRenderedDocument();
}
