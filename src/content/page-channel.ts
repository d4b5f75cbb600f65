/**
 * The hop from the page's MAIN world to the ISOLATED relay: a CustomEvent on window whose detail
 * is a JSON string (strings cross the world boundary unchanged in both browsers). Anything on the
 * page can fire this event too, so the relay and the background treat it as untrusted.
 */
export const PAGE_EVENT_NAME = 'statuslens:page-event';
