import { describe, expect, test } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import zhCN from '../../public/_locales/zh_CN/messages.json';
import { localeFor, translator } from './i18n';

describe('UI strings', () => {
  test('both languages have the same keys, each with the same {placeholders}', () => {
    expect(Object.keys(zhCN).sort()).toEqual(Object.keys(en).sort());
    const vars = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    const zh: Record<string, { message: string }> = zhCN;
    for (const [key, { message }] of Object.entries(en)) expect(vars(zh[key]!.message), key).toEqual(vars(message));
  });

  test('fills placeholders, and any Chinese browser language gets Simplified Chinese', () => {
    expect(translator('en')('dropped', { n: 3 })).toBe('3 older entries were dropped: the log keeps the newest 500.');
    expect(localeFor('zh-TW')).toBe('zh-CN');
    expect(localeFor('en-GB')).toBe('en');
    expect(localeFor(undefined)).toBe('en');
  });
});
