import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../../demo/server.mjs';
import { api, backgroundReady, badgeOf, eventually, openRow, rowsOf, storedSettings, tabIdOf, textOf, logOf, type BrowserDriver, type PageLike } from './driver';

/** A browser whose profile outlives it: `restart` quits it as a user does and starts it again on the same profile. */
export interface RestartingBrowser {
  start(serverUrl: string): Promise<BrowserDriver>;
  restart(): Promise<BrowserDriver>;
  /** Quits it and removes the profile. */
  close(): Promise<void>;
}

/**
 * A browser on a profile directory of its own: `launch` starts it on that profile (the extension
 * installed and answering), `quit` closes it and leaves the profile for the next launch.
 */
export function onOwnProfile(launch: (profile: string, serverUrl: string) => Promise<BrowserDriver>, quit: () => Promise<void>): RestartingBrowser {
  let profile = '';
  let serverUrl = '';
  return {
    start: async (url) => {
      serverUrl = url;
      profile = mkdtempSync(join(tmpdir(), 'statuslens-keep-'));
      return launch(profile, serverUrl);
    },
    restart: async () => {
      await quit();
      return launch(profile, serverUrl);
    },
    close: async () => {
      await quit().catch(() => undefined); // closed already, if a launch failed
      if (profile) rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
    },
  };
}

type Server = Awaited<ReturnType<typeof startServer>>;

/** What each storage area holds, read from an extension page. */
async function storageKeys(d: BrowserDriver, ext: PageLike, area: 'local' | 'session'): Promise<string[]> {
  return Object.keys(await api<Record<string, unknown>>(ext, d.apiName, `storage.${area}.get`, null)).sort();
}
const isLogKey = (k: string) => k.startsWith('log:') || k === 'logIndex' || k.startsWith('kept');

/** Turns "Keep logs across browser restarts" on or off in the settings page, as a user does. */
async function setKeep(d: BrowserDriver, on: boolean): Promise<void> {
  const settings = await d.openSettings();
  await settings.waitForSelector('[data-testid="settings-keep-logs"]');
  const checked = await settings.evaluate(() => (document.querySelector('[data-testid="settings-keep-logs"]') as HTMLInputElement).checked, undefined);
  if (checked !== on) await settings.click('[data-testid="settings-keep-logs"]');
  await eventually(async () => ((await storedSettings(d, settings)) as { capture?: { keepLogs?: boolean } } | undefined)?.capture?.keepLogs, (v) => v === on, `keep logs ${on ? 'on' : 'off'}`);
  await settings.close();
}

/** The kept logs' index in storage.local, as the background wrote it. */
async function keptIndex(d: BrowserDriver, ext: PageLike): Promise<{ id: string; title?: string; count: number }[]> {
  const stored = await api<Record<string, unknown>>(ext, d.apiName, 'storage.local.get', ['keptIndex']);
  return (stored.keptIndex as { id: string; title?: string; count: number }[] | undefined) ?? [];
}

/**
 * Keeping logs across a browser restart, and Clear all: failures made with the setting on are
 * listed after the browser restarts as an earlier session in the pop-out's tab picker, open
 * read-only with their bodies, and are gone, with every other log in every storage area, after
 * Clear all. Runs in a browser of its own, which it restarts.
 */
export function keepSuite(browser: RestartingBrowser): void {
  let server: Server;
  let d: BrowserDriver;
  let ext: PageLike;
  /** The main fixture's failures as the list showed them before the restart. */
  let before: string[] = [];

  beforeAll(async () => {
    server = await startServer();
    d = await browser.start(server.url);
    ext = await d.extensionPage();
    await backgroundReady(d, ext);
  });

  afterAll(async () => {
    await browser.close();
    await server?.close();
  });

  describe('keep log', () => {
    test('with the setting on, a tab’s failures are kept in storage.local, masked, under an id of their own', async () => {
      await setKeep(d, true);
      const url = `${server.url}/fixture/main`;
      await d.openTab(url);
      const tabId = await tabIdOf(d, ext, url);
      const entries = await eventually(() => logOf(d, ext, tabId), (e) => e.length >= 4, 'the main fixture’s failures');
      const settled = await eventually(
        async () => {
          const first = (await logOf(d, ext, tabId)).length;
          await new Promise((r) => setTimeout(r, 1500));
          return { first, then: await logOf(d, ext, tabId) };
        },
        (s) => s.first === s.then.length,
        'the log to settle',
      );
      before = settled.then.map((e) => String(e.statusCode ?? e.error)).sort();
      expect(before.length).toBeGreaterThanOrEqual(entries.length);
      const index = await eventually(() => keptIndex(d, ext), (i) => i.some((m) => m.title === 'Fixture: main' && m.count === before.length), 'the kept log to be written', 20_000);
      const id = index.find((m) => m.title === 'Fixture: main')!.id;
      // Its id is this browser session's (gone from storage.session when the browser restarts) and the tab's.
      const session = (await api<Record<string, unknown>>(ext, d.apiName, 'storage.session.get', ['keepSession'])).keepSession;
      expect(id).toBe(`${session}-${tabId}`);
      const stored = JSON.stringify(await api<Record<string, unknown>>(ext, d.apiName, 'storage.local.get', [`kept:${id}`]));
      expect(stored).toContain('Username already taken');
      expect(stored).toContain('"masked":"stored"');
      expect(stored).not.toContain('fixture-409-SECRET-token'); // the page's Authorization header, masked
      // This session's logs are live tabs, not earlier sessions.
      expect(await api(ext, d.apiName, 'runtime.sendMessage', { type: 'listKept' })).toEqual([]);
    });

    test('after the browser restarts, the pop-out lists the earlier session with its failures and opens it read-only', async () => {
      d = await browser.restart();
      ext = await d.extensionPage();
      await backgroundReady(d, ext);
      expect((await storageKeys(d, ext, 'session')).filter(isLogKey)).toEqual([]); // storage.session did not survive; storage.local did
      const popup = await d.openPopup(-1);
      // An <option> is never "visible" to the drivers' waits: read the list until it is there.
      const options = await eventually(
        () => popup.evaluate(() => [...document.querySelectorAll('[data-testid="earlier-log"]')].map((o) => ({ value: (o as HTMLOptionElement).value, text: o.textContent ?? '' })), undefined),
        (o) => o.length > 0,
        'the earlier sessions in the tab picker',
      );
      expect(await popup.evaluate(() => (document.querySelector('[data-testid="earlier-sessions"]') as HTMLOptGroupElement | null)?.label, undefined)).toBe('Earlier sessions');
      const main = options.find((o) => o.text.startsWith('Fixture: main'));
      expect(main?.text).toContain(`(${before.length})`);
      await popup.evaluate((value) => {
        const select = document.querySelector('[data-testid="tab-select"]') as HTMLSelectElement;
        select.value = value;
        select.dispatchEvent(new Event('change', { bubbles: true }));
      }, main!.value);
      await popup.waitForSelector('[data-testid="kept-from"]');
      expect(await textOf(popup, '[data-testid="kept-from"]')).toContain(`Kept from an earlier session: Fixture: main, last saved`);
      const rows = await eventually(() => rowsOf(popup), (r) => r.length === before.length, 'the kept rows');
      const statuses = (xs: string[]) => xs.filter((s) => /^\d+$/.test(s)).sort();
      expect(statuses(rows.map((r) => r.status))).toEqual(statuses(before));
      expect(await popup.evaluate(() => document.querySelector('[data-testid="clear"]'), undefined)).toBeNull(); // read-only
      await openRow(popup, '/api/users');
      expect(await textOf(popup, '[data-testid="entry-detail"]')).toContain('Username already taken'); // the body was kept
      await popup.close();
    });

    test('Clear all, confirmed in the settings page, leaves nothing of any log in any storage area, nor on a badge', async () => {
      // A live tab too, in memory and in storage.session, with its badge.
      const url = `${server.url}/fixture/second`;
      await d.openTab(url);
      const tabId = await tabIdOf(d, ext, url);
      await eventually(() => badgeOf(d, ext, tabId), (b) => b.text !== '', 'the live tab’s badge');
      await eventually(() => storageKeys(d, ext, 'session'), (k) => k.includes(`log:${tabId}`), 'the live log in storage.session');
      expect((await storageKeys(d, ext, 'local')).filter(isLogKey).length).toBeGreaterThan(0);

      const settings = await d.openSettings();
      await settings.click('[data-testid="settings-clear-all"]');
      expect(await textOf(settings, '[data-testid="settings-clear-all-confirm"]')).toContain('This cannot be undone.');
      await settings.click('[data-testid="settings-clear-all-yes"]');
      await settings.waitForSelector('[data-testid="settings-clear-all-done"]');
      await settings.close();

      expect((await storageKeys(d, ext, 'local')).filter(isLogKey)).toEqual([]);
      expect((await storageKeys(d, ext, 'session')).filter(isLogKey)).toEqual([]);
      expect(await logOf(d, ext, tabId)).toEqual([]);
      expect((await badgeOf(d, ext, tabId)).text).toBe('');
      expect(await api(ext, d.apiName, 'runtime.sendMessage', { type: 'listKept' })).toEqual([]);
      expect(await api(ext, d.apiName, 'runtime.sendMessage', { type: 'listTabs' })).toEqual([]);
      const popup = await d.openPopup(-1);
      await new Promise((r) => setTimeout(r, 500));
      expect(await popup.evaluate(() => document.querySelectorAll('[data-testid="earlier-log"]').length, undefined)).toBe(0);
      await popup.close();
      // A moment later, nothing scheduled before the clear has written anything back.
      await new Promise((r) => setTimeout(r, 4000));
      expect((await storageKeys(d, ext, 'local')).filter(isLogKey)).toEqual([]);
      expect((await storageKeys(d, ext, 'session')).filter(isLogKey)).toEqual([]);
    });

    test('turning the setting off deletes what was kept', async () => {
      const url = `${server.url}/fixture/main?again`;
      await d.openTab(url);
      await eventually(() => keptIndex(d, ext), (i) => i.length > 0, 'a log kept again', 20_000);
      await setKeep(d, false);
      await eventually(async () => (await storageKeys(d, ext, 'local')).filter((k) => k.startsWith('kept')), (k) => k.length === 0, 'the kept logs to be deleted');
      // Failures go on being logged, in memory and storage.session only.
      const tabId = await tabIdOf(d, ext, url);
      expect((await logOf(d, ext, tabId)).length).toBeGreaterThan(0);
      await new Promise((r) => setTimeout(r, 4000));
      expect((await storageKeys(d, ext, 'local')).filter((k) => k.startsWith('kept'))).toEqual([]);
    });
  });
}
