import { describe, expect, test } from 'vitest';
import type { captureSuite } from './capture-scenario';
import { chooseOption } from './settings-scenario';
import { allTextOf, api, eventually, textOf, type PageLike } from './driver';

/** The headings a reader sees on the privacy policy page, in each language (src/privacy/policy.ts). */
const HEADINGS = {
  en: ['What StatusLens reads', 'Where it is stored', 'For how long', 'Nothing is sent on its own', 'Your settings', 'Your choices', 'Changes to this policy'],
  'zh-CN': ['StatusLens 读取什么', '数据存放在哪里', '保留多久', '不会自行发送任何数据', '你的设置', '你可以做的选择', '本政策的变更'],
};
const TITLES = { en: 'StatusLens privacy policy', 'zh-CN': 'StatusLens 隐私政策' };
const LINKS = { en: 'Privacy policy', 'zh-CN': '隐私政策' };

/**
 * The privacy policy as a user reaches it: the settings page's footer link opens it, in the
 * language chosen on that page. Puts the settings back when done.
 */
export function privacySuite(ctx: ReturnType<typeof captureSuite>): void {
  const d = () => ctx.driver();
  const stored = async () => (await api<Record<string, unknown>>(ctx.ext(), d().apiName, 'storage.sync.get', ['settings'])).settings as { display?: { language?: string } } | undefined;

  /** Chooses the language in the settings page, follows its privacy link, and returns the policy page. */
  async function openPolicyIn(language: 'en' | 'zh-CN'): Promise<PageLike> {
    const settings = await d().openSettings();
    await chooseOption(settings, '[data-testid="settings-language"]', language);
    await eventually(() => stored(), (s) => s?.display?.language === language, `the language ${language} saved`);
    await eventually(() => textOf(settings, '[data-testid="privacy-link"]'), (t) => t === LINKS[language], 'the privacy link in the chosen language');
    await settings.userClick('[data-testid="privacy-link"]');
    await eventually(() => settings.evaluate(() => location.pathname, undefined).catch(() => ''), (p) => p.endsWith('/src/privacy/index.html'), 'the policy page to open');
    await settings.waitForSelector('[data-testid="privacy-heading"]');
    return settings;
  }

  describe('privacy page', () => {
    test('the settings page links to the privacy policy, which speaks the language chosen there', async () => {
      const before = await stored();
      try {
        for (const language of ['zh-CN', 'en'] as const) {
          const policy = await openPolicyIn(language);
          expect(await textOf(policy, '[data-testid="privacy-title"]')).toBe(TITLES[language]);
          expect(await allTextOf(policy, '[data-testid="privacy-heading"]')).toEqual(HEADINGS[language]);
          expect(await policy.evaluate(() => ({ lang: document.documentElement.lang, title: document.title }), undefined)).toEqual({ lang: language, title: TITLES[language] });
          await policy.close();
        }
      } finally {
        // Put the settings back even when a check fails, so the suites after this one start clean.
        await api(ctx.ext(), d().apiName, before ? 'storage.sync.set' : 'storage.sync.remove', before ? { settings: before } : 'settings');
      }
    });
  });
}
