import { describe, expect, it } from 'vitest';
import { analyzeResponse } from './index';
import type { ObservedResponse, Suggestion } from './index';

/** 4xx advice: the rules by status, 409 conflicts, and authentication. */

const NOW = Date.UTC(2024, 4, 2, 9, 0, 0);

function analyze(status: number, more: Partial<ObservedResponse> = {}) {
  return analyzeResponse({ url: 'https://api.example.com/v1/users', method: 'GET', status, requestHeaders: { accept: 'application/json' }, responseHeaders: {}, ...more }, { now: NOW });
}
const ids = (suggestions: Suggestion[]) => suggestions.map((s) => s.id);
const json = (value: unknown) => ({ body: JSON.stringify(value), responseHeaders: { 'content-type': 'application/json' } });

describe('4xx rules', () => {
  it('400: a request body that is not JSON, with the parser error as evidence', () => {
    const { suggestions } = analyze(400, { method: 'POST', requestHeaders: { 'content-type': 'application/json' }, requestBody: '{"name":"Ada",}', ...json({ message: 'Malformed JSON' }) });
    expect(ids(suggestions)).toEqual(['invalid-json-body']);
    expect(suggestions[0]?.evidence[0]).toMatch(/^request body: .*JSON/);
    expect(suggestions[0]?.evidence).toContain('> Content-Type: application/json');
  });

  it('400 with only a message: the generic advice quotes it', () => {
    const [s] = analyze(400, json({ message: 'Unknown sort key "age"' })).suggestions;
    expect(s?.id).toBe('bad-request');
    expect(s?.detail).toContain('The server said: “Unknown sort key "age"”.');
    expect(s?.evidence).toEqual(['> GET /v1/users', 'message: "Unknown sort key \\"age\\""']);
  });

  it("400 from nginx's \"Request Header Or Cookie Too Large\" is a 431 in disguise", () => {
    const cookie = Array.from({ length: 40 }, (_, i) => `c${i}=${'x'.repeat(60)}`).join('; ');
    const { suggestions } = analyze(400, { requestHeaders: { cookie, accept: '*/*' }, responseHeaders: { 'content-type': 'text/html', server: 'nginx' }, body: '<html><head><title>400 Request Header Or Cookie Too Large</title></head><body><center><h1>400 Bad Request</h1></center><center>Request Header Or Cookie Too Large</center></body></html>' });
    expect(suggestions[0]?.id).toBe('headers-too-large');
    expect(suggestions[0]?.evidence[0]).toBe('> Cookie: 2.6 KB, 40 cookies');
    expect(suggestions[0]?.detail).toContain("Clear this site's cookies");
  });

  it('431 names the largest request headers', () => {
    const [s] = analyze(431, { requestHeaders: { authorization: `Bearer ${'a'.repeat(6000)}`, 'x-small': '1' } }).suggestions;
    expect(s?.id).toBe('headers-too-large');
    expect(s?.evidence[0]).toBe('> Authorization: 5.9 KB');
    expect(s?.detail).not.toContain('cookies');
  });

  it('414: the fix moves the query into a POST form body', () => {
    const url = `https://api.example.com/v1/search?ids=${Array.from({ length: 900 }, (_, i) => i).join(',')}`;
    const [s] = analyze(414, { url }).suggestions;
    expect(s?.id).toBe('uri-too-long');
    expect(s?.evidence[0]).toBe(`URL: ${url.length} characters (query: ${url.length - 'https://api.example.com/v1/search?'.length})`);
    expect(s?.fix?.curl).toMatch(/^curl 'https:\/\/api\.example\.com\/v1\/search' \\\n {2}-H 'Accept: application\/json' \\\n {2}-H 'Content-Type: application\/x-www-form-urlencoded' \\\n {2}--data-raw 'ids=0,1,2,/);
  });

  it('404: a missing route, a missing item, or a bare 404', () => {
    expect(analyze(404, { body: 'Cannot GET /v1/users', responseHeaders: { 'content-type': 'text/plain' } }).suggestions[0]?.id).toBe('not-found-route');
    expect(analyze(404, json({ error: 'User 42 not found' })).suggestions[0]?.id).toBe('not-found-resource');
    const bare = analyze(404).suggestions[0];
    expect(bare?.id).toBe('not-found');
    expect(bare?.title).toBe('Nothing at /v1/users');
  });

  it('408, 423, 425, 402 and 422 without fields', () => {
    expect(analyze(408, { responseHeaders: { connection: 'close' } }).suggestions[0]?.evidence).toEqual(['> GET /v1/users', '< Connection: close']);
    expect(analyze(423, json({ message: 'Document is locked by ada@example.com' })).suggestions[0]?.id).toBe('conflict-locked');
    expect(analyze(425).suggestions[0]?.id).toBe('too-early');
    expect(analyze(402, json({ message: 'Your trial has ended' })).suggestions[0]?.id).toBe('payment-required');
    expect(analyze(422, json({ message: 'Cannot ship an empty order' })).suggestions[0]?.id).toBe('unprocessable');
  });

  it('an HTML page answering a JSON request', () => {
    const { suggestions } = analyze(401, { responseHeaders: { 'content-type': 'text/html; charset=utf-8' }, body: '<html><head><title>Sign in</title></head><body><h1>Sign in to Acme</h1></body></html>' });
    expect(ids(suggestions)).toContain('html-for-api');
    expect(suggestions.find((s) => s.id === 'html-for-api')?.evidence.slice(0, 2)).toEqual(['> Accept: application/json', '< Content-Type: text/html; charset=utf-8']);
  });
});

describe('409 and friends', () => {
  it('names the field and value from a PostgreSQL unique violation', () => {
    const [s] = analyze(409, { method: 'POST', ...json({ error: 'duplicate key value violates unique constraint "users_email_key"', detail: 'Key (email)=(ada@example.com) already exists.' }) }).suggestions;
    expect(s?.id).toBe('conflict-duplicate');
    expect(s?.title).toBe('email “ada@example.com” is already taken');
  });

  it('names the field and value from a MongoDB E11000 error', () => {
    const [s] = analyze(409, json({ message: 'E11000 duplicate key error collection: shop.users index: email_1 dup key: { email: "ada@example.com" }' })).suggestions;
    expect(s?.title).toBe('email “ada@example.com” is already taken');
  });

  it('tells an edit conflict from a duplicate, and says If-Match only for an update', () => {
    const edit = analyze(409, { method: 'PATCH', requestHeaders: { 'content-type': 'application/json' }, requestBody: '{"title":"x"}', responseHeaders: { 'content-type': 'application/json', etag: '"v5"' }, body: '{"message":"Stale object: version 4 is outdated","version":5}' });
    expect(ids(edit.suggestions)).toEqual(['conflict-edit']);
    expect(edit.suggestions[0]?.detail).toContain('(version 5)');
    expect(edit.suggestions[0]?.fix?.curl).toContain(`-H 'If-Match: "v5"'`);
    const unknown = analyze(409, { method: 'PUT', responseHeaders: { etag: '"v9"' }, body: 'Order is already shipped' });
    expect(ids(unknown.suggestions)).toEqual(['conflict-state', 'conflict-edit']);
  });

  describe('a fixed update agrees with itself', () => {
    // The edit conflict of the demo and e2e fixture server (demo/server.mjs, /api/documents/7).
    const documentConflict = (requestBody: string, responseBody: Record<string, unknown> = { error: 'edit_conflict', message: 'Document 7 was modified by another user (version 12, you sent 11).', currentVersion: 12 }) =>
      analyze(409, {
        url: 'https://api.example.com/api/documents/7',
        method: 'PUT',
        requestHeaders: { 'content-type': 'application/json', 'if-match': '"doc-7-v11"' },
        requestBody,
        responseHeaders: { 'content-type': 'application/json', etag: '"doc-7-v12"' },
        body: JSON.stringify(responseBody),
      }).suggestions[0];

    it('the new If-Match comes with the new version in the body, in cURL and fetch()', () => {
      const s = documentConflict('{"title":"Q4 plan","version":11}');
      expect(s?.id).toBe('conflict-edit');
      for (const command of [s?.fix?.curl, s?.fix?.fetch]) {
        expect(command).toMatch(/If-Match.{1,8}doc-7-v12/);
        expect(command).toMatch(/version\\?":12\b/);
        expect(command).not.toMatch(/version\\?":11\b/);
        expect(command).not.toContain('doc-7-v11');
      }
      expect(s?.fix?.description).toMatch(/^Merge your changes into the current resource first/);
      expect(s?.fix?.description).toContain('sets version to 12 in the body (you sent 11)');
    });

    it('keeps the rest of the body as written, big numbers and spacing included', () => {
      const s = documentConflict('{ "id": 9007199254740993, "title": "Q4", "version" : 11 }');
      expect(s?.fix?.curl).toContain(`'{ "id": 9007199254740993, "title": "Q4", "version" : 12 }'`);
    });

    it('a string version stays a string; a nested one is found', () => {
      expect(documentConflict('{"data":{"version":"11","title":"x"}}', { message: 'stale', version: '12' })?.fix?.curl).toContain('{"data":{"version":"12","title":"x"}}');
    });

    it('when the server names no current version, the description says what to set and to merge', () => {
      const s = documentConflict('{"title":"Q4 plan","version":11}', { error: 'edit_conflict', message: 'Document 7 was modified by another user.' });
      expect(s?.fix?.curl).toContain('"version":11');
      expect(s?.fix?.description).toMatch(/^Merge your changes into the current resource first/);
      expect(s?.fix?.description).toContain('still says version: 11; set it to the current version too');
    });

    it('a version written twice is not guessed at', () => {
      const s = documentConflict('{"version":11,"items":[{"version":11}]}');
      expect(s?.fix?.curl).toContain('{"version":11,"items":[{"version":11}]}');
      expect(s?.fix?.description).toContain('still says version: 11; set it to 12 too');
    });

    it("CouchDB: the body's _rev follows the ETag", () => {
      const s = analyze(409, { method: 'PUT', requestBody: '{"_id":"a","_rev":"1-abc","n":2}', requestHeaders: { 'content-type': 'application/json' }, responseHeaders: { 'content-type': 'application/json', etag: '"2-def"' }, body: '{"error":"conflict","reason":"Document update conflict."}' }).suggestions[0];
      expect(s?.fix?.curl).toContain(`-H 'If-Match: "2-def"'`);
      expect(s?.fix?.curl).toContain('"_rev":"2-def"');
    });

    it('in Chinese too', () => {
      const s = analyzeResponse({ url: 'https://api.example.com/d/7', method: 'PUT', status: 409, requestHeaders: { 'content-type': 'application/json' }, requestBody: '{"version":11}', responseHeaders: { 'content-type': 'application/json', etag: '"v12"' }, body: '{"message":"version conflict","currentVersion":12}' }, { locale: 'zh-CN' }).suggestions[0];
      expect(s?.fix?.description).toContain('先把你的修改合并到当前资源中');
      expect(s?.fix?.description).toContain('version 改成了 12');
    });

    it('412 with If-Match gets the same consistent retry', () => {
      const s = analyze(412, { method: 'PUT', requestHeaders: { 'content-type': 'application/json', 'if-match': '"v1"' }, requestBody: '{"version":1,"title":"x"}', responseHeaders: { 'content-type': 'application/json', etag: '"v2"' }, body: '{"message":"precondition failed","currentVersion":2}' }).suggestions[0];
      expect(s?.fix?.curl).toContain(`-H 'If-Match: "v2"'`);
      expect(s?.fix?.curl).toContain('{"version":2,"title":"x"}');
    });
  });

  it('uses a CouchDB _rev from the body as If-Match when there is no ETag', () => {
    const [s] = analyze(409, { method: 'PUT', ...json({ error: 'conflict', reason: 'Document update conflict.', _rev: '2-7051cbe5c8faecd085a3fa619e6e6337' }) }).suggestions;
    expect(s?.fix?.curl).toContain(`-H 'If-Match: "2-7051cbe5c8faecd085a3fa619e6e6337"'`);
  });

  it('a unique violation that escaped as a 500', () => {
    const [s] = analyze(500, { body: 'Error: SQLITE_CONSTRAINT: UNIQUE constraint failed: users.email\n    at Statement.run (/app/db.js:10:3)', responseHeaders: { 'content-type': 'text/plain' } }).suggestions;
    expect(s?.id).toBe('unhandled-duplicate');
    expect(s?.title).toBe('email is already taken (the server crashed on it)');
  });
});

describe('401, 403 and the like', () => {
  it('401 without credentials: a fix that adds Authorization with a placeholder', () => {
    const [s] = analyze(401, { responseHeaders: { 'www-authenticate': 'Bearer realm="api"' } }).suggestions;
    expect(s?.id).toBe('auth-missing');
    expect(s?.detail).toContain('Realm: “api”.');
    expect(s?.fix?.curl).toBe("curl 'https://api.example.com/v1/users' \\\n  -H 'Accept: application/json' \\\n  -H 'Authorization: <your Authorization>'");
  });

  it('401 with only cookies: the session expired', () => {
    const { suggestions } = analyze(401, { requestHeaders: { cookie: 'sessionid=abc; theme=dark' }, responseHeaders: { 'www-authenticate': 'Bearer' } });
    expect(ids(suggestions).slice(0, 2)).toEqual(['session-expired', 'auth-missing']);
    expect(suggestions[0]?.evidence[0]).toBe('> Cookie: sessionid=***; theme=***');
  });

  it('401 with credentials of the right scheme, and a 401 without a challenge', () => {
    const { suggestions } = analyze(401, { requestHeaders: { authorization: 'Basic YWRhOndyb25n' }, ...json({ message: 'Bad credentials' }) });
    expect(ids(suggestions)).toEqual(['auth-rejected', 'auth-no-challenge']);
    expect(suggestions[0]?.detail).toContain('your Basic credentials');
  });

  it('403: CSRF, with the header the framework reads', () => {
    const [s] = analyze(403, { method: 'POST', requestHeaders: { cookie: 'csrftoken=abc; sessionid=def' }, ...json({ detail: 'CSRF Failed: CSRF token missing.' }) }).suggestions;
    expect(s?.id).toBe('csrf');
    expect(s?.detail).toContain('X-CSRFToken');
    expect(s?.fix?.curl).toContain("-H 'X-CSRFToken: <your X-CSRFToken>'");
  });

  it('403: authenticated but not allowed, versus anonymous', () => {
    expect(analyze(403, { requestHeaders: { authorization: 'Bearer t' }, ...json({ message: 'Requires the admin role' }) }).suggestions[0]?.id).toBe('forbidden-authenticated');
    expect(analyze(403, json({ message: 'Requires the admin role', code: 'FORBIDDEN' })).suggestions[0]?.id).toBe('forbidden-anonymous');
  });

  it('an invalid API key, with where it was sent', () => {
    const [s] = analyze(400, { url: 'https://maps.example.com/geocode?key=AIza123&q=Paris', ...json({ error: { code: 400, message: 'API key not valid. Please pass a valid API key.', status: 'INVALID_ARGUMENT' } }) }).suggestions;
    expect(s?.id).toBe('api-key-invalid');
    expect(s?.evidence[0]).toBe('> ?key=***');
  });

  it('511: a captive portal', () => {
    expect(analyze(511).suggestions[0]?.id).toBe('network-login');
  });
});

describe('the conflicting value in a message', () => {
  it('takes a quoted value, not the text between two apostrophes', () => {
    const title = (message: string) => analyze(409, json({ message })).suggestions[0]?.title;
    expect(title("Can't create user: 'bob' already exists")).toBe('“bob” is already taken');
    expect(title("Can't create this user, it already exists")).toBe('It already exists');
  });
});
