import { canonicalName } from './header-names';
import { isSecretField, isSecretHeader } from './secret-names';
import { maskJsonText } from './secret-json';

/**
 * What is a secret, and how it is hidden: the one module evidence, copied commands, fixed requests
 * and the log's display ask. Two ways to hide a value: `MASK` where the user reads (evidence, the
 * request shown in the popup), and a placeholder (`<your Authorization>`) in commands the user copies
 * and fills back in. These texts end up in tickets and chats. Pure, and linear in its input.
 */

export { isSecretField, isSecretHeader, normalizeName } from './secret-names';

/** What a masked value reads as. ASCII, so it survives URLs, form bodies and any font. */
export const MASK = '***';

/** A function giving the text that replaces a secret value, from the name that holds it. */
export type Replacement = (name: string) => string;

const masked: Replacement = () => MASK;

/** The placeholder put in a copied command instead of a secret header: `<your Authorization>`. */
export function placeholder(name: string): string {
  return `<your ${canonicalName(name)}>`;
}

/** The placeholder for a query parameter, form field or JSON member, spelled as it was: `<your api_key>`. */
export function fieldPlaceholder(name: string): string {
  return `<your ${name}>`;
}

/**
 * A secret header's value as shown: enough to recognise what was sent, nothing to reuse.
 * `Bearer eyJ…` → `Bearer ***` (the scheme says which login failed, RFC 9110 §11.4); cookie names kept
 * (`sid=***; theme=***`); a Set-Cookie keeps its name and attributes (`sid=***; Path=/; HttpOnly`).
 * Values of headers that are not secrets are returned as they are.
 */
export function maskHeaderValue(name: string, value: string): string {
  if (!isSecretHeader(name)) return value;
  const lower = name.toLowerCase().trim();
  if (lower === 'authorization' || lower === 'proxy-authorization') {
    const scheme = /^([A-Za-z][\w.-]*)\s+\S/.exec(value.trim());
    return scheme ? `${scheme[1]} ${MASK}` : MASK;
  }
  if (lower === 'cookie' || lower === 'cookie2') {
    // RFC 6265 §4.2.1: name=value pairs separated by "; ". Capped: a Cookie header can hold thousands.
    return value
      .split(';', 200)
      .map((pair) => pair.trim().split('=', 1)[0])
      .filter(Boolean)
      .map((cookieName) => `${cookieName}=${MASK}`)
      .join('; ');
  }
  if (lower === 'set-cookie' || lower === 'set-cookie2') {
    // RFC 6265 §4.1.1: the first pair is the cookie; the attributes after it hold nothing secret.
    // Several Set-Cookie headers joined by ", " lose only their later values to the attributes rule.
    const [first = '', ...attributes] = value.split(';', 50);
    const cookieName = first.split('=', 1)[0]?.trim() ?? '';
    return [`${cookieName}=${MASK}`, ...attributes.map((a) => a.trim())].filter(Boolean).join('; ');
  }
  return MASK;
}

/** A query string or form body (`a=1&b=2`, no `?`) with secret values replaced. Names and layout kept. */
export function maskQuery(query: string, replacement: Replacement = masked): string {
  if (query === '') return query;
  return query
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      if (eq < 0) return pair;
      const name = pair.slice(0, eq);
      let decoded = name;
      try {
        decoded = decodeURIComponent(name.replace(/\+/g, ' '));
      } catch {
        // a malformed escape: compare the raw name
      }
      return isSecretField(decoded) ? `${name}=${replacement(name)}` : pair;
    })
    .join('&');
}

/**
 * The URL with the password in its userinfo (RFC 3986 §3.2.1) and the values of secret query
 * parameters replaced; also secret parameters in a fragment (OAuth's implicit flow puts
 * `#access_token=` there). Everything else is kept character for character, not re-encoded.
 */
export function maskUrl(url: string, replacement: Replacement = masked): string {
  const hash = url.indexOf('#');
  const beforeHash = hash < 0 ? url : url.slice(0, hash);
  const fragment = hash < 0 ? '' : url.slice(hash + 1);
  const q = beforeHash.indexOf('?');
  let base = q < 0 ? beforeHash : beforeHash.slice(0, q);
  const query = q < 0 ? undefined : beforeHash.slice(q + 1);
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(base);
  if (scheme) {
    const authorityEnd = base.indexOf('/', scheme[0].length);
    const authority = base.slice(scheme[0].length, authorityEnd < 0 ? base.length : authorityEnd);
    const at = authority.lastIndexOf('@');
    const colon = at < 0 ? -1 : authority.indexOf(':');
    if (colon >= 0 && colon < at) {
      const userinfo = `${authority.slice(0, colon)}:${replacement('password')}`;
      base = `${scheme[0]}${userinfo}${authority.slice(at)}${authorityEnd < 0 ? '' : base.slice(authorityEnd)}`;
    }
  }
  let out = base;
  if (query !== undefined) out += `?${maskQuery(query, replacement)}`;
  if (hash >= 0) out += `#${fragment.includes('=') ? maskQuery(fragment, replacement) : fragment}`;
  return out;
}

/** Form fields as webRequest gives them (`requestBody.formData`), secret values replaced. */
export function maskForm(form: Record<string, string[]>, replacement: Replacement = masked): Record<string, string[]> {
  // The form itself when nothing in it is secret, so callers can tell by identity.
  if (!Object.keys(form).some(isSecretField)) return form;
  const out: Record<string, string[]> = {};
  for (const [name, values] of Object.entries(form)) out[name] = isSecretField(name) ? values.map(() => replacement(name)) : values;
  return out;
}

/** The essence of a Content-Type, lower case: `application/JSON; charset=utf-8` → `application/json`. */
function essence(contentType: string | undefined): string {
  return (contentType ?? '').split(';', 1)[0]?.trim().toLowerCase() ?? '';
}

/**
 * A request body with its secret values replaced: JSON (`application/json`, any `+json`, or any other
 * body that starts like JSON: pages send JSON as text/plain to skip the CORS preflight) and URL-encoded
 * forms. Multipart, XML and other text are returned as they are: naming their secrets needs a parser per format.
 */
export function maskBodyText(text: string, contentType: string | undefined, replacement: Replacement = masked): string {
  const type = essence(contentType);
  if (type === 'application/x-www-form-urlencoded') return maskQuery(text, replacement);
  if (type.startsWith('multipart/')) return text;
  const json = type === 'application/json' || type.endsWith('+json') || /^\s*[[{]/.test(text.slice(0, 64));
  return json ? maskJsonText(text, replacement) : text;
}
