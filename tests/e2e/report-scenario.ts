import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { api, eventually, openRow, rowsOf, tabIdOf, textOf, type PageLike } from './driver';
import type { captureSuite } from './capture-scenario';
import { copied } from './attack-scenario';
import { chooseLanguage } from './reference-scenario';

/**
 * "Copy as bug report" on the main fixture's 409 (POST /api/users, sent with a bearer token): what
 * lands on the clipboard says what failed and what the server said, carries the cURL, and never the
 * token. Chromium reads the real clipboard; Firefox captures what the button hands to the clipboard.
 */
export function reportSuite(ctx: ReturnType<typeof captureSuite>, readClipboard?: () => Promise<string>): void {
  const SECRET = 'fixture-409-SECRET-token';

  async function copyReport(popup: PageLike, testId: 'copy-report-md' | 'copy-report-text'): Promise<string> {
    if (!readClipboard) return copied(popup, testId);
    await popup.click(`[data-testid="${testId}"]`);
    await eventually(() => textOf(popup, `[data-testid="${testId}"]`), (t) => t === 'Copied', 'the button to say it copied');
    return readClipboard();
  }

  describe('bug report', () => {
    let tabId: number;

    // A tab of its own (its own URL, so tabIdOf finds it): the main tab's log is cleared by an earlier scenario.
    beforeAll(async () => {
      const url = `${ctx.server().url}/fixture/main?report`;
      await ctx.driver().openTab(url);
      tabId = await tabIdOf(ctx.driver(), ctx.ext(), url);
    });
    afterAll(() => api(ctx.ext(), ctx.driver().apiName, 'tabs.remove', tabId));

    test('the 409 copies as a Markdown and a plain-text bug report, token masked', async () => {
      const popup = await ctx.driver().openPopup(tabId);
      await chooseLanguage(popup, 'en');
      await eventually(() => rowsOf(popup), (r) => r.length === 6, 'rows');
      await openRow(popup, '/api/users');
      await popup.waitForSelector('[data-testid="server-message"]');
      expect(await textOf(popup, '[data-testid="copy-report-md"]')).toBe('Copy as bug report (Markdown)');
      const base = ctx.server().url;

      const markdown = await copyReport(popup, 'copy-report-md');
      expect(markdown.split('\n')[0]).toBe(`**409 Conflict** — POST \`${base}/api/users\``);
      expect(markdown).toMatch(/^- \*\*When:\*\* \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/m);
      expect(markdown).toContain('- **Server said:** ');
      expect(markdown).toContain('Username already taken');
      expect(markdown).toContain('- **Trace id:** `4bf92f3577b34da6a3ce929d0e0e4736`');
      expect(markdown).toMatch(/^- \*\*Likely cause:\*\* .*john\\?_doe/m);
      expect(markdown).toMatch(/\*\*Response headers\*\*\n```http\n(.+\n)*content-type: application\/problem\+json\n/i);
      expect(markdown).toMatch(/\*\*Request headers set by the page\*\*\n```http\n(.+\n)*authorization: Bearer \*\*\*\n/i);
      expect(markdown).toMatch(/\*\*Response body\*\*\n```\n\{.*"Username already taken"/);
      expect(markdown).toContain(`\`\`\`sh\ncurl '${base}/api/users'`);
      expect(markdown).toContain(`--data-raw '{"username":"john_doe"}'`);
      expect(markdown).toMatch(/-H 'Authorization: <your Authorization>'/);
      expect(markdown).not.toContain(SECRET);

      const text = await copyReport(popup, 'copy-report-text');
      expect(text.split('\n')[0]).toBe(`409 Conflict — POST ${base}/api/users`);
      expect(text).toContain('Trace id: 4bf92f3577b34da6a3ce929d0e0e4736');
      expect(text).toContain(`\n    curl '${base}/api/users'`);
      expect(text).not.toMatch(/```|\*\*\w/);
      expect(text).not.toContain(SECRET);
      await popup.close();
    });
  });
}
