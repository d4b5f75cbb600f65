import { bench, describe } from 'vitest';
import { analyzeResponse } from '../src/analysis/index';
import type { ObservedResponse } from '../src/analysis/index';

/**
 * The analysis runs in the popup on every detail view: a 1 MB error body must cost well under 100 ms.
 * JSON is parsed whole (JSON.parse is linear); HTML and plain text are only read in a bounded prefix.
 */
const MB = 1024 * 1024;

function response(status: number, contentType: string, body: string): ObservedResponse {
  return { url: 'https://api.example.com/v1/reports/7', method: 'POST', status, requestHeaders: { accept: 'application/json', 'content-type': 'application/json' }, responseHeaders: { 'content-type': contentType, 'x-request-id': 'bench-1' }, body, requestBody: '{"range":"2024"}' };
}

// A Spring Boot 500 whose stack trace and binding errors make it 1 MB of valid JSON.
const frame = '\tat com.acme.reports.ReportService.render(ReportService.java:123)\n';
function springError(frames: number): string {
  return JSON.stringify({
    timestamp: '2024-05-02T09:12:44.521+00:00',
    status: 500,
    error: 'Internal Server Error',
    message: 'Report rendering failed',
    errors: Array.from({ length: 2000 }, (_, i) => ({ field: `rows[${i}].amount`, defaultMessage: 'must be positive', rejectedValue: -i })),
    trace: `java.lang.IllegalStateException: Report rendering failed\n${frame.repeat(frames)}`,
    path: '/v1/reports/7',
  });
}
const escapedFrame = JSON.stringify(frame).length - 2;
const bigJson = springError(Math.floor((MB - springError(0).length) / escapedFrame));
// The same body cut by a capture cap in the middle of the trace string.
const cutJson = bigJson.slice(0, Math.floor(MB * 0.75));

const row = '<tr><td>upstream</td><td>10.0.0.7:8080</td><td>connect() failed (111: Connection refused)</td></tr>\n';
const bigHtml = `<!doctype html><html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1><table>${row.repeat(Math.ceil(MB / row.length))}</table><hr><center>nginx</center></body></html>`.slice(0, MB);

const line = 'ERROR 2026-11-22T10:00:00Z worker-7 request failed: upstream returned garbage; retrying in 0 ms\n';
const bigText = line.repeat(Math.ceil(MB / line.length)).slice(0, MB);

const problem = JSON.stringify({ type: 'https://api.example.com/problems/version-conflict', title: 'Version conflict', status: 409, detail: 'Report 7 was changed by someone else (version 12, you sent 11).', instance: '/v1/reports/7', traceId: '4bf92f3577b34da6a3ce929d0e0e4736' });

if (bigJson.length > MB || bigJson.length < MB - 200) throw new Error(`bench body is ${bigJson.length} characters, not 1 MB`);
JSON.parse(bigJson); // must be valid: the bench measures the whole-parse path

describe('analyzeResponse', () => {
  bench('1 MB JSON error body (Spring Boot 500, stack trace, 2000 field errors)', () => {
    analyzeResponse(response(500, 'application/json', bigJson));
  });
  bench('0.75 MB of that JSON, cut mid-string (truncated capture)', () => {
    analyzeResponse({ ...response(500, 'application/json', cutJson), bodyTruncated: true });
  });
  bench('1 MB HTML page (nginx 502)', () => {
    analyzeResponse(response(502, 'text/html', bigHtml));
  });
  bench('1 MB plain text body', () => {
    analyzeResponse(response(500, 'text/plain', bigText));
  });
  bench('small problem+json (409)', () => {
    analyzeResponse({ ...response(409, 'application/problem+json', problem), responseHeaders: { 'content-type': 'application/problem+json', etag: '"r7-v12"' } });
  });
});
