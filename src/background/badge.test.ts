import { describe, expect, test } from 'vitest';
import { badgeFor, unwatchedBadge } from './badge';
import { badgeText } from './badge-text';
import { entry } from './test-helpers';

describe('badgeFor', () => {
  test('counts past 999 as "999+", and the tooltip names at most eight kinds', () => {
    const many = Array.from({ length: 1200 }, (_, i) => entry({ statusCode: 400 + (i % 10) }));
    const badge = badgeFor(many);
    expect(badge.text).toBe('999+');
    expect(badge.title.startsWith('1200 failed: ')).toBe(true);
    expect(badge.title.endsWith(', …')).toBe(true);
  });

  test('the dot and no-text styles keep the count in the tooltip; ignored entries set neither the count nor the colour', () => {
    const entries = [entry({ statusCode: 404 }), entry({ statusCode: 503, url: 'https://stats.example.test/b' })];
    const ignored = (e: { url: string }) => e.url.startsWith('https://stats.');
    expect(badgeFor(entries, { style: 'dot', ignored })).toEqual({ text: '•', color: '#c2410c', title: '1 failed: 404 ×1 (+1 ignored)' });
    expect(badgeFor(entries, { style: 'none', ignored })).toEqual({ text: '', color: '#c2410c', title: '1 failed: 404 ×1 (+1 ignored)' });
  });
});

describe('unwatchedBadge', () => {
  test('says "off" unless the user wants no badge text; the tooltip says why either way', () => {
    expect(unwatchedBadge(true)).toMatchObject({ text: 'off', title: 'StatusLens is paused. Click to resume.' });
    expect(unwatchedBadge(false, 'dot').text).toBe('off');
    expect(unwatchedBadge(false, 'none')).toMatchObject({ text: '', title: 'StatusLens is not watching this site. Click to watch it.' });
  });
});

describe('badgeText', () => {
  test("the settings' language wins; 'auto' follows the browser, any Chinese variant giving Simplified Chinese", () => {
    expect(badgeText('zh-CN', 'en-US').paused).toBe('StatusLens 已暂停。点击恢复。');
    expect(badgeText('en', 'zh-CN').paused).toBe('StatusLens is paused. Click to resume.');
    expect(badgeText('auto', 'zh-HK').networkError).toBe('网络错误');
    expect(badgeText('auto', 'fr').networkError).toBe('network error');
    expect(unwatchedBadge(false, 'count', badgeText('zh-CN', 'en'))).toMatchObject({ text: 'off', title: 'StatusLens 未监视此网站。点击开始监视。' });
  });
});
