/**
 * How header names are spelled when we print them. Browsers report them in lower case (HTTP/2 and 3
 * require it, RFC 9113 §8.2.2); people read and paste them in their usual spelling.
 */

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
