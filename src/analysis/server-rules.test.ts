import { describe, expect, it } from 'vitest';
import { analyzeResponse } from './index';
import type { ObservedResponse } from './index';

/** 5xx advice (gateway or origin), fallbacks for every status, and what the analysis never returns: secrets, unbounded text. */

const NOW = Date.UTC(2024, 4, 2, 9, 0, 0);

function analyze(status: number, more: Partial<ObservedResponse> = {}) {
  return analyzeResponse({ url: 'https://api.example.com/v1/users', method: 'GET', status, requestHeaders: { accept: 'application/json' }, responseHeaders: {}, ...more }, { now: NOW });
}
const json = (value: unknown) => ({ body: JSON.stringify(value), responseHeaders: { 'content-type': 'application/json' } });

describe('5xx rules', () => {
  it('a gateway timeout from an AWS load balancer', () => {
    const [s] = analyze(504, { responseHeaders: { server: 'awselb/2.0', 'content-type': 'text/html' }, body: '<html><head><title>504 Gateway Time-out</title></head><body><center><h1>504 Gateway Time-out</h1></center></body></html>' }).suggestions;
    expect(s?.id).toBe('gateway-failure');
    expect(s?.title).toBe('awselb/2.0 timed out waiting for the application server');
    expect(s?.evidence).toContain('< Server: awselb/2.0');
  });

  it.each([520, 521, 522, 523, 524, 525, 526])('Cloudflare %i has its own explanation', (status) => {
    const [s] = analyze(status, { responseHeaders: { server: 'cloudflare', 'cf-ray': '8-AMS' } }).suggestions;
    expect(s?.id).toBe('gateway-failure');
    expect(s?.title.startsWith('Cloudflare ')).toBe(true);
    expect(s?.detail).toMatch(/origin/);
  });

  it('a 502 with an application body is the application failing', () => {
    expect(analyze(502, json({ message: 'Upstream payment provider returned 500', code: 'PSP_ERROR' })).suggestions[0]?.id).toBe('origin-failure');
  });

  it('503 without Retry-After; 501, 505, 507, 508', () => {
    expect(analyze(503, json({ message: 'Scheduled maintenance' })).suggestions[0]?.id).toBe('service-unavailable');
    expect(analyze(501, { method: 'PROPFIND' }).suggestions[0]?.title).toBe('The server does not implement PROPFIND');
    expect(analyze(505).suggestions[0]?.id).toBe('http-version');
    expect(analyze(507).suggestions[0]?.id).toBe('insufficient-storage');
    expect(analyze(508).suggestions[0]?.id).toBe('loop-detected');
  });
});

describe('fallbacks and non-errors', () => {
  it('every status from 400 to 599 gets at least one suggestion with evidence', () => {
    for (let status = 400; status <= 599; status++) {
      const { suggestions } = analyze(status);
      expect(suggestions.length, String(status)).toBeGreaterThan(0);
      expect(suggestions[0]?.evidence.length, String(status)).toBeGreaterThan(0);
    }
    expect(analyze(418, { body: "I'm a teapot" }).suggestions.map((s) => [s.id, s.title])).toEqual([['client-error', 'The server rejected the request (418)']]);
    expect(analyze(599).suggestions[0]?.id).toBe('server-error');
  });

  it('gives no advice for a success or a redirect, but still reads the body', () => {
    const ok = analyze(200, json({ message: 'fine' }));
    expect(ok.suggestions).toEqual([]);
    expect(ok.error?.message).toBe('fine');
    expect(analyze(302).suggestions).toEqual([]);
    expect(analyze(404)).toEqual({ suggestions: [expect.objectContaining({ id: 'not-found' })] });
  });
});

describe('evidence never leaks a secret', () => {
  it('masks credentials in request lines and header quotes', () => {
    const { suggestions } = analyze(401, { url: 'https://api.example.com/v1/me?access_token=ya29.secret', requestHeaders: { authorization: 'Bearer ya29.secret', cookie: 'sid=ya29.secret' }, responseHeaders: { 'www-authenticate': 'Bearer error="invalid_token"' } });
    const everything = JSON.stringify(suggestions);
    expect(everything).not.toContain('ya29.secret');
    expect(everything).toContain('> Authorization: Bearer ***');
    const missing = analyze(404, { url: 'https://api.example.com/v1/me?access_token=ya29.secret&x=1' }).suggestions[0];
    expect(missing?.evidence[0]).toBe('> GET /v1/me?access_token=***&x=1');
  });
});

describe('gateways that answer in JSON', () => {
  it('Kong and AWS API Gateway', () => {
    const kong = analyze(502, { responseHeaders: { server: 'kong/3.6.1', 'content-type': 'application/json' }, body: '{"message":"An invalid response was received from the upstream server","request_id":"b1c2"}' }).suggestions;
    expect(kong[0]?.id).toBe('gateway-failure');
    expect(kong[0]?.title).toBe('kong/3.6.1 got no good answer from the application server');
    const apigw = analyze(504, { responseHeaders: { 'x-amz-apigw-id': 'Xk2ZpEXAMPLE=', 'content-type': 'application/json' }, body: '{"message": "Endpoint request timed out"}' }).suggestions;
    expect(apigw[0]?.title).toBe('API Gateway timed out waiting for the application server');
  });
});

describe('caps on what is returned', () => {
  it('a fix for a huge request keeps its description but no commands', () => {
    const s = analyze(405, { method: 'PUT', requestBody: 'x'.repeat(100_000), responseHeaders: { allow: 'PATCH' } }).suggestions[0];
    expect(s?.fix).toEqual({ description: 'Retry with PATCH' });
  });

  it('titles, details and evidence lines stay short whatever the body says', () => {
    const huge = 'y'.repeat(100_000);
    const { error, suggestions } = analyze(409, { method: 'PUT', ...json({ message: `${huge} already exists`, errors: { [huge]: [huge] } }), responseHeaders: { etag: `"${huge}"` } });
    expect(error?.message?.length).toBeLessThanOrEqual(500);
    expect(error?.fields[0]?.name.length).toBeLessThanOrEqual(200);
    expect(suggestions.some((s) => s.fix?.description)).toBe(true);
    for (const s of suggestions) {
      expect(s.fix?.curl).toBeUndefined();
      expect(s.title.length).toBeLessThanOrEqual(300);
      expect(s.detail.length).toBeLessThanOrEqual(1200);
      for (const e of s.evidence) expect(e.length).toBeLessThanOrEqual(300);
    }
  });
});

describe('who wrote a 5xx page', () => {
  it("a Tomcat 500 page is the application's failure, with its exception", () => {
    const body = '<!doctype html><html lang="en"><head><title>HTTP Status 500 – Internal Server Error</title></head><body><h1>HTTP Status 500 – Internal Server Error</h1><hr class="line" /><p><b>Type</b> Exception Report</p><p><b>Exception</b></p><pre>java.lang.NullPointerException: order is null\n\tcom.acme.OrderServlet.doGet(OrderServlet.java:42)</pre><hr class="line" /><h3>Apache Tomcat/9.0.65</h3></body></html>';
    const [s] = analyze(500, { responseHeaders: { 'content-type': 'text/html;charset=utf-8' }, body }).suggestions;
    expect(s?.id).toBe('origin-failure');
    expect(s?.detail).toContain('(500): java.lang.NullPointerException: order is null. This is');
  });

  it("Apache httpd's 503 in front of a dead backend is a gateway failure", () => {
    const body = '<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN"><html><head><title>503 Service Unavailable</title></head><body><h1>Service Unavailable</h1><p>The server is temporarily unable to service your request due to maintenance downtime or capacity problems. Please try again later.</p><hr><address>Apache/2.4.57 (Debian) Server at example.com Port 443</address></body></html>';
    expect(analyze(503, { responseHeaders: { 'content-type': 'text/html' }, body }).suggestions[0]?.id).toBe('gateway-failure');
  });
});
