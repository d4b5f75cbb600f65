import type { ObservedResponse, RequestSpec, SuggestedFix, Suggestion } from './types';
import type { Reading } from './reading';
import type { SuggestionId } from './ids';
import type { Messages, Text } from './messages';
import type { Trace } from './trace';
import { header, received, sent } from './headers';
import { toCurl, toFetch } from './curl';
import { maskBodyText, maskHeaderValue, maskUrl } from './secrets';
import { requestMethod } from './http-token';
import { CAPS, clip, quote } from './text';

/**
 * What a rule is given and what it returns. Rules (rules/*.ts) import this file, never the registry
 * that runs them (suggest.ts).
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
    return { description, curl: toCurl(spec), fetch: toFetch(spec), request: masked(spec) };
  }
  /** A ranked suggestion; evidence is deduplicated, capped, and empty lines dropped. */
  make(id: SuggestionId, rank: number, text: Text, evidence: (string | undefined)[], fix?: SuggestedFix): Ranked {
    const lines = [...new Set(evidence.filter((e): e is string => !!e).map((e) => clip(e, CAPS.evidenceChars)))].slice(0, CAPS.evidenceItems);
    // Advice always points at something in this exchange; the request line at least.
    if (lines.length === 0) lines.push(this.requestLine());
    const s: Ranked = { id, rank, title: clip(text.title, 300), detail: clip(text.detail, 1200), evidence: lines };
    if (fix) s.fix = fix;
    return s;
  }
}

/**
 * A fixed request with its secrets masked as the log masks them (`Bearer ***`): suggestions end up in
 * bug reports and on screen, so no secret leaves the analysis, and "Retry in page" never re-sends one.
 */
function masked(spec: RequestSpec): RequestSpec {
  const headers = Object.fromEntries(Object.entries(spec.headers).map(([name, value]) => [name, maskHeaderValue(name, value)]));
  const out: RequestSpec = { url: maskUrl(spec.url), method: spec.method, headers };
  if (spec.body !== undefined) out.body = maskBodyText(spec.body, spec.headers['content-type']);
  return out;
}

export type Rule = (c: RuleContext) => Ranked[];
