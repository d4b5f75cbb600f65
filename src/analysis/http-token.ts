/**
 * HTTP tokens: the grammar of methods (RFC 9110 §9.1) and field names (§5.1). Anything else in those
 * places did not come from a real request: browsers refuse to send it (Fetch throws a TypeError for a
 * method or header name that is not a token), so it came from a page or a server that is lying to us.
 */

// token = 1*tchar; tchar = "!" / "#" / "$" / "%" / "&" / "'" / "*" / "+" / "-" / "." / "^" / "_" / "`" / "|" / "~" / DIGIT / ALPHA (§5.6.2)
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/** True for an RFC 9110 token. Tokens can still hold `$`, `|`, `&` and quotes: quote them anyway. */
export function isToken(text: string): boolean {
  return TOKEN.test(text);
}

// Fetch upper-cases only these, matched case-insensitively (https://fetch.spec.whatwg.org/#concept-method-normalize);
// any other method is case-sensitive (RFC 9110 §9.1) and sent as written: `patch` stays `patch`.
const NORMALIZED = new Set(['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT']);

/**
 * The method as the browser would send it: empty means GET; the six methods Fetch normalises in upper
 * case; any other token as written. Undefined when it is not a token: there is no such request to copy.
 */
export function requestMethod(method: string | undefined): string | undefined {
  if (method === undefined || method === '') return 'GET';
  // Token first: toUpperCase() maps some non-ASCII letters to ASCII (`poſt` → `POST`).
  if (!isToken(method)) return undefined;
  const upper = method.toUpperCase();
  return NORMALIZED.has(upper) ? upper : method;
}

// Every method in IANA's HTTP Method Registry is letters and `-` (BASELINE-CONTROL, MKCALENDAR, PURGE is
// a common extension). A method a server suggests (Allow) must look like one before we offer to send it.
const PLAIN_METHOD = /^[A-Za-z][A-Za-z0-9_.-]*$/;

/** A method named by a server (Allow, §10.2.1) that we may suggest: a plain word, normalised as Fetch would. */
export function suggestableMethod(method: string): string | undefined {
  return PLAIN_METHOD.test(method) ? requestMethod(method) : undefined;
}
