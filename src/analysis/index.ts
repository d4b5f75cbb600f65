import type { AnalysisOptions, ObservedResponse, ResponseAnalysis, ServerError } from './types';
import type { BodyReading } from './detect';
import type { Trace } from './trace';
import { readBody } from './detect';
import { toServerError } from './reading';
import { readPlain } from './formats/plain';
import { headerTrace } from './trace';
import { messagesFor } from './languages';
import { RuleContext } from './rule-context';
import { suggest } from './suggest';
import { joinHeaders } from './headers';

/**
 * StatusLens's response analysis: what the server said (read from the body, whatever its shape) and
 * what to do next (ranked suggestions with evidence and fixed requests). Pure: no browser API, so it
 * runs in the popup, in a worker and in plain Node. It never throws on a hostile or broken response.
 */

export type {
  AnalysisLocale,
  AnalysisOptions,
  Check,
  FailureAnalysis,
  FieldError,
  ObservedFailure,
  ServerFix,
  ObservedResponse,
  RequestSpec,
  ResponseAnalysis,
  ServerError,
  SuggestedFix,
  Suggestion,
} from './types';
export { FORMAT_IDS, SUGGESTION_IDS } from './ids';
export type { FormatId, SuggestionId } from './ids';
export { toCurl, toFetch } from './curl';
export { analyzeFailure } from './network-failure';
export { joinHeaders } from './headers';
export { MASK, fieldPlaceholder, isSecretField, isSecretHeader, maskBodyText, maskForm, maskHeaderValue, maskQuery, maskUrl, placeholder } from './secrets';
export type { Replacement } from './secrets';
export { isToken, requestMethod } from './http-token';
export { messagesFor } from './languages';
export type { Messages } from './messages';

export function analyzeResponse(response: ObservedResponse, options: AnalysisOptions = {}): ResponseAnalysis {
  const r = normalize(response);
  const now = options.now instanceof Date ? options.now.getTime() : typeof options.now === 'number' ? options.now : Date.now();
  const body = safeRead(r);
  const reading = body.reading;
  let trace: Trace | undefined;
  if (reading?.traceId !== undefined) trace = { id: reading.traceId, evidence: reading.traceEvidence ?? reading.traceId };
  else trace = attempt(() => headerTrace(r.responseHeaders));
  if (reading && trace && reading.traceId === undefined) reading.traceId = trace.id;

  let error: ServerError | undefined;
  if (reading) error = toServerError(reading);
  // No body, but an id the backend can look up: still worth showing.
  else if (trace) error = { format: 'empty', fields: [], traceId: trace.id };

  const context = new RuleContext(r, reading, body.json, trace, messagesFor(options.locale), now);
  const suggestions = attempt(() => suggest(context)) ?? [];
  return error ? { error, suggestions } : { suggestions };
}

/** The contract says lower-case header names and string values; callers in plain JS may not keep it. */
function normalize(response: ObservedResponse): ObservedResponse {
  const headers = (source: unknown): Record<string, string> => (typeof source === 'object' && source !== null ? joinHeaders(Object.entries(source)) : {});
  const r: ObservedResponse = {
    url: typeof response.url === 'string' ? response.url : '',
    method: typeof response.method === 'string' && response.method ? response.method : 'GET',
    status: Number(response.status),
    requestHeaders: headers(response.requestHeaders),
    responseHeaders: headers(response.responseHeaders),
  };
  if (typeof response.statusText === 'string') r.statusText = response.statusText;
  if (typeof response.body === 'string') r.body = response.body;
  if (response.bodyTruncated) r.bodyTruncated = true;
  if (typeof response.requestBody === 'string') r.requestBody = response.requestBody;
  return r;
}

/** Reading the body must not fail the analysis: a reader that throws falls back to the plain text. */
function safeRead(r: ObservedResponse): BodyReading {
  try {
    return readBody(r);
  } catch {
    const plain = attempt(() => readPlain(r.body ?? ''));
    return plain ? { reading: plain } : {};
  }
}

function attempt<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch {
    return undefined;
  }
}
