/**
 * The list's text filter reaches into bodies: list entries carry no body text (see TabLogView), so
 * the background answers which of a tab's entries hold the words, from the log it keeps in memory.
 */
import type { LogEntry } from '../shared/types';

/** Longer queries are cut: nobody types more, and a page cannot make the search cost more. */
export const SEARCH_QUERY_CHARS = 200;

/** The query as the background searches for it: a trimmed string, capped; undefined when not a string. */
export function searchQueryOf(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  return raw.slice(0, SEARCH_QUERY_CHARS * 2).trim().slice(0, SEARCH_QUERY_CHARS);
}

/**
 * Ids of the entries whose response body or request body contains `query`, case-insensitively, as
 * the user is shown them: `shown` gives that copy (secrets masked), so a secret the list hides is not
 * found either. Masking costs more than searching, so only entries whose stored text matches are masked.
 */
export function searchBodies(entries: Iterable<LogEntry>, query: string, shown: (e: LogEntry) => LogEntry = (e) => e): string[] {
  if (!query) return [];
  // One compiled literal search with the i flag: no lower-cased copy of megabytes of bodies.
  const pattern = new RegExp(query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i');
  const holds = (e: LogEntry) => textsOf(e).some((text) => pattern.test(text));
  const found: string[] = [];
  for (const e of entries) if (holds(e) && holds(shown(e))) found.push(e.id);
  return found;
}

function textsOf(e: LogEntry): string[] {
  const texts: string[] = [];
  if (e.body?.text) texts.push(e.body.text);
  const rb = e.requestBody;
  if (rb?.text) texts.push(rb.text);
  if (rb?.form) for (const [name, values] of Object.entries(rb.form)) texts.push(`${name}=${values.join(' ')}`);
  return texts;
}
