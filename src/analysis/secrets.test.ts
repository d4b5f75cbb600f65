import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MASK, fieldPlaceholder, isSecretField, isSecretHeader, maskBodyText, maskForm, maskHeaderValue, maskQuery, maskUrl, placeholder } from './secrets';
import { analyzeResponse } from './index';

describe('isSecretHeader', () => {
  it('credentials, cookies, API keys, sessions and anti-forgery tokens, in any case', () => {
    for (const name of ['Authorization', 'proxy-authorization', 'Cookie', 'Set-Cookie', 'X-Api-Key', 'x-auth-token', 'X-Session-Id', 'X-Session-Token', 'Session-Id', 'X-CSRF-Token', 'X-XSRF-TOKEN', 'X-CSRFToken', 'x-amz-security-token', 'X-Goog-Api-Key', 'Ocp-Apim-Subscription-Key', 'X-Client-Secret', 'X-Access-Key', 'X-Private-Key', 'X-Signature', 'X-Hub-Signature-256', 'X-Goog-IAP-JWT-Assertion', 'X-Password', 'X-Credential', 'X-Amz-Signature', 'DPoP']) {
      expect(isSecretHeader(name), name).toBe(true);
    }
  });
  it('leaves ordinary headers alone, including ones that merely mention keys or auth', () => {
    for (const name of ['Accept', 'Content-Type', 'WWW-Authenticate', 'Sec-WebSocket-Key', 'X-Request-Id', 'Keep-Alive', 'If-None-Match', 'X-Keyword', 'Authentication-Info', 'X-Author']) {
      expect(isSecretHeader(name), name).toBe(false);
    }
  });
});

describe('isSecretField', () => {
  it('matches camelCase, snake_case, kebab-case and any letter case', () => {
    const secrets = ['api_key', 'apiKey', 'api-key', 'APIKEY', 'access_token', 'accessToken', 'refresh_token', 'id_token', 'token', 'auth', 'key', 'sig', 'signature', 'secret', 'client_secret', 'clientSecret', 'password', 'passwd', 'pwd', 'pass', 'session', 'sessionid', 'session_id', 'sessionId', 'sid', 'jsessionid', 'JSESSIONID', 'PHPSESSID', 'X-Amz-Signature', 'X-Amz-Credential', 'X-Amz-Security-Token', 'X-Goog-Signature', 'X-Goog-Credential', 'otp', 'pin', 'cvv', 'ssn', 'csrfmiddlewaretoken', 'authenticity_token', 'new_password', 'currentPassword', 'stripeToken', 'aws_secret_access_key'];
    for (const name of secrets) expect(isSecretField(name), name).toBe(true);
  });
  it('whole names or known suffixes only: no silly false positives', () => {
    // `code` is not: it is how most APIs name their error code ("code": "ORDER_NOT_FOUND"), which the user came to read.
    const plain = ['monkey', 'keyword', 'keys', 'tokens_used', 'max_tokens', 'token_type', 'tokenizer', 'author', 'authority', 'passenger', 'compass', 'design', 'spinner', 'pinned', 'sidebar', 'inside', 'session_count', 'country_code', 'code', 'error_code', 'errorCode', 'zip', 'q', 'page', 'pageToken', 'next_page_token', 'NextToken', 'continuationToken', ''];
    for (const name of plain) expect(isSecretField(name), name).toBe(false);
  });
});

describe('maskHeaderValue', () => {
  it('keeps the scheme, cookie names and Set-Cookie attributes; masks the rest', () => {
    expect(maskHeaderValue('Authorization', 'Bearer eyJhbGciOi.x.y')).toBe(`Bearer ${MASK}`);
    expect(maskHeaderValue('authorization', 'AWS4-HMAC-SHA256 Credential=AKIA/..., Signature=abc')).toBe(`AWS4-HMAC-SHA256 ${MASK}`);
    expect(maskHeaderValue('Authorization', 'justatoken')).toBe(MASK);
    expect(maskHeaderValue('cookie', 'sid=abc; theme=dark')).toBe(`sid=${MASK}; theme=${MASK}`);
    expect(maskHeaderValue('Set-Cookie', 'sid=abc123; Path=/; HttpOnly; Secure')).toBe(`sid=${MASK}; Path=/; HttpOnly; Secure`);
    expect(maskHeaderValue('X-Api-Key', 'k_live_1')).toBe(MASK);
    expect(maskHeaderValue('Accept', 'text/html')).toBe('text/html');
  });
});

describe('maskUrl', () => {
  it('masks the password and secret query values; the rest stays byte for byte', () => {
    expect(maskUrl('https://ada:hunter2@x.test/a%20b?access_token=abc&page=2&API-KEY=k&q=a+b#top')).toBe(`https://ada:${MASK}@x.test/a%20b?access_token=${MASK}&page=2&API-KEY=${MASK}&q=a+b#top`);
    expect(maskUrl('https://x.test/cb#access_token=abc&token_type=bearer')).toBe(`https://x.test/cb#access_token=${MASK}&token_type=bearer`);
    expect(maskUrl('https://b.s3.amazonaws.com/k?X-Amz-Credential=AKIA%2F&X-Amz-Signature=ff&X-Amz-Expires=60')).toBe(`https://b.s3.amazonaws.com/k?X-Amz-Credential=${MASK}&X-Amz-Signature=${MASK}&X-Amz-Expires=60`);
    expect(maskUrl('https://ada@x.test/?key')).toBe('https://ada@x.test/?key');
    expect(maskUrl('/relative?pwd=1&x=%zz')).toBe(`/relative?pwd=${MASK}&x=%zz`);
    expect(maskUrl('https://x.test/?api%5Fkey=1', fieldPlaceholder)).toBe('https://x.test/?api%5Fkey=<your api%5Fkey>');
    for (const odd of ['', '?', '#', 'not a url', 'https://', 'https://@', 'https://a:b@']) expect(() => maskUrl(odd)).not.toThrow();
  });
});

describe('maskBodyText', () => {
  it('JSON at any depth: secret members masked, everything else byte-identical, still valid JSON', () => {
    const body = '{\n  "user": "ada",\n  "password" : "hunter2",\n  "pin": 1234,\n  "remember": true,\n  "profile": {"apiKey": "k\\"1", "tokens_used": 3, "name": "password"},\n  "credentials": {"user": "a", "list": ["x", 2, null]},\n  "items": [{"sessionId": "s"}]\n}';
    const masked = maskBodyText(body, 'application/json; charset=utf-8');
    expect(masked).toBe(`{\n  "user": "ada",\n  "password" : "${MASK}",\n  "pin": "${MASK}",\n  "remember": true,\n  "profile": {"apiKey": "${MASK}", "tokens_used": 3, "name": "password"},\n  "credentials": {"user": "${MASK}", "list": ["${MASK}", "${MASK}", null]},\n  "items": [{"sessionId": "${MASK}"}]\n}`);
    expect(() => JSON.parse(masked)).not.toThrow();
    expect(maskBodyText('{"a":{"password":"x"},"b":"kept"}', undefined, fieldPlaceholder)).toBe('{"a":{"password":"<your password>"},"b":"kept"}');
    expect(maskBodyText('{"pass\\u0077ord":"x"}', 'application/vnd.api+json')).toBe(`{"pass\\u0077ord":"${MASK}"}`);
  });
  it('cut or broken JSON never throws, and a secret cut mid-value is still masked', () => {
    expect(maskBodyText('{"token": "abc', 'application/json')).toBe(`{"token": "${MASK}"`);
    expect(maskBodyText('{"password": ', 'application/json')).toBe('{"password": ');
    for (const odd of ['{', '"', '\\', '{"a', '{"password"', '[1,2', '}}}]]]', '{"x": "\\', 'not json']) expect(() => maskBodyText(odd, 'application/json')).not.toThrow();
  });
  it('URL-encoded forms; other types are left alone', () => {
    expect(maskBodyText('user=ada&password=hunter%202&csrf_token=t&x=1', 'application/x-www-form-urlencoded')).toBe(`user=ada&password=${MASK}&csrf_token=${MASK}&x=1`);
    expect(maskBodyText('password=x', 'text/plain')).toBe('password=x');
    expect(maskForm({ user: ['ada'], password: ['a', 'b'] })).toEqual({ user: ['ada'], password: [MASK, MASK] });
    expect(maskQuery('a=1&&=2&b')).toBe('a=1&&=2&b');
  });
  it('a hostile megabyte takes one pass and comes out right', () => {
    const quotes = '"'.repeat(1 << 20);
    expect(maskBodyText(quotes, 'application/json')).toBe(quotes);
    const deep = `${'{"password":['.repeat(50_000)}"x"${']}'.repeat(50_000)}`;
    const maskedDeep = maskBodyText(deep, 'application/json');
    expect(maskedDeep).toBe(`${'{"password":['.repeat(50_000)}"${MASK}"${']}'.repeat(50_000)}`);
    const escapes = `{"password":"${'\\"'.repeat(300_000)}`;
    expect(maskBodyText(escapes, 'application/json')).toBe(`{"password":"${MASK}"`);
    const pairs = 'password=1&'.repeat(100_000);
    expect(maskBodyText(pairs, 'application/x-www-form-urlencoded')).toBe(`password=${MASK}&`.repeat(100_000));
    const url = `https://x.test/?${'a=b&'.repeat(250_000)}`;
    expect(maskUrl(url)).toBe(url);
  });
});

describe('one list, used everywhere', () => {
  it('placeholders name the header or field as the user will look for it', () => {
    expect(placeholder('x-api-key')).toBe('<your X-Api-Key>');
    expect(fieldPlaceholder('api_key')).toBe('<your api_key>');
  });

  it('the 414 fix moves the query to the body with secrets as placeholders', () => {
    const url = `https://api.example.com/search?q=${'x'.repeat(9000)}&api_key=AIzaSECRET&access_token=tok123`;
    const s = analyzeResponse({ url, method: 'GET', status: 414, requestHeaders: {}, responseHeaders: {} }).suggestions.find((x) => x.id === 'uri-too-long');
    expect(s?.fix?.curl).toContain('&api_key=<your api_key>&access_token=<your access_token>');
    expect(s?.fix?.fetch).toContain('&api_key=<your api_key>&access_token=<your access_token>');
    for (const secret of ['AIzaSECRET', 'tok123']) expect(JSON.stringify(s)).not.toContain(secret);
  });

  it('copied commands mask secret fields in JSON and form bodies', () => {
    const s = analyzeResponse({ url: 'https://x.test/login', method: 'POST', status: 415, requestHeaders: { 'content-type': 'text/plain' }, responseHeaders: { 'accept-post': 'application/json' }, requestBody: '{"user":"ada","password":"hunter2"}' }).suggestions[0];
    expect(s?.fix?.curl).toContain('"password":"<your password>"');
    expect(JSON.stringify(s)).not.toContain('hunter2');
  });

  it('the module README names this module as the place secrets are decided', () => {
    const readme = readFileSync(new URL('./README.md', import.meta.url), 'utf8');
    expect(readme).toContain('`secrets.ts` is the one place that decides what is a secret');
  });
});
