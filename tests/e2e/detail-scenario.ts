import { beforeAll, describe, expect, test } from 'vitest';
import { allTextOf, eventually, openRow, openSection, rowsOf, tabIdOf, textOf, type PageLike } from './driver';
import { closedPort, type captureSuite } from './capture-scenario';
import { copied } from './attack-scenario';
import { chooseLanguage } from './reference-scenario';

/**
 * The detail view as a user meets it in the toolbar popup's size: the fix on the first screen, a
 * fixed request that agrees with itself, and a refused connection explained. The popup page is
 * set to 420×600 (the size users reported) and 780×600 (the popup's own width).
 */
export function detailSuite(ctx: ReturnType<typeof captureSuite>, readClipboard?: () => Promise<string>): void {
  describe('detail', () => {
    let tabId: number;
    let port: number;

    beforeAll(async () => {
      const d = ctx.driver();
      port = await closedPort();
      const url = `${ctx.server().url}/fixture/detail?refused=${port}`;
      await d.openTab(url);
      tabId = await tabIdOf(d, ctx.ext(), url);
    });

    async function popupAt(width: number, height: number): Promise<PageLike> {
      const popup = await ctx.driver().openPopup(tabId);
      await popup.resize(width, height);
      await chooseLanguage(popup, 'en');
      await eventually(() => rowsOf(popup), (r) => r.length === 2, 'the conflict and the refused call');
      return popup;
    }

    /** Where the top suggestion's "Copy fixed request as cURL" is, in the viewport, without scrolling. */
    const fixButtonBox = (popup: PageLike) =>
      popup.evaluate(() => {
        const button = document.querySelector('[data-testid="suggestion"] [data-testid="copy-fixed-curl"]');
        const box = button?.getBoundingClientRect();
        return { found: Boolean(button), top: box?.top ?? -1, bottom: box?.bottom ?? Infinity, width: innerWidth, height: innerHeight, scrolled: document.scrollingElement?.scrollTop ?? 0 };
      }, undefined);

    test.each([
      [420, 600],
      [780, 600],
    ])('409 at %i×%i: the fix is on the first screen', async (width, height) => {
      const popup = await popupAt(width, height);
      await openRow(popup, '/api/documents/7');
      await popup.waitForSelector('[data-testid="copy-fixed-curl"]');
      const box = await fixButtonBox(popup);
      expect(box).toMatchObject({ found: true, width, height, scrolled: 0 });
      expect(box.top).toBeGreaterThan(0);
      expect(box.bottom).toBeLessThanOrEqual(600);
      await popup.close();
    });

    test('409: the fixed cURL carries the new If-Match and the new version in its body', async () => {
      const popup = await popupAt(420, 600);
      await openRow(popup, '/api/documents/7');
      expect(await textOf(popup, '[data-testid="detail-title"]')).toBe('409 Conflict PUT');
      expect(await textOf(popup, '[data-testid="server-message"]')).toBe('Document 7 was modified by another user (version 12, you sent 11).');
      expect(await textOf(popup, '[data-testid="suggestion"] [data-testid="fix"]')).toMatch(/^Merge your changes into the current resource first/);
      let curl: string;
      if (readClipboard) {
        // The real clipboard (Chromium grants the extension page clipboard-read in these tests).
        await popup.click('[data-testid="suggestion"] [data-testid="copy-fixed-curl"]');
        await eventually(() => textOf(popup, '[data-testid="copy-fixed-curl"]'), (t) => t === 'Copied', 'the button to say it copied');
        curl = await readClipboard();
      } else {
        curl = await copied(popup, 'copy-fixed-curl'); // what the button handed to navigator.clipboard
      }
      expect(curl).toMatch(/^curl '[^']+\/api\/documents\/7'/);
      expect(curl).toContain(`-X 'PUT'`);
      expect(curl).toContain(`-H 'If-Match: "doc-7-v12"'`);
      expect(curl).toContain(`--data-raw '{"title":"Q4 plan","version":12}'`);
      expect(curl).not.toContain('doc-7-v11');
      expect(curl).not.toContain('"version":11');
      // The request as it failed is still there to copy, said to be the failing one.
      expect(await textOf(popup, '[data-testid="copy-curl"]')).toBe('Copy failing request as cURL');
      await popup.close();
    });

    test('a section keeps its state from one popup to the next', async () => {
      const isOpen = (popup: PageLike) => popup.evaluate(() => (document.querySelector('details[data-section="request-headers"]') as HTMLDetailsElement).open, undefined);
      const toggle = (popup: PageLike) => popup.click('details[data-section="request-headers"] > summary');
      const first = await popupAt(420, 600);
      await openRow(first, '/api/documents/7');
      const before = await isOpen(first); // earlier scenarios may have opened it
      await toggle(first);
      await eventually(() => isOpen(first), (open) => open !== before, 'the section to toggle');
      await first.close();
      const next = await popupAt(420, 600);
      await openRow(next, '/api/documents/7');
      expect(await isOpen(next)).toBe(!before);
      await toggle(next); // as it was, for the scenarios after this one
      await eventually(() => isOpen(next), (open) => open === before, 'the section to toggle back');
      await next.close();
    });

    test('a refused connection asks whether the dev server runs on that port, and explains the error', async () => {
      const popup = await popupAt(420, 600);
      await openRow(popup, '/nothing');
      const title = await eventually(() => textOf(popup, '[data-testid="suggestion"] .suggestion-title'), (t) => t.length > 0, 'the top suggestion');
      expect(title).toBe(`Is your dev server running on :${port}?`);
      expect(await textOf(popup, '[data-testid="detail-title"]')).toBe('Connection refused GET');
      const text = await textOf(popup, '[data-testid="entry-detail"]');
      expect(text.split('No response reached the page.').length - 1).toBe(1);
      expect(text).not.toMatch(/no entry|No body was captured/);
      // The reference entry, on demand.
      expect(await textOf(popup, 'details[data-section="reference"] > summary')).toBe('About this error: Connection refused');
      await openSection(popup, 'reference');
      await popup.waitForSelector('[data-testid="network-error-entry"][data-error="connection-refused"]');
      expect(await textOf(popup, '[data-testid="network-error-names"]')).toMatch(ctx.driver().name === 'chromium' ? /net::ERR_CONNECTION_REFUSED/ : /NS_ERROR_CONNECTION_REFUSED/);
      expect((await allTextOf(popup, '[data-testid="network-error-entry"] [data-testid="reference-summary"]'))[0]).not.toBe('');
      await popup.close();
    });
  });
}
