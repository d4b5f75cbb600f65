import { describe, expect, test } from 'vitest';
import { validateDocumentReport, validatePageEvent } from './validate-page-event';
import { LIMITS } from './limits';

const good = {
  kind: 'response', api: 'xhr', url: 'https://api.example.test/a', method: 'get', status: 404,
  body: { source: 'page-xhr', binary: false, text: 'nope', keptSize: 4, truncated: false },
};

describe('validatePageEvent: page messages are untrusted', () => {
  test('accepts a well-formed event and normalises it', () => {
    expect(validatePageEvent(good)).toMatchObject({ kind: 'response', method: 'GET', status: 404, body: { source: 'page-xhr', text: 'nope' } });
  });
  test.each([
    ['not an object', 'x'],
    ['unknown kind', { ...good, kind: 'steal' }],
    ['unflagged status', { ...good, status: 200 }],
    ['non-http URL', { ...good, url: 'chrome://settings' }],
    ['body labelled as another source', { ...good, body: { ...good.body, source: 'network' } }],
    ['text that is not a string', { ...good, body: { ...good.body, text: { toString: 1 } } }],
    ['method with odd characters', { ...good, method: 'GET\r\nX: 1' }],
    ['method that is not an RFC 9110 token', { ...good, method: 'X $(id)' }],
    // Rendered documents come from the relay on their own message; the page channel cannot carry one.
    ['a rendered document', { kind: 'document', url: good.url, status: 500, body: { ...good.body, source: 'rendered-document' } }],
  ])('refuses %s', (_name, value) => expect(validatePageEvent(value)).toBeUndefined());
  test('caps oversized text and marks it truncated', () => {
    const event = validatePageEvent({ ...good, body: { ...good.body, text: 'x'.repeat(LIMITS.bodyBytes + 10) } });
    expect(event?.kind === 'response' && event.body.text?.length).toBe(LIMITS.bodyBytes);
    expect(event?.kind === 'response' && event.body.truncated).toBe(true);
  });
});

describe('methods and labels', () => {
  test('a method is a token; case is kept except for the six Fetch normalises; absent is allowed', () => {
    expect(validatePageEvent({ ...good, method: 'patch' })).toMatchObject({ method: 'patch' });
    expect(validatePageEvent({ ...good, method: "X|$SHELL|#" })).toMatchObject({ method: 'X|$SHELL|#' }); // a token: quoting makes it safe
    const noMethod = validatePageEvent({ ...good, method: undefined });
    expect(noMethod).toBeDefined();
    expect(noMethod && 'method' in noMethod ? noMethod.method : undefined).toBeUndefined();
  });
  test('a page cannot label its own body as verified or as dropped', () => {
    const event = validatePageEvent({ ...good, body: { ...good.body, reportedBy: 'https://bank.test', dropped: 'memory' } });
    expect(event?.kind === 'response' && event.body).not.toHaveProperty('reportedBy');
    expect(event?.kind === 'response' && event.body).not.toHaveProperty('dropped');
  });
  test("the relay's document report is checked and capped like the rest", () => {
    const report = { kind: 'document', url: good.url, status: 500, body: { source: 'rendered-document', binary: false, text: 'x'.repeat(LIMITS.bodyBytes + 1), keptSize: 1, truncated: false } };
    expect(validateDocumentReport(report)?.body.text).toHaveLength(LIMITS.bodyBytes);
    expect(validateDocumentReport({ ...report, status: 200 })).toBeUndefined();
    expect(validateDocumentReport({ ...report, body: { ...report.body, source: 'network' } })).toBeUndefined();
  });
});
