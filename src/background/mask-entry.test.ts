import { describe, expect, test } from 'vitest';
import { maskEntry } from './mask-entry';
import { entry } from './test-helpers';

describe('maskEntry', () => {
  const secretive = () =>
    entry({
      url: 'https://u:pa55@api.example.test/v1/items?api_key=K3Y&accessToken=T0K&page=2',
      requestHeaders: [
        { name: 'Authorization', value: 'Bearer eyJhbGciOi.secret' },
        { name: 'Cookie', value: 'sid=abc123; theme=dark' },
        { name: 'X-Session-Id', value: 's-998877' },
        { name: 'Content-Type', value: 'application/json' },
      ],
      // Firefox shows even HttpOnly cookies to extensions.
      responseHeaders: [
        { name: 'Set-Cookie', value: 'sid=newsecret; Path=/; HttpOnly' },
        { name: 'Content-Type', value: 'application/json' },
      ],
      requestBody: { text: '{"user":"ada","password":"hunter2","profile":{"apiKey":"nested"}}', size: 60, truncated: false },
      body: { source: 'network', binary: false, text: '{"error":"expired","refresh_token":"r-123","code":"TOKEN_EXPIRED"}', keptSize: 60, truncated: false, mimeType: 'application/json' },
    });

  test('masks every secret the rules name, in URL, headers and both bodies', () => {
    const live = secretive();
    const shown = maskEntry(live, 'revealable');
    const all = JSON.stringify(shown);
    for (const secret of ['pa55', 'K3Y', 'T0K', 'eyJhbGciOi', 'abc123', 's-998877', 'newsecret', 'hunter2', 'nested', 'r-123']) expect(all).not.toContain(secret);
    expect(shown.url).toBe('https://u:***@api.example.test/v1/items?api_key=***&accessToken=***&page=2');
    expect(shown.requestHeaders.map((h) => h.value)).toEqual(['Bearer ***', 'sid=***; theme=***', '***', 'application/json']);
    expect(shown.responseHeaders[0]!.value).toBe('sid=***; Path=/; HttpOnly');
    expect(shown.body!.text).toContain('"code":"TOKEN_EXPIRED"'); // what the user came to read stays
    expect(shown.masked).toBe('revealable');
  });

  test('masks form fields and never changes the live entry', () => {
    const live = entry({ requestBody: { form: { user: ['ada'], pwd: ['hunter2'] }, size: 20, truncated: false } });
    const shown = maskEntry(live, 'stored');
    expect(shown.requestBody!.form).toEqual({ user: ['ada'], pwd: ['***'] });
    expect(shown.masked).toBe('stored');
    expect(live.requestBody!.form!.pwd).toEqual(['hunter2']);
    expect(live.masked).toBeUndefined();
  });

  test('an entry with nothing secret is returned as it is, and a stored copy is not masked twice', () => {
    const plain = entry({ url: 'https://api.example.test/items?page=2' });
    expect(maskEntry(plain, 'revealable')).toBe(plain);
    const stored = maskEntry(secretive(), 'stored');
    expect(maskEntry(stored, 'revealable')).toBe(stored);
  });
});
