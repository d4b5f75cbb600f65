/**
 * Which names carry secrets: request and response header names, query parameters, form fields and
 * JSON members. The one list the whole product asks (through `secrets.ts`): evidence, copied
 * commands, fixed requests and the log's display all mask the same things.
 */

/**
 * A field name as compared: lower case, `_`, `-` and `.` removed, so `api_key`, `apiKey`, `API-KEY`
 * and `x-amz-signature` / `X-Amz-Signature` meet on one spelling (`apikey`, `xamzsignature`).
 */
export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[-_.]/g, '');
}

// Whole names that are secrets. Short ones (`key`, `sig`, `pin`, `sid`, `pwd`) only as the whole name:
// `monkey`, `keyword`, `design`, `spinner` and `pwdhint` stay readable.
const SECRET_FIELDS = new Set([
  // credentials and API keys
  'apikey', 'key', 'auth', 'authorization', 'password', 'passwd', 'pwd', 'pass', 'passphrase', 'secret', 'clientsecret',
  'credential', 'credentials', 'privatekey', 'accesskey', 'secretkey', 'jwt', 'clientassertion',
  // OAuth 2.0 (RFC 6749 §4.1.2, §5.1; OpenID Connect id_token) and bearer tokens in URLs (RFC 6750 §2.3)
  'token', 'accesstoken', 'refreshtoken', 'idtoken', 'sig', 'signature',
  // sessions: the id is the login (Java's JSESSIONID, PHP's PHPSESSID, ASP.NET_SessionId)
  'session', 'sessionid', 'sid', 'jsessionid', 'phpsessid', 'aspnetsessionid', 'sessiontoken',
  // pre-signed URLs: AWS SigV4 query auth, Google Cloud Storage V4 signing
  'xamzsignature', 'xamzcredential', 'xamzsecuritytoken', 'xgoogsignature', 'xgoogcredential',
  // anti-forgery tokens (Rails, Django, Laravel)
  'csrf', 'csrftoken', 'xsrftoken', 'csrfmiddlewaretoken', 'authenticitytoken',
  // one-time codes and payment or identity data
  'otp', 'totp', 'mfacode', 'pin', 'cvv', 'cvc', 'cvv2', 'ssn', 'cardnumber', 'ccnumber',
]);

// A name that ends with one of these says what it holds: `client_secret`, `newPassword`, `x-goog-api-key`,
// `stripeToken`, `adminSessionId`. `tokens_used` and `max_tokens` end in `used`/`tokens`: not secrets.
const SECRET_SUFFIXES = ['token', 'secret', 'password', 'passwd', 'apikey', 'accesskey', 'secretkey', 'privatekey', 'signature', 'sessionid', 'credential', 'credentials', 'passphrase'];

// Names that end like a secret but are cursors the user needs to replay a request (Google's
// `pageToken`, AWS's `NextToken`, Azure's continuation tokens), and OAuth's `token_type`-like metadata.
const NOT_SECRET = new Set(['pagetoken', 'nextpagetoken', 'prevpagetoken', 'nexttoken', 'continuationtoken', 'synctoken', 'resumetoken', 'cursortoken']);

/** A query parameter, form field or JSON member whose value is a secret. */
export function isSecretField(name: string): boolean {
  const n = normalizeName(name);
  if (n === '' || NOT_SECRET.has(n)) return false;
  if (SECRET_FIELDS.has(n)) return true;
  return SECRET_SUFFIXES.some((suffix) => n.endsWith(suffix));
}

// Header names that are credentials whatever they contain (RFC 9110 §11.6.2, §11.7.2; RFC 6265 §4).
const SECRET_HEADERS = new Set(['authorization', 'proxy-authorization', 'cookie', 'cookie2', 'set-cookie', 'set-cookie2', 'x-api-key', 'x-auth', 'x-auth-token', 'x-authorization', 'dpop', 'session-id', 'x-session-id', 'x-session-token']);
// Any header name that says what it carries: x-amz-security-token, x-csrf-token, x-goog-api-key,
// ocp-apim-subscription-key, x-goog-iap-jwt-assertion, x-session-key. `key` alone is not enough
// (Sec-WebSocket-Key is a nonce, not a secret), nor is `auth` (WWW-Authenticate holds no secret).
const SECRET_HEADER_PARTS = /token|secret|api-?key|api_key|password|passwd|credential|subscription-key|access-?key|private-?key|signature|session|csrf|xsrf|jwt|cookie/;

/** A request or response header whose value is a secret. */
export function isSecretHeader(name: string): boolean {
  const lower = name.toLowerCase().trim();
  return SECRET_HEADERS.has(lower) || SECRET_HEADER_PARTS.test(lower) || isSecretField(lower);
}
