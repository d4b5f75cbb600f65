import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createServer, type Server } from 'node:http';
import { allTextOf, api, eventually, logOf, openRow, rowsOf, tabIdOf, textOf, type PageLike } from './driver';
import type { captureSuite } from './capture-scenario';
import { chooseLanguage } from './reference-scenario';

/**
 * "Retry in page": the 409's fixed request, confirmed and sent from the tab's own page, comes back
 * 200 and opens the compare view; the request went with the page's origin and cookie and never
 * through the page's own (tampering) fetch. And the background refuses a retry to another origin,
 * or from a page the user did not see, before anything is sent.
 */
export function retrySuite(ctx: ReturnType<typeof captureSuite>): void {
  describe('retry in page', () => {
    let tabId: number;
    let tab: PageLike;
    let pageUrl: string;
    let origin: string;
    /** Another origin that counts what reaches it: an attack must send it nothing. */
    let probe: Server;
    let probeUrl: string;
    let probeHits = 0;

    beforeAll(async () => {
      const d = ctx.driver();
      pageUrl = `${ctx.server().url}/fixture/retry`;
      origin = new URL(pageUrl).origin;
      tab = await d.openTab(pageUrl);
      tabId = await tabIdOf(d, ctx.ext(), pageUrl);
      probe = createServer((_req, res) => {
        probeHits++;
        res.writeHead(200, { 'content-type': 'text/plain' }).end('probe');
      });
      await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
      probeUrl = `http://localhost:${(probe.address() as { port: number }).port}`;
    });

    afterAll(async () => {
      await new Promise((r) => probe?.close(r));
    });

    const conflictId = async () => {
      const log = await eventually(() => logOf(ctx.driver(), ctx.ext(), tabId), (l) => l.some((e) => e.statusCode === 409 && !e.retryOf), 'the 409 in the log');
      return log.find((e) => e.statusCode === 409 && !e.retryOf)!.id;
    };

    test('the 409 fixed request, retried in the page, comes back 200 and the compare view shows what changed', async () => {
      const popup = await ctx.driver().openPopup(tabId);
      await chooseLanguage(popup, 'en');
      await eventually(() => rowsOf(popup), (r) => r.some((row) => row.status === '409'), 'the conflict row');
      await openRow(popup, '/api/documents/7');
      await popup.waitForSelector('[data-testid="suggestion"] [data-testid="retry-in-page"]');
      await popup.userClick('[data-testid="suggestion"] [data-testid="retry-in-page"]');
      await popup.waitForSelector('[data-testid="retry-confirm"]');

      // The confirm shows exactly what goes: the fixed request, nothing masked re-sent.
      const shown = await textOf(popup, '[data-testid="retry-confirm-text"]');
      expect(shown.split('\n')[0]).toBe(`PUT ${origin}/api/documents/7`);
      expect(shown).toContain('If-Match: "doc-7-v12"');
      expect(shown).toContain('Content-Type: application/json');
      expect(shown.endsWith('{"title":"Q4 plan","version":12}')).toBe(true);
      expect(shown).not.toContain('doc-7-v11');
      expect(await textOf(popup, '[data-testid="retry-confirm"]')).toContain(`It runs in the page at ${origin}`);

      await popup.userClick('[data-testid="retry-send"]');
      await popup.waitForSelector('[data-testid="compare-view"]', { timeout: 20_000 });
      expect(await textOf(popup, '[data-testid="compare-status-before"]')).toBe('409 Conflict');
      expect(await textOf(popup, '[data-testid="compare-status-after"]')).toBe('200 OK');

      const headers = await popup.evaluate(
        () =>
          [...document.querySelectorAll('[data-testid="compare-header"]')].map((row) => ({
            change: (row as HTMLElement).dataset.change,
            name: row.querySelector('th')?.textContent?.split(' ')[0]?.toLowerCase(),
            before: row.querySelector('td.before')?.textContent,
            after: row.querySelector('td.after')?.textContent,
          })),
        undefined,
      );
      expect(headers).toContainEqual({ change: 'changed', name: 'etag', before: '"doc-7-v12"', after: '"doc-7-v13"' });
      // The server saw the page's origin and its cookie: the request ran as the page's own.
      expect(headers).toContainEqual({ change: 'added', name: 'x-seen-origin', before: '—', after: origin });
      expect(headers).toContainEqual({ change: 'added', name: 'x-seen-with', before: '—', after: 'the page cookies' });

      const added = await allTextOf(popup, '[data-testid="compare-line"][data-kind="added"]');
      const removed = await allTextOf(popup, '[data-testid="compare-line"][data-kind="removed"]');
      expect(added.map((l) => l.trim())).toContain('+   "version": 13,');
      expect(removed.map((l) => l.trim())).toContain('-   "error": "edit_conflict",');
      // The heading has focus: a keyboard user is in the compare view.
      expect(await popup.evaluate(() => document.activeElement?.id, undefined)).toBe('compare-title');

      // The page's own fetch (which counts and tampers) never saw the retry.
      expect(await tab.evaluate(() => document.body.dataset.seen ?? 'never', undefined)).toBe('never');
      // The response joined the log as a retry of the 409.
      const original = await conflictId();
      const log = await logOf(ctx.driver(), ctx.ext(), tabId);
      expect(log.find((e) => e.retryOf === original)).toMatchObject({ statusCode: 200, method: 'PUT', url: `${origin}/api/documents/7` });
      // The list shows it, tagged as a retry, and still counts one failure: the 409.
      // (Read as textContent: the list may sit under the open detail, where innerText reads nothing.)
      const status = await eventually(
        () => popup.evaluate(() => document.querySelector('[data-testid="entry-row"][data-status="200"] td.status')?.textContent ?? '', undefined),
        (text) => text !== '',
        'the retry in the list',
      );
      expect(status.replace(/\s+/g, ' ')).toBe('200 OK retry');
      expect(await textOf(popup, '[data-testid="count"]')).toBe('1 failed');

      // The retry's own detail compares it with the 409 it retried.
      await popup.evaluate(() => (document.querySelector('[data-testid="entry-row"][data-status="200"]') as HTMLElement).click(), undefined);
      await popup.waitForSelector('[data-testid="retry-compare"]');
      await popup.userClick('[data-testid="retry-compare"]');
      await popup.waitForSelector('[data-testid="compare-view"]');
      expect(await textOf(popup, '[data-testid="compare-status-before"]')).toBe('409 Conflict');
      expect(await textOf(popup, '[data-testid="compare-status-after"]')).toBe('200 OK');
      await popup.close();
    });

    test('a retry to another origin, or from a page the user did not see, is refused before anything is sent', async () => {
      const d = ctx.driver();
      const id = await conflictId();
      const send = (request: unknown, pageOrigin = origin) => api<{ ok: boolean; refused?: string }>(ctx.ext(), d.apiName, 'runtime.sendMessage', { type: 'retryInPage', tabId, id, pageOrigin, request });
      const put = { method: 'PUT', headers: [['Content-Type', 'application/json']], body: '{"title":"Q4 plan","version":12}' };
      expect(await send({ ...put, url: `${probeUrl}/api/documents/7` })).toEqual({ ok: false, refused: 'other-origin' });
      // The same host name on another port, and the other name of this very server, are other origins too.
      expect(await send({ ...put, url: `${origin.replace(/:\d+$/, ':1')}/api/documents/7` })).toEqual({ ok: false, refused: 'other-origin' });
      expect(await send({ ...put, url: `${ctx.server().url.replace('127.0.0.1', 'localhost')}/api/documents/7` })).toEqual({ ok: false, refused: 'other-origin' });
      expect(await send({ ...put, url: `${origin}/api/documents/7` }, probeUrl)).toEqual({ ok: false, refused: 'page-changed' });
      expect(await send({ ...put, url: 'javascript:alert(1)' })).toEqual({ ok: false, refused: 'not-http' });
      expect(probeHits).toBe(0);
      expect(await tab.evaluate(() => document.body.dataset.seen ?? 'never', undefined)).toBe('never');
    });
  });
}
