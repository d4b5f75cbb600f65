import type { Suggestion } from './types';
import type { Ranked, Rule, RuleContext } from './rule-context';
import type { SuggestionId } from './ids';
import { conflictRules } from './rules/conflict';
import { authRules } from './rules/auth';
import { negotiationRules } from './rules/negotiation';
import { sizeRules } from './rules/size';
import { throttleRules } from './rules/throttle';
import { serverRules } from './rules/server';
import { clientRules } from './rules/client';
import { isFlaggedStatus } from '../shared/classify';

/**
 * Runs the rules for a response and ranks what they say. Each rule file covers a family of statuses
 * (rules/*.ts); ranks are ordinal hints (100: the specific fix, ~90: a strong second, 50: generic,
 * 20: worth knowing), so a rule can slot its advice among another's without knowing it.
 */

/**
 * When no rule knows the status (418, 499, 509, a vendor's 5xx…), say which side should act and quote
 * the server: every 4xx and 5xx gets at least one suggestion.
 */
function fallback(c: RuleContext): Ranked[] {
  const message = c.reading?.message;
  const evidence = [c.requestLine(), ...c.bodyEvidence()];
  if (c.status >= 500) return [c.make('server-error', 10, c.m.serverError({ status: c.status, message }), evidence)];
  return [c.make('client-error', 10, c.m.clientError({ status: c.status, message }), evidence)];
}

const GENERIC: ReadonlySet<SuggestionId> = new Set<SuggestionId>(['bad-request', 'client-error', 'server-error']);

// Order here only breaks ties between equal ranks.
const RULES: Rule[] = [conflictRules, authRules, negotiationRules, sizeRules, throttleRules, serverRules, clientRules];

/** All suggestions for a response, best first, one per id. A rule that throws is skipped, never fatal. */
export function suggest(c: RuleContext): Suggestion[] {
  if (!isFlaggedStatus(c.status)) return [];
  let ranked: Ranked[] = [];
  for (const rule of RULES) {
    try {
      ranked.push(...rule(c));
    } catch {
      // One broken rule must not hide the others' advice.
    }
  }
  if (ranked.length === 0) ranked = fallback(c);
  // A generic explanation adds nothing next to a specific one.
  if (ranked.some((s) => s.rank >= 90 && !GENERIC.has(s.id))) ranked = ranked.filter((s) => !GENERIC.has(s.id));
  ranked.sort((a, b) => b.rank - a.rank);
  const seen = new Set<SuggestionId>();
  const out: Suggestion[] = [];
  for (const { rank: _rank, ...s } of ranked) {
    if (seen.has(s.id)) continue;
    seen.add(s.id);
    out.push(s);
    if (out.length >= 8) break;
  }
  return out;
}
