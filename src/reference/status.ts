import type { Locale, StatusCode, StatusFacts, StatusProse, StatusReference } from './types';

/**
 * Joins the language-independent facts of the status codes with one language's prose, in the shape
 * the UI reads. Pure and data-free, like network.ts, so the popup can import it without pulling
 * either half of the data into its first chunk. A missing piece of prose comes out empty, which
 * the reference tests report.
 */
export function assembleStatusReferences(facts: StatusFacts[], prose: Record<StatusCode, StatusProse>, locale: Locale): StatusReference[] {
  return facts.map((f) => assembleStatusReference(f, prose[f.code], locale));
}

function assembleStatusReference(f: StatusFacts, p: StatusProse, locale: Locale): StatusReference {
  let untitled = 0; // links without a title in the facts take this language's titles, in order
  return {
    code: f.code,
    reason: f.reason,
    localReason: p.localReason,
    category: f.category,
    standing: f.standing,
    ...(p.origin === undefined ? {} : { origin: p.origin }),
    summary: p.summary,
    meaning: p.meaning,
    whenToUse: p.whenToUse,
    howToRespond: p.howToRespond,
    headers: f.headers.map((h) => ({ ...h, why: p.headers[h.name] ?? '' })),
    responseBody: p.responseBody,
    pitfalls: p.pitfalls,
    clientFixes: p.clientFixes,
    examples: f.examples.map((x, i) => {
      const text = p.examples[i];
      return {
        title: text?.title ?? '',
        request: text?.request ?? x.request,
        response: text?.response ?? x.response,
        ...(text?.note === undefined ? {} : { note: text.note }),
      };
    }),
    related: f.related,
    references: f.references.map((l) => ({
      title: l.title ?? p.linkTitles[untitled++] ?? '',
      url: typeof l.url === 'string' ? l.url : l.url[locale],
    })),
    retry: f.retry,
    cacheableByDefault: f.cacheableByDefault,
  };
}
