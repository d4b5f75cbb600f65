import type { CorsFailure } from '../shared/types';
import type { FailureAnalysis, Suggestion } from './types';
import type { SuggestionId } from './ids';
import { FailureContext, pageOriginLine, reachAdvice } from './failure-context';
import { received } from './headers';
import { CAPS, clip } from './text';

/**
 * CORS advice: which header is missing or wrong, for which origin, and the exact lines the server
 * must send (Fetch Standard §3.2, "CORS protocol": https://fetch.spec.whatwg.org/#http-cors-protocol).
 */

// Request headers that never need the server's leave: CORS-safelisted (Fetch §2.2.2) or set by the browser itself.
const NO_PREFLIGHT = /^(accept|accept-language|content-language|range|origin|referer|user-agent|cookie|host|connection|content-length|accept-encoding|cache-control|pragma|priority|dnt|upgrade-insecure-requests|x-client-data|sec-.*)$/;
const SIMPLE_CONTENT_TYPE = /^\s*(application\/x-www-form-urlencoded|multipart\/form-data|text\/plain)\s*(;|$)/i;

/** Does a page on `pageOrigin` need CORS to read from `targetOrigin`? Both are origins (scheme, host, port). */
export function crossOrigin(pageOrigin: string, targetOrigin: string): boolean {
  return pageOrigin !== targetOrigin;
}

/** The headers the page set that the browser asks the server about in a preflight (lower-case, sorted). */
export function preflightHeaders(headers: Record<string, string> | undefined): string[] {
  const names = Object.entries(headers ?? {})
    .filter(([name, value]) => (name === 'content-type' ? !SIMPLE_CONTENT_TYPE.test(value) : !NO_PREFLIGHT.test(name)))
    .map(([name]) => name.toLowerCase());
  return [...new Set(names)].sort().slice(0, 20);
}

const ID: Record<CorsFailure['problem'], SuggestionId> = {
  'missing-allow-origin': 'cors-missing-allow-origin',
  'origin-mismatch': 'cors-origin-mismatch',
  'credentials-wildcard': 'cors-credentials-wildcard',
  'missing-allow-credentials': 'cors-missing-allow-credentials',
  'preflight-failed': 'cors-preflight-failed',
  unverified: 'cors-likely',
};

export function corsAdvice(c: FailureContext, cors: CorsFailure): FailureAnalysis {
  const { m, target, failure } = c;
  const origin = clip(cors.origin ?? failure.pageOrigin ?? m.placeholderOrigin(), CAPS.url);
  const host = target.host;
  const allowOrigin = cors.allowOrigin !== undefined ? clip(cors.allowOrigin, CAPS.value) : undefined;
  const requestHeaders = preflightHeaders(failure.requestHeaders);
  const allow = [`Access-Control-Allow-Origin: ${origin}`];
  const vary = 'Vary: Origin';
  const evidence = [
    c.errorLine(),
    pageOriginLine(c) ?? clip(m.factPageOrigin(origin), CAPS.evidenceChars),
    allowOrigin !== undefined ? received({ 'access-control-allow-origin': allowOrigin }, 'access-control-allow-origin') : undefined,
    cors.preflightStatus !== undefined ? m.factPreflight(cors.preflightStatus) : undefined,
    cors.responseStatus !== undefined ? m.factResponseStatus(cors.responseStatus) : undefined,
  ];
  const simpleCheck = c.check(m.checkCors(origin), '-i', 'GET', { origin });
  const id = ID[cors.problem];
  let text;
  let lines: string[];
  let check = simpleCheck;
  let fixDescription = m.fixCorsHeaders();
  switch (cors.problem) {
    case 'origin-mismatch':
      text = m.corsOriginMismatch({ host, origin, allowOrigin: allowOrigin ?? '?' });
      lines = [...allow, vary];
      break;
    case 'credentials-wildcard':
      text = m.corsCredentialsWildcard({ host, origin });
      lines = [...allow, 'Access-Control-Allow-Credentials: true', vary];
      break;
    case 'missing-allow-credentials':
      text = m.corsMissingAllowCredentials({ host, origin });
      lines = ['Access-Control-Allow-Credentials: true', ...allow, vary];
      break;
    case 'preflight-failed': {
      text = m.corsPreflightFailed({ host, origin, method: failure.method, headers: requestHeaders, status: cors.preflightStatus });
      lines = [...allow, `Access-Control-Allow-Methods: ${failure.method}`, ...(requestHeaders.length ? [`Access-Control-Allow-Headers: ${requestHeaders.join(', ')}`] : []), vary];
      fixDescription = m.fixPreflightHeaders();
      const ask: Record<string, string> = { origin, 'access-control-request-method': failure.method };
      if (requestHeaders.length) ask['access-control-request-headers'] = requestHeaders.join(', ');
      check = c.check(m.checkPreflight(), '-i', 'OPTIONS', ask);
      break;
    }
    case 'unverified':
      text = m.corsLikely({ host, origin });
      lines = [...allow, vary];
      fixDescription = m.fixCorsIfSo();
      break;
    default:
      text = m.corsMissingAllowOrigin({ host, origin, status: cors.responseStatus });
      lines = [...allow, vary];
  }
  const top: Suggestion = c.make(id, text, evidence, { serverFix: { description: fixDescription, lines: lines.map((l) => clip(l, CAPS.url)) }, check });
  const headline =
    cors.problem === 'unverified' ? (target.local ? m.headlineCorsOrDown(target.port) : m.headlineCorsLikely()) : cors.problem === 'preflight-failed' ? m.headlinePreflight() : m.headlineCors();
  // Unconfirmed, it may just as well be a local server that is not running: ask that too.
  const suggestions = cors.problem === 'unverified' && target.local ? [top, reachAdvice(c)] : [top];
  return { headline, referenceId: 'failed-cors', suggestions };
}
