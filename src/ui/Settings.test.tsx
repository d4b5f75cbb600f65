// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { SettingsPage, type SettingsHost } from './Settings';
import { readSettings, type Settings } from '../shared/settings';

const settle = async () => {
  for (let i = 0; i < 4; i++) await act(() => new Promise((r) => setTimeout(r, 0)));
};

function host(granted: boolean) {
  const saved: Settings[] = [];
  const log: string[] = [];
  let current = readSettings(undefined);
  const h: SettingsHost = {
    load: async () => current,
    save: async (s) => {
      current = s;
      saved.push(s);
    },
    onChange: () => undefined,
    hasFullPermission: async () => false,
    requestFullPermission: async () => {
      log.push('request');
      return granted;
    },
    releaseFullPermission: async () => void log.push('release'),
  };
  return { h, saved, log };
}

async function page(h: SettingsHost) {
  const root = document.createElement('div');
  document.body.append(root);
  render(<SettingsPage host={h} locale="en" />, root);
  await settle();
  return root;
}

async function add(root: HTMLElement, list: string, text: string) {
  const input = root.querySelector(`[data-testid="settings-${list}-input"]`) as HTMLInputElement;
  input.value = text;
  await act(() => void input.dispatchEvent(new Event('input', { bubbles: true })));
  await act(() => (root.querySelector(`[data-testid="settings-${list}-add"]`) as HTMLElement).click());
  await settle();
}

describe('SettingsPage', () => {
  test('adds a site typed or pasted, and refuses what is not one with a clear message', async () => {
    const { h, saved } = host(true);
    const root = await page(h);
    await add(root, 'skipped', 'https://ads.example.com/track?x=1');
    expect(saved.at(-1)?.watch.skipped).toEqual(['ads.example.com']);
    await add(root, 'skipped', 'not a site');
    expect(root.querySelector('[data-testid="settings-skipped-error"]')?.textContent).toContain('"not a site" is not a site');
    expect(saved).toHaveLength(1);
  });

  test('full capture asks for the permission first; refused, nothing is saved', async () => {
    const refused = host(false);
    let root = await page(refused.h);
    await add(root, 'fullSites', 'localhost:3000');
    expect(refused.log).toEqual(['request']);
    expect(refused.saved).toEqual([]);
    expect(root.querySelector('[data-testid="settings-fullSites-error"]')?.textContent).toContain('did not grant');
    root.remove();

    const granted = host(true);
    root = await page(granted.h);
    await add(root, 'fullSites', 'localhost:3000');
    expect(granted.saved.at(-1)?.watch.fullSites).toEqual(['localhost:3000']);
    // Removing the last one gives the permission back.
    await act(() => (root.querySelector('[data-testid="settings-fullSites"] li button') as HTMLElement).click());
    await settle();
    expect(granted.saved.at(-1)?.watch.fullSites).toEqual([]);
    expect(granted.log).toEqual(['request', 'release']);
  });

  test('"Only these sites" switches the list shown, and pause is one checkbox', async () => {
    const { h, saved } = host(true);
    const root = await page(h);
    await act(() => (root.querySelector('[data-testid="settings-scope-listed"]') as HTMLElement).click());
    expect(root.querySelector('[data-testid="settings-sites"]')).not.toBeNull();
    expect(root.querySelector('[data-testid="settings-skipped"]')).toBeNull();
    await act(() => (root.querySelector('[data-testid="settings-paused"]') as HTMLElement).click());
    await settle();
    expect(saved.at(-1)?.watch).toMatchObject({ scope: 'listed', paused: true });
  });
});
