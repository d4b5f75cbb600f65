import { describe, expect, test } from 'vitest';
import { UnmatchedBodies, bodyMatches, findEntryForBody, mayReplace, sameDocument, type PageBody } from './join-body';
import { entry } from './test-helpers';
import type { CapturedBody } from '../shared/types';

const APP = 'https://app.example.test/page';
const pageBody = (over: Partial<PageBody> = {}): PageBody => ({
  tabId: 1,
  from: { frameId: 0, url: APP },
  url: 'https://api.example.test/users',
  method: 'POST',
  status: 409,
  body: { source: 'page-fetch', binary: false, text: '{}', keptSize: 2, truncated: false },
  receivedAt: 1000,
  ...over,
});
const fromApp = { initiator: 'https://app.example.test' };
const wire: CapturedBody = { source: 'network', binary: false, keptSize: 4, truncated: false, text: 'wire' };
const rendered = (text: string): CapturedBody => ({ source: 'rendered-document', binary: false, keptSize: text.length, truncated: false, text });

describe('joining page bodies to observed responses', () => {
  const observed = entry({ url: 'https://api.example.test/users', method: 'POST', statusCode: 409, ...fromApp });

  test('matches on tab, frame, URL, method and status', () => {
    expect(bodyMatches(observed, pageBody())).toBe(true);
    expect(bodyMatches(observed, pageBody({ method: undefined }))).toBe(true); // the hook could not read it
    expect(bodyMatches(observed, pageBody({ tabId: 2 }))).toBe(false);
    expect(bodyMatches(observed, pageBody({ from: { frameId: 3, url: APP } }))).toBe(false);
    expect(bodyMatches(observed, pageBody({ status: 422 }))).toBe(false);
    expect(bodyMatches(observed, pageBody({ method: 'GET' }))).toBe(false);
    expect(bodyMatches(observed, pageBody({ url: 'https://api.example.test/users?x=1' }))).toBe(false);
  });

  test('a page body never lands on an image or a document; a rendered document only on its own frame', () => {
    const image = entry({ type: 'image', url: 'https://x.test/a.png', method: 'GET', statusCode: 404, ...fromApp });
    expect(bodyMatches(image, pageBody({ url: image.url, method: 'GET', status: 404 }))).toBe(false);
    const frame = entry({ type: 'sub_frame', url: 'https://x.test/f', method: 'GET', statusCode: 500, frameId: 5 });
    const own = pageBody({ url: frame.url, method: 'GET', status: 500, from: { frameId: 5, url: 'https://x.test/f' }, body: rendered('<p>') });
    expect(bodyMatches(frame, own)).toBe(true);
    expect(bodyMatches(observed, { ...own, url: observed.url, method: 'POST', status: 409 })).toBe(false);
  });

  test("the top page cannot pass its text off as a cross-origin frame's document", () => {
    const frame = entry({ type: 'sub_frame', url: 'https://bank.example.test/statement', method: 'GET', statusCode: 500, frameId: 7 });
    const forged = pageBody({ url: frame.url, method: 'GET', status: 500, from: { frameId: 0, url: 'https://evil.example.test/' }, body: rendered('fake') });
    expect(bodyMatches(frame, forged)).toBe(false);
    // Nor can another frame of the tab, nor the right frame once it shows another document.
    expect(bodyMatches(frame, { ...forged, from: { frameId: 8, url: frame.url } })).toBe(false);
    expect(bodyMatches(frame, { ...forged, from: { frameId: 7, url: 'https://evil.example.test/other' } })).toBe(false);
  });

  test("a document's reports join only requests that document made", () => {
    const victim = entry({ url: 'https://api.victim.test/me', method: 'GET', statusCode: 500, initiator: 'https://victim.test' });
    const fromAttacker = pageBody({ url: victim.url, method: 'GET', status: 500, from: { frameId: 0, url: 'https://attacker.test/' } });
    expect(bodyMatches(victim, fromAttacker)).toBe(false);
    expect(bodyMatches(victim, { ...fromAttacker, from: { frameId: 0, url: 'https://victim.test/app' } })).toBe(true);
    // Chrome names documents: a later document of the same origin is still another document.
    const chrome = { ...victim, documentId: 'DOC-A' };
    expect(sameDocument(chrome, { frameId: 0, url: 'https://victim.test/app', documentId: 'DOC-B' })).toBe(false);
    expect(sameDocument(chrome, { frameId: 0, url: 'https://attacker.test/', documentId: 'DOC-A' })).toBe(true);
    // Firefox names the document's URL.
    const firefox = { ...victim, documentUrl: 'https://victim.test/app' };
    expect(sameDocument(firefox, { frameId: 0, url: 'https://victim.test/app#x' })).toBe(true);
    expect(sameDocument(firefox, { frameId: 0, url: 'https://victim.test/other' })).toBe(false);
    expect(sameDocument({ ...victim, initiator: undefined }, { frameId: 0, url: 'https://victim.test/app' })).toBe(false);
  });

  test('the wire beats the page; the page never replaces a body, and a dropped body stays dropped', () => {
    const page: CapturedBody = { source: 'page-fetch', binary: false, keptSize: 4, truncated: false, text: 'page' };
    expect(mayReplace(undefined, page)).toBe(true);
    expect(mayReplace(page, wire)).toBe(true);
    expect(mayReplace(wire, page)).toBe(false);
    expect(mayReplace(page, { ...page, text: 'second report' })).toBe(false);
    expect(mayReplace({ ...wire, text: undefined, dropped: 'memory' }, page)).toBe(false);
    expect(mayReplace({ ...page, text: undefined, dropped: 'storage' }, wire)).toBe(false);
  });

  test('the newest matching entry without a body wins', () => {
    const older = entry({ url: observed.url, method: 'POST', statusCode: 409, ...fromApp });
    const newer = entry({ url: observed.url, method: 'POST', statusCode: 409, ...fromApp });
    expect(findEntryForBody([newer, older], pageBody())).toBe(newer);
    newer.body = wire;
    expect(findEntryForBody([newer, older], pageBody())).toBe(older);
    older.body = { ...wire, text: undefined, dropped: 'memory' };
    expect(findEntryForBody([newer, older], pageBody())).toBeUndefined();
  });

  test('bodies that arrive first wait, bounded in number and age', () => {
    const waiting = new UnmatchedBodies();
    for (let i = 0; i < 60; i++) waiting.add(pageBody({ url: `https://api.example.test/u/${i}` }));
    const later = (n: number) => entry({ url: `https://api.example.test/u/${n}`, method: 'POST', statusCode: 409, ...fromApp });
    expect(waiting.take(later(0), 1000)).toBeUndefined(); // pushed out
    expect(waiting.take(later(59), 1000)?.url).toBe('https://api.example.test/u/59');
    expect(waiting.take(later(58), 1000 + 31_000)).toBeUndefined(); // too old
  });

  test('waiting bodies go when their frame navigates', () => {
    const waiting = new UnmatchedBodies();
    waiting.add(pageBody({ url: 'https://api.example.test/a' }));
    waiting.add(pageBody({ url: 'https://api.example.test/b', from: { frameId: 4, url: APP } }));
    waiting.frameNavigated(1, 4);
    expect(waiting.waiting(1)).toBe(1);
    waiting.frameNavigated(1, 0);
    expect(waiting.waiting(1)).toBe(0);
  });
});
