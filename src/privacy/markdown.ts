/**
 * store/PRIVACY.md, the page the store listings link to: the same policy as the extension page,
 * English then Chinese, drawn from policy.ts (policy.test.ts keeps the file equal to this).
 */
import type { Locale } from '../reference/types';
import { POLICY_LOCALES, policyFor } from './policy';

const LANGUAGE_NAMES: Record<Locale, string> = { en: 'English', 'zh-CN': '简体中文' };

/** Text as markdown shows it: no character of it read as markup. */
export function markdownText(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

export function policyMarkdown(): string {
  const lines = [
    '<!-- Generated from src/privacy/policy.ts: edit that file, then run `npx vitest run src/privacy -u`. -->',
    '',
    POLICY_LOCALES.map((l) => `[${LANGUAGE_NAMES[l]}](#${l.toLowerCase()})`).join(' · '),
  ];
  for (const locale of POLICY_LOCALES) {
    const policy = policyFor(locale);
    lines.push('', `<a id="${locale.toLowerCase()}"></a>`, '', `# ${markdownText(policy.title)}`, '', `*${markdownText(policy.summary)}*`);
    for (const section of policy.sections) {
      lines.push('', `## ${markdownText(section.heading)}`);
      for (const paragraph of section.paragraphs) lines.push('', markdownText(paragraph));
    }
  }
  return `${lines.join('\n')}\n`;
}
