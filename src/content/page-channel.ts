/**
 * The hop from the page hook (MAIN world) to the relay (ISOLATED world), out of the page's sight.
 *
 * Both content scripts run at document_start, before any script of the document, in an order the
 * browsers do not promise. The hook makes a detached node (never inserted, so no page script can
 * find it or hear events on it) and hands it over as a MouseEvent's relatedTarget: DOM nodes cross
 * the world boundary in Chromium and Firefox, a CustomEvent's object detail may not.
 *
 *   hook:  listens for the relay's ask, then offers the node
 *   relay: listens for the offer, then asks once
 *   whichever runs second completes it; the relay keeps the first node only, stops listening and
 *   fires `joined` on the node; the hook then stops listening too.
 *
 * The offer and the ask are `load` events dispatched on the document: an event of that type never
 * propagates from a document to its window (DOM §4.5 "get the parent" of a Document). Window is
 * the one object a same-origin parent holds before the content scripts run in its frame, and keeps
 * holding when the frame's initial about:blank document gives way to the next one (HTML reuses
 * the Window object): its listeners there would hear a handshake on window, and do not hear this.
 *
 * From then on every report is a `report` event on the node whose detail is a JSON string (strings
 * cross worlds unchanged); the other way, the relay tells the hook the settings it follows with a
 * `config` event on the node, when it has read them and whenever they change. Nothing is left listening, nothing is dispatched on window or document
 * after the handshake, and without a relay the hook drops its reports.
 *
 * What a page could still do: the handshake is private only because no script of the page can
 * reach the document yet. A frame's initial about:blank document is reachable from its parent as
 * soon as the frame exists (demo/pages/fixture-hook.html, probe 7): if the content scripts ran there
 * later than that, the parent could hear the offer or offer a node of its own first, and so read or
 * forge that frame's reports, which it could also make itself. The background trusts page reports
 * no more than before (tests/e2e/attack-scenario.ts).
 */
export const PAGE_CHANNEL = {
  /** The type of the offer (a MouseEvent carrying the node) and of the ask (a plain Event): see above. */
  rendezvous: 'load',
  /** On the node: the relay has it. */
  joined: 'statuslens:joined',
  /** On the node: one report. */
  report: 'statuslens:report',
  /** On the node, from the relay: the settings the hook follows, as JSON text (see hook-config.ts). */
  config: 'statuslens:config',
} as const;
