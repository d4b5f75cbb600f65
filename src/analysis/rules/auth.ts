import type { Ranked, RuleContext } from '../rule-context';
import { mainChallenge, parseChallenges } from '../www-authenticate';
import { isRateLimited403 } from './throttle';
import { MASK } from '../secrets';

/**
 * 401, 403, 407 and 511. A 401 says "who are you?" and must carry WWW-Authenticate (RFC 9110 §15.5.2);
 * a 403 says "I know, and no" (§15.5.4); 407 is the same as 401 for a proxy (§15.5.8); 511 is a
 * captive portal (RFC 6585 §6). Bearer challenges carry RFC 6750 §3.1 error codes.
 */

const EXPIRED = /expired|revoked|jwt expired|token is no longer valid/i;
const CSRF = /csrf|xsrf|forgery|authenticity token/i;
const PAYMENT = /\bcredit\b|\bbalance\b|billing|payment|subscription|plan (?:limit|does not)|upgrade your plan|insufficient funds/i;
// "API key not valid", "Invalid API key", API_KEY_INVALID, "The API key has expired".
const API_KEY = /api[_ -]?key[_ ](?:not valid|invalid|expired|missing|is (?:invalid|missing|not valid|expired))|(?:invalid|missing|expired|unknown) api[_ -]?key|API_KEY_(?:INVALID|EXPIRED|MISSING)/i;
const WAF_SERVERS = /cloudflare|akamai|incapsula|sucuri|imperva|awselb|aws-waf|cloudfront/i;

function challengeOf(c: RuleContext, headerName: string) {
  const value = c.got(headerName);
  const challenge = mainChallenge(parseChallenges(value));
  return { challenge, evidence: value !== undefined ? c.gotLine(headerName) : undefined };
}

/** RFC 6750 error code: from the challenge, else from an OAuth-shaped body (`{"error": "invalid_token"}`). */
function bearerError(c: RuleContext, params: Record<string, string> | undefined): string | undefined {
  return params?.error ?? (c.reading?.format === 'oauth' ? c.reading.code : undefined);
}

function on401(c: RuleContext): Ranked[] {
  const { challenge, evidence } = challengeOf(c, 'www-authenticate');
  const params = challenge?.params;
  const error = bearerError(c, params);
  const description = params?.error_description ?? (c.reading?.format === 'oauth' ? c.reading.message : undefined);
  const authorization = c.sent('authorization');
  const base = [evidence, authorization !== undefined ? c.sentLine('authorization') : undefined, ...c.bodyEvidence()];
  const out: Ranked[] = [];
  if (error === 'invalid_token' || EXPIRED.test(`${description ?? ''} ${c.words()}`)) {
    out.push(c.make('token-expired', 100, c.m.tokenExpired({ description }), base));
  } else if (error === 'insufficient_scope') {
    out.push(c.make('token-scope', 100, c.m.tokenScope({ scope: params?.scope }), base));
  } else if (error === 'invalid_request') {
    out.push(c.make('auth-invalid-request', 95, c.m.authInvalidRequest({ description }), base));
  }
  const wanted = challenge?.schemeText;
  const sentScheme = authorization?.split(/\s+/)[0];
  // An RFC 6750 error already says what is wrong with the token that was sent; otherwise guess from what was sent.
  if (out.length === 0 && authorization === undefined) {
    if (c.sent('cookie') !== undefined && (!challenge || challenge.scheme !== 'basic')) {
      out.push(c.make('session-expired', 92, c.m.sessionExpired(), [c.sentLine('cookie'), ...base]));
    }
    const spec = c.request();
    spec.headers.authorization = `${wanted ?? 'Bearer'} <credentials>`;
    const fix = c.fix(c.m.fixAddAuthorization(wanted ?? 'Bearer'), spec);
    out.push(c.make('auth-missing', 90, c.m.authMissing({ scheme: wanted, realm: params?.realm }), [...base, c.m.factNoAuthorization()], fix));
  } else if (out.length === 0 && wanted && sentScheme && !parseChallenges(c.got('www-authenticate')).some((ch) => ch.scheme === sentScheme.toLowerCase())) {
    out.push(c.make('auth-wrong-scheme', 98, c.m.authWrongScheme({ sent: sentScheme, wanted }), base));
  } else if (out.length === 0) {
    out.push(c.make('auth-rejected', 80, c.m.authRejected({ scheme: sentScheme, message: c.reading?.message }), base));
  }
  if (!evidence) out.push(c.make('auth-no-challenge', 30, c.m.authNoChallenge(), [c.requestLine()]));
  return out;
}

function on403(c: RuleContext): Ranked[] {
  // A spent rate limit is the throttle rules' business; permissions are not the problem.
  if (isRateLimited403(c)) return [];
  const { challenge, evidence } = challengeOf(c, 'www-authenticate');
  const message = c.reading?.message;
  const out: Ranked[] = [];
  if (bearerError(c, challenge?.params) === 'insufficient_scope') {
    out.push(c.make('token-scope', 100, c.m.tokenScope({ scope: challenge?.params.scope }), [evidence, ...c.bodyEvidence()]));
  }
  const words = c.words();
  if (CSRF.test(words)) {
    const cookie = c.sent('cookie') ?? '';
    // The header each framework reads: Django X-CSRFToken, Angular/Laravel X-XSRF-TOKEN, Rails and most others X-CSRF-Token.
    const headerName = /(^|;\s*)csrftoken=/.test(cookie) ? 'X-CSRFToken' : /(^|;\s*)XSRF-TOKEN=/i.test(cookie) ? 'X-XSRF-TOKEN' : 'X-CSRF-Token';
    const spec = c.request();
    spec.headers[headerName.toLowerCase()] = '<token>';
    const fix = c.method === 'GET' || c.method === 'HEAD' ? undefined : c.fix(c.m.fixCsrf(headerName), spec);
    out.push(c.make('csrf', 100, c.m.csrf({ header: headerName }), [...c.bodyEvidence(), c.sent('cookie') ? c.sentLine('cookie') : undefined], fix));
    return out; // the session is fine; only the token is missing
  }
  const server = c.got('server') ?? '';
  const waf = c.reading?.hints.includes('waf-block') || (WAF_SERVERS.test(server) && /access denied|blocked|attention required|request rejected|forbidden/i.test(words) && c.reading?.format !== 'json');
  if (waf) {
    const id = ['cf-ray', 'x-amz-cf-id', 'x-iinfo', 'x-request-id'].find((n) => c.got(n));
    // The firewall answered, not the application: its permissions never came into play.
    return [c.make('blocked-by-waf', 100, c.m.blockedByWaf({ by: server || undefined }), [server ? c.gotLine('server') : undefined, id ? c.gotLine(id) : undefined, ...c.bodyEvidence()])];
  }
  if (PAYMENT.test(words)) out.push(c.make('payment-required', 95, c.m.paymentRequired({ message }), c.bodyEvidence()));
  if (API_KEY.test(words)) out.push(c.make('api-key-invalid', 98, c.m.apiKeyInvalid({ message }), apiKeyEvidence(c)));
  const credentials = c.sent('authorization') !== undefined || c.sent('cookie') !== undefined || ['x-api-key', 'api-key', 'x-auth-token'].some((n) => c.sent(n) !== undefined);
  const sentEvidence = ['authorization', 'cookie', 'x-api-key', 'x-auth-token'].filter((n) => c.sent(n) !== undefined).map((n) => c.sentLine(n));
  if (credentials) out.push(c.make('forbidden-authenticated', 90, c.m.forbiddenAuthenticated({ message }), [...sentEvidence, ...c.bodyEvidence()]));
  else out.push(c.make('forbidden-anonymous', 90, c.m.forbiddenAnonymous({ message }), [c.requestLine(), ...c.bodyEvidence()]));
  return out;
}

/** OAuth token endpoint errors (RFC 6749 §5.2) come as 400 (or 401 for invalid_client). */
function tokenEndpoint(c: RuleContext): Ranked[] {
  const code = c.reading?.format === 'oauth' ? c.reading.code : undefined;
  const description = c.reading?.message;
  if (code === 'invalid_grant') return [c.make('grant-invalid', 100, c.m.grantInvalid({ description }), c.bodyEvidence())];
  if (code === 'invalid_client') return [c.make('client-invalid', 100, c.m.clientInvalid({ description }), [c.sent('authorization') ? c.sentLine('authorization') : undefined, ...c.bodyEvidence()])];
  return [];
}

/** Where the request carried an API key: a header or a query parameter. */
function apiKeyEvidence(c: RuleContext): (string | undefined)[] {
  const headerName = Object.keys(c.response.requestHeaders).find((n) => /api-?key|apikey/i.test(n));
  const param = /[?&]((?:api_?)?key|apikey)=/i.exec(c.response.url)?.[1];
  return [headerName ? c.sentLine(headerName) : undefined, param ? `> ?${param}=${MASK}` : undefined, ...c.bodyEvidence()];
}

export function authRules(c: RuleContext): Ranked[] {
  if ((c.status === 400 || c.status === 401) && API_KEY.test(c.words())) {
    return [c.make('api-key-invalid', 100, c.m.apiKeyInvalid({ message: c.reading?.message }), apiKeyEvidence(c))];
  }
  if (c.status === 400 || (c.status === 401 && c.reading?.code === 'invalid_client')) {
    const token = tokenEndpoint(c);
    if (token.length > 0) return token;
  }
  if (c.status === 401) return on401(c);
  if (c.status === 403) return on403(c);
  if (c.status === 407) {
    const { challenge, evidence } = challengeOf(c, 'proxy-authenticate');
    return [c.make('proxy-auth', 100, c.m.proxyAuth({ scheme: challenge?.schemeText, realm: challenge?.params.realm }), [evidence, c.requestLine()])];
  }
  if (c.status === 511) return [c.make('network-login', 100, c.m.networkLogin(), [c.requestLine(), ...c.bodyEvidence()])];
  return [];
}
