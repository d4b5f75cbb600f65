import type { Locale } from '../reference/types';
import { policyFor } from './policy';

/**
 * The privacy policy as an extension page: every word from policy.ts, rendered as text. Pure: the
 * page's wiring (main.tsx) picks the language.
 */
export function PrivacyPage({ locale }: { locale: Locale }) {
  const policy = policyFor(locale);
  return (
    <article class="privacy" lang={locale} data-testid="privacy-policy">
      <h1 data-testid="privacy-title">{policy.title}</h1>
      <p class="privacy-summary">{policy.summary}</p>
      {policy.sections.map((section) => (
        <section key={section.id} data-section={section.id}>
          <h2 data-testid="privacy-heading">{section.heading}</h2>
          {section.paragraphs.map((paragraph, i) => (
            <p key={i}>{paragraph}</p>
          ))}
        </section>
      ))}
    </article>
  );
}
