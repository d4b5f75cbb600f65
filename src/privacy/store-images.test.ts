import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { IMAGE_SIZES, SCREENSHOTS, STORE_LOCALES } from '../../store/listing';

/** The store images (npm run store:shots): PNGs at exactly the stores' sizes, one set per language. */
const STORE = resolve(import.meta.dirname, '../../store');
const PNG_SIGNATURE = '89504e470d0a1a0a';

/** A PNG's size from its header: the IHDR chunk comes first, width and height big-endian at 16 and 20. */
function pngSizeOf(bytes: Buffer): { width: number; height: number } | undefined {
  if (bytes.subarray(0, 8).toString('hex') !== PNG_SIGNATURE || bytes.subarray(12, 16).toString('ascii') !== 'IHDR') return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
const pngSize = (path: string) => pngSizeOf(readFileSync(path));

describe('store images', () => {
  test.each(STORE_LOCALES)('the %s screenshots are the listing’s four, each 1280×800', (locale) => {
    const dir = resolve(STORE, 'screenshots', locale);
    expect(readdirSync(dir).filter((f) => f.endsWith('.png')).sort()).toEqual([...SCREENSHOTS].sort());
    for (const file of SCREENSHOTS) {
      expect(pngSize(resolve(dir, file)), file).toEqual(IMAGE_SIZES.screenshot);
      // A capture of a page that did not draw is a few hundred bytes of one colour.
      expect(readFileSync(resolve(dir, file)).length, file).toBeGreaterThan(20_000);
    }
  });

  test('the small promo tile is 440×280', () => {
    expect(pngSize(resolve(STORE, 'promo-440x280.png'))).toEqual(IMAGE_SIZES.promoTile);
  });

  test('the header reader reads what a PNG says, and refuses what is not one', () => {
    // A 2×3 PNG's signature and header chunk, written by hand.
    expect(pngSizeOf(Buffer.from('89504e470d0a1a0a0000000d49484452000000020000000308060000', 'hex'))).toEqual({ width: 2, height: 3 });
    expect(pngSizeOf(Buffer.from('ffd8ffe000104a46494600010100000100010000', 'hex'))).toBeUndefined(); // a JPEG
  });
});
