import type { Headers } from './headers';
import { header, received } from './headers';
import { findMembers } from './json';
import { CAPS, clip, quote, scalarText } from './text';

/**
 * The id a backend team can look a request up by: from the body (the application's own id), else
 * from the headers that tracing systems and platforms add, e.g. W3C Trace Context's traceparent
 * (https://www.w3.org/TR/trace-context/#traceparent-header), whose trace-id part is what the
 * tracing UI searches for.
 */

/** A trace id and the quote it came from (a body member or a header line). */
export interface Trace {
  id: string;
  evidence: string;
}

// Body members that carry the id the backend logged, in order of preference.
const BODY_KEYS = [
  'traceid', 'trace_id', 'trace-id', 'requestid', 'request_id', 'request-id', 'x-request-id',
  'correlationid', 'correlation_id', 'correlation-id', 'x-correlation-id', 'errorid', 'error_id', 'incidentid', 'incident_id',
];
const BODY_KEY_SET = new Set(BODY_KEYS);

/** A trace id from a parsed JSON body, shallowest and most specific first. */
export function bodyTrace(root: unknown): Trace | undefined {
  const members = findMembers(root, BODY_KEY_SET).filter((m) => scalarText(m.value, CAPS.traceId));
  members.sort((a, b) => depth(a.path) - depth(b.path) || BODY_KEYS.indexOf(a.key.toLowerCase()) - BODY_KEYS.indexOf(b.key.toLowerCase()));
  const best = members[0];
  if (!best) return undefined;
  const id = normalizeTraceId(scalarText(best.value, CAPS.traceId) as string);
  return { id, evidence: quote(best.path, id) };
}

const depth = (path: string) => path.split(/[.[]/).length;

/**
 * Response headers that carry a request or trace id, most useful to a backend team first. Some need
 * their id cut out of a larger value; each extractor returns undefined for a value it cannot read.
 */
const HEADER_IDS: [string, (value: string) => string | undefined][] = [
  // W3C Trace Context: version-traceid-parentid-flags; an all-zero trace id is invalid (§3.2.2.3).
  ['traceparent', (v) => /^[\da-f]{2}-([\da-f]{32})-[\da-f]{16}-[\da-f]{2}/i.exec(v)?.[1]?.replace(/^0{32}$/, '') || undefined],
  ['x-request-id', plain],
  ['x-correlation-id', plain],
  ['request-id', plain], // Stripe, Azure
  ['x-amzn-requestid', plain],
  ['x-amz-request-id', plain], // S3
  ['x-ms-request-id', plain],
  ['x-github-request-id', plain],
  // AWS X-Ray: Root=1-5759e988-bd862e3fe1be46a994272793;Parent=…;Sampled=1
  ['x-amzn-trace-id', (v) => /Root=([\w-]+)/.exec(v)?.[1]],
  // Google Cloud: TRACE_ID/SPAN_ID;o=TRACE_TRUE
  ['x-cloud-trace-context', (v) => /^([\da-f]{8,32})/i.exec(v)?.[1]],
  ['x-b3-traceid', plain],
  // B3 single header: traceid-spanid-sampled; Sentry: traceid-spanid-sampled; Jaeger: traceid:spanid:…
  ['b3', (v) => /^([\da-f]{16,32})-/i.exec(v)?.[1]],
  ['sentry-trace', (v) => /^([\da-f]{32})/i.exec(v)?.[1]],
  ['uber-trace-id', (v) => /^([\da-f]{1,32}):/i.exec(v)?.[1]],
  ['x-trace-id', plain],
  ['x-datadog-trace-id', plain],
  ['cf-ray', plain], // Cloudflare's id for the edge request: what Cloudflare support asks for
  ['x-amz-cf-id', plain], // CloudFront
  ['x-vercel-id', plain],
  ['fly-request-id', plain],
];

function plain(value: string): string | undefined {
  return value.split(',')[0]?.trim() || undefined;
}

export function headerTrace(headers: Headers): Trace | undefined {
  for (const [name, extract] of HEADER_IDS) {
    const value = header(headers, name);
    const id = value === undefined ? undefined : extract(value);
    if (id) return { id: clip(id, CAPS.traceId), evidence: received(headers, name) };
  }
  return undefined;
}

/** A body trace id written as a whole traceparent (ASP.NET's `traceId`) is reduced to its trace-id part. */
export function normalizeTraceId(id: string): string {
  return /^[\da-f]{2}-([\da-f]{32})-[\da-f]{16}-[\da-f]{2}$/i.exec(id)?.[1] ?? id;
}
