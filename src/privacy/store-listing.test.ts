import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PERMISSIONS, STORE_LIMITS, STORE_LOCALES, type Listing, type StoreLocale } from '../../store/listing';
import { charCount, listingMarkdown } from '../../store/listing-markdown';
import { en } from '../../store/en/listing';
import { zhCN } from '../../store/zh_CN/listing';

/** The store listings (store/): every field within the store's limit, every permission explained. */
const ROOT = resolve(import.meta.dirname, '../..');
const LISTINGS: Record<StoreLocale, Listing> = { en, zh_CN: zhCN };
const read = (path: string) => readFileSync(resolve(ROOT, path), 'utf8');
const manifest = JSON.parse(read('manifest.json')) as Record<string, unknown>;
const strings = (value: unknown) => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/** What the Chrome manifest asks for, as written in manifest.json. */
const chromeAsks = [...strings(manifest.permissions), ...strings(manifest.optional_permissions), ...strings(manifest.host_permissions)];

/** What the Firefox build adds (vite.config.ts, manifestFor): the quoted names in its permission lists. */
function firefoxExtras(): string[] {
  const config = read('vite.config.ts');
  const lists = [...config.matchAll(/(?:optional_|host_)?permissions:\s*\[([^\]]*)\]/g)].map((m) => m[1]!);
  return lists.flatMap((list) => [...list.matchAll(/'([^']+)'/g)].map((m) => m[1]!)).filter((name) => !chromeAsks.includes(name));
}

/** Manifest keys a reviewer must have explained though they are not permissions. */
const explainedKeys = ['devtools_page'].filter((key) => key in manifest);
const manifestHas = (name: string) => chromeAsks.includes(name) || firefoxExtras().includes(name) || explainedKeys.includes(name);

describe.each(STORE_LOCALES)('the %s store listing', (locale) => {
  const listing = LISTINGS[locale];
  const messages = JSON.parse(read(`public/_locales/${locale}/messages.json`)) as Record<string, { message: string }>;

  test('is pasted from store/<locale>/listing.md, drawn from its source', async () => {
    await expect(listingMarkdown(locale, listing, manifestHas)).toMatchFileSnapshot(resolve(ROOT, `store/${locale}/listing.md`));
  });

  test('every field fits the stores’ limits', () => {
    expect(charCount(listing.name)).toBeLessThanOrEqual(STORE_LIMITS.shownName.max);
    expect(charCount(listing.name)).toBeLessThanOrEqual(STORE_LIMITS.amoName.max);
    expect(charCount(listing.chromeSummary)).toBeLessThanOrEqual(STORE_LIMITS.chromeSummary.max);
    expect(charCount(listing.amoSummary)).toBeLessThanOrEqual(STORE_LIMITS.amoSummary.max);
    expect(charCount(listing.description)).toBeLessThanOrEqual(STORE_LIMITS.description.max);
    for (const field of [listing.name, listing.chromeSummary, listing.amoSummary, listing.description, listing.singlePurpose]) expect(field.trim()).not.toBe('');
    // The copy blocks of listing.md are fenced with ```: a field must not close one.
    expect(JSON.stringify(listing)).not.toContain('```');
  });

  test('the name and Chrome’s summary are the manifest’s, which is where Chrome takes them from', () => {
    expect(listing.name).toBe(messages.extName?.message);
    expect(listing.chromeSummary).toBe(messages.extDescription?.message);
  });

  test('every permission the Chrome and Firefox manifests ask for is justified, and only those', () => {
    const asked = [...chromeAsks, ...firefoxExtras(), ...explainedKeys];
    expect(firefoxExtras().length).toBeGreaterThan(0); // the scan of vite.config.ts still finds the Firefox list
    const justified = PERMISSIONS.filter((p) => manifestHas(p.name));
    expect(justified.map((p) => p.name).sort()).toEqual([...new Set(asked)].sort());
    for (const p of justified) {
      expect(p.browsers, p.name).toBe(firefoxExtras().includes(p.name) ? 'Firefox' : 'Chrome and Firefox');
      expect(p.kind, p.name).toBe(
        strings(manifest.host_permissions).includes(p.name) ? 'host permission'
          : strings(manifest.permissions).includes(p.name) ? 'permission'
            : explainedKeys.includes(p.name) ? 'manifest key' : 'optional permission',
      );
      expect(charCount(listing.justifications[p.name]), p.name).toBeGreaterThan(40);
    }
    // What is not asked for yet (a key another change adds) is left out of the file, not explained in vain.
    for (const p of PERMISSIONS) if (!manifestHas(p.name)) expect(p.name).toBe('devtools_page');
  });

  test('the categories are the stores’ developer ones, and every caption is written', () => {
    expect(listing.category.chrome).toContain('Developer Tools');
    expect(listing.category.amo).toContain('Web Development');
    for (const caption of Object.values(listing.screenshots)) expect(caption.trim()).not.toBe('');
  });
});

test('both languages answer the same data-use questions', () => {
  expect(zhCN.dataUse).toHaveLength(en.dataUse.length);
});

test('Firefox is told the add-on collects no data, as the listing says', () => {
  expect(read('vite.config.ts')).toMatch(/data_collection_permissions:\s*\{\s*required:\s*\['none'\]\s*\}/);
});
