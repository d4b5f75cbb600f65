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

describe('what the page itself could read: headers, request body, duration', () => {
  const failure = { kind: 'failure', api: 'fetch', url: 'https://api.example.test/b', method: 'POST', message: 'Failed to fetch' };
  const full = {
    ...good,
    statusText: 'Not Found',
    responseHeaders: [['Content-Type', 'application/json'], ['x-request-id', 'abc']],
    requestHeaders: [['authorization', 'Bearer t']],
    requestBody: '{"q":1}',
    durationMs: 12.5,
  };

  test('accepts them, header names lower-cased', () => {
    expect(validatePageEvent(full)).toMatchObject({
      statusText: 'Not Found',
      responseHeaders: [['content-type', 'application/json'], ['x-request-id', 'abc']],
      requestHeaders: [['authorization', 'Bearer t']],
      requestBody: '{"q":1}',
      durationMs: 12.5,
    });
    expect(validatePageEvent({ ...failure, requestHeaders: [], requestBody: '', durationMs: 0 })).toMatchObject({ requestHeaders: [], requestBody: '', durationMs: 0 });
  });

  test('absent stays absent', () => {
    const event = validatePageEvent(good)!;
    for (const key of ['statusText', 'responseHeaders', 'requestHeaders', 'requestBody', 'durationMs']) expect(event).not.toHaveProperty(key);
  });

  test('a failure never carries response fields', () => {
    const event = validatePageEvent({ ...failure, statusText: 'OK', responseHeaders: [['a', 'b']] });
    expect(event).toBeDefined();
    expect(event).not.toHaveProperty('statusText');
    expect(event).not.toHaveProperty('responseHeaders');
  });

  const hostile: [string, Record<string, unknown>][] = [
    ['headers that are not an array', { responseHeaders: { 'content-type': 'x' } }],
    ['headers as a string', { requestHeaders: 'a: b' }],
    ['a line that is not a pair', { responseHeaders: [['a', 'b', 'c']] }],
    ['a line that is an object', { responseHeaders: [{ 0: 'a', 1: 'b', length: 2 }] }],
    ['a name that is not a token', { requestHeaders: [['x y', 'b']] }],
    ['a name with a colon', { requestHeaders: [['x:', 'b']] }],
    ['an empty name', { requestHeaders: [['', 'b']] }],
    ['a name too long', { requestHeaders: [['x'.repeat(LIMITS.headerNameChars + 1), 'b']] }],
    ['a value with CR LF', { requestHeaders: [['x', 'a\r\nSet-Cookie: s=1']] }],
    ['a value with NUL', { responseHeaders: [['x', 'a\0b']] }],
    ['a value that is a number', { responseHeaders: [['x', 1]] }],
    ['a request body that is not a string', { requestBody: { toString: () => 'x' } }],
    ['a negative duration', { durationMs: -1 }],
    ['an infinite duration', { durationMs: Infinity }],
    ['NaN as duration', { durationMs: NaN }],
    ['a duration as a string', { durationMs: '5' }],
    ['a status text with a line break', { statusText: 'Not Found\r\nX: 1' }],
    ['a status text that is not a string', { statusText: 404 }],
  ];
  test.each(hostile)('refuses %s', (_name, fields) => {
    expect(validatePageEvent({ ...full, ...fields })).toBeUndefined();
  });
  test.each(hostile.filter(([, fields]) => !('statusText' in fields) && !('responseHeaders' in fields)))('refuses a failure with %s', (_name, fields) => {
    expect(validatePageEvent({ ...failure, ...fields })).toBeUndefined();
  });

  test('caps lines in count, each value, and all of them together, as the browser lines are', () => {
    const many = Array.from({ length: LIMITS.headerCount + 50 }, (_, i) => [`x-${i}`, 'v']);
    const counted = validatePageEvent({ ...full, responseHeaders: many });
    expect(counted?.kind === 'response' && counted.responseHeaders).toHaveLength(LIMITS.headerCount);

    const long = validatePageEvent({ ...full, requestHeaders: [['x', 'v'.repeat(LIMITS.headerValueChars + 10)]] });
    expect(long?.requestHeaders?.[0]?.[1]).toHaveLength(LIMITS.headerValueChars);

    const big = Array.from({ length: 10 }, (_, i) => [`h${i}`, 'v'.repeat(LIMITS.headerValueChars)]);
    const total = validatePageEvent({ ...full, requestHeaders: big })!.requestHeaders!;
    const chars = total.reduce((n, [name, value]) => n + name.length + value.length, 0);
    expect(chars).toBeLessThanOrEqual(LIMITS.headerTotalChars);
    expect(total.length).toBeLessThan(10);
  });

  test('lines past the cap are left out unread, whatever they hold', () => {
    const lines: unknown[] = Array.from({ length: LIMITS.headerCount }, (_, i) => [`x-${i}`, 'v']);
    lines.push('not a line', [1, 2]);
    expect(validatePageEvent({ ...full, responseHeaders: lines })).toBeDefined();
  });

  test('caps the request body and the status text', () => {
    const event = validatePageEvent({ ...full, requestBody: 'b'.repeat(LIMITS.requestBodyBytes + 5), statusText: 's'.repeat(LIMITS.statusTextChars + 5) });
    expect(event?.requestBody).toHaveLength(LIMITS.requestBodyBytes);
    expect(event?.kind === 'response' && event.statusText).toHaveLength(LIMITS.statusTextChars);
  });

  test('a status text may hold tabs and Latin-1 (obs-text), as HTTP/1.1 allows', () => {
    expect(validatePageEvent({ ...full, statusText: 'Nicht\tgefunden \u00e9' })).toMatchObject({ statusText: 'Nicht\tgefunden \u00e9' });
  });
});

describe('GraphQL errors in a 200, and the mode of a failed fetch', () => {
  const graphql = { ...good, api: 'fetch', status: 200, graphqlErrors: 2, body: { ...good.body, source: 'page-fetch', text: '{"errors":[{"message":"a"},{"message":"b"}],"data":null}' } };

  test('a 200 is accepted only as a GraphQL report that counts its errors', () => {
    expect(validatePageEvent(graphql)).toMatchObject({ status: 200, graphqlErrors: 2 });
    expect(validatePageEvent({ ...good, graphqlErrors: 1 })).toBeUndefined(); // a count on a 404: refused, not repaired
  });
  test.each([
    ['no count', { ...graphql, graphqlErrors: undefined }],
    ['zero', { ...graphql, graphqlErrors: 0 }],
    ['a fraction', { ...graphql, graphqlErrors: 1.5 }],
    ['a string', { ...graphql, graphqlErrors: '3' }],
    ['too many', { ...graphql, graphqlErrors: 1e7 }],
    ['another 2xx', { ...graphql, status: 201 }],
  ])('refuses a GraphQL report with %s', (_name, value) => expect(validatePageEvent(value)).toBeUndefined());

  test("a failure's mode is kept when it is one fetch knows for a request that can fail, else the report is refused", () => {
    const failure = { kind: 'failure', api: 'fetch', url: 'https://api.example.test/a', message: 'Failed to fetch' };
    expect(validatePageEvent({ ...failure, mode: 'no-cors' })).toMatchObject({ mode: 'no-cors' });
    expect(validatePageEvent(failure)).not.toHaveProperty('mode');
    expect(validatePageEvent({ ...failure, mode: 'navigate' })).toBeUndefined();
    expect(validatePageEvent({ ...failure, mode: { toString: () => 'cors' } })).toBeUndefined();
  });
});
