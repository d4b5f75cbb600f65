// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { FakeSettingsHost, byTestId as $, settingsPage as page } from '../ui/SettingsFakeHost';

const ROOT = resolve(import.meta.dirname, '../..');

describe('the settings page links to the privacy policy', () => {
  test.each([
    ['en', 'Privacy policy'],
    ['zh-CN', '隐私政策'],
  ] as const)('in %s, a footer link names it and points at the policy page the build makes', async (locale, name) => {
    const root = await page(new FakeSettingsHost(), locale);
    const link = $<HTMLAnchorElement>(root, 'privacy-link')!;
    expect(link.textContent).toBe(name);
    expect(link.closest('footer')).not.toBeNull();
    // The settings page is src/options/index.html in the built extension as in the sources.
    const target = new URL(link.getAttribute('href')!, 'https://x/src/options/index.html').pathname.slice(1);
    expect(target).toBe('src/privacy/index.html');
    expect(existsSync(resolve(ROOT, target))).toBe(true);
    expect(readFileSync(resolve(ROOT, 'vite.config.ts'), 'utf8')).toContain(`'${target}'`);
  });
});
