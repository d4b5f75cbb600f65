/** The privacy policy page: in the language the settings name, else the browser's. */
import { render } from 'preact';
import { PrivacyPage } from './PrivacyPage';
import { policyFor } from './policy';
import { savedLocale } from '../popup/stored';

const locale = await savedLocale();
document.documentElement.lang = locale;
document.title = policyFor(locale).title;
render(<PrivacyPage locale={locale} />, document.getElementById('root')!);
