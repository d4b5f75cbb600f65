// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { ImportableApp } from './ImportableApp';
import { FakeLogSource } from './fake-source';
import { translator } from './i18n';
import { entry } from '../background/test-helpers';
import { eventually, settle } from './test-wait';
import { readHar } from '../shared/har-import';
import type { Har } from '../shared/har-types';
import { DEFAULT_SETTINGS, type Settings } from '../shared/settings';

let root: HTMLElement | undefined;
afterEach(() => {
  if (root) render(null, root);
  root?.remove();
  root = undefined;
  vi.restoreAllMocks();
});

const t = translator('en');
const q = (testId: string) => root!.querySelector(`[data-testid="${testId}"]`) as HTMLElement | null;
const rows = () => [...root!.querySelectorAll<HTMLElement>('[data-testid="entry-row"]')].map((r) => `${r.dataset.status} ${r.textContent}`);

async function mountApp(source: FakeLogSource, fullTab: boolean, settings?: Settings) {
  root = document.createElement('div');
  document.body.append(root);
  const store = settings && { load: async () => settings, save: async () => undefined, onChange: () => undefined };
  await act(() => render(<ImportableApp source={source} tabId={1} fullTab={fullTab} locale="en" saveLocale={() => undefined} refreshMs={60_000} settings={store} initialSettings={settings} />, root!));
  await settle();
}

/** Clicks Export HAR and returns the file the browser was handed: its name and its text. */
async function exportHar(): Promise<{ name: string; text: string }> {
  let blob: Blob | undefined;
  let name = '';
  vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => ((blob = b as Blob), 'blob:test'));
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    name = this.download;
  });
  await act(() => q('export-har')!.click());
  await eventually(() => blob !== undefined && name !== '');
  return { name, text: await blob!.text() };
}

async function openFile(text: string, name = 'saved.har') {
  const input = q('import-har') as HTMLInputElement;
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(() => void input.dispatchEvent(new Event('change', { bubbles: true })));
  await settle(5);
}

const secretive = () =>
  new FakeLogSource(1, [
    entry({
      id: 'x',
      statusCode: 401,
      url: 'https://api.example.test/me?token=T0K',
      requestHeaders: [{ name: 'Authorization', value: 'Bearer s3cr3t' }],
      body: { source: 'network', binary: false, text: '{"error":"expired"}', keptSize: 19, truncated: false, mimeType: 'application/json' },
      masked: 'revealable',
      serverMessage: 'expired', // as the background reads it for the live list
      startTime: 2,
    }),
    entry({ id: 'y', statusCode: 502, url: 'https://api.example.test/up', startTime: 1 }),
  ]);

describe('HAR export and import', () => {
  test('Export HAR reads each entry in full, masked, and downloads it named by host', async () => {
    const source = secretive();
    await mountApp(source, false);
    const { name, text } = await exportHar();
    expect(name).toMatch(/^statuslens-api\.example\.test-\d{8}-\d{6}\.har$/);
    expect(source.calls.getEntry.filter(([, , reveal]) => reveal)).toEqual([]);
    const har = JSON.parse(text) as Har;
    expect(har.log.entries.map((e) => e.response.status)).toEqual([502, 401]);
    expect(har.log.entries[1]!.response.content.text).toBe('{"error":"expired"}');
  });

  test('with a filter on, only the rows it shows are exported', async () => {
    await mountApp(secretive(), false);
    const text = q('filter-text') as HTMLInputElement;
    text.value = '/up';
    await act(() => void text.dispatchEvent(new Event('input', { bubbles: true })));
    await eventually(() => rows().length === 1);
    const har = JSON.parse((await exportHar()).text) as Har;
    expect(har.log.entries.map((e) => `${e.response.status} ${e.request.url}`)).toEqual(['502 https://api.example.test/up']);
  });

  test('a failure an ignore rule hides from the list stays out of the file', async () => {
    await mountApp(secretive(), false, { ...DEFAULT_SETTINGS, ignore: [{ kind: 'status', value: '502' }] });
    await eventually(() => rows().length === 1);
    const har = JSON.parse((await exportHar()).text) as Har;
    expect(har.log.entries.map((e) => e.response.status)).toEqual([401]);
  });

  test('the toolbar popup offers no import; the pop-out does', async () => {
    await mountApp(secretive(), false);
    expect(q('import-har')).toBeNull();
    render(null, root!);
    await mountApp(secretive(), true);
    expect(q('import-har')).not.toBeNull();
  });

  test('an exported file opens in the pop-out as a read-only log with the same rows, and Back returns', async () => {
    await mountApp(secretive(), true);
    const live = rows();
    const { text } = await exportHar();
    await openFile(text, 'api.har');
    await eventually(() => q('imported-banner') !== null);
    expect(q('imported-banner')!.textContent).toContain(t('importedFrom', { name: 'api.har', n: 2, m: 2 }));
    expect(rows()).toEqual(live);
    expect(q('clear')).toBeNull();
    expect(q('tab-select')).toBeNull();
    await act(() => q('back-to-live')!.click());
    await settle();
    expect(q('imported-banner')).toBeNull();
    expect(rows()).toEqual(live);
  });

  test.each([
    ['not json', t('importHarNotJson')],
    ['{"log":{}}', t('importHarNotHar')],
  ])('a file that is not a HAR (%s) is refused with a message; the live log stays', async (text, message) => {
    await mountApp(secretive(), true);
    await openFile(text);
    expect(q('import-har-error')!.textContent).toBe(message);
    expect(q('imported-banner')).toBeNull();
    expect(rows()).toHaveLength(2);
  });

  test('a file over the size cap is refused before it is read', async () => {
    await mountApp(secretive(), true);
    const input = q('import-har') as HTMLInputElement;
    const huge = { name: 'huge.har', size: 51 * 1024 * 1024, text: vi.fn() };
    Object.defineProperty(input, 'files', { value: [huge], configurable: true });
    await act(() => void input.dispatchEvent(new Event('change', { bubbles: true })));
    expect(q('import-har-error')!.textContent).toBe(t('importHarTooLarge', { mb: 50 }));
    expect(huge.text).not.toHaveBeenCalled();
  });

  test('the file’s body text is shown as text, never as markup', async () => {
    await mountApp(secretive(), true);
    const har = { log: { entries: [{ request: { url: 'https://x.test/a', method: 'GET' }, response: { status: 500, content: { mimeType: 'text/html', text: '<img src=x onerror=alert(1)>' } } }] } };
    expect(readHar(JSON.stringify(har)).ok).toBe(true);
    await openFile(JSON.stringify(har));
    await eventually(() => rows().length === 1);
    await act(() => root!.querySelector<HTMLElement>('[data-testid="entry-row"]')!.click());
    await eventually(() => (root!.textContent ?? '').includes('<img src=x onerror=alert(1)>'), 8000);
    expect(root!.querySelector('img')).toBeNull();
  });
});
