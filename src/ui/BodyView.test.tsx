// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { BodyView } from './BodyView';
import { EntryList } from './EntryList';
import type { CapturedBody, LogEntry } from '../shared/types';
import { mount } from './test-mount';


const body = (over: Partial<CapturedBody>): CapturedBody => ({ source: 'network', binary: false, keptSize: 0, truncated: false, ...over });

describe('BodyView', () => {
  test('markup is shown as text, never as elements', () => {
    const html = '<h1>Internal <b>Server</b> Error</h1><img src=x onerror="alert(1)"><script>alert(2)</script>';
    const el = mount(<BodyView body={body({ text: html, mimeType: 'text/html', keptSize: html.length })} chromeSubresource={false} />);
    const pre = el.querySelector('[data-testid="body-text"]')!;
    expect(pre.textContent).toBe(html);
    expect(pre.children).toHaveLength(0);
    expect(el.querySelector('img, script, b')).toBeNull();
  });

  test('JSON is pretty-printed', () => {
    const el = mount(<BodyView body={body({ text: '{"title":"Conflict","errors":[{"field":"username"}]}' })} chromeSubresource={false} />);
    expect(el.querySelector('[data-testid="body-text"]')!.textContent).toBe('{\n  "title": "Conflict",\n  "errors": [\n    {\n      "field": "username"\n    }\n  ]\n}');
  });

  test('truncation, binary and missing bodies say what happened', () => {
    let el = mount(<BodyView body={body({ text: 'x', keptSize: 256 * 1024, fullSize: 3 * 1024 * 1024, truncated: true })} chromeSubresource={false} />);
    expect(el.querySelector('[data-testid="body-notice"]')!.textContent).toBe('Truncated: showing the first 256.0 KiB of 3.0 MiB.');
    el = mount(<BodyView body={body({ binary: true, mimeType: 'image/png', fullSize: 2048 })} chromeSubresource={false} />);
    expect(el.querySelector('[data-testid="body-notice"]')!.textContent).toBe('Binary body (image/png, 2.0 KiB): kept as type and size only.');
    el = mount(<BodyView chromeSubresource />, 'zh-CN');
    expect(el.querySelector('[data-testid="body-notice"]')!.textContent).toContain('Chrome 不向扩展开放');
  });
});

describe('where a body came from', () => {
  test('a body the page reported says so, with the reporting origin; the wire says it was read off the wire', () => {
    let el = mount(<BodyView body={body({ source: 'page-fetch', text: '{}', reportedBy: 'https://app.example.test' })} chromeSubresource={false} />);
    const label = el.querySelector('[data-testid="body-source"]')!;
    expect(label.textContent).toBe("Read from the page's fetch() — reported by the page at https://app.example.test (unverified: the page could have changed it)");
    expect(label.classList.contains('unverified')).toBe(true);
    el = mount(<BodyView body={body({ text: '{}' })} chromeSubresource={false} />);
    expect(el.querySelector('[data-testid="body-source"]')!.textContent).toBe('Read off the wire by the browser');
    el = mount(<BodyView body={body({ source: 'rendered-document', text: '<p>', reportedBy: 'https://x.test' })} chromeSubresource={false} />, 'zh-CN');
    expect(el.querySelector('[data-testid="body-source"]')!.textContent).toContain('由 https://x.test 上的页面报告（未经验证');
  });
});

describe('EntryList', () => {
  const entry = (over: Partial<LogEntry>): LogEntry => ({
    id: Math.random().toString(36), kind: 'http-error', tabId: 1, frameId: 0, url: 'https://api.example.test/v1/users?page=2',
    method: 'POST', type: 'xmlhttprequest', statusCode: 409, requestHeaders: [], responseHeaders: [], startTime: 0, previousPage: false, ...over,
  });
  test('path first, reason, previous-page divider, network errors', () => {
    const el = mount(
      <EntryList
        entries={[entry({}), entry({ kind: 'network-error', statusCode: undefined, error: 'net::ERR_CONNECTION_REFUSED', url: 'http://127.0.0.1:9/x' }), entry({ previousPage: true, statusCode: 500 })]}
        reasonOf={(c) => ({ 409: 'Conflict', 500: 'Internal Server Error' })[c]}
        onSelect={() => undefined}
      />,
    );
    const rows = [...el.querySelectorAll('[data-testid="entry-row"]')].map((r) => r.textContent);
    expect(rows[0]).toContain('409 Conflict');
    expect(rows[0]!.indexOf('/v1/users?page=2')).toBeLessThan(rows[0]!.indexOf('api.example.test'));
    expect(rows[1]).toContain('Network error');
    expect(rows[1]).toContain('net::ERR_CONNECTION_REFUSED');
    expect(el.querySelector('.divider')!.textContent).toBe('From the previous page');
    expect(el.querySelector('.divider')!.nextElementSibling!.textContent).toContain('500 Internal Server Error');
  });
});

describe('a long body', () => {
  test('is shown in blocks that join back to the exact text', () => {
    const text = JSON.stringify({ errors: Array.from({ length: 300 }, (_, i) => ({ field: `f${i}` })) });
    const el = mount(<BodyView body={body({ text, keptSize: text.length })} chromeSubresource={false} />);
    const pre = el.querySelector('[data-testid="body-text"]')!;
    expect(pre.children.length).toBeGreaterThan(1);
    expect([...pre.children].every((c) => c.classList.contains('text-block'))).toBe(true);
    expect(pre.textContent).toBe(JSON.stringify(JSON.parse(text), null, 2));
  });
});
