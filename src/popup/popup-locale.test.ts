import { describe, expect, test } from 'vitest';
import { popupLocale, withLanguage } from './popup-locale';
import { readSettings } from '../shared/settings';

describe("the popup's language", () => {
  test('the setting wins; the old popup choice counts only while the setting is auto; else the browser', () => {
    expect(popupLocale('zh-CN', 'en', 'en-US')).toBe('zh-CN');
    expect(popupLocale('en', 'zh-CN', 'zh-TW')).toBe('en');
    expect(popupLocale('auto', 'zh-CN', 'en-US')).toBe('zh-CN');
    expect(popupLocale('auto', 'fr', 'zh-HK')).toBe('zh-CN');
    expect(popupLocale('auto', undefined, 'de-DE')).toBe('en');
  });

  test('a choice in the popup is saved as the setting, nothing else changed', () => {
    const before = readSettings({ display: { showIgnored: true } });
    const after = withLanguage(before, 'zh-CN');
    expect(after.display).toEqual({ ...before.display, language: 'zh-CN' });
    expect(after.ignore).toBe(before.ignore);
    expect(readSettings(after).display.language).toBe('zh-CN');
  });
});
