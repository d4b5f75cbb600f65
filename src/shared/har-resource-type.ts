/**
 * A request's type in a HAR file. Chrome's DevTools read and write `_resourceType` in their own
 * names ("fetch", "xhr", "document"), not webRequest's ("xmlhttprequest", "main_frame"): a name it
 * does not know makes its Network panel guess from the MIME type, so an imported JSON call shows
 * as "script". StatusLens writes DevTools' name there and its own exact type under `_statuslens`.
 */
const TO_DEVTOOLS: Readonly<Record<string, string>> = {
  xmlhttprequest: 'xhr',
  fetch: 'fetch',
  main_frame: 'document',
  sub_frame: 'document',
  stylesheet: 'stylesheet',
  script: 'script',
  image: 'image',
  imageset: 'image',
  font: 'font',
  media: 'media',
  websocket: 'websocket',
  ping: 'ping',
  beacon: 'ping',
  csp_report: 'csp-violation-report',
  web_manifest: 'manifest',
};

const FROM_DEVTOOLS: Readonly<Record<string, string>> = {
  xhr: 'xmlhttprequest',
  fetch: 'fetch',
  document: 'main_frame',
  stylesheet: 'stylesheet',
  script: 'script',
  image: 'image',
  font: 'font',
  media: 'media',
  websocket: 'websocket',
  ping: 'ping',
  'csp-violation-report': 'csp_report',
  manifest: 'web_manifest',
};

const own = (table: Readonly<Record<string, string>>, key: string) => (Object.hasOwn(table, key) ? table[key] : undefined);

/** webRequest's type (or the page's "fetch") → the name DevTools' HAR importer knows. */
export const devtoolsTypeOf = (type: string): string => own(TO_DEVTOOLS, type) ?? 'other';

/** A HAR's types → webRequest's: StatusLens's own record when it has the shape of one, else DevTools' name. */
export function webRequestTypeOf(statuslensType: string | undefined, devtoolsType: string | undefined): string {
  if (statuslensType && /^[a-z_]{1,32}$/.test(statuslensType)) return statuslensType;
  return (devtoolsType && own(FROM_DEVTOOLS, devtoolsType.toLowerCase())) || 'other';
}
