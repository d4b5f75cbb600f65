import type { BadgeStyle, Settings } from '../shared/settings';
import type { Locale } from '../reference/types';
import { useI18n, type MessageKey } from './i18n';
import { Radio } from './SettingsControls';
import type { SectionProps } from './SettingsHost';

type Language = Settings['display']['language'];

/** Each language by its own name, the way language menus show them. */
const LANGUAGE_NAMES: Record<Locale, string> = { en: 'English', 'zh-CN': '简体中文' };
const BADGES: { style: BadgeStyle; label: MessageKey }[] = [
  { style: 'count', label: 'settingsBadgeCount' },
  { style: 'dot', label: 'settingsBadgeDot' },
  { style: 'none', label: 'settingsBadgeNone' },
];

/** The language of the pages, and what the toolbar badge shows. */
export function DisplaySection({ settings, change, browserLocale }: SectionProps & { browserLocale: Locale }) {
  const { t } = useI18n();
  const display = settings.display;
  const set = (next: Partial<Settings['display']>) => void change((s) => ({ ...s, display: { ...s.display, ...next } }));
  return (
    <section aria-labelledby="settings-display">
      <h2 id="settings-display">{t('settingsDisplayHeading')}</h2>
      <div class="field">
        <label for="settings-language">{t('language')}</label>
        <select
          id="settings-language"
          data-testid="settings-language"
          value={display.language}
          aria-describedby="settings-language-hint"
          onChange={(e) => set({ language: e.currentTarget.value as Language })}
        >
          <option value="auto">{t('settingsLanguageAuto', { language: LANGUAGE_NAMES[browserLocale] })}</option>
          <option value="en" lang="en">
            {LANGUAGE_NAMES.en}
          </option>
          <option value="zh-CN" lang="zh-CN">
            {LANGUAGE_NAMES['zh-CN']}
          </option>
        </select>
        <p class="hint" id="settings-language-hint">
          {t('settingsLanguageHint')}
        </p>
      </div>
      <fieldset aria-describedby="settings-badge-hint">
        <legend>{t('settingsBadge')}</legend>
        <p class="hint" id="settings-badge-hint">
          {t('settingsBadgeHint')}
        </p>
        <div class="choices inline">
          {BADGES.map(({ style, label }) => (
            <Radio key={style} id={`settings-badge-${style}`} name="badge" checked={display.badge === style} onSelect={() => set({ badge: style })}>
              <BadgePreview style={style} />
              {t(label)}
            </Radio>
          ))}
        </div>
      </fieldset>
    </section>
  );
}

/** The toolbar icon as it would look on a tab with three failures. */
function BadgePreview({ style }: { style: BadgeStyle }) {
  return (
    <span class="badge-preview" aria-hidden="true" data-testid={`badge-preview-${style}`}>
      <img src="/icons/icon-32.png" width={16} height={16} alt="" />
      {style === 'count' && <span class="badge-count">3</span>}
      {style === 'dot' && <span class="badge-dot" />}
    </span>
  );
}
