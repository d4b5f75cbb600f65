/**
 * The webRequest resource types whose response body a page can report, in one place for the
 * background (which joins reports to responses) and the popup (which says why a body is missing).
 * The page hook reads the page's own fetch() and XMLHttpRequest ('xmlhttprequest' in both browsers;
 * 'fetch' and 'other' are accepted too); the relay reports documents as rendered ('main_frame',
 * 'sub_frame'). Chrome gives extensions no other response body (it has no
 * webRequest.filterResponseData), so for every other type the detail view says why it is missing.
 * https://developer.chrome.com/docs/extensions/reference/api/webRequest#type-ResourceType
 */
export const HOOK_BODY_TYPES: ReadonlySet<string> = new Set(['xmlhttprequest', 'fetch', 'other']);
export const DOCUMENT_TYPES: ReadonlySet<string> = new Set(['main_frame', 'sub_frame']);

/** Can the page (or its document) report the body of a request of this type? */
export function pageCanReportBody(type: string): boolean {
  return HOOK_BODY_TYPES.has(type) || DOCUMENT_TYPES.has(type);
}
