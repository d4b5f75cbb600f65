import { BODY_CAPS_KIB } from '../shared/settings';
import { useI18n } from './i18n';
import { Check, Radio } from './SettingsControls';
import type { SectionProps } from './SettingsHost';

/** How much of a body is kept, and whether secrets are shown masked. */
export function CaptureSection({ settings, change }: SectionProps) {
  const { t } = useI18n();
  const capture = settings.capture;
  return (
    <section aria-labelledby="settings-capture">
      <h2 id="settings-capture">{t('settingsCaptureHeading')}</h2>
      <fieldset aria-describedby="settings-body-hint">
        <legend>{t('settingsBodyCap')}</legend>
        <div class="choices inline">
          {BODY_CAPS_KIB.map((kib) => (
            <Radio key={kib} id={`settings-body-${kib}`} name="body-cap" checked={capture.bodyKiB === kib} onSelect={() => void change((s) => ({ ...s, capture: { ...s.capture, bodyKiB: kib } }))}>
              {t('settingsKiB', { n: kib })}
            </Radio>
          ))}
        </div>
        <p class="hint" id="settings-body-hint">
          {t('settingsBodyCapHint')}
        </p>
      </fieldset>
      <Check
        id="settings-mask"
        checked={capture.maskSecrets}
        label={t('settingsMaskSecrets')}
        hint={t('settingsMaskSecretsNote')}
        onChange={(on) => void change((s) => ({ ...s, capture: { ...s.capture, maskSecrets: on } }))}
      />
    </section>
  );
}
