import { readSettings } from '../shared/settings';
import { describe, expect, test } from 'vitest';
import { StatusLensService, type ServiceDeps } from './service';
import type { PageResponseEvent } from '../shared/protocol';
import { readBody } from '../analysis/detect';

const FRAME = { tabId: 1, frameId: 0, url: 'https://app.example.test/', origin: 'https://app.example.test' };
const text = '{"errors":[{"message":"Cannot query field \\"emial\\" on type \\"User\\".","locations":[{"line":1,"column":9}]}],"data":null}';
const report: PageResponseEvent = {
  kind: 'response', api: 'fetch', url: 'https://app.example.test/graphql', method: 'POST', status: 200, graphqlErrors: 1,
  requestBody: '{"query":"{ me { emial } }"}', body: { source: 'page-fetch', binary: false, text, keptSize: text.length, truncated: false },
};

function service(watch?: ServiceDeps['watch']) {
  return new StatusLensService({ watch, now: () => 5_000, setTimeout: () => undefined, setBadge: () => undefined, persist: () => undefined });
}

describe('GraphQL errors in a 200 (settings.flag.graphqlErrors)', () => {
  test('not logged unless the user asks, even if a page reports one', () => {
    const s = service();
    expect(s.pageEvent(report, FRAME)).toBe(false);
    expect(s.logs.size(1)).toBe(0);
  });

  test.each([
    ['full capture', undefined],
    ['light capture', { level: () => 'light' as const, full: () => false }],
  ])('asked for, in %s: the page report is the entry (webRequest logs no 200), status 200, marked with its count', (_name, watch) => {
    const s = service(watch);
    s.applySettings(readSettings({ flag: { redirects: false, graphqlErrors: true } }));
    expect(s.pageEvent(report, FRAME)).toBe(true);
    expect(s.logs.snapshot(1).entries).toMatchObject([
      { kind: 'http-error', statusCode: 200, graphqlErrors: 1, seenBy: 'page', method: 'POST', requestBody: { text: '{"query":"{ me { emial } }"}' }, body: { text } },
    ]);
  });
});

test("the GraphQL error's message is what the body reader takes as the server's message", () => {
  const reading = readBody({ url: report.url, method: 'POST', status: 200, requestHeaders: {}, responseHeaders: { 'content-type': 'application/json' }, body: text }).reading;
  expect(reading?.message).toBe('Cannot query field "emial" on type "User".');
});
