/**
 * The webRequest resource types whose response body a page can report: what the page hook reads
 * from the page's own fetch() and XMLHttpRequest ('xmlhttprequest' in both browsers; 'fetch' and
 * 'other' accepted as well, as the background's body joining has always done) and the documents
 * whose rendered text the content script reports ('main_frame', 'sub_frame'). Chrome gives
 * extensions no other response body (it has no webRequest.filterResponseData), so for every other
 * type the detail view says why the body is missing.
 * https://developer.chrome.com/docs/extensions/reference/api/webRequest#type-ResourceType
 */
export const PAGE_BODY_TYPES: ReadonlySet<string> = new Set(['xmlhttprequest', 'fetch', 'other', 'main_frame', 'sub_frame']);

/** Can the page (or its document) report the body of a request of this type? */
export function pageCanReportBody(type: string): boolean {
  return PAGE_BODY_TYPES.has(type);
}
