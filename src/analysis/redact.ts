/**
 * Secrets in request headers. Copied commands and evidence must never carry a credential: a cURL line
 * gets pasted into chats and tickets. The user fills the placeholder back in.
 */

const SENSITIVE_NAMES = new Set(['authorization', 'proxy-authorization', 'cookie', 'set-cookie', 'x-api-key', 'x-auth-token']);
// Any name that says what it carries: x-amz-security-token, x-csrf-token, x-goog-api-key, client-secret…
const SENSITIVE_PARTS = /token|secret|api-?key|api_key|password|passwd|credential|subscription-key|access-key|private-key/i;

export function isSensitiveHeader(name: string): boolean {
  const lower = name.toLowerCase();
  return SENSITIVE_NAMES.has(lower) || SENSITIVE_PARTS.test(lower);
}

// Header names whose usual spelling is not plain Title-Case.
const SPELLINGS: Record<string, string> = {
  etag: 'ETag',
  'www-authenticate': 'WWW-Authenticate',
  te: 'TE',
  dnt: 'DNT',
  'content-md5': 'Content-MD5',
  'x-amzn-requestid': 'x-amzn-RequestId',
  traceparent: 'traceparent', // W3C Trace Context spells its headers in lower case
  tracestate: 'tracestate',
  b3: 'b3',
  'cf-ray': 'CF-Ray',
  'x-b3-traceid': 'X-B3-TraceId',
  'x-github-request-id': 'X-GitHub-Request-Id',
  'x-csrftoken': 'X-CSRFToken',
  'x-csrf-token': 'X-CSRF-Token',
  'x-xsrf-token': 'X-XSRF-TOKEN',
};

/** `content-type` → `Content-Type`, for display and for the commands we print. */
export function canonicalName(name: string): string {
  const lower = name.toLowerCase();
  const spelled = SPELLINGS[lower];
  if (spelled) return spelled;
  return lower.replace(/(^|-)([a-z])/g, (_, dash: string, c: string) => dash + c.toUpperCase()).replace(/Ratelimit/g, 'RateLimit');
}

/** The placeholder put in a copied command instead of a secret: `<your Authorization>`. */
export function placeholder(name: string): string {
  return `<your ${canonicalName(name)}>`;
}

/**
 * A secret as shown in evidence: enough to recognise what was sent, nothing to reuse.
 * `Bearer eyJ…` → `Bearer ***`; `sid=abc; theme=dark` → `sid=***; theme=***`.
 */
export function maskSecret(name: string, value: string): string {
  const lower = name.toLowerCase();
  if (lower === 'authorization' || lower === 'proxy-authorization') {
    const scheme = /^([A-Za-z][\w.-]*)\s+\S/.exec(value.trim());
    return scheme ? `${scheme[1]} ***` : '***';
  }
  if (lower === 'cookie') {
    return value
      .split(';')
      .map((pair) => pair.trim().split('=')[0])
      .filter(Boolean)
      .slice(0, 30)
      .map((cookieName) => `${cookieName}=***`)
      .join('; ');
  }
  return '***';
}
