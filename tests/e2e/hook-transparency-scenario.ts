import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { api, eventually, tabIdOf, type PageLike } from './driver';
import type { captureSuite } from './capture-scenario';
import type { LogEntry } from '../../src/shared/types';

/** What demo/pages/fixture-hook.html found; each probe compares with a native fact. */
interface Probes {
  error?: string;
  shape: Record<string, boolean | string>;
  globals: string[];
  quiet: { calls: string[]; pageStillReadsBody: boolean; xhrStatus: number };
  reads: { methodReads: number; urlReads: number; xhrUrlReads: number; hasInstance: number; unknownMethodReads: number };
  rejection: { awaited: { isTypeError?: boolean; message?: string }; unhandled: { samePromise: boolean; type: string; message: string }[] };
  reuse: { loadends: number; sent: string[]; ms: number };
  stacks: string[];
  /** Events of the hook's and relay's types the page heard on its own window or document. */
  heard: string[];
  /** The same, on the window and documents of same-origin frames it made (probe 7). */
  childHeard: string[];
}

/** The browser's own message for a refused fetch (what the page gets without StatusLens). */
const NETWORK_MESSAGE = { chromium: 'Failed to fetch', firefox: 'NetworkError when attempting to fetch resource.' };

/**
 * The page hook must be invisible: the fixture page probes fetch and XHR as a page (or an error
 * monitor, or a fingerprinting script) would, and the extension must still log what it logs.
 */
export function hookTransparencySuite(ctx: ReturnType<typeof captureSuite>): void {
  describe('the page hook is invisible to the page', () => {
    let page: PageLike;
    let probes: Probes;
    let tabId: number;
    let url: string;

    beforeAll(async () => {
      url = `${ctx.server().url}/fixture/hook`;
      page = await ctx.driver().openTab(url);
      probes = await page.evaluate(() => (window as unknown as { probeResults: Probes }).probeResults, undefined);
      tabId = await tabIdOf(ctx.driver(), ctx.ext(), url);
    });
    afterAll(async () => {
      await page?.close();
    });

    const entries = async () => {
      const log = await api<{ entries?: LogEntry[] }>(ctx.ext(), ctx.driver().apiName, 'runtime.sendMessage', { type: 'getLog', tabId });
      return log.entries ?? [];
    };

    test('the probes ran to the end', () => {
      expect(probes.error).toBeUndefined();
    });

    test('fetch, XHR open/send/setRequestHeader and Function.prototype.toString keep their native shape', () => {
      expect(probes.shape).toEqual({
        fetchPrinted: true,
        fetchToString: true,
        openPrinted: true,
        sendPrinted: true,
        setHeaderPrinted: true,
        toStringPrinted: true,
        names: 'fetch,1,open,2,send,0,setRequestHeader,2,toString,0',
        ownKeys: 'true,true,true,true,true',
        noPrototype: true,
        notConstructible: true,
        fetchDescriptor: true,
        openDescriptor: true,
        sameProto: true,
      });
    });

    test('no global, and no extension URL in any stack the page can read', () => {
      expect(probes.globals).toEqual([]);
      expect(probes.stacks).toEqual([]);
    });

    test('built-ins the page replaced are never called by the hook, and bodies are still captured', async () => {
      expect(probes.quiet.calls).toEqual([]);
      expect(probes.quiet.pageStillReadsBody).toBe(true);
      expect(probes.quiet.xhrStatus).toBe(404);
      const quiet = await eventually(
        async () => (await entries()).filter((e) => e.url.includes('probe=quiet')),
        (list) => list.length === 2 && list.every((e) => e.body),
        'the two quiet-phase failures with bodies',
      );
      for (const entry of quiet) {
        const full = await api<LogEntry | null>(ctx.ext(), ctx.driver().apiName, 'runtime.sendMessage', { type: 'getEntry', tabId, id: entry.id });
        expect(full?.body?.text).toContain('ORDER_NOT_FOUND');
      }
    });

    test('the page hears no event of the extension, on its window or document, in any phase', () => {
      // Listeners registered before anything else, for the old public channel and every type the hook
      // and relay use; meanwhile the quiet-phase test shows the failing calls logged with bodies.
      expect(probes.heard).toEqual([]);
    });

    test('a parent reaching into its same-origin frames never hears their reports', async () => {
      // The parent holds the frame's window from the start and polls for each new document, so it
      // can be there before the content scripts: it may hear the handshake (src/content/page-channel.ts),
      // never a report, which travels on a node no page can reach.
      expect(probes.childHeard.every((h) => h.endsWith(' load'))).toBe(true);
      if (ctx.driver().name === 'chromium') {
        // The frames' own reports still arrive (Chrome's bodies come from the hook alone).
        const children = await eventually(
          async () => (await entries()).filter((e) => /probe=child-(srcdoc|page)$/.test(e.url)),
          (list) => list.length === 2 && list.every((e) => e.body?.source === 'page-fetch'),
          'the child frames\' failures with the bodies their hooks read',
        );
        expect(children).toHaveLength(2);
      }
    });

    test('nothing the page passes is read twice', () => {
      expect(probes.reads).toEqual({ methodReads: 1, urlReads: 1, xhrUrlReads: 1, hasInstance: 0, unknownMethodReads: 2 });
    });

    test('a call whose method the hook cannot read safely is still reported, without a method', async () => {
      const logged = await eventually(
        async () => (await entries()).filter((e) => /probe=unknown-(xhr-)?method$/.test(e.url)),
        (list) => list.length === 2 && list.every((e) => e.body),
        'the two failures with unreadable methods, with bodies',
      );
      expect(logged.map((e) => e.method)).toEqual(['GET', 'GET']); // the browser's record names it
      // Chrome's bodies come from the hook alone: the reports arrived and were matched.
      if (ctx.driver().name === 'chromium') expect(logged.map((e) => e.body?.source).sort()).toEqual(['page-fetch', 'page-xhr']);
    });

    test("a failing fetch rejects with the browser's TypeError, and left unhandled it fires unhandledrejection", () => {
      const message = NETWORK_MESSAGE[ctx.driver().name];
      expect(probes.rejection.awaited).toEqual({ isTypeError: true, message });
      expect(probes.rejection.unhandled).toEqual([{ samePromise: true, type: 'TypeError', message }]);
    });

    test('a reused XHR reports each request once, with its own method and URL', async () => {
      const { reuse } = probes;
      expect(reuse.loadends).toBe(50);
      // Each of the 50 log entries has a body: a report missed, repeated or stale would leave one bare.
      const logged = await eventually(
        async () => (await entries()).filter((e) => e.url.includes('reuse=')),
        (list) => list.length === 50 && list.every((e) => e.body),
        '50 reused-XHR entries with bodies',
      );
      expect(logged.map((e) => `${e.method} ${e.url}`).sort()).toEqual(reuse.sent.slice().sort());
      if (ctx.driver().name === 'chromium') expect(logged.every((e) => e.body?.source === 'page-xhr')).toBe(true);
    });
  });
}
