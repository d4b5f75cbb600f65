/**
 * The store listings (Chrome Web Store and addons.mozilla.org), in English and Chinese: the text a
 * human pastes into each dashboard field. store/<locale>/listing.md is drawn from this file with
 * each field's length against the store's limit (src/privacy/store-listing.test.ts keeps the files
 * equal to it, checks every limit, and checks that every permission the manifests ask for has a
 * justification in both languages). Edit here, then `npx vitest run src/privacy -u`.
 */
export type StoreLocale = 'en' | 'zh_CN';
export const STORE_LOCALES: readonly StoreLocale[] = ['en', 'zh_CN'];

/**
 * The stores' limits, in characters, and where each was read. A limit no stored page confirmed is
 * marked so: check it in the dashboard, which refuses a field that is too long.
 */
export const STORE_LIMITS = {
  chromeName: { max: 75, source: 'MDN, manifest.json/name: “the Chrome Web Store accepts a maximum of 75 characters”' },
  amoName: { max: 50, source: 'MDN, manifest.json/name: “addons.mozilla.org accepts a maximum of 50 characters”' },
  shownName: { max: 45, source: 'MDN, manifest.json/name: “the Microsoft Edge Addons store accepts a maximum of 45 characters”, the strictest of the three' },
  chromeSummary: { max: 132, source: 'developer.chrome.com, Manifest – description: “no more than 132 characters”; the dashboard takes the summary from the manifest' },
  amoSummary: { max: 250, source: 'AMO’s submission form (not confirmed by a stored page: check in the form)' },
  description: { max: 16_000, source: 'the Chrome Web Store dashboard (not confirmed by a stored page: check in the dashboard)' },
} as const;

/** The store images' sizes, in pixels. */
export const IMAGE_SIZES = { screenshot: { width: 1280, height: 800 }, promoTile: { width: 440, height: 280 } } as const;
export const IMAGE_SIZES_SOURCE = 'developer.chrome.com/docs/webstore/images: screenshots 1280×800 (or 640×400), small promo tile 440×280';

/** The screenshots, under store/screenshots/<locale>/, in the listing's order (scripts/store-shots.mjs takes them). */
export const SCREENSHOTS = ['1-popup.png', '2-detail-409.png', '3-pop-out.png', '4-settings.png'] as const;
export type ScreenshotFile = (typeof SCREENSHOTS)[number];

/**
 * What the manifests ask for that a reviewer must see explained, as Chrome's "Privacy practices"
 * tab asks, one justification each: `name` is the manifest's string, `kind` says where the manifest
 * asks for it, `browsers` which builds do.
 */
export const PERMISSIONS = [
  { name: 'storage', kind: 'permission', browsers: 'Chrome and Firefox' },
  { name: 'scripting', kind: 'permission', browsers: 'Chrome and Firefox' },
  { name: 'webNavigation', kind: 'permission', browsers: 'Chrome and Firefox' },
  { name: '<all_urls>', kind: 'host permission', browsers: 'Chrome and Firefox' },
  { name: 'webRequest', kind: 'optional permission', browsers: 'Chrome and Firefox' },
  { name: 'webRequestBlocking', kind: 'optional permission', browsers: 'Firefox' },
  { name: 'webRequestFilterResponse', kind: 'optional permission', browsers: 'Firefox' },
  { name: 'devtools_page', kind: 'manifest key', browsers: 'Chrome and Firefox' },
] as const satisfies readonly { name: string; kind: 'permission' | 'optional permission' | 'host permission' | 'manifest key'; browsers: 'Chrome and Firefox' | 'Firefox' }[];
export type Permission = (typeof PERMISSIONS)[number];
export type PermissionName = Permission['name'];

export interface Listing {
  name: string;
  /** Chrome: the manifest's description (public/_locales/<locale>/messages.json extDescription). */
  chromeSummary: string;
  amoSummary: string;
  description: string;
  category: { chrome: string; amo: string };
  singlePurpose: string;
  /** Each permission's justification, in this language. */
  justifications: Record<PermissionName, string>;
  /** The "Data usage" answers, as the dashboard's questions read. */
  dataUse: { question: string; answer: string }[];
  /** Each screenshot's caption. */
  screenshots: Record<ScreenshotFile, string>;
  promoTile: string;
}
