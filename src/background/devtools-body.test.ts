import { describe, expect, test } from 'vitest';
import { StatusLensService } from './service';
import { handleMessage } from './messages';
import { DEVTOOLS_BODY_WAIT_MS, DEVTOOLS_START_SLACK_MS, DEVTOOLS_WAITING_PER_TAB, WaitingDevtoolsBodies, parseDevtoolsBody } from './devtools-body';
import { entry, messageContext } from './test-helpers';
import { DEFAULT_SETTINGS } from '../shared/settings';
import { LIMITS } from '../shared/limits';
import type { DevtoolsBodyReport } from '../shared/protocol';

const URL_404 = 'https://shop.test/img/missing.png';

function report(over: Partial<DevtoolsBodyReport> = {}): DevtoolsBodyReport {
  return { tabId: 1, url: URL_404, method: 'GET', status: 404, startedAt: 5_000, body: { text: 'no such image', binary: false, mimeType: 'text/plain', truncated: false }, ...over };
}

function setup() {
  let now = 5_000;
  const service = new StatusLensService({ now: () => now, setTimeout: () => undefined, setBadge: () => undefined, persist: () => undefined });
  return { service, tick: (ms: number) => (now += ms), entries: () => service.logs.snapshot(1).entries };
}

describe('a body from DevTools joins the entry StatusLens logged', () => {
  test('fills the matching entry that has no body, labelled as from DevTools; never adds an entry', () => {
    const h = setup();
    h.service.add(entry({ id: 'img', url: URL_404, type: 'image', startTime: 5_020 }));
    expect(h.service.devtoolsBody(report())).toBe('attached');
    expect(h.entries()).toHaveLength(1);
    expect(h.entries()[0]!.body).toMatchObject({ source: 'devtools', text: 'no such image', mimeType: 'text/plain', keptSize: 13, truncated: false });
    // The same record again (the panel reopened): nothing changes, still one entry.
    expect(h.service.devtoolsBody(report({ body: { text: 'other', binary: false, truncated: false } }))).toBe('has-body');
    expect(h.entries()).toHaveLength(1);
    expect(h.entries()[0]!.body?.text).toBe('no such image');
  });

  test('does not replace a body the page or the network gave', () => {
    const h = setup();
    const body = { source: 'page-fetch' as const, binary: false, text: 'from the page', keptSize: 13, truncated: false };
    h.service.add(entry({ url: URL_404, startTime: 5_000, body }));
    expect(h.service.devtoolsBody(report())).toBe('has-body');
    expect(h.entries()[0]!.body?.text).toBe('from the page');
  });

  test('URL, method, status and start time must all agree; the closest start wins between twins', () => {
    const h = setup();
    h.service.add(entry({ id: 'early', url: URL_404, startTime: 1_000 }));
    h.service.add(entry({ id: 'late', url: URL_404, startTime: 5_100 }));
    for (const other of [{ url: `${URL_404}?v=2` }, { method: 'POST' }, { status: 500 }, { startedAt: 5_100 + DEVTOOLS_START_SLACK_MS + 1 }, { tabId: 2 }]) {
      expect(h.service.devtoolsBody(report({ ...other, startedAt: other.startedAt ?? 5_100 }))).toBe('waiting');
    }
    expect(h.entries().every((e) => e.body === undefined)).toBe(true);
    expect(h.service.devtoolsBody(report({ startedAt: 5_090 }))).toBe('attached');
    expect(h.entries().find((e) => e.id === 'late')!.body?.source).toBe('devtools');
    expect(h.entries().find((e) => e.id === 'early')!.body).toBeUndefined();
    // The second load of the same URL gets the second record.
    expect(h.service.devtoolsBody(report({ startedAt: 1_010, body: { text: 'first', binary: false, truncated: false } }))).toBe('attached');
    expect(h.entries().find((e) => e.id === 'early')!.body?.text).toBe('first');
  });

  test("a reload's record waits for the reloaded request's entry, never filling the page before's", () => {
    const h = setup();
    h.service.add(entry({ id: 'before-reload', url: URL_404, startTime: 3_000 }));
    h.service.navigated(1, 0, 4_000);
    expect(h.service.devtoolsBody(report({ startedAt: 4_500 }))).toBe('waiting');
    h.service.add(entry({ id: 'after-reload', url: URL_404, startTime: 4_600 }));
    expect(h.entries().find((e) => e.id === 'before-reload')!.body).toBeUndefined();
    expect(h.entries().find((e) => e.id === 'after-reload')!.body?.source).toBe('devtools');
  });

  test('a record that comes before its entry waits for it, briefly, and is never an entry itself', () => {
    const h = setup();
    expect(h.service.devtoolsBody(report())).toBe('waiting');
    expect(h.entries()).toHaveLength(0);
    h.service.add(entry({ url: URL_404, type: 'image', startTime: 5_010 }));
    expect(h.entries()).toHaveLength(1);
    expect(h.entries()[0]!.body?.source).toBe('devtools');

    h.service.devtoolsBody(report({ url: 'https://shop.test/late.js', status: 500 }));
    h.tick(DEVTOOLS_BODY_WAIT_MS + 1);
    h.service.add(entry({ url: 'https://shop.test/late.js', statusCode: 500, startTime: 5_000 }));
    expect(h.entries()[0]!.body).toBeUndefined(); // too late: what waited has expired
  });

  test('the waiting list is bounded per tab and forgets what waited too long', () => {
    const waiting = new WaitingDevtoolsBodies();
    for (let i = 0; i < DEVTOOLS_WAITING_PER_TAB + 5; i++) waiting.add(report({ url: `https://shop.test/${i}.png` }), 1_000);
    expect(waiting.waiting(1)).toBe(DEVTOOLS_WAITING_PER_TAB);
    // The oldest were let go: the first five no longer match an entry.
    expect(waiting.take(entry({ url: 'https://shop.test/0.png', startTime: 5_000 }), 1_000)).toBeUndefined();
    expect(waiting.take(entry({ url: 'https://shop.test/5.png', startTime: 5_000 }), 1_000)?.url).toBe('https://shop.test/5.png');
    waiting.add(report({ tabId: 1 }), 1_000 + DEVTOOLS_BODY_WAIT_MS + 1);
    expect(waiting.waiting(1)).toBe(1);
  });

  test("the user's body cap applies as to every other body", () => {
    const h = setup();
    h.service.applySettings({ ...DEFAULT_SETTINGS, capture: { ...DEFAULT_SETTINGS.capture, bodyKiB: 16 } });
    h.service.add(entry({ url: URL_404, startTime: 5_000 }));
    h.service.devtoolsBody(report({ body: { text: 'é'.repeat(20_000), binary: false, truncated: false } }));
    const body = h.entries()[0]!.body!;
    expect(body).toMatchObject({ truncated: true, keptSize: 16 * 1024, fullSize: 40_000 });
    expect(body.text).toBe('é'.repeat(8 * 1024));
  });
});

describe('the devtoolsBody message', () => {
  const origin = 'chrome-extension://abc/';
  const devtoolsPage = { id: 'abc', url: `${origin}src/devtools/index.html` };
  const ctx = (service: StatusLensService) => messageContext(service);

  test('our DevTools page may send it; a web page or its content script may not', async () => {
    const h = setup();
    h.service.add(entry({ url: URL_404, startTime: 5_000 }));
    const message = { type: 'devtoolsBody', ...report() };
    expect(await handleMessage(message, { id: 'abc', tabId: 1, frameId: 0, url: 'https://shop.test/' }, ctx(h.service))).toBeUndefined();
    expect(await handleMessage(message, { id: 'other-extension', url: `${origin}x` }, ctx(h.service))).toBeUndefined();
    expect(h.entries()[0]!.body).toBeUndefined();
    expect(await handleMessage(message, devtoolsPage, ctx(h.service))).toEqual({ result: 'attached' });
    expect(h.entries()[0]!.body?.source).toBe('devtools');
  });

  test('the shape is checked field by field; a malformed report gets no answer', async () => {
    const h = setup();
    const good = report();
    const bad: Record<string, unknown>[] = [
      { tabId: -1 },
      { tabId: '1' },
      { url: 'javascript:alert(1)' },
      { url: `https://shop.test/${'a'.repeat(LIMITS.urlChars)}` },
      { method: 'GET /x' },
      { status: 42 },
      { status: 404.5 },
      { startedAt: Number.NaN },
      { body: 'text' },
      { body: { text: 'x', binary: 'no', truncated: false } },
      { body: { text: 'x'.repeat(LIMITS.bodyBytes + 1), binary: false, truncated: false } },
      { body: { text: 7, binary: false, truncated: false } },
      { body: { binary: false, truncated: false, fullSize: -1 } },
    ];
    for (const over of bad) {
      expect(parseDevtoolsBody({ ...good, ...over })).toBeUndefined();
      expect(await handleMessage({ type: 'devtoolsBody', ...good, ...over }, devtoolsPage, ctx(h.service))).toBeUndefined();
    }
    // Unknown fields are left behind; a binary body keeps no text.
    expect(parseDevtoolsBody({ ...good, extra: 1, body: { text: 'GIF89a', binary: true, truncated: false, mimeType: 'image/gif', fullSize: 6, source: 'network' } })).toEqual({
      ...good,
      body: { binary: true, truncated: false, mimeType: 'image/gif', fullSize: 6 },
    });
  });
});
