import { describe, expect, test } from 'vitest';
import { allTextOf, eventually, openRow, openSection, rowsOf, textOf, type PageLike } from './driver';
import type { captureSuite } from './capture-scenario';

async function search(popup: PageLike, query: string): Promise<string[]> {
  await popup.evaluate((q) => {
    const input = document.querySelector('[data-testid="reference-search"]') as HTMLInputElement;
    input.value = q;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, query);
  return eventually(
    () => popup.evaluate(() => [...document.querySelectorAll('[data-testid="reference-result"]')].map((b) => (b as HTMLElement).dataset.code ?? ''), undefined),
    (codes) => codes.length > 0,
    `results for ${query}`,
  );
}

export async function chooseLanguage(popup: PageLike, locale: 'en' | 'zh-CN'): Promise<void> {
  await popup.evaluate((l) => {
    const select = document.querySelector('[data-testid="language"]') as HTMLSelectElement;
    select.value = l;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  }, locale);
}

/** The reference browser, in both languages, and the way from a response to its related codes. */
export function referenceSuite(ctx: ReturnType<typeof captureSuite>): void {
  describe('reference', () => {
    test('search finds 409 by "conflict" in English and by "冲突" in Chinese', async () => {
      const d = ctx.driver();
      const popup = await d.openPopup(ctx.tabs().main);
      await popup.click('[data-testid="open-reference"]');
      await popup.waitForSelector('[data-testid="reference-search"]');
      await chooseLanguage(popup, 'en');
      const english = await search(popup, 'conflict');
      expect(english[0]).toBe('409');
      await popup.click('[data-testid="reference-result"][data-code="409"]');
      expect(await textOf(popup, '[data-testid="reference-entry"] h3')).toContain('409 Conflict');

      try {
        await chooseLanguage(popup, 'zh-CN');
        // The Chinese data has loaded when the index names 409 in Chinese.
        await search(popup, '');
        await eventually(() => textOf(popup, '[data-testid="reference-result"][data-code="409"]'), (t) => t.includes('冲突'), 'the Chinese reference');
        const chinese = await search(popup, '冲突');
        expect(chinese).toContain('409');
        await popup.click('[data-testid="reference-result"][data-code="409"]');
        const entry = await eventually(() => textOf(popup, '[data-testid="reference-entry"]'), (t) => t.includes('冲突'), 'the Chinese 409 entry');
        expect(entry).toContain('409');
      } finally {
        await chooseLanguage(popup, 'en'); // the choice is saved; leave English for the other tests
        await popup.close();
      }
    });

    test("a flagged response shows its explanation, and its related codes lead into the reference", async () => {
      const d = ctx.driver();
      const popup = await d.openPopup(ctx.tabs().main);
      await eventually(() => rowsOf(popup), (r) => r.length === 6, 'rows');
      await openRow(popup, '/api/users');
      await openSection(popup, 'reference');
      const summary = await eventually(() => textOf(popup, '[data-testid="entry-detail"] [data-testid="reference-summary"]'), (t) => t.length > 20, 'the 409 explanation');
      expect(summary.length).toBeGreaterThan(20);
      const related = await allTextOf(popup, '[data-testid="entry-detail"] [data-testid="related-code"]');
      expect(related.length).toBeGreaterThan(0);
      const first = related[0]!;
      await popup.click('[data-testid="entry-detail"] [data-testid="related-code"]');
      const opened = await eventually(() => popup.evaluate(() => (document.querySelector('.ref-detail [data-testid="reference-entry"]') as HTMLElement | null)?.dataset.code ?? '', undefined), (c) => c !== '', 'the related entry');
      expect(opened).toBe(first);
      await popup.close();
    });
  });
}
