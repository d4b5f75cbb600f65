import { describe, expect, test } from 'vitest';
import { UnmatchedBodies, bodyMatches, findEntryForBody, type PageBody } from './join-body';
import { entry } from './test-helpers';

const pageBody = (over: Partial<PageBody> = {}): PageBody => ({
  tabId: 1,
  frameId: 0,
  url: 'https://api.example.test/users',
  method: 'POST',
  status: 409,
  body: { source: 'page-fetch', binary: false, text: '{}', keptSize: 2, truncated: false },
  receivedAt: 1000,
  ...over,
});

describe('joining page bodies to observed responses', () => {
  const observed = entry({ url: 'https://api.example.test/users', method: 'POST', statusCode: 409 });

  test('matches on tab, frame, URL, method and status', () => {
    expect(bodyMatches(observed, pageBody())).toBe(true);
    expect(bodyMatches(observed, pageBody({ tabId: 2 }))).toBe(false);
    expect(bodyMatches(observed, pageBody({ frameId: 3 }))).toBe(false);
    expect(bodyMatches(observed, pageBody({ status: 422 }))).toBe(false);
    expect(bodyMatches(observed, pageBody({ method: 'GET' }))).toBe(false);
    expect(bodyMatches(observed, pageBody({ url: 'https://api.example.test/users?x=1' }))).toBe(false);
  });

  test('a page body never lands on an image or a document; a rendered document only on documents', () => {
    const image = entry({ type: 'image', url: 'https://x.test/a.png', method: 'GET', statusCode: 404 });
    expect(bodyMatches(image, pageBody({ url: image.url, method: 'GET', status: 404 }))).toBe(false);
    const frame = entry({ type: 'sub_frame', url: 'https://x.test/f', method: 'GET', statusCode: 500, frameId: 5 });
    const rendered = pageBody({ url: frame.url, method: 'GET', status: 500, frameId: 5, body: { source: 'rendered-document', binary: false, keptSize: 1, truncated: false, text: '<p>' } });
    expect(bodyMatches(frame, rendered)).toBe(true);
    expect(bodyMatches(observed, { ...rendered, url: observed.url, method: 'POST', status: 409 })).toBe(false);
  });

  test('the newest matching entry without a better body wins', () => {
    const older = entry({ url: observed.url, method: 'POST', statusCode: 409 });
    const newer = entry({ url: observed.url, method: 'POST', statusCode: 409 });
    expect(findEntryForBody([newer, older], pageBody())).toBe(newer);
    newer.body = { source: 'network', binary: false, keptSize: 1, truncated: false, text: 'wire' };
    expect(findEntryForBody([newer, older], pageBody())).toBe(older);
  });

  test('bodies that arrive first wait, bounded in number and age', () => {
    const waiting = new UnmatchedBodies();
    for (let i = 0; i < 60; i++) waiting.add(pageBody({ url: `https://api.example.test/u/${i}` }));
    expect(waiting.take(entry({ url: 'https://api.example.test/u/0', method: 'POST', statusCode: 409 }), 1000)).toBeUndefined(); // pushed out
    expect(waiting.take(entry({ url: 'https://api.example.test/u/59', method: 'POST', statusCode: 409 }), 1000)?.url).toBe('https://api.example.test/u/59');
    expect(waiting.take(entry({ url: 'https://api.example.test/u/58', method: 'POST', statusCode: 409 }), 1000 + 31_000)).toBeUndefined(); // too old
  });
});
