import { describe, expect, test } from 'vitest';
import type { LogEntry } from '../../src/shared/types';
import type { captureSuite } from './capture-scenario';
import { api, eventually, openRow, storedSettings, tabIdOf, textOf, logOf as logOfTab } from './driver';

/**
 * CORS failures, as a user reads them from the log: what was wrong, for which origin, and the
 * response's status where full capture saw it. The fixture server answers at 127.0.0.1 (captured in
 * full) and at localhost (watched lightly); a page on one calling the other is cross-origin.
 * Then GraphQL errors in a 200, logged only when the settings ask.
 */
export function corsSuite(ctx: ReturnType<typeof captureSuite>): void {
  const d = () => ctx.driver();
  const full = () => ctx.server().url; // http://127.0.0.1:PORT
  const light = () => full().replace('127.0.0.1', 'localhost');
  const logOf = (tabId: number) => logOfTab(d(), ctx.ext(), tabId);
  const entryOf = (tabId: number, id: string) => api<LogEntry | null>(ctx.ext(), d().apiName, 'runtime.sendMessage', { type: 'getEntry', tabId, id });
  const path = (e: LogEntry) => new URL(e.url).pathname;
  const only = (entries: LogEntry[], p: string, method = 'GET') => {
    const found = entries.filter((e) => path(e) === p && e.method === method);
    expect(found.map((e) => `${e.method} ${p}`)).toEqual([`${method} ${p}`]); // one entry per failure, never a page twin beside it
    return found[0]!;
  };

  describe('cors', () => {
    test("a lightly watched page calling a site captured in full: each failure says what was wrong, for the page's origin, with the status the browser saw", async () => {
      const url = `${light()}/fixture/cors?target=${encodeURIComponent(full())}`;
      const page = await d().openTab(url);
      const tabId = await tabIdOf(d(), ctx.ext(), url);
      const origin = new URL(light()).origin;
      const entries = await eventually(
        () => logOf(tabId),
        (es) => ['/cors/no-acao', '/cors/wrong-acao', '/cors/missing', '/cors/preflight'].every((p) => es.some((e) => path(e) === p && e.cors && e.cors.problem !== 'unverified')),
        'the four CORS failures, explained',
      );
      expect(only(entries, '/cors/no-acao')).toMatchObject({ kind: 'network-error', cors: { problem: 'missing-allow-origin', origin, responseStatus: 200 } });
      expect(only(entries, '/cors/wrong-acao').cors).toEqual({ problem: 'origin-mismatch', origin, allowOrigin: 'https://app.example.test', responseStatus: 200 });
      // A 404 without the header: the browser's 404 entry, which CORS then hid from the page.
      expect(only(entries, '/cors/missing')).toMatchObject({ kind: 'http-error', statusCode: 404, cors: { problem: 'missing-allow-origin', origin, responseStatus: 404 } });
      const put = only(entries, '/cors/preflight', 'PUT');
      expect(put).toMatchObject({ kind: 'network-error', cors: { problem: 'preflight-failed', origin, preflightStatus: 404 } });
      expect(put.error).toMatch(d().name === 'chromium' ? /^net::ERR_FAILED/ : /^NS_ERROR_DOM_BAD_URI/);
      // The preflight itself is a failing response of its own; what the PUT asked comes from the page.
      expect(only(entries, '/cors/preflight', 'OPTIONS')).toMatchObject({ kind: 'http-error', statusCode: 404 });
      // The page's report (batched) may land after the browser's error event: it fills the headers then.
      const detail = await eventually(() => entryOf(tabId, put.id), (e) => e?.requestHeaders.some((h) => h.name === 'x-client-version') === true, "the page's request headers on the PUT");
      expect(detail?.requestHeaders).toEqual(expect.arrayContaining([{ name: 'x-client-version', value: '7' }]));
      expect(detail?.cors).toEqual(put.cors);

      // What the user reads: the row says CORS, and the detail names the missing header for the page's origin.
      const popup = await d().openPopup(tabId);
      await popup.waitForSelector('[data-testid="entry-row"]');
      const kindOf = (p: string) =>
        popup.evaluate((p) => {
          const row = [...document.querySelectorAll('[data-testid="entry-row"]')].find((r) => r.querySelector('[data-testid="entry-path"]')?.textContent === p);
          return row?.querySelector('[data-testid="row-kind"]')?.textContent ?? '';
        }, p);
      expect(await eventually(() => kindOf('/cors/no-acao'), (k) => k !== '', 'the CORS row')).toBe('CORS refused');
      await openRow(popup, '/cors/no-acao');
      const host = new URL(full()).host;
      expect(await textOf(popup, '[data-testid="entry-detail"]')).toContain(`${host} sent no Access-Control-Allow-Origin for ${origin}`);
      await popup.close();
      await page.close();
    });

    test("a page captured in full calling a lightly watched site: only the page saw it fail, so CORS is likely, unverified, for the page's origin", async () => {
      const url = `${full()}/fixture/cors?target=${encodeURIComponent(light())}`;
      const page = await d().openTab(url);
      const tabId = await tabIdOf(d(), ctx.ext(), url);
      const origin = new URL(full()).origin;
      const entries = await eventually(() => logOf(tabId), (es) => es.filter((e) => path(e).startsWith('/cors/')).length >= 4, 'the four failures the page reported');
      const failures = entries.filter((e) => path(e).startsWith('/cors/'));
      expect(failures.map((e) => `${e.method} ${path(e)}`).sort()).toEqual(['GET /cors/missing', 'GET /cors/no-acao', 'GET /cors/wrong-acao', 'PUT /cors/preflight']);
      for (const e of failures) expect(e).toMatchObject({ kind: 'network-error', seenBy: 'page', reportedBy: origin, cors: { problem: 'unverified', origin } });
      expect(failures.every((e) => e.cors?.responseStatus === undefined && e.statusCode === undefined)).toBe(true);
      await page.close();
    });

    test('GraphQL errors in a 200 are logged only while the settings ask, by fetch and by XHR, and a 200 without errors never is', async () => {
      const setGraphql = async (on: boolean) => {
        const settings = (await storedSettings(d(), ctx.ext())) as unknown as { flag?: Record<string, boolean> } | undefined;
        await api(ctx.ext(), d().apiName, 'storage.sync.set', { settings: { ...settings, flag: { ...settings?.flag, graphqlErrors: on } } });
      };
      const url = `${full()}/fixture/graphql`;
      try {
        const off = await d().openTab(url);
        const offTab = await tabIdOf(d(), ctx.ext(), url);
        await new Promise((r) => setTimeout(r, 800)); // reports are batched every 100 ms
        expect((await logOf(offTab)).filter((e) => path(e).startsWith('/graphql'))).toEqual([]);
        await off.close();

        await setGraphql(true);
        const on = await d().openTab(`${url}?on`);
        const onTab = await tabIdOf(d(), ctx.ext(), `${url}?on`);
        const entries = await eventually(() => logOf(onTab), (es) => es.filter((e) => path(e) === '/graphql/broken').length === 2, 'the two GraphQL error entries');
        const broken = entries.filter((e) => path(e) === '/graphql/broken');
        expect(broken.map((e) => e.type).sort()).toEqual(['fetch', 'xmlhttprequest']);
        for (const e of broken) expect(e).toMatchObject({ kind: 'http-error', statusCode: 200, graphqlErrors: 1, method: 'POST', seenBy: 'page' });
        expect(entries.some((e) => path(e) === '/graphql/fine')).toBe(false);
        const detail = await entryOf(onTab, broken[0]!.id);
        expect(detail?.body?.text).toContain('Cannot query field \\"emial\\" on type \\"User\\".');
        expect(detail?.requestBody?.text).toBe('{"query":"{ me { emial } }"}');
        await on.close();
      } finally {
        await setGraphql(false);
      }
    });
  });
}
