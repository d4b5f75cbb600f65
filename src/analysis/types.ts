import type { FormatId, SuggestionId } from './ids';
import type { CorsFailure } from '../shared/types';
import type { NetworkErrorId } from '../reference/types';

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
  /** The fixed request itself, as shown (secrets as the log shows them): what "Retry in page" plans from. */
  request?: RequestSpec;
}

/** A change on the server side, as the header lines to send (e.g. CORS headers). */
export interface ServerFix {
  description: string;
  lines: string[];
}

/** A command that shows the cause from outside the browser (e.g. what the server sends to this origin). */
export interface Check {
  description: string;
  curl: string;
}

/** A title and a detail, as every suggestion has; the message tables (messages.ts) return them. */
export interface Text {
  title: string;
  detail: string;
}

export interface Suggestion {
  /** Stable id, e.g. "conflict-duplicate"; tests and the UI key on it. */
  id: SuggestionId;
  title: string;
  detail: string;
  /** Quotes from this very response: "< Allow: GET, POST" (received), "> Accept: text/xml" (sent), body members. */
  evidence: string[];
  fix?: SuggestedFix;
  serverFix?: ServerFix;
  check?: Check;
}

export interface ResponseAnalysis {
  error?: ServerError;
  /** Most likely fix first. Every 4xx and 5xx gets at least one. */
  suggestions: Suggestion[];
}

/** A request that ended with no HTTP status at all, as the extension saw it. */
export interface ObservedFailure {
  url: string;
  method: string;
  /**
   * As logged: a browser's error name (net::ERR_…, NS_ERROR_…), maybe followed by what the page saw,
   * or only what the page saw ("fetch failed: Failed to fetch") when the browser's events did not.
   */
  error?: string;
  /** The origin of the page that made the request, when known (a URL of that page will do: only its origin is read). */
  pageOrigin?: string;
  /** What the browser's CORS check found, when the background could tell. */
  cors?: CorsFailure;
  /** Request headers as sent; names lower-case. */
  requestHeaders?: Record<string, string>;
  /** A document load (a page or a frame), not a script's call: CORS does not apply to it. */
  navigation?: boolean;
}

export interface FailureAnalysis {
  /** A headline when the analysis knows more than the error's name, e.g. "CORS: response not allowed for this origin". */
  headline?: string;
  /** The reference entry that explains the failure. */
  referenceId?: NetworkErrorId;
  /** Most likely cause first; never empty. */
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
