import type { FormatId, SuggestionId } from './ids';

/**
 * The public shapes of the analysis module. The popup builds an ObservedResponse from a log entry and
 * renders the ResponseAnalysis; nothing here knows about browsers.
 */

/** One response as the extension saw it. Header names are lower-case; repeated headers are joined by ", ". */
export interface ObservedResponse {
  url: string;
  method: string;
  status: number;
  statusText?: string;
  requestHeaders: Record<string, string>;
  responseHeaders: Record<string, string>;
  body?: string;
  /** The body was cut (by the capture cap): it may end mid-token. */
  bodyTruncated?: boolean;
  requestBody?: string;
}

/** One field error the server named: the field, what it said about it, and the value it rejected. */
export interface FieldError {
  name: string;
  message?: string;
  value?: string;
}

/** What the server said, read from the body (and the trace id, also from headers). */
export interface ServerError {
  /** Which body shape was recognised, e.g. "problem-details", "spring-boot", "html", "plain-text". */
  format: FormatId;
  message?: string;
  code?: string;
  fields: FieldError[];
  docsUrl?: string;
  traceId?: string;
}

/** A changed request that should succeed, as copyable commands. */
export interface SuggestedFix {
  description: string;
  curl?: string;
  fetch?: string;
}

export interface Suggestion {
  /** Stable id, e.g. "conflict-duplicate"; tests and the UI key on it. */
  id: SuggestionId;
  title: string;
  detail: string;
  /** Quotes from this very response: "< Allow: GET, POST" (received), "> Accept: text/xml" (sent), body members. */
  evidence: string[];
  fix?: SuggestedFix;
}

export interface ResponseAnalysis {
  error?: ServerError;
  /** Most likely fix first. Every 4xx and 5xx gets at least one. */
  suggestions: Suggestion[];
}

/** A request to reproduce: the input of toCurl and toFetch. */
export interface RequestSpec {
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: string;
}

export type AnalysisLocale = 'en' | 'zh-CN';

export interface AnalysisOptions {
  /** Language of titles, details and fix descriptions; evidence is always quoted as received. */
  locale?: AnalysisLocale;
  /** "Now" for Retry-After dates when the response has no Date header (ms since epoch); tests inject it. */
  now?: number | Date;
}
