// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { App } from '../ui/App';
import { BodyView } from '../ui/BodyView';
import { FakeLogSource } from '../ui/fake-source';
import { eventually, settle } from '../ui/test-wait';
import { mount } from '../ui/test-mount';
import { entry } from '../background/test-helpers';
import type { LogEntry } from '../shared/types';

/** The panel's view as src/devtools/panel.tsx renders it: one tab, full height, the Network panel's button. */
let root: HTMLElement | undefined;
afterEach(() => {
  if (root) render(null, root);
  root?.remove();
  root = undefined;
});

async function mountPanel(source: FakeLogSource, openInNetworkPanel?: (e: LogEntry) => void) {
  root = document.createElement('div');
  document.body.append(root);
  await act(() => render(<App source={source} tabId={1} fullTab fixedTab locale="en" saveLocale={() => undefined} refreshMs={60_000} openInNetworkPanel={openInNetworkPanel} />, root!));
  await settle();
  return root;
}

const image404 = entry({
  id: 'img',
  url: 'http://127.0.0.1:8080/devtools/missing.png',
  type: 'image',
  statusCode: 404,
  seenBy: 'resource-timing',
  body: { source: 'devtools', binary: false, text: 'DEVTOOLS IMAGE 404', mimeType: 'text/plain', keptSize: 18, truncated: false },
});

describe('the DevTools panel', () => {
  test("shows the inspected tab's log only: no tab picker, no other tab's list asked for", async () => {
    const source = new FakeLogSource(1, [image404]);
    source.logs.set(2, [entry({ tabId: 2, url: 'https://elsewhere.test/x' })]);
    source.tabs = [{ tabId: 1, count: 1 }, { tabId: 2, count: 1 }];
    const el = await mountPanel(source);
    expect([...el.querySelectorAll('[data-testid="entry-row"]')].map((r) => r.textContent)).toEqual([expect.stringContaining('/devtools/missing.png')]);
    expect(el.querySelector('[data-testid="tab-select"]')).toBeNull();
    expect(source.calls.listTabs).toBe(0);
    expect(el.querySelector('.app.full-tab')).not.toBeNull(); // as tall as DevTools, as the pop-out is as tall as its tab
  });

  test("a body from DevTools is labelled as DevTools' record, not as something the page reported", async () => {
    const source = new FakeLogSource(1, [image404]);
    const el = await mountPanel(source);
    await act(() => (el.querySelector('[data-testid="entry-row"]') as HTMLElement).click());
    await eventually(() => el.querySelector('[data-testid="entry-detail"]') !== null); // the detail is a lazily loaded chunk
    const label = el.querySelector('[data-testid="body-source"]') as HTMLElement;
    expect(label.textContent).toContain("Body from DevTools' network record");
    expect(label.textContent).not.toContain('unverified');
    expect(label.classList.contains('verified')).toBe(true);
    expect(el.querySelector('[data-testid="body-text"]')!.textContent).toBe('DEVTOOLS IMAGE 404');
    // Resource timing saw the status only; the caveat says where the body came from instead.
    expect(el.querySelector('[data-testid="seen-by"]')!.textContent).toContain("The body, though, was read from DevTools' network record");
  });

  test('"Open in Network panel" is offered where the host can, and names the entry', async () => {
    const opened: string[] = [];
    const el = await mountPanel(new FakeLogSource(1, [image404]), (e) => opened.push(e.url));
    await act(() => (el.querySelector('[data-testid="entry-row"]') as HTMLElement).click());
    await eventually(() => el.querySelector('[data-testid="entry-detail"]') !== null); // the detail is a lazily loaded chunk
    await act(() => (el.querySelector('[data-testid="open-in-network"]') as HTMLElement).click());
    expect(opened).toEqual(['http://127.0.0.1:8080/devtools/missing.png']);
  });

  test('and hidden where it cannot (Firefox, the popup)', async () => {
    const el = await mountPanel(new FakeLogSource(1, [image404]));
    await act(() => (el.querySelector('[data-testid="entry-row"]') as HTMLElement).click());
    await eventually(() => el.querySelector('[data-testid="entry-detail"]') !== null); // the detail is a lazily loaded chunk
    expect(el.querySelector('[data-testid="entry-detail"]')).not.toBeNull();
    expect(el.querySelector('[data-testid="open-in-network"]')).toBeNull();
  });

  test('the label in Chinese', () => {
    const el = mount(<BodyView body={image404.body} chromeSubresource={false} />, 'zh-CN');
    expect(el.querySelector('[data-testid="body-source"]')!.textContent).toContain('DevTools 的网络记录');
  });
});
