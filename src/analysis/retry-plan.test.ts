import { describe, expect, it } from 'vitest';
import { httpOrigin, madeByOrigin, planRetry, retryText, vetRetry, type RetryRequest } from './retry-plan';
import { analyzeResponse } from './index';
import { maskBodyText, maskHeaderValue } from './secrets';

const URL_ = 'https://app.example.test/api/documents/7';
const put = (over: Partial<RetryRequest> = {}): RetryRequest => ({ method: 'PUT', url: URL_, headers: [['Content-Type', 'application/json']], body: '{"version":12}', ...over });

describe('the origin guard', () => {
  it('sends only to the origin of the original request', () => {
    expect(vetRetry(put(), URL_)).toBeUndefined();
    expect(vetRetry(put({ url: 'https://app.example.test/other?x=1' }), URL_)).toBeUndefined();
    expect(vetRetry(put({ url: 'https://evil.example/api/documents/7' }), URL_)).toBe('other-origin');
    expect(vetRetry(put({ url: 'http://app.example.test/api/documents/7' }), URL_)).toBe('other-origin'); // scheme
    expect(vetRetry(put({ url: 'https://app.example.test:8443/api/documents/7' }), URL_)).toBe('other-origin'); // port
    expect(vetRetry(put({ url: 'https://app.example.test.evil.example/x' }), URL_)).toBe('other-origin');
    expect(vetRetry(put({ url: 'https://app.example.test@evil.example/x' }), URL_)).toBe('other-origin'); // userinfo trick
  });

  it('refuses what is not an http(s) URL, whatever the original', () => {
    for (const url of ['javascript:alert(1)', 'data:text/plain,hi', 'file:///etc/passwd', '/api/documents/7', 'not a url', ' https://app.example.test/x']) {
      expect(vetRetry(put({ url }), URL_)).toBe('not-http');
    }
  });

  it('refuses methods fetch() refuses, and a method spelled otherwise than it is sent', () => {
    expect(vetRetry(put({ method: 'TRACE' }), URL_)).toBe('bad-method');
    expect(vetRetry(put({ method: 'CONNECT' }), URL_)).toBe('bad-method');
    expect(vetRetry(put({ method: 'P UT' }), URL_)).toBe('bad-method');
    expect(vetRetry(put({ method: 'put' }), URL_)).toBe('bad-method'); // fetch would send PUT: the confirm must show what goes
  });

  it('refuses headers a script cannot set, or that carry a line break', () => {
    expect(vetRetry(put({ headers: [['Cookie', 'sid=1']] }), URL_)).toBe('bad-header');
    expect(vetRetry(put({ headers: [['Origin', 'https://evil.example']] }), URL_)).toBe('bad-header');
    expect(vetRetry(put({ headers: [['X-A', 'a\r\nX-B: b']] }), URL_)).toBe('bad-header');
    expect(vetRetry(put({ headers: [['Bad Name', 'v']] }), URL_)).toBe('bad-header');
  });

  it('never sends a masked secret as if it were the secret', () => {
    expect(vetRetry(put({ headers: [['Authorization', maskHeaderValue('authorization', 'Bearer abc.def')]] }), URL_)).toBe('bad-header');
    expect(vetRetry(put({ headers: [['Authorization', 'Bearer abc.def']] }), URL_)).toBeUndefined(); // the check itself refuses masks, not values
    const masked = maskBodyText('{"password":"hunter2","version":12}', 'application/json');
    expect(vetRetry(put({ body: masked }), URL_)).toBe('masked-body');
    expect(vetRetry(put({ body: '{"password":"hunter2","version":12}' }), URL_)).toBeUndefined();
    expect(vetRetry(put({ url: `${URL_}?api_key=***` }), URL_)).toBe('masked-url');
  });

  it('reads origins of http(s) URLs and origin strings only', () => {
    expect(httpOrigin('http://127.0.0.1:8787')).toBe('http://127.0.0.1:8787');
    expect(httpOrigin('https://a.test/x?y')).toBe('https://a.test');
    expect(httpOrigin('chrome-extension://abc/x')).toBeUndefined();
    expect(httpOrigin(undefined)).toBeUndefined();
    expect(madeByOrigin({ initiator: 'https://app.test', url: 'https://api.test/x', type: 'fetch' })).toBe('https://app.test');
    expect(madeByOrigin({ documentUrl: 'https://app.test/page?q', url: 'https://api.test/x', type: 'fetch' })).toBe('https://app.test');
    expect(madeByOrigin({ url: 'https://api.test/x', type: 'fetch' })).toBeUndefined();
    expect(madeByOrigin({ url: 'https://api.test/x', type: 'main_frame' })).toBe('https://api.test');
  });
});

describe('planRetry', () => {
  it('plans the 409 fix as the analysis suggests it, and the confirm text is that request', () => {
    const analysis = analyzeResponse({
      url: URL_,
      method: 'PUT',
      status: 409,
      requestHeaders: { 'content-type': 'application/json', 'if-match': '"doc-7-v11"', authorization: 'Bearer ***', cookie: 'sid=***' },
      responseHeaders: { 'content-type': 'application/json', etag: '"doc-7-v12"' },
      body: JSON.stringify({ error: 'edit_conflict', message: 'Document 7 was modified by another user (version 12, you sent 11).', currentVersion: 12 }),
      requestBody: '{"title":"Q4 plan","version":11}',
    });
    const fix = analysis.suggestions[0]?.fix?.request;
    expect(fix).toBeDefined();
    const plan = planRetry(fix!, URL_);
    expect(plan).toEqual({
      ok: true,
      request: { method: 'PUT', url: URL_, headers: [['Content-Type', 'application/json'], ['If-Match', '"doc-7-v12"']], body: '{"title":"Q4 plan","version":12}' },
      leftOut: [
        { name: 'Authorization', reason: 'masked' },
        { name: 'Cookie', reason: 'browser' },
      ],
    });
    if (!plan.ok) return;
    expect(retryText(plan.request)).toBe(`PUT ${URL_}\nContent-Type: application/json\nIf-Match: "doc-7-v12"\n\n{"title":"Q4 plan","version":12}`);
  });

  it('gets no secret from a fix: the analysis masks the fixed request as the log masks it', () => {
    const analysis = analyzeResponse({
      url: `${URL_}?api_key=AIzaSECRET`,
      method: 'PUT',
      status: 409,
      requestHeaders: { 'content-type': 'application/json', 'if-match': '"v1"', authorization: 'Bearer eyJSECRET' },
      responseHeaders: { 'content-type': 'application/json', etag: '"v2"' },
      body: '{"error":"edit_conflict","message":"stale version"}',
      requestBody: '{"password":"hunter2","version":1}',
    });
    const fix = analysis.suggestions.find((s) => s.fix?.request)?.fix?.request;
    expect(fix).toBeDefined();
    expect(JSON.stringify(fix)).not.toMatch(/AIzaSECRET|eyJSECRET|hunter2/);
    expect(planRetry(fix!, URL_)).toEqual({ ok: false, refused: 'masked-url' });
    expect(planRetry({ ...fix!, url: URL_ }, URL_)).toEqual({ ok: false, refused: 'masked-body' });
  });

  it('drops a body fetch() would refuse, and says why a plan is refused', () => {
    expect(planRetry({ url: URL_, method: 'GET', headers: {}, body: 'x' }, URL_)).toEqual({ ok: true, request: { method: 'GET', url: URL_, headers: [] }, leftOut: [] });
    expect(planRetry({ url: 'https://evil.example/', method: 'GET', headers: {} }, URL_)).toEqual({ ok: false, refused: 'other-origin' });
    expect(planRetry({ url: URL_, method: 'g e t', headers: {} }, URL_)).toEqual({ ok: false, refused: 'bad-method' });
    expect(planRetry({ url: URL_, method: 'GET', headers: { 'x-a': 'a\nb', ':authority': 'x' } }, URL_)).toEqual({ ok: true, request: { method: 'GET', url: URL_, headers: [] }, leftOut: [{ name: 'x-a', reason: 'invalid' }] });
  });
});
