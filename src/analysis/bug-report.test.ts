import { describe, expect, test } from 'vitest';
import type { LogEntry } from '../shared/types';
import { analyzeFailure, analyzeResponse, joinHeaders } from './index';
import { bugReport, REPORT_CAPS, type BugReportInput } from './bug-report';

const WHEN = Date.UTC(2026, 11, 3, 15, 4, 5, 678);

const entry = (over: Partial<LogEntry> = {}): LogEntry => ({
  id: 'e1', kind: 'http-error', tabId: 1, frameId: 0, url: 'http://127.0.0.1:8787/api/users', method: 'POST', type: 'fetch',
  statusCode: 409, statusLine: 'HTTP/1.1 409 Conflict', startTime: WHEN, previousPage: false,
  requestHeaders: [{ name: 'Content-Type', value: 'application/json' }, { name: 'User-Agent', value: 'Mozilla/5.0' }, { name: 'Authorization', value: 'Bearer eyJhbGciOi.live.token' }],
  responseHeaders: [{ name: 'Content-Type', value: 'application/problem+json' }, { name: 'ETag', value: '"user-42-v7"' }, { name: 'Server', value: 'demo' }],
  requestBody: { text: '{"username":"john_doe"}', size: 23, truncated: false },
  body: {
    source: 'network', binary: false, keptSize: 200, truncated: false, mimeType: 'application/problem+json',
    text: JSON.stringify({ type: 'about:blank', title: 'Username already taken', status: 409, detail: 'The username "john_doe" is already registered.', code: 'USERNAME_TAKEN', traceId: '4bf92f3577b34da6a3ce929d0e0e4736' }),
  },
  ...over,
});

/** The report as the detail builds it: the entry's own analysis, in the given language. */
function reportOf(e: LogEntry, locale: BugReportInput['locale'] = 'en', title = 'Conflict') {
  const headers = (lines: LogEntry['requestHeaders']) => joinHeaders(lines.map((h) => [h.name, h.value] as const));
  const analysis =
    e.statusCode === undefined
      ? analyzeFailure({ url: e.url, method: e.method, error: e.error, requestHeaders: headers(e.requestHeaders) }, { locale })
      : analyzeResponse({ url: e.url, method: e.method, status: e.statusCode, requestHeaders: headers(e.requestHeaders), responseHeaders: headers(e.responseHeaders), body: e.body?.text, requestBody: e.requestBody?.text }, { locale });
  return { ...bugReport({ entry: e, analysis, title, requestBody: e.requestBody?.text, locale }), analysis };
}

/** The parts of a Markdown text outside fenced code blocks, read as CommonMark does (§4.5): a fence closes only on a line of at least as many backticks. */
function outsideFences(markdown: string): { prose: string; blocks: string[] } {
  const prose: string[] = [];
  const blocks: string[] = [];
  let open: { length: number; lines: string[] } | undefined;
  for (const line of markdown.split('\n')) {
    if (open) {
      const close = /^ {0,3}(`+)\s*$/.exec(line);
      if (close && close[1]!.length >= open.length) {
        blocks.push(open.lines.join('\n'));
        open = undefined;
      } else open.lines.push(line);
      continue;
    }
    const start = /^ {0,3}(`{3,})([^`]*)$/.exec(line);
    if (start) open = { length: start[1]!.length, lines: [] };
    else prose.push(line);
  }
  expect(open, 'every fence is closed').toBeUndefined();
  return { prose: prose.join('\n'), blocks };
}

describe('bug report', () => {
  test('says what failed, when, what the server said, the likely cause, the headers, the body and the cURL', () => {
    const { markdown, text, analysis } = reportOf(entry());
    const top = analysis.suggestions[0]!;
    for (const report of [markdown, text]) {
      expect(report).toContain('409 Conflict');
      expect(report).toContain('http://127.0.0.1:8787/api/users');
      expect(report).toContain('2026-12-03T15:04:05.678Z');
      expect(report).toContain('Username already taken');
      expect(report).toContain('USERNAME_TAKEN');
      expect(report).toContain('4bf92f3577b34da6a3ce929d0e0e4736');
      expect(report).toContain('content-type: application/problem+json'.replace('content-type', 'Content-Type'));
      expect(report).toContain('"user-42-v7"'); // ETag, cited by the conflict advice
      expect(report).not.toContain('Server: demo'); // neither Content-Type nor cited
      expect(report).toContain(`curl 'http://127.0.0.1:8787/api/users'`);
      expect(report).toContain(`--data-raw '{"username":"john_doe"}'`);
    }
    expect(analysis.suggestions.flatMap((s) => s.evidence).join('\n')).toMatch(/^< ETag:/im);
    expect(markdown.split('\n')[0]).toBe('**409 Conflict** — POST `http://127.0.0.1:8787/api/users`');
    expect(text.split('\n')[0]).toBe('409 Conflict — POST http://127.0.0.1:8787/api/users');
    // The page set Content-Type and Authorization; the browser set User-Agent.
    expect(outsideFences(markdown).blocks).toContain('Content-Type: application/json\nAuthorization: Bearer ***');
    expect(markdown).toContain(`- **Likely cause:** ${top.title.replace(/[\\`*_[\]<>|~]/g, '\\$&')} — `);
    expect(markdown).toMatch(/\n```sh\ncurl /);
    const { blocks } = outsideFences(markdown);
    expect(blocks.some((b) => b.includes('"detail":"The username \\"john_doe\\" is already registered."'))).toBe(true);
    // Plain text: no Markdown syntax, blocks indented.
    expect(text).not.toMatch(/\*\*\w|```|^- \*|\\[<(*]/m); // no bold, fences, list markers or escapes (*** is the mask)
    expect(text).toMatch(/\n {4}curl 'http/);
    expect(text).toMatch(/\n {4}Content-Type: application\/json\n/);
  });

  test('a hostile body cannot close its fence, and its HTML and Markdown stay inside it', () => {
    const hostile = 'oops\n```\n</code><img src=x onerror=alert(1)>\n# pwned heading\n[click](https://evil.example)\n````\nstill body\n```````';
    const { markdown } = reportOf(entry({ responseHeaders: [{ name: 'Content-Type', value: 'text/plain' }], body: { source: 'network', binary: false, keptSize: 200, truncated: false, mimeType: 'text/plain', text: hostile } }), 'en', 'Conflict');
    const { prose, blocks } = outsideFences(markdown);
    expect(blocks).toContain(hostile);
    expect(prose).not.toMatch(/onerror|pwned|evil\.example|still body/);
    expect(markdown).toContain('````````\n' + hostile + '\n````````');
  });

  test('server text outside the fences is escaped, and backticks in the URL cannot end its code span', () => {
    const { markdown } = reportOf(entry({ url: 'http://127.0.0.1:8787/a`b``c', responseHeaders: [{ name: 'Content-Type', value: 'application/json' }], body: { source: 'network', binary: false, keptSize: 80, truncated: false, mimeType: 'application/json', text: '{"message":"<img src=x onerror=alert(1)> **bold** [x](http://e)"}' } }));
    expect(markdown).toContain('- **Server said:** \\<img src=x onerror=alert(1)\\> \\*\\*bold\\*\\* \\[x\\](http://e)');
    expect(markdown).toContain('— POST ```http://127.0.0.1:8787/a`b``c```\n');
  });

  test('secrets stay masked even when the entry given was not: Authorization, Set-Cookie, tokens in the body', () => {
    const e = entry({
      responseHeaders: [{ name: 'Content-Type', value: 'application/json' }, { name: 'Set-Cookie', value: 'sid=SESSIONSECRET; Path=/; HttpOnly' }, { name: 'WWW-Authenticate', value: 'Bearer error="invalid_token"' }],
      statusCode: 401, statusLine: 'HTTP/1.1 401 Unauthorized',
      body: { source: 'network', binary: false, keptSize: 90, truncated: false, mimeType: 'application/json', text: '{"error":"invalid_token","access_token":"BODYSECRET123","password":"hunter2"}' },
    });
    const { markdown, text } = reportOf(e, 'en', 'Unauthorized');
    for (const report of [markdown, text]) {
      expect(report).not.toMatch(/eyJhbGciOi|live\.token|SESSIONSECRET|BODYSECRET123|hunter2/);
      expect(report).toContain('Authorization: Bearer ***');
      expect(report).toContain('<your Authorization>'); // in the cURL
      expect(report).toContain('"access_token":"***"');
    }
  });

  test('CR, LF and other control characters in header values cannot start a new line', () => {
    const e = entry({ requestHeaders: [{ name: 'X-Note', value: 'a\r\nX-Injected: 1\u0000\u001b[31m\u202eb' }], responseHeaders: [{ name: 'Content-Type', value: 'text/plain\r\n\r\n# heading' }] });
    const { markdown, text } = reportOf(e);
    for (const report of [markdown, text]) {
      expect(report).toContain('X-Note: a X-Injected: 1[31mb');
      expect(report).toContain('Content-Type: text/plain # heading');
      expect(report).not.toMatch(/^\s*X-Injected/m);
      expect(report).not.toMatch(/[\u0000\u001b\u202e\r]/);
    }
  });

  test('a long body is cut to the cap, and the report says so', () => {
    const long = 'x'.repeat(5000);
    const { markdown, text } = reportOf(entry({ responseHeaders: [{ name: 'Content-Type', value: 'text/plain' }], body: { source: 'network', binary: false, keptSize: 5000, truncated: false, mimeType: 'text/plain', text: long } }));
    const { blocks } = outsideFences(markdown);
    expect(blocks).toContain('x'.repeat(REPORT_CAPS.body));
    expect(markdown).not.toContain('x'.repeat(REPORT_CAPS.body + 1));
    expect(markdown).toContain('**Response body** (first 1500 characters of 5000, cut)');
    expect(text).toContain('Response body (first 1500 characters of 5000, cut):');
  });

  test('a cut does not split an emoji', () => {
    const { markdown } = reportOf(entry({ responseHeaders: [], body: { source: 'network', binary: false, keptSize: 3000, truncated: false, mimeType: 'text/plain', text: `${'x'.repeat(REPORT_CAPS.body - 1)}😀${'y'.repeat(1000)}` } }));
    expect(outsideFences(markdown).blocks).toContain('x'.repeat(REPORT_CAPS.body - 1));
    expect(markdown).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  test('a body the capture cut says so, with the full size', () => {
    const { markdown } = reportOf(entry({ responseHeaders: [], body: { source: 'network', binary: false, keptSize: 100, fullSize: 90000, truncated: true, mimeType: 'text/plain', text: 'y'.repeat(100) } }));
    expect(markdown).toContain('(first 100 characters of 90000, cut)');
  });

  test('a network failure names the error and the likely cause, with no body', () => {
    const e = entry({ kind: 'network-error', statusCode: undefined, statusLine: undefined, method: 'GET', url: 'http://127.0.0.1:49151/nothing', error: 'net::ERR_CONNECTION_REFUSED', responseHeaders: [], requestHeaders: [], body: undefined, requestBody: undefined });
    const { markdown, text } = reportOf(e, 'en', 'Connection refused');
    expect(markdown.split('\n')[0]).toBe('**Connection refused** — GET `http://127.0.0.1:49151/nothing`');
    expect(markdown).toContain('- **Error:** `net::ERR_CONNECTION_REFUSED`');
    expect(markdown).toContain('- **Likely cause:** Is your dev server running on :49151? — Nothing accepted the connection on 127.0.0.1:49151.');
    expect(text).toContain("curl 'http://127.0.0.1:49151/nothing'");
    expect(text).not.toContain('Response body');
  });

  test('follows the language asked', () => {
    const { markdown, text } = reportOf(entry(), 'zh-CN', '冲突');
    expect(markdown.split('\n')[0]).toMatch(/^\*\*409 冲突\*\* — POST /);
    expect(markdown).toContain('- **时间:** 2026-12-03T15:04:05.678Z');
    expect(text).toContain('服务器返回: Username already taken');
    expect(text).toContain('页面设置的请求头:');
    expect(text).toContain('敏感信息已遮盖。');
  });
});
