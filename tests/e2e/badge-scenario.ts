import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { LogEntry } from '../../src/shared/types';
import type { captureSuite } from './capture-scenario';
import { api, badgeOf, eventually, tabIdOf, logOf as logOfTab } from './driver';
import { startBadgeFixture, type BadgeFixture } from './badge-fixture';

/** A setting written from an extension page shows on the badge within this time (it takes about a second). */
const LIVE_MS = 3_000;
const RED = [220, 38, 38];

/**
 * The badge counts only what matters, as a user sets it up: the browser's favicon (ignored by the
 * default rule) and an analytics-like host the user ignores stay in the log but are not counted,
 * and the badge style switches live. Run in light capture (the page at `localhost`: its own fetch
 * reports and resource timing) and in full capture (at 127.0.0.1: the browser's webRequest events).
 * Changes the settings through storage.sync, as the settings page does, and puts them back.
 */
export function badgeSuite(ctx: ReturnType<typeof captureSuite>): void {
  const d = () => ctx.driver();
  const logOf = (tabId: number) => logOfTab(d(), ctx.ext(), tabId);
  const storedSettings = async () => (await api<Record<string, unknown>>(ctx.ext(), d().apiName, 'storage.sync.get', ['settings'])).settings as Record<string, unknown> | undefined;
  const saveSettings = (settings: Record<string, unknown>) => api<void>(ctx.ext(), d().apiName, 'storage.sync.set', { settings });
  /** Changes one part of the stored settings, as the settings page saves them. */
  const changeSettings = async (change: (s: Record<string, unknown>) => void) => {
    const s = structuredClone((await storedSettings()) ?? {});
    change(s);
    await saveSettings(s);
  };
  let fixture: BadgeFixture;
  let original: Record<string, unknown> | undefined;

  describe('badge', () => {
    beforeAll(async () => {
      fixture = await startBadgeFixture();
      original = await storedSettings();
    });
    afterEach(async () => {
      if (original) await saveSettings(original);
      else await api<void>(ctx.ext(), d().apiName, 'storage.sync.remove', ['settings']);
    });
    afterAll(async () => fixture?.close());

    for (const [mode, host] of [['light capture', 'localhost'], ['full capture', '127.0.0.1']] as const) {
      test(`${mode} (${host}): the favicon and an ignored host are logged but not counted; dot and none redraw at once`, async () => {
        const url = `http://${host}:${fixture.appPort}/badge?noise=${fixture.noisePort}`;
        const page = await d().openTab(url);
        const tabId = await tabIdOf(d(), ctx.ext(), url);
        const noise = `${host}:${fixture.noisePort}`;

        const shown = (e: LogEntry) => `${e.statusCode} ${e.method} ${new URL(e.url).host === noise ? 'noise' : 'app'}${new URL(e.url).pathname}`;
        const log = await eventually(() => logOf(tabId), (e) => e.length >= 5, 'the five failures in the log');
        expect(log.map(shown).sort()).toEqual(['404 GET app/favicon.ico', '404 GET app/img/missing.png', '404 GET noise/collect', '500 POST app/api/broken', '503 POST noise/beacon']);
        // What each browser gives for <link rel="icon" href="/favicon.ico"> answered 404, headless
        // (Chromium 156 and Firefox ESR 153 alike): in light capture a resource-timing entry of
        // initiator type "other", in full capture webRequest's own record, of type "image".
        const favicon = log.find((e) => e.url.endsWith('/favicon.ico'))!;
        expect([favicon.type, favicon.seenBy ?? 'webRequest']).toEqual(host === 'localhost' ? ['other', 'resource-timing'] : ['image', 'webRequest']);

        // The default rule ignores the favicon: four counted, one ignored.
        // Badges are redrawn in batches: wait for the one drawn after the last of the five arrived.
        const before = await eventually(() => badgeOf(d(), ctx.ext(), tabId), (b) => b.text === '4' && b.title === '4 failed: 404 ×2, 500 ×1, 503 ×1 (+1 ignored)', 'a badge of four that counts the ignored favicon');
        expect([before.text, before.title]).toEqual(['4', '4 failed: 404 ×2, 500 ×1, 503 ×1 (+1 ignored)']);

        // The user ignores the noise host.
        await changeSettings((s) => (s.ignore = [...((s.ignore as unknown[] | undefined) ?? [{ kind: 'favicon', value: '' }]), { kind: 'host', value: noise }]));
        const after = await eventually(() => badgeOf(d(), ctx.ext(), tabId), (b) => b.text === '2', 'a badge of 2 once the host is ignored', LIVE_MS);
        expect(after.title).toBe('2 failed: 404 ×1, 500 ×1 (+3 ignored)');
        expect(after.color.slice(0, 3)).toEqual(RED);
        expect((await logOf(tabId)).map(shown).sort()).toEqual(log.map(shown).sort()); // nothing left the log

        await changeSettings((s) => (s.display = { ...(s.display as object), badge: 'dot' }));
        const dot = await eventually(() => badgeOf(d(), ctx.ext(), tabId), (b) => b.text === '•', 'a dot', LIVE_MS);
        expect(dot.title).toBe(after.title);
        expect(dot.color.slice(0, 3)).toEqual(RED); // a 500 is among the counted

        await changeSettings((s) => (s.display = { ...(s.display as object), badge: 'none' }));
        const none = await eventually(() => badgeOf(d(), ctx.ext(), tabId), (b) => b.text === '', 'no badge text', LIVE_MS);
        expect(none.title).toBe(after.title);

        await changeSettings((s) => (s.display = { ...(s.display as object), badge: 'count' }));
        await eventually(() => badgeOf(d(), ctx.ext(), tabId), (b) => b.text === '2', 'the count again', LIVE_MS);
        await page.close();
      });

      test(`${mode} (${host}): with 4xx unchecked, new 4xx are not logged nor counted`, async () => {
        await changeSettings((s) => (s.flag = { ...(s.flag as object), clientErrors: false }));
        const url = `http://${host}:${fixture.appPort}/badge?noise=${fixture.noisePort}&flags=1`;
        const page = await d().openTab(url);
        const tabId = await tabIdOf(d(), ctx.ext(), url);
        const badge = await eventually(() => badgeOf(d(), ctx.ext(), tabId), (b) => b.text === '2', 'a badge of 2');
        expect(badge.title).toBe('2 failed: 500 ×1, 503 ×1');
        await new Promise((r) => setTimeout(r, 500)); // the 404s (the favicon may come last) would have arrived by now
        expect((await logOf(tabId)).map((e) => `${e.statusCode} ${new URL(e.url).pathname}`).sort()).toEqual(['500 /api/broken', '503 /beacon']);
        await page.close();
      });
    }
  });
}
