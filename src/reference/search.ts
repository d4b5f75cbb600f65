import type { NetworkErrorId, NetworkErrorReference, StatusReference } from './types';
import { normalizeErrorName } from './network';
import { SYNONYMS } from './synonyms';

export type SearchResult =
  | { kind: 'status'; entry: StatusReference; score: number }
  | { kind: 'network-error'; entry: NetworkErrorReference; score: number };

/**
 * Ranks status codes and network errors in one list by how well they answer the query:
 * an exact code or browser error name first, then the synonyms developers type for a code
 * ("duplicate" → 409), then words in the name, then in the summary, then anywhere in the prose.
 * Words must all appear (AND); Chinese has no spaces, so each query word matches as a substring.
 * Ties keep the reference's own order: status codes by number, then network errors.
 */
export function searchReference(statuses: StatusReference[], errors: NetworkErrorReference[], query: string): SearchResult[] {
  const q = query.trim().toLowerCase();
  const all: SearchResult[] = [
    ...statuses.map((entry) => ({ kind: 'status' as const, entry, score: 0 })),
    ...errors.map((entry) => ({ kind: 'network-error' as const, entry, score: 0 })),
  ];
  if (!q) return all;
  const words = q.split(/\s+/).filter(Boolean);
  const synonyms = synonymTargets(q);
  const scored: SearchResult[] = [];
  all.forEach((r) => {
    const score = r.kind === 'status' ? statusScore(r.entry, q, words, synonyms) : errorScore(r.entry, q, words, synonyms);
    if (score > 0) scored.push({ ...r, score });
  });
  return scored.sort((a, b) => b.score - a.score); // Array.prototype.sort is stable: ties keep the reference order
}

/** Status codes only, for callers that list nothing else. */
export function searchReferences(entries: StatusReference[], query: string): StatusReference[] {
  return searchReference(entries, [], query).flatMap((r) => (r.kind === 'status' ? [r.entry] : []));
}

type Targets = Map<number | NetworkErrorId, number>;

function synonymTargets(q: string): Targets {
  const targets: Targets = new Map();
  for (const [phrase, target, weight] of SYNONYMS) {
    if (containsPhrase(q, phrase) || (q.length >= 4 && phrase.startsWith(q))) targets.set(target, Math.max(targets.get(target) ?? 0, weight));
  }
  return targets;
}

/** Latin phrases match whole words ("orb" is not in "forbidden"); Chinese ones anywhere, having no word breaks. */
function containsPhrase(q: string, phrase: string): boolean {
  if (!/^[\x00-\x7f]+$/.test(phrase)) return q.includes(phrase);
  let at = q.indexOf(phrase);
  while (at >= 0) {
    const before = q[at - 1];
    const after = q[at + phrase.length];
    if ((before === undefined || !/[a-z0-9]/.test(before)) && (after === undefined || !/[a-z0-9]/.test(after))) return true;
    at = q.indexOf(phrase, at + 1);
  }
  return false;
}

const has = (text: string, words: string[]) => words.every((w) => text.includes(w));

function statusScore(e: StatusReference, q: string, words: string[], synonyms: Targets): number {
  const code = String(e.code);
  if (/^\d{1,3}$/.test(q)) return code === q ? 1000 : code.startsWith(q) ? 900 : 0;
  const name = `${e.reason} ${e.localReason}`.toLowerCase();
  let score = 0;
  if (synonyms.has(e.code)) score = 700 + synonyms.get(e.code)!;
  if (name === q || e.localReason.toLowerCase() === q) score = Math.max(score, 950);
  else if (has(name, words)) score = Math.max(score, name.startsWith(q) ? 820 : 800);
  else if (has(`${name} ${e.summary.toLowerCase()}`, words)) score = Math.max(score, 600);
  else if (has(statusHaystack(e), words)) score = Math.max(score, 400);
  return score;
}

function errorScore(e: NetworkErrorReference, q: string, words: string[], synonyms: Targets): number {
  const asName = normalizeErrorName(q);
  const names = e.names.map(normalizeErrorName);
  if (names.includes(asName)) return 1000;
  let score = 0;
  if (asName.length >= 4 && names.some((n) => n.includes(asName))) score = 880;
  if (synonyms.has(e.id)) score = Math.max(score, 700 + synonyms.get(e.id)!);
  const title = e.title.toLowerCase();
  if (title === q) score = Math.max(score, 950);
  else if (has(title, words)) score = Math.max(score, title.startsWith(q) ? 820 : 800);
  else if (has(`${title} ${e.summary.toLowerCase()}`, words)) score = Math.max(score, 600);
  else if (has(errorHaystack(e), words)) score = Math.max(score, 400);
  return score;
}

const haystacks = new WeakMap<object, string>();

function statusHaystack(e: StatusReference): string {
  let text = haystacks.get(e);
  if (text === undefined) {
    text = [
      e.code, e.reason, e.localReason, e.origin ?? '', e.summary, e.meaning, ...e.whenToUse, ...e.howToRespond,
      ...e.headers.map((h) => `${h.name} ${h.why}`), e.responseBody, ...e.pitfalls, ...e.clientFixes,
      ...e.examples.map((x) => x.title),
    ].join('\n').toLowerCase();
    haystacks.set(e, text);
  }
  return text;
}

function errorHaystack(e: NetworkErrorReference): string {
  let text = haystacks.get(e);
  if (text === undefined) {
    text = [...e.names, ...(e.pageMessages ?? []), e.title, e.summary, e.meaning, ...e.causes, ...e.tellApart, ...e.clientFixes, ...e.serverFixes].join('\n').toLowerCase();
    haystacks.set(e, text);
  }
  return text;
}
