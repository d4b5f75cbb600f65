import type { Settings } from '../shared/settings';
import { useI18n, type MessageKey } from './i18n';
import { Check } from './SettingsControls';
import type { SectionProps } from './SettingsHost';

type FlagKey = keyof Settings['flag'];
/** In the order a developer meets them; each has a label and a hint in the message files. */
const FLAGS: FlagKey[] = ['clientErrors', 'serverErrors', 'networkErrors', 'redirects', 'graphqlErrors'];
const label = (key: FlagKey): MessageKey => `settingsFlag${capitalize(key)}`;
const hint = (key: FlagKey): MessageKey => `settingsFlag${capitalize(key)}Hint`;
const capitalize = <K extends string>(key: K) => (key.charAt(0).toUpperCase() + key.slice(1)) as Capitalize<K>;

/** What counts as a failure: each class of response, on or off. */
export function FlagSection({ settings, change }: SectionProps) {
  const { t } = useI18n();
  return (
    <section>
      <fieldset>
        <legend>
          <h2>{t('settingsFlagHeading')}</h2>
        </legend>
        <p class="hint">{t('settingsFlagIntro')}</p>
        {FLAGS.map((key) => (
          <Check
            key={key}
            id={`settings-flag-${key}`}
            checked={settings.flag[key]}
            label={t(label(key))}
            hint={t(hint(key))}
            onChange={(on) => void change((s) => ({ ...s, flag: { ...s.flag, [key]: on } }))}
          />
        ))}
      </fieldset>
    </section>
  );
}
