import { describe, expect, test } from 'vitest';
import { validatePageEvent } from './validate-page-event';
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
  ])('refuses %s', (_name, value) => expect(validatePageEvent(value)).toBeUndefined());
  test('caps oversized text and marks it truncated', () => {
    const event = validatePageEvent({ ...good, body: { ...good.body, text: 'x'.repeat(LIMITS.bodyBytes + 10) } });
    expect(event?.kind === 'response' && event.body.text?.length).toBe(LIMITS.bodyBytes);
    expect(event?.kind === 'response' && event.body.truncated).toBe(true);
  });
});
