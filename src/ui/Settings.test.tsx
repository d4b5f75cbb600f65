// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { act } from 'preact/test-utils';
import { FakeSettingsHost, byTestId as $, choose, click, describedBy as described, settingsPage as page, settle, textOf as text, type } from './SettingsFakeHost';

async function addSite(root: HTMLElement, list: string, site: string) {
  await type(root, `settings-${list}-input`, site);
  await click(root, `settings-${list}-add`);
}

describe('SettingsPage: the page', () => {
  test('every section is there, each control labelled', async () => {
    const root = await page(new FakeSettingsHost());
    const headings = [...root.querySelectorAll('h2')].map((h) => h.textContent);
    expect(headings).toEqual(['What to watch', 'Full capture', 'What to flag', 'Ignore rules', 'Capture', 'Keep logs', 'Display']);
    for (const control of root.querySelectorAll('input, select')) {
      const id = control.getAttribute('id');
      const labelled = control.closest('label') !== null || (id !== null && root.querySelector(`label[for="${id}"]`) !== null);
      expect(labelled, control.outerHTML).toBe(true);
    }
  });

  test('a change is saved at once and says so; a failed save says why and shows what is stored', async () => {
    const host = new FakeSettingsHost();
    const root = await page(host);
    expect(text(root, 'settings-saved')).toBe('');
    await click(root, 'settings-flag-clientErrors');
    expect(host.last?.flag.clientErrors).toBe(false);
    expect(text(root, 'settings-saved')).toBe('✓ Saved.');

    host.saveError = 'QUOTA_BYTES_PER_ITEM quota exceeded';
    await click(root, 'settings-flag-serverErrors');
    expect(text(root, 'settings-save-error')).toBe('Not saved: QUOTA_BYTES_PER_ITEM quota exceeded');
    expect($<HTMLInputElement>(root, 'settings-flag-serverErrors')!.checked).toBe(true); // as stored
    expect(host.stored.flag.serverErrors).toBe(true);
  });

  test('a change made elsewhere shows at once; the page’s own echo changes nothing', async () => {
    const host = new FakeSettingsHost();
    const root = await page(host);
    await click(root, 'settings-badge-dot');
    expect($<HTMLInputElement>(root, 'settings-badge-dot')!.checked).toBe(true);
    await act(() => host.external({ ...host.stored, display: { ...host.stored.display, badge: 'none' } }));
    expect($<HTMLInputElement>(root, 'settings-badge-none')!.checked).toBe(true);
    expect(host.saved).toHaveLength(1);
  });

  test('the language switches the page at once; Automatic is the browser’s', async () => {
    const host = new FakeSettingsHost();
    const root = await page(host, 'zh-CN');
    expect(text(root, 'settings-title')).toBe('StatusLens 设置');
    expect(document.documentElement.lang).toBe('zh-CN');
    expect($(root, 'settings-language')!.querySelector('option[value="auto"]')?.textContent).toBe('自动（简体中文）');
    await choose(root, 'settings-language', 'en');
    expect(host.last?.display.language).toBe('en');
    expect(text(root, 'settings-title')).toBe('StatusLens settings');
    expect(document.title).toBe('StatusLens settings');
    expect(root.querySelector('h2')?.textContent).toBe('What to watch');
  });
});

describe('SettingsPage: sections', () => {
  test('What to flag: each class is one checkbox, with its hint', async () => {
    const host = new FakeSettingsHost();
    const root = await page(host);
    expect(described(root, 'settings-flag-redirects')).toContain('full capture');
    expect(described(root, 'settings-flag-graphqlErrors')).toContain('errors array');
    await click(root, 'settings-flag-redirects');
    await click(root, 'settings-flag-graphqlErrors');
    await click(root, 'settings-flag-networkErrors');
    expect(host.last?.flag).toEqual({ clientErrors: true, serverErrors: true, networkErrors: false, redirects: true, graphqlErrors: true });
  });

  test('Capture: the body cap and masking', async () => {
    const host = new FakeSettingsHost();
    const root = await page(host);
    expect($<HTMLInputElement>(root, 'settings-body-256')!.checked).toBe(true);
    await click(root, 'settings-body-16');
    await click(root, 'settings-mask');
    expect(host.last?.capture).toEqual({ bodyKiB: 16, maskSecrets: false, keepLogs: false });
    expect(described(root, 'settings-mask')).toBe('Stored copies are always masked; this decides only what the detail shows on screen.');
  });

  test('Display: the badge style, each with its preview', async () => {
    const host = new FakeSettingsHost();
    const root = await page(host);
    expect(text(root, 'badge-preview-count')).toBe('3');
    expect($(root, 'badge-preview-dot')!.querySelector('.badge-dot')).not.toBeNull();
    expect($(root, 'badge-preview-none')!.querySelector('.badge-count, .badge-dot')).toBeNull();
    await click(root, 'settings-badge-none');
    expect(host.last?.display.badge).toBe('none');
  });
});

describe('SettingsPage: what is watched', () => {
  test('adds a site typed or pasted, and refuses what is not one with a clear message, keeping it', async () => {
    const host = new FakeSettingsHost();
    const root = await page(host);
    await addSite(root, 'skipped', 'https://ads.example.com/track?x=1');
    expect(host.last?.watch.skipped).toEqual(['ads.example.com']);
    await addSite(root, 'skipped', 'not a site');
    expect(text(root, 'settings-skipped-error')).toContain('"not a site" is not a site');
    expect($<HTMLInputElement>(root, 'settings-skipped-input')!.value).toBe('not a site');
    expect(host.saved).toHaveLength(1);
  });

  test('in Chinese, the site error is in Chinese', async () => {
    const root = await page(new FakeSettingsHost({ display: { language: 'zh-CN' } }));
    await addSite(root, 'skipped', 'not a site');
    expect(text(root, 'settings-skipped-error')).toContain('“not a site”不是一个网站');
  });

  test('full capture asks for the permission first; refused, nothing is saved', async () => {
    const refused = new FakeSettingsHost(undefined, false);
    let root = await page(refused);
    await addSite(root, 'fullSites', 'localhost:3000');
    expect(refused.permissionCalls).toEqual(['request']);
    expect(refused.saved).toEqual([]);
    expect(text(root, 'settings-fullSites-error')).toContain('did not grant');
    root.remove();

    const granted = new FakeSettingsHost();
    root = await page(granted);
    await addSite(root, 'fullSites', 'localhost:3000');
    expect(granted.last?.watch.fullSites).toEqual(['localhost:3000']);
    // Removing the last one gives the permission back.
    await act(() => (root.querySelector('[data-testid="settings-fullSites"] li button') as HTMLElement).click());
    await settle();
    expect(granted.last?.watch.fullSites).toEqual([]);
    expect(granted.permissionCalls).toEqual(['request', 'release']);
  });

  test('"Only these sites" switches the list shown, and pause is one checkbox', async () => {
    const host = new FakeSettingsHost();
    const root = await page(host);
    await click(root, 'settings-scope-listed');
    expect($(root, 'settings-sites')).not.toBeNull();
    expect($(root, 'settings-skipped')).toBeNull();
    await click(root, 'settings-paused');
    expect(host.last?.watch).toMatchObject({ scope: 'listed', paused: true });
  });
});
