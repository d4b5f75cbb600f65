import type { ObservedResponse, RequestSpec, SuggestedFix, Suggestion } from './types';
import type { Reading } from './reading';
import type { Messages, Text } from './messages';
import type { Trace } from './trace';
import { header, received, sent } from './headers';
import { toCurl, toFetch } from './curl';
import { maskUrl } from './secrets';
import { requestMethod } from './http-token';
import { CAPS, clip, quote } from './text';
import { conflictRules } from './rules/conflict';
import { authRules } from './rules/auth';
import { negotiationRules } from './rules/negotiation';
import { sizeRules } from './rules/size';
import { throttleRules } from './rules/throttle';
import { serverRules } from './rules/server';
import { clientRules } from './rules/client';

/**
 * Runs the rules for a response and ranks what they say. Each rule file covers a family of statuses
 * (rules/*.ts); ranks are ordinal hints (100: the specific fix, ~90: a strong second, 50: generic,
 * 20: worth knowing), so a rule can slot its advice among another's without knowing it.
 */

/** A suggestion with its rank: higher is more likely to be the fix. Ranks only order; they are not shown. */
export interface Ranked extends Suggestion {
  rank: number;
}

/** Everything a rule may look at, with helpers that quote evidence the same way everywhere. */
export class RuleContext {
  readonly status: number;
  readonly method: string;
  constructor(
    readonly response: ObservedResponse,
    readonly reading: Reading | undefined,
    readonly json: unknown,
    readonly trace: Trace | undefined,
    readonly m: Messages,
    readonly now: number,
  ) {
    this.status = response.status;
    // Methods are case-sensitive (RFC 9110 §9.1): only the six Fetch normalises are upper-cased.
    this.method = requestMethod(response.method || 'GET') ?? (response.method || 'GET');
  }
  /** A response header value. */
  got(name: string): string | undefined {
    return header(this.response.responseHeaders, name);
  }
  /** A request header value. */
  sent(name: string): string | undefined {
    return header(this.response.requestHeaders, name);
  }
  /** `< Name: value` */
  gotLine(name: string): string {
    return received(this.response.responseHeaders, name);
  }
  /** `> Name: value`, secrets masked. */
  sentLine(name: string): string {
    return sent(this.response.requestHeaders, name);
  }
  /** `> DELETE /api/items/7`: the request line, as curl -v shows it (secret query values masked). */
  requestLine(): string {
    let target = maskUrl(this.response.url);
    const m = /^[a-z][\w+.-]*:\/\/[^/?#]*([^#]*)/i.exec(target);
    if (m) target = m[1] || '/';
    return clip(`> ${this.method} ${target}`, CAPS.evidenceChars);
  }
  /** The body's own quotes (message, code) as the readers recorded them; else its first field errors. */
  bodyEvidence(): string[] {
    const r = this.reading;
    if (!r) return [];
    if (r.evidence.length > 0) return r.evidence.slice(0, 3);
    return r.fields.slice(0, 2).map((f) => quote(f.name, f.message ?? f.value ?? ''));
  }
  /** Message, code, hints and field messages in one string, for keyword tests. */
  words(): string {
    const r = this.reading;
    if (!r) return '';
    return [r.message, r.code, ...r.hints, ...r.fields.map((f) => `${f.name} ${f.message ?? ''}`), r.exception].filter(Boolean).join(' \n ');
  }
  /** The request as sent, ready to change for a fix. The method as the browser sends it (`patch` stays `patch`). */
  request(): RequestSpec {
    const spec: RequestSpec = { url: this.response.url, method: requestMethod(this.response.method) ?? this.method, headers: { ...this.response.requestHeaders } };
    if (this.response.requestBody !== undefined) spec.body = this.response.requestBody;
    return spec;
  }
  /** A fixed request as commands; one too big to paste (a huge body, URL or header) keeps only its description. */
  fix(description: string, spec: RequestSpec): SuggestedFix {
    const size = spec.url.length + (spec.body?.length ?? 0) + Object.entries(spec.headers).reduce((n, [k, v]) => n + k.length + v.length, 0);
    if (size > CAPS.fixChars) return { description };
    return { description, curl: toCurl(spec), fetch: toFetch(spec) };
  }
  /** A ranked suggestion; evidence is deduplicated, capped, and empty lines dropped. */
  make(id: string, rank: number, text: Text, evidence: (string | undefined)[], fix?: SuggestedFix): Ranked {
    const lines = [...new Set(evidence.filter((e): e is string => !!e).map((e) => clip(e, CAPS.evidenceChars)))].slice(0, CAPS.evidenceItems);
    // Advice always points at something in this exchange; the request line at least.
    if (lines.length === 0) lines.push(this.requestLine());
    const s: Ranked = { id, rank, title: clip(text.title, 300), detail: clip(text.detail, 1200), evidence: lines };
    if (fix) s.fix = fix;
    return s;
  }
}

export type Rule = (c: RuleContext) => Ranked[];

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

const GENERIC = new Set(['bad-request', 'client-error', 'server-error']);

// Order here only breaks ties between equal ranks.
const RULES: Rule[] = [conflictRules, authRules, negotiationRules, sizeRules, throttleRules, serverRules, clientRules];

/** All suggestions for a response, best first, one per id. A rule that throws is skipped, never fatal. */
export function suggest(c: RuleContext): Suggestion[] {
  if (!(c.status >= 400 && c.status <= 599)) return [];
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
  const seen = new Set<string>();
  const out: Suggestion[] = [];
  for (const { rank: _rank, ...s } of ranked) {
    if (seen.has(s.id)) continue;
    seen.add(s.id);
    out.push(s);
    if (out.length >= 8) break;
  }
  return out;
}
