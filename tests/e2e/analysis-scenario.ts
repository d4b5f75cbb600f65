import { describe, expect, test } from 'vitest';
import { allTextOf, eventually, openRow, rowsOf, textOf } from './driver';
import type { captureSuite } from './capture-scenario';
import { chooseLanguage } from './reference-scenario';

/** The analysis in the popup: what the server said above the body, suggestions with evidence, copy buttons. */
export function analysisSuite(ctx: ReturnType<typeof captureSuite>, readClipboard?: () => Promise<string>): void {
  describe('analysis', () => {
    test('the 409 detail says what the server said and what to do next', async () => {
      const d = ctx.driver();
      const popup = await d.openPopup(ctx.tabs().main);
      await chooseLanguage(popup, 'en');
      await eventually(() => rowsOf(popup), (r) => r.length === 6, 'rows');
      await openRow(popup, '/api/users');
      const said = await eventually(() => textOf(popup, '[data-testid="server-message"]'), (t) => t.length > 0, 'the server message');
      expect(said).toContain('Username already taken');
      expect(await textOf(popup, '[data-testid="server-fields"]')).toMatch(/username\s+must be unique\s+john_doe/);
      // Above the body, as the issue asks.
      const order = await popup.evaluate(() => {
        const said = document.querySelector('[data-testid="server-said"]')!;
        const body = document.querySelector('[data-testid="body-text"]')!;
        return Boolean(said.compareDocumentPosition(body) & Node.DOCUMENT_POSITION_FOLLOWING);
      }, undefined);
      expect(order).toBe(true);
      const suggestions = await allTextOf(popup, '[data-testid="suggestion"]');
      expect(suggestions.length).toBeGreaterThan(0);
      expect(suggestions.join('\n')).toContain('john_doe');

      await popup.click('[data-testid="copy-curl"]');
      const label = await eventually(() => textOf(popup, '[data-testid="copy-curl"]'), (t) => t !== 'Copy failing request as cURL', 'the copy button to answer');
      expect(label).toBe('Copied');
      if (readClipboard) {
        const copied = await readClipboard();
        expect(copied).toMatch(/^curl /);
        expect(copied).toContain('/api/users');
        expect(copied).toContain(`--data-raw '{"username":"john_doe"}'`); // the request body the browser reported
      }
      await popup.close();
    });
  });
}
