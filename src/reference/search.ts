import type { StatusReference } from './types';

/**
 * Searches entries by number ("40", "409"), by name ("conflict") or by words anywhere in the
 * prose ("rate limit", "expired token", "冲突"). Ranked: code prefix, then name, then summary,
 * then anywhere. Words must all appear (AND); Chinese text has no spaces, so each query word is
 * matched as a substring.
 */
export function searchReferences(entries: StatusReference[], query: string): StatusReference[] {
  const q = query.trim().toLowerCase();
  if (!q) return entries;
  const words = q.split(/\s+/).filter(Boolean);
  const scored: { entry: StatusReference; score: number }[] = [];
  for (const entry of entries) {
    const code = String(entry.code);
    const name = `${entry.reason} ${entry.localReason}`.toLowerCase();
    const summary = entry.summary.toLowerCase();
    let score = 0;
    if (/^\d{1,3}$/.test(q)) {
      if (code.startsWith(q)) score = 100 - (code === q ? 0 : 1);
    } else if (words.every((w) => name.includes(w))) score = 80;
    else if (words.every((w) => summary.includes(w) || name.includes(w))) score = 60;
    else {
      const all = haystack(entry);
      if (words.every((w) => all.includes(w))) score = 40;
    }
    if (score) scored.push({ entry, score });
  }
  return scored.sort((a, b) => b.score - a.score || a.entry.code - b.entry.code).map((s) => s.entry);
}

const haystacks = new WeakMap<StatusReference, string>();

function haystack(e: StatusReference): string {
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
