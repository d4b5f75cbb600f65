import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startServer, HUGE_BODY_BYTES } from '../../demo/server.mjs';
import {
  allTextOf, backgroundReady, badgeOf, eventually, openRow, openSection, rowsOf, tabIdOf, textOf, api,
  type BrowserDriver, type PageLike,
} from './driver';

type Server = Awaited<ReturnType<typeof startServer>>;

/** A loopback port with nothing listening (browsers refuse low "unsafe" ports such as 9 before connecting). */
export async function closedPort(): Promise<number> {
  const { createServer } = await import('node:net');
  const probe = createServer();
  await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
  const { port } = probe.address() as { port: number };
  await new Promise((r) => probe.close(r));
  return port;
}

const sorted = (xs: string[]) => xs.slice().sort();

/**
 * The capture scenario, run against the built extension in a real browser: two tabs
 * with different failures, bodies (JSON, huge, binary, markup), a failed navigation, clear, close.
 */
export function captureSuite(launch: (dist: string, serverUrl: string) => Promise<BrowserDriver>, dist: string): { driver: () => BrowserDriver; server: () => Server; ext: () => PageLike; tabs: () => { main: number; second: number } } {
  let d: BrowserDriver;
  let server: Server;
  let ext: PageLike;
  let mainTab: PageLike;
  let secondTab: PageLike;
  let mainId: number;
  let secondId: number;

  beforeAll(async () => {
    server = await startServer();
    d = await launch(dist, server.url);
    ext = await d.extensionPage();
    await backgroundReady(d, ext); // the readiness race: never load test pages before the background listens
    mainTab = await d.openTab(`${server.url}/fixture/main`);
    secondTab = await d.openTab(`${server.url}/fixture/second`);
    mainId = await tabIdOf(d, ext, `${server.url}/fixture/main`);
    secondId = await tabIdOf(d, ext, `${server.url}/fixture/second`);
  });

  afterAll(async () => {
    await d?.close();
    await server?.close();
  });

  describe('capture', () => {
    test('the page still sees its own responses unchanged', async () => {
      const seen = await mainTab.evaluate(() => ({
        title409: document.getElementById('page-409')?.textContent,
        hugeLength: document.getElementById('page-huge')?.textContent,
        xhr: document.getElementById('page-xhr')?.textContent,
        isResponse: document.getElementById('page-instanceof')?.textContent,
      }), undefined);
      expect(seen).toEqual({ title409: 'Username already taken', hugeLength: String(HUGE_BODY_BYTES), xhr: '404', isResponse: 'true' });
    });

    test('each tab has its own badge: count, worst-class colour and a summary tooltip', async () => {
      const main = await eventually(() => badgeOf(d, ext, mainId), (b) => b.text === '6', 'main tab badge of 6');
      expect(main.title).toBe('6 failed: 500 ×3, 404 ×2, 409 ×1');
      expect(main.color.slice(0, 3)).toEqual([220, 38, 38]); // red: a 5xx is among them
      const second = await eventually(() => badgeOf(d, ext, secondId), (b) => b.text === '3', 'second tab badge of 3');
      expect(second.title).toBe('3 failed: 401 ×1, 418 ×1, 503 ×1');
    });

    test("the popup lists each tab's failures and never another tab's", async () => {
      const popupMain = await d.openPopup(mainId);
      const rowsMain = await eventually(() => rowsOf(popupMain), (r) => r.length === 6, 'six rows for the main tab');
      expect(sorted(rowsMain.map((r) => r.status))).toEqual(['404', '404', '409', '500', '500', '500']);
      const mainText = rowsMain.map((r) => r.text).join('\n');
      for (const path of ['/api/users', '/api/missing', '/img/missing.png', '/frame/500', '/api/huge', '/api/binary']) expect(mainText).toContain(path);
      expect(mainText).toContain('409 Conflict');
      expect(mainText).toContain('POST');
      for (const foreign of ['/api/teapot', '/api/report', '/api/session']) expect(mainText).not.toContain(foreign);

      const popupSecond = await d.openPopup(secondId);
      const rowsSecond = await eventually(() => rowsOf(popupSecond), (r) => r.length === 3, 'three rows for the second tab');
      expect(sorted(rowsSecond.map((r) => r.status))).toEqual(['401', '418', '503']);
      const secondText = rowsSecond.map((r) => r.text).join('\n');
      for (const foreign of ['/api/users', '/api/missing', '/api/huge', '/frame/500']) expect(secondText).not.toContain(foreign);
      await popupMain.close();
      await popupSecond.close();
    });

    test('a JSON body is shown pretty-printed with its headers', async () => {
      const popup = await d.openPopup(mainId);
      await eventually(() => rowsOf(popup), (r) => r.length === 6, 'rows');
      await openRow(popup, '/api/users');
      const body = await eventually(() => textOf(popup, '[data-testid="body-text"]'), (t) => t.length > 0, '409 body');
      expect(body).toContain('"title": "Username already taken"'); // pretty-printed: a space after the colon
      expect(body.split('\n').length).toBeGreaterThan(5);
      await openSection(popup, 'response-headers');
      expect(await textOf(popup, '[data-testid="response-headers"]')).toMatch(/etag\s+"user-42-v7"/i);
      expect(await textOf(popup, '[data-testid="detail-title"]')).toContain('409');
      await popup.close();
    });

    test('a 3 MB body is cut at 256 KiB and says so', async () => {
      const popup = await d.openPopup(mainId);
      await eventually(() => rowsOf(popup), (r) => r.length === 6, 'rows');
      await openRow(popup, '/api/huge');
      const length = await eventually(
        () => popup.evaluate(() => document.querySelector('[data-testid="body-text"]')?.textContent?.length ?? 0, undefined),
        (n) => n > 0,
        'huge body text',
      );
      expect(length).toBe(256 * 1024);
      const notices = (await allTextOf(popup, '[data-testid="body-notice"]')).join(' ');
      expect(notices).toContain('Truncated: showing the first 256.0 KiB of 3.0 MiB.');
      await popup.close();
    });

    test('a binary body is kept as its type and size only', async () => {
      const popup = await d.openPopup(mainId);
      await eventually(() => rowsOf(popup), (r) => r.length === 6, 'rows');
      await openRow(popup, '/api/binary');
      const notices = await eventually(() => allTextOf(popup, '[data-testid="body-notice"]'), (n) => n.join(' ').includes('Binary'), 'binary notice');
      expect(notices.join(' ')).toContain('Binary body (application/octet-stream, 4.0 KiB)');
      expect(await popup.evaluate(() => document.querySelector('[data-testid="body-text"]'), undefined)).toBeNull();
      await popup.close();
    });

    test('markup in an error page is shown as text, never rendered', async () => {
      const popup = await d.openPopup(mainId);
      await eventually(() => rowsOf(popup), (r) => r.length === 6, 'rows');
      await openRow(popup, '/frame/500');
      const shown = await eventually(
        () => popup.evaluate(() => {
          const pre = document.querySelector('[data-testid="body-text"]');
          return { text: pre?.textContent ?? '', elements: pre ? pre.querySelectorAll('*').length : -1, injected: document.querySelectorAll('img[data-ran], h1 b').length };
        }, undefined),
        (s) => s.text.length > 0,
        'frame body',
      );
      expect(shown.text).toContain('<h1>Internal <b>Server</b> Error</h1>');
      expect(shown.text).toContain('<script>');
      expect(shown.elements).toBe(0);
      expect(shown.injected).toBe(0);
      expect(await textOf(popup, '[data-testid="body-source"]')).toMatch(d.name === 'chromium' ? /rendered.*reported by the page at http:\/\/127\.0\.0\.1:\d+ \(unverified/ : /^✓? ?Read off the wire by the browser$/);
      await popup.close();
    });

    test('a failed top-level navigation is logged; the previous page stays, marked', async () => {
      await d.navigate(secondTab, `${server.url}/nav/503`);
      const badge = await eventually(() => badgeOf(d, ext, secondId), (b) => b.text === '1', 'second tab badge of 1 after navigating');
      expect(badge.title).toBe('1 failed: 503 ×1');
      const popup = await d.openPopup(secondId);
      const rows = await eventually(() => rowsOf(popup), (r) => r.length === 4, 'four rows');
      expect(rows[0]).toMatchObject({ status: '503', previous: false });
      expect(rows[0]!.text).toContain('/nav/503');
      expect(rows.slice(1).every((r) => r.previous)).toBe(true);
      expect(await textOf(popup, '[data-testid="entry-list"]')).toContain('From the previous page');
      await openRow(popup, '/nav/503');
      const body = await eventually(() => textOf(popup, '[data-testid="body-text"]'), (t) => t.includes('maintenance'), 'rendered 503 page');
      expect(body).toContain('<em>maintenance</em>');
      await popup.close();

      // A navigation that gets no status at all is its own kind of entry.
      await d.navigate(secondTab, `http://127.0.0.1:${await closedPort()}/refused`);
      const after = await eventually(() => badgeOf(d, ext, secondId), (b) => b.text === '1' && b.title.includes('network'), 'network error badge');
      expect(after.title).toBe('1 failed: network error ×1');
      const popup2 = await d.openPopup(secondId);
      const rows2 = await eventually(() => rowsOf(popup2), (r) => r.length === 5, 'five rows');
      expect(rows2[0]!.status).toBe('network');
      expect(rows2[0]!.text).toMatch(/Network error/);
      expect(rows2[0]!.text).toMatch(/REFUSED/i);
      // Beside it, what the browser's error name means: Chrome's net::ERR_*, Firefox's NS_ERROR_*.
      await popup2.evaluate(() => (document.querySelector('[data-testid="entry-row"]') as HTMLElement).click(), undefined);
      await openSection(popup2, 'reference');
      await popup2.waitForSelector('[data-testid="network-error-entry"]');
      expect(await textOf(popup2, '[data-testid="network-error-names"]')).toMatch(d.name === 'chromium' ? /net::ERR_CONNECTION_REFUSED/ : /NS_ERROR_CONNECTION_REFUSED/);
      expect(await textOf(popup2, '[data-testid="network-error-entry"] [data-testid="reference-summary"]')).not.toBe('');
      await popup2.close();
    });
  });

  return { driver: () => d, server: () => server, ext: () => ext, tabs: () => ({ main: mainId, second: secondId }) };
}

/** Clear and tab-close, run last since they empty the logs. */
export function clearingSuite(ctx: ReturnType<typeof captureSuite>): void {
  describe('clearing', () => {
    test('Clear empties the log and the badge of that tab only', async () => {
      const d = ctx.driver();
      const { main, second } = ctx.tabs();
      const popup = await d.openPopup(main);
      await eventually(() => rowsOf(popup), (r) => r.length === 6, 'rows before clearing');
      await popup.click('[data-testid="clear"]');
      await popup.waitForSelector('[data-testid="empty-state"]');
      expect(await rowsOf(popup)).toEqual([]);
      expect((await eventually(() => badgeOf(d, ctx.ext(), main), (b) => b.text === '', 'cleared badge')).text).toBe('');
      expect((await badgeOf(d, ctx.ext(), second)).text).not.toBe('');
      await popup.close();
    });

    test('closing a tab drops its log', async () => {
      const d = ctx.driver();
      const { second } = ctx.tabs();
      const ext = ctx.ext();
      const before = await api<{ entries: unknown[] }>(ext, d.apiName, 'runtime.sendMessage', { type: 'getLog', tabId: second });
      expect(before.entries.length).toBeGreaterThan(0);
      await api(ext, d.apiName, 'tabs.remove', second);
      const after = await eventually(
        () => api<{ entries: unknown[] }>(ext, d.apiName, 'runtime.sendMessage', { type: 'getLog', tabId: second }),
        (l) => l.entries.length === 0,
        'log of the closed tab to be dropped',
      );
      expect(after.entries).toEqual([]);
    });
  });
}
