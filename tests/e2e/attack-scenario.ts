import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../../demo/server.mjs';
import { api, eventually, openRow, openSection, rowsOf, tabIdOf, textOf, type BrowserDriver, type PageLike } from './driver';

/** Clicks a copy button as the user would and returns what it put on the clipboard. */
export async function copied(popup: PageLike, testId: string): Promise<string> {
  await popup.evaluate(() => {
    const w = window as unknown as { copiedText?: string };
    w.copiedText = undefined;
    navigator.clipboard.writeText = async (text: string) => void (w.copiedText = text);
  }, undefined);
  await popup.click(`[data-testid="${testId}"]`);
  return eventually(() => popup.evaluate(() => (window as unknown as { copiedText?: string }).copiedText, undefined), (t) => typeof t === 'string', `the ${testId} button to copy`) as Promise<string>;
}

/**
 * Pastes a copied command into real bash, in an empty folder, with curl replaced by a function
 * that prints its arguments: returns them, and the files the command left behind.
 */
function pasteIntoBash(command: string): { argv: string[]; files: string[]; stderr: string } {
  const dir = mkdtempSync(join(tmpdir(), 'statuslens-paste-'));
  try {
    const run = spawnSync('bash', ['--norc', '--noprofile', '-c', `curl() { printf '%s\\0' "$@"; }\n${command}`], { cwd: dir, encoding: 'utf8', timeout: 10_000 });
    return { argv: run.stdout.split('\0').slice(0, -1), files: readdirSync(dir), stderr: run.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

type Server = Awaited<ReturnType<typeof startServer>>;
interface SuiteContext {
  driver: () => BrowserDriver;
  server: () => Server;
  ext: () => PageLike;
}

/**
 * The security model as an attacker plays it: a hostile page on one origin (the fixture server) forges the
 * page hook's events against a victim on another origin (a second server, another port), in the
 * real browser with the built extension. Each test fails on a build without the defence.
 */
export function attackSuite(ctx: SuiteContext): void {
  let victim: Server;
  beforeAll(async () => {
    victim = await startServer();
  });
  afterAll(async () => {
    await victim?.close();
  });

  const hostile = (mode: string) => `${ctx.server().url}/fixture/hostile?mode=${mode}&victim=${encodeURIComponent(victim.url)}`;

  /** Opens the detail of the row for `path` in the tab's popup and waits for its body text. */
  async function bodyOf(tabId: number, path: string, ready: RegExp): Promise<{ popup: PageLike; body: string }> {
    const popup = await ctx.driver().openPopup(tabId);
    await eventually(() => rowsOf(popup), (rows) => rows.some((r) => r.text.includes(path)), `a row for ${path}`);
    await openRow(popup, path);
    const body = await eventually(() => textOf(popup, '[data-testid="body-text"]'), (t) => ready.test(t), `the body of ${path}`);
    return { popup, body };
  }

  describe('attacks from a hostile page', () => {
    test("a page cannot pass its text off as a cross-origin frame's document", async () => {
      const d = ctx.driver();
      const page = await d.openTab(hostile('frame'));
      const tabId = await tabIdOf(d, ctx.ext(), hostile('frame'));
      const { popup, body } = await bodyOf(tabId, '/victim/frame', /BODY/);
      expect(body).toContain('REAL FRAME BODY');
      expect(await textOf(popup, 'body')).not.toContain('FORGED');
      await popup.close();
      await page.close();
    });

    test("bodies queued before navigating never dress the next site's responses", async () => {
      const d = ctx.driver();
      const page = await d.openTab(hostile('queue'));
      const victimPage = `${victim.url}/fixture/victim`;
      await eventually(() => page.evaluate(() => (location.pathname === '/fixture/victim' ? document.body?.dataset.done : undefined), undefined), (v) => v === '1', 'the victim page to load');
      const tabId = await tabIdOf(d, ctx.ext(), victimPage);
      const { popup, body } = await bodyOf(tabId, '/victim/api', /ERROR|FORGED/);
      expect(body).toContain('REAL VICTIM ERROR');
      expect(body).not.toContain('FORGED');
      await popup.close();
      await page.close();
    });

    test('a copied command runs nothing a page or a server put in it, and carries no secret', async () => {
      const d = ctx.driver();
      const page = await d.openTab(hostile('method'));
      const tabId = await tabIdOf(d, ctx.ext(), hostile('method'));
      const popup = await d.openPopup(tabId);
      await eventually(() => rowsOf(popup), (rows) => rows.some((r) => r.text.includes('/victim/allow')), 'the 405 row');
      await openRow(popup, '/victim/allow');
      const fixed = pasteIntoBash(await copied(popup, 'copy-fixed-curl'));
      expect(fixed.files).toEqual([]); // the Allow header's pipeline did not run
      expect(fixed.argv.join(' ')).not.toContain('pwned');
      // A method the server really listed (curl sends POST for --data-raw without -X).
      const method = fixed.argv.includes('-X') ? fixed.argv[fixed.argv.indexOf('-X') + 1] : fixed.argv.includes('--data-raw') ? 'POST' : 'GET';
      expect(['GET', 'POST']).toContain(method);
      expect(fixed.argv[0]).toBe(`${ctx.server().url}/victim/allow`);
      expect(fixed.argv).toContain('{"user":"ada","password":"<your password>"}');
      expect(await textOf(popup, '[data-testid="entry-detail"]')).not.toContain('hunter2');

      await openRow(popup, '/victim/secret');
      const pasted = pasteIntoBash(await copied(popup, 'copy-curl'));
      expect(pasted.files).toEqual([]); // the method's pipeline did not run
      expect(pasted.argv).toContain("X|touch$IFS'pwned-method'|#"); // it reached curl as one word
      expect(pasted.argv[0]).toBe(`${ctx.server().url}/victim/secret?api_key=<your api_key>&page=2`);
      expect(pasted.argv).toContain('Authorization: <your Authorization>');

      // Masked on screen and in storage; one click shows what memory still holds.
      const secrets = /SECRETKEY123|SECRETTOKEN|hunter2/;
      await openSection(popup, 'request-headers');
      expect(await textOf(popup, '[data-testid="request-headers"]')).toMatch(/authorization\s+Bearer \*\*\*/i);
      expect(await textOf(popup, 'body')).not.toMatch(secrets);
      expect(await textOf(popup, '[data-testid="detail-url"]')).toContain('api_key=***');
      const stored = await eventually(() => api<Record<string, unknown>>(ctx.ext(), d.apiName, 'storage.session.get', null).then((s) => JSON.stringify(s)), (s) => s.includes('/victim/secret'), 'the log to be saved');
      expect(stored).not.toMatch(secrets);
      expect(stored).toContain('api_key=***');
      await popup.click('[data-testid="reveal-secrets"]');
      await eventually(() => textOf(popup, '[data-testid="detail-url"]'), (t) => t.includes('SECRETKEY123'), 'the secrets to be revealed');
      expect(await textOf(popup, '[data-testid="request-headers"]')).toContain('Bearer SECRETTOKEN');
      expect(await copied(popup, 'copy-curl')).not.toMatch(secrets); // never copied raw
      await popup.close();
      await page.close();
    });

    test("nothing a page fires on the hook's old channel, or offers as a channel of its own, reaches the log", async () => {
      const d = ctx.driver();
      const page = await d.openTab(hostile('forge'));
      const tabId = await tabIdOf(d, ctx.ext(), hostile('forge'));
      const popup = await d.openPopup(tabId);
      const rows = await eventually(() => rowsOf(popup), (list) => list.some((r) => r.text.includes('/victim/api')), 'the real failure');
      await new Promise((r) => setTimeout(r, 500)); // reports are batched every 100 ms
      expect((await rowsOf(popup)).filter((r) => r.text.includes('/victim/forged-only'))).toEqual([]);
      expect(rows.length).toBe(1);
      expect(await textOf(popup, 'body')).not.toContain('FORGED');
      await popup.close();
      await page.close();
    });

    test('a page cannot flood the log with failures of its own, and the ones it adds say who said so', async () => {
      const d = ctx.driver();
      const page = await d.openTab(hostile('flood'));
      const tabId = await tabIdOf(d, ctx.ext(), hostile('flood'));
      const popup = await d.openPopup(tabId);
      const refused = await eventually(() => textOf(popup, '[data-testid="refused"]'), (t) => /\d+/.test(t), 'the refused notice');
      const rows = await rowsOf(popup);
      const fakes = rows.filter((r) => r.text.includes('/victim/fake/'));
      expect(fakes.length).toBeGreaterThan(0);
      expect(fakes.length).toBeLessThanOrEqual(50);
      expect(Number(/(\d+)/.exec(refused)![1])).toBe(1000 - fakes.length);
      expect(rows.some((r) => r.text.includes('/victim/api'))).toBe(true); // the real failure stays
      await openRow(popup, '/victim/fake/');
      expect(await textOf(popup, '[data-testid="reported-by"]')).toContain(`Reported by the page at ${ctx.server().url}`);
      await popup.close();
      await page.close();
    });
  });
}
