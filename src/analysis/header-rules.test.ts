import { describe, expect, it } from 'vitest';
import { analyzeResponse } from './index';
import type { ObservedResponse, Suggestion, SuggestionId } from './index';

const NOW = Date.UTC(2024, 4, 2, 9, 0, 0);

function analyze(status: number, responseHeaders: Record<string, string>, more: Partial<ObservedResponse> = {}) {
  return analyzeResponse({ url: 'https://api.example.com/v1/items/7', method: 'GET', status, requestHeaders: {}, responseHeaders, ...more }, { now: NOW });
}

function find(suggestions: Suggestion[], id: SuggestionId): Suggestion {
  const s = suggestions.find((x) => x.id === id);
  if (!s) throw new Error(`no ${id} in ${suggestions.map((x) => x.id).join(', ')}`);
  return s;
}

describe('one case per header rule', () => {
  it('WWW-Authenticate: Bearer error="insufficient_scope" with a scope', () => {
    const { suggestions } = analyze(403, { 'www-authenticate': 'Bearer realm="api", error="insufficient_scope", scope="repo:write"' }, { requestHeaders: { authorization: 'Bearer abc' } });
    expect(suggestions[0]?.id).toBe('token-scope');
    expect(suggestions[0]?.title).toBe('The token lacks the scope “repo:write”');
    expect(suggestions[0]?.evidence).toContain('< WWW-Authenticate: Bearer realm="api", error="insufficient_scope", scope="repo:write"');
  });

  it('WWW-Authenticate: the server wants another scheme than the one sent', () => {
    const { suggestions } = analyze(401, { 'www-authenticate': 'Basic realm="admin", charset="UTF-8"' }, { requestHeaders: { authorization: 'Bearer abc.def' } });
    expect(suggestions[0]?.id).toBe('auth-wrong-scheme');
    expect(suggestions[0]?.title).toBe('The server wants Basic, you sent Bearer');
    expect(suggestions[0]?.evidence).toContain('> Authorization: Bearer ***');
  });

  it('Proxy-Authenticate on a 407', () => {
    const { suggestions } = analyze(407, { 'proxy-authenticate': 'Basic realm="corp-proxy"' });
    expect(suggestions[0]?.id).toBe('proxy-auth');
    expect(suggestions[0]?.title).toBe('Your proxy requires credentials (Basic)');
    expect(suggestions[0]?.detail).toContain('“corp-proxy”');
  });

  it('Allow: a fix with the nearest allowed method', () => {
    const { suggestions } = analyze(405, { allow: 'GET, PATCH, DELETE' }, { method: 'PUT', requestHeaders: { 'content-type': 'application/json' }, requestBody: '{"a":1}' });
    const s = find(suggestions, 'method-not-allowed');
    expect(s.evidence).toEqual(['> PUT /v1/items/7', '< Allow: GET, PATCH, DELETE']);
    expect(s.fix?.description).toBe('Retry with PATCH');
    expect(s.fix?.curl).toBe("curl 'https://api.example.com/v1/items/7' \\\n  -X 'PATCH' \\\n  -H 'Content-Type: application/json' \\\n  --data-raw '{\"a\":1}'");
    expect(s.fix?.fetch).toContain('method: "PATCH"');
  });

  it('Allow: entries that are not method tokens never reach a fixed request', () => {
    // A server can put shell syntax in Allow; octal escapes like \\101 would survive upper-casing.
    for (const allow of ['X|$SHELL|#', '\\101', 'GET, X|$SHELL|#', "$(touch pwned), a b, PO\u017fT", 'X\u001b[201~;id']) {
      const s = find(analyze(405, { allow }, { method: 'PUT' }).suggestions, 'method-not-allowed');
      const commands = `${s.fix?.curl ?? ''}\n${s.fix?.fetch ?? ''}`;
      for (const bad of ['SHELL', '\\101', 'touch', '201~', '\u017f']) expect(commands, allow).not.toContain(bad);
      if (allow.startsWith('GET')) expect(s.fix?.curl, allow).toBe("curl 'https://api.example.com/v1/items/7'");
      else expect(s.fix, allow).toBeUndefined();
    }
  });

  it('Allow: methods keep their case; only the ones Fetch normalises are upper-cased', () => {
    expect(find(analyze(405, { allow: 'purge' }, { method: 'DELETE' }).suggestions, 'method-not-allowed').fix?.curl).toContain("-X 'purge'");
    expect(find(analyze(405, { allow: 'get' }, { method: 'DELETE' }).suggestions, 'method-not-allowed').fix?.description).toBe('Retry with GET');
  });

  it('Allow: empty means nothing is allowed; absent gets no fix', () => {
    expect(find(analyze(405, { allow: '' }, { method: 'POST' }).suggestions, 'method-not-allowed').detail).toContain('allows no method');
    const absent = find(analyze(405, {}, { method: 'POST' }).suggestions, 'method-not-allowed');
    expect(absent.fix).toBeUndefined();
    expect(absent.detail).toContain('did not send the Allow header');
  });

  it('Accept sent versus what is offered (406)', () => {
    const s = find(analyze(406, { 'content-type': 'application/json' }, { requestHeaders: { accept: 'application/xml' }, body: '{"message":"Supported: application/json, text/csv"}' }).suggestions, 'not-acceptable');
    expect(s.evidence.slice(0, 2)).toEqual(['> Accept: application/xml', '< Content-Type: application/json']);
    expect(s.detail).toContain('the server can produce application/json, text/csv');
    expect(s.fix?.curl).toContain("-H 'Accept: application/json'");
  });

  it('Accept-Patch: the Content-Type to use for a PATCH (415)', () => {
    const s = find(analyze(415, { 'accept-patch': 'application/merge-patch+json, application/json-patch+json' }, { method: 'PATCH', requestHeaders: { 'content-type': 'application/json' }, requestBody: '{"name":"x"}' }).suggestions, 'unsupported-media-type');
    expect(s.evidence).toEqual(['> Content-Type: application/json', '< Accept-Patch: application/merge-patch+json, application/json-patch+json']);
    expect(s.fix?.description).toBe('Retry with Content-Type: application/merge-patch+json (and a body in that format)');
    expect(s.fix?.curl).toContain("-H 'Content-Type: application/merge-patch+json'");
  });

  it('Accept-Post, and no Content-Type sent at all (415)', () => {
    const s = find(analyze(415, { 'accept-post': 'application/json; charset=utf-8' }, { method: 'POST', requestBody: '{"a":1}' }).suggestions, 'unsupported-media-type');
    expect(s.title).toBe('No Content-Type was sent');
    expect(s.evidence[0]).toBe('> (no Content-Type was sent)');
    expect(s.fix?.curl).toContain("-H 'Content-Type: application/json'");
  });

  it('Content-Range: bytes */size on a 416', () => {
    const s = find(analyze(416, { 'content-range': 'bytes */1234' }, { requestHeaders: { range: 'bytes=2000-' } }).suggestions, 'range-not-satisfiable');
    expect(s.evidence).toEqual(['> Range: bytes=2000-', '< Content-Range: bytes */1234']);
    expect(s.detail).toContain('1234 bytes long');
    expect(s.detail).toContain('you already have all of it');
    expect(s.fix?.curl).toBe("curl 'https://api.example.com/v1/items/7'");
  });

  it('Retry-After in seconds (503)', () => {
    const s = analyze(503, { 'retry-after': '120' }).suggestions[0];
    expect(s?.id).toBe('retry-after');
    expect(s?.title).toBe('Temporarily unavailable: retry in 2 min');
    expect(s?.evidence).toEqual(['< Retry-After: 120']);
  });

  it('Retry-After as an HTTP date, against the Date header (429)', () => {
    const s = analyze(429, { 'retry-after': 'Thu, 02 May 2024 09:01:30 GMT', date: 'Thu, 02 May 2024 09:00:00 GMT' }).suggestions[0];
    expect(s?.title).toBe('Rate limited: wait 1 min 30 s');
    expect(s?.evidence).toEqual(['< Retry-After: Thu, 02 May 2024 09:01:30 GMT', '< Date: Thu, 02 May 2024 09:00:00 GMT']);
  });

  it('Retry-After as an HTTP date without a Date header uses the injected now', () => {
    expect(analyze(429, { 'retry-after': 'Thu, 02 May 2024 09:00:45 GMT' }).suggestions[0]?.title).toBe('Rate limited: wait 45 s');
  });

  it('RateLimit + RateLimit-Policy (structured fields)', () => {
    const s = analyze(429, { ratelimit: '"default";r=0;t=30', 'ratelimit-policy': '"default";q=100;w=60' }).suggestions[0];
    expect(s?.title).toBe('Rate limited: wait 30 s');
    expect(s?.detail).toContain('You have 0 of 100 requests left; the window resets in 30 s.');
    expect(s?.evidence).toEqual(['< RateLimit: "default";r=0;t=30', '< RateLimit-Policy: "default";q=100;w=60']);
  });

  it('RateLimit-Limit, -Remaining, -Reset (earlier drafts)', () => {
    const s = analyze(429, { 'ratelimit-limit': '50', 'ratelimit-remaining': '0', 'ratelimit-reset': '12' }).suggestions[0];
    expect(s?.title).toBe('Rate limited: wait 12 s');
    expect(s?.evidence).toEqual(['< RateLimit-Limit: 50', '< RateLimit-Remaining: 0', '< RateLimit-Reset: 12']);
  });

  it('X-RateLimit-* with an epoch reset', () => {
    const reset = String(NOW / 1000 + 3 * 3600 + 120);
    const s = analyze(429, { 'x-ratelimit-limit': '5000', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset }).suggestions[0];
    expect(s?.title).toBe('Rate limited: wait 3 h 2 min');
    expect(s?.evidence).toContain(`< X-RateLimit-Reset: ${reset}`);
  });

  it('ETag and If-Match on a 412: retry with the current ETag', () => {
    const s = analyze(412, { etag: '"v8"' }, { method: 'PUT', requestHeaders: { 'if-match': '"v7"', 'content-type': 'text/plain' }, requestBody: 'hello' }).suggestions[0];
    expect(s?.id).toBe('precondition-failed');
    expect(s?.detail).toContain('You sent If-Match: "v7"');
    expect(s?.detail).toContain('its ETag is now "v8"');
    expect(s?.evidence).toEqual(['> If-Match: "v7"', '< ETag: "v8"']);
    expect(s?.fix?.curl).toContain(`-H 'If-Match: "v8"'`);
    expect(s?.fix?.curl).not.toContain('"v7"');
  });

  it('If-None-Match: * on a 412 means it exists', () => {
    expect(analyze(412, {}, { method: 'PUT', requestHeaders: { 'if-none-match': '*' } }).suggestions[0]?.id).toBe('precondition-exists');
  });

  it('428: send If-Match with the ETag of a GET', () => {
    const s = analyze(428, {}, { method: 'DELETE' }).suggestions[0];
    expect(s?.id).toBe('precondition-required');
    expect(s?.fix?.description).toBe('Add If-Match with the ETag from a GET of the same URL');
    expect(s?.fix?.curl).toContain(`-H 'If-Match: "<ETag from a GET>"'`);
  });

  it('Link rel="blocked-by" on a 451', () => {
    const s = analyze(451, { link: '<https://authority.example.org/>; rel="blocked-by"' }).suggestions[0];
    expect(s?.id).toBe('legal-block');
    expect(s?.detail).toContain('https://authority.example.org/');
    expect(s?.evidence).toEqual(['< Link: <https://authority.example.org/>; rel="blocked-by"']);
  });

  it('Link rel="successor-version" and Sunset on a 410', () => {
    const s = analyze(410, { link: '<https://api.example.com/v2/items/7>; rel="successor-version"', sunset: 'Wed, 01 May 2024 00:00:00 GMT' }).suggestions[0];
    expect(s?.id).toBe('gone');
    expect(s?.detail).toContain('its successor is https://api.example.com/v2/items/7');
    expect(s?.evidence).toContain('< Sunset: Wed, 01 May 2024 00:00:00 GMT');
  });

  it('413 with Content-Length sent and a temporary limit', () => {
    const s = analyze(413, { 'retry-after': '60', server: 'nginx' }, { method: 'POST', requestHeaders: { 'content-length': '5242880' } }).suggestions[0];
    expect(s?.title).toBe('The request body is too large (5.0 MB)');
    expect(s?.detail).toContain('temporary');
    expect(s?.detail).toContain('client_max_body_size');
    expect(s?.evidence).toEqual(['> Content-Length: 5242880', '< Retry-After: 60']);
  });
});

describe('trace ids from headers', () => {
  const cases: [Record<string, string>, string, string][] = [
    [{ traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01' }, '0af7651916cd43dd8448eb211c80319c', '< traceparent: 00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01'],
    [{ traceparent: '00-00000000000000000000000000000000-b7ad6b7169203331-01', 'x-request-id': 'req-1' }, 'req-1', '< X-Request-Id: req-1'],
    [{ 'x-correlation-id': 'corr-9' }, 'corr-9', '< X-Correlation-Id: corr-9'],
    [{ 'x-amzn-requestid': '7c5b0d1e-aaaa-bbbb-cccc-123456789012' }, '7c5b0d1e-aaaa-bbbb-cccc-123456789012', '< x-amzn-RequestId: 7c5b0d1e-aaaa-bbbb-cccc-123456789012'],
    [{ 'x-amz-request-id': '4442587FB7D0A2F9' }, '4442587FB7D0A2F9', '< X-Amz-Request-Id: 4442587FB7D0A2F9'],
    [{ 'x-amzn-trace-id': 'Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1' }, '1-5759e988-bd862e3fe1be46a994272793', '< X-Amzn-Trace-Id: Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1'],
    [{ 'x-amz-cf-id': 'fK3xIlfEpa-Sw2==' }, 'fK3xIlfEpa-Sw2==', '< X-Amz-Cf-Id: fK3xIlfEpa-Sw2=='],
    [{ 'cf-ray': '87d2a1b2c3d4e5f6-FRA' }, '87d2a1b2c3d4e5f6-FRA', '< CF-Ray: 87d2a1b2c3d4e5f6-FRA'],
    [{ 'x-cloud-trace-context': '105445aa7843bc8bf206b12000100000/1;o=1' }, '105445aa7843bc8bf206b12000100000', '< X-Cloud-Trace-Context: 105445aa7843bc8bf206b12000100000/1;o=1'],
    [{ 'x-b3-traceid': '80f198ee56343ba864fe8b2a57d3eff7' }, '80f198ee56343ba864fe8b2a57d3eff7', '< X-B3-TraceId: 80f198ee56343ba864fe8b2a57d3eff7'],
    [{ b3: '80f198ee56343ba864fe8b2a57d3eff7-e457b5a2e4d86bd1-1' }, '80f198ee56343ba864fe8b2a57d3eff7', '< b3: 80f198ee56343ba864fe8b2a57d3eff7-e457b5a2e4d86bd1-1'],
    [{ 'request-id': 'req_QeGRsoXGSKDyBr' }, 'req_QeGRsoXGSKDyBr', '< Request-Id: req_QeGRsoXGSKDyBr'],
    [{ 'x-github-request-id': 'C3A8:2F9B:1A2B3C' }, 'C3A8:2F9B:1A2B3C', '< X-GitHub-Request-Id: C3A8:2F9B:1A2B3C'],
  ];
  it.each(cases)('%o', (headers, id, evidence) => {
    const result = analyze(500, headers);
    expect(result.error).toEqual({ format: 'empty', fields: [], traceId: id });
    expect(find(result.suggestions, 'share-trace-id').evidence).toEqual([evidence]);
  });

  it('a trace id in the body wins over the headers', () => {
    const result = analyze(500, { 'content-type': 'application/json', 'x-request-id': 'from-header' }, { body: '{"message":"boom","correlationId":"from-body"}' });
    expect(result.error?.traceId).toBe('from-body');
    expect(find(result.suggestions, 'share-trace-id').evidence).toEqual(['correlationId: "from-body"']);
  });
});
