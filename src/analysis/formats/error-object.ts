import type { Reading } from '../reading';
import { addField, addHint, newReading, setCode, setDocs, setMessage, setTrace } from '../reading';
import { fieldName } from '../fields';
import { isRecord, scalarText } from '../text';

/** Bodies that wrap everything in one `error` object: Stripe, Google APIs, OData (and Microsoft Graph, Azure). */

/**
 * Stripe: `{"error": {"type": "invalid_request_error", "code", "param", "message", "doc_url", "request_log_url"}}`.
 * https://docs.stripe.com/api/errors
 */
export function readStripe(root: unknown): Reading | undefined {
  const e = isRecord(root) && isRecord(root.error) ? root.error : undefined;
  if (!e || typeof e.type !== 'string' || !(/_error$/.test(e.type) || 'doc_url' in e || 'request_log_url' in e)) return undefined;
  const r = newReading('stripe');
  setMessage(r, e.message, 'error.message');
  setCode(r, e.code, 'error.code');
  setCode(r, e.decline_code, 'error.decline_code');
  setCode(r, e.type, 'error.type');
  addHint(r, e.type);
  addHint(r, e.decline_code);
  setDocs(r, e.doc_url);
  if (typeof e.param === 'string' && e.param) addField(r, e.param, e.message);
  // The dashboard log URL ends in the request id Stripe support asks for: …/logs/req_abc123?t=…
  if (typeof e.request_log_url === 'string') setTrace(r, /\/(req_\w+)/.exec(e.request_log_url)?.[1], 'error.request_log_url', e.request_log_url);
  return r;
}

/**
 * Google APIs (AIP-193, https://google.aip.dev/193): `{"error": {"code": 400, "message", "status":
 * "INVALID_ARGUMENT", "details": [{"@type": "type.googleapis.com/google.rpc.BadRequest", …}]}}`.
 * The details we use: BadRequest.fieldViolations, ErrorInfo.reason, RetryInfo.retryDelay, Help.links,
 * RequestInfo.requestId, QuotaFailure.violations. The older v1 shape lists `errors[{reason, location}]`.
 */
export function readGoogle(root: unknown): Reading | undefined {
  const e = isRecord(root) && isRecord(root.error) ? root.error : undefined;
  if (!e || typeof e.code !== 'number' || !(typeof e.message === 'string' || typeof e.status === 'string')) return undefined;
  const r = newReading('google');
  setMessage(r, e.message, 'error.message');
  const details = Array.isArray(e.details) ? e.details.filter(isRecord).slice(0, 20) : [];
  const typeOf = (d: Record<string, unknown>) => (typeof d['@type'] === 'string' ? d['@type'].replace(/^.*\//, '') : '');
  const info = details.find((d) => typeOf(d) === 'google.rpc.ErrorInfo');
  // ErrorInfo.reason is the most specific code (API_KEY_INVALID); status is the canonical class (INVALID_ARGUMENT).
  if (info) setCode(r, info.reason, 'error.details[ErrorInfo].reason');
  setCode(r, e.status, 'error.status');
  addHint(r, e.status);
  addHint(r, info?.reason);
  for (const d of details) {
    const type = typeOf(d);
    if (type === 'google.rpc.BadRequest' && Array.isArray(d.fieldViolations)) {
      for (const v of d.fieldViolations.filter(isRecord)) addField(r, typeof v.field === 'string' ? fieldName(v.field) : undefined, v.description ?? v.reason);
    } else if (type === 'google.rpc.RetryInfo') {
      r.retryDelaySeconds = durationSeconds(d.retryDelay);
    } else if (type === 'google.rpc.Help' && Array.isArray(d.links)) {
      setDocs(r, d.links.filter(isRecord)[0]?.url);
    } else if (type === 'google.rpc.RequestInfo') {
      setTrace(r, d.requestId, 'error.details[RequestInfo].requestId');
    } else if ((type === 'google.rpc.QuotaFailure' || type === 'google.rpc.PreconditionFailure') && Array.isArray(d.violations)) {
      for (const v of d.violations.filter(isRecord)) addHint(r, v.subject ?? v.type);
    }
  }
  if (Array.isArray(e.errors)) {
    for (const item of e.errors.filter(isRecord).slice(0, 20)) {
      addHint(r, item.reason);
      if (typeof item.location === 'string') addField(r, item.location, item.message);
    }
    setCode(r, e.errors.filter(isRecord)[0]?.reason, 'error.errors[0].reason');
  }
  return r;
}

/** A protobuf Duration in JSON: "30s", "1.5s"; or `{seconds, nanos}`. */
function durationSeconds(value: unknown): number | undefined {
  if (typeof value === 'string') {
    const m = /^(\d+(?:\.\d+)?)s$/.exec(value.trim());
    return m ? Number(m[1]) : undefined;
  }
  if (isRecord(value)) {
    const seconds = Number(value.seconds ?? 0) + Number(value.nanos ?? 0) / 1e9;
    return Number.isFinite(seconds) ? seconds : undefined;
  }
  return undefined;
}

/**
 * OData JSON errors (OData v4 JSON Format §21, https://docs.oasis-open.org/odata/odata-json-format/v4.01/odata-json-format-v4.01.html#sec_ErrorResponse):
 * `{"error": {"code", "message", "target", "details": [{code, message, target}], "innererror"}}`;
 * OData v2/v3 wrote `{"odata.error": {"message": {"lang", "value"}}}`. Microsoft Graph and Azure use
 * the v4 shape and put `request-id` in `innerError`.
 */
export function readOData(root: unknown): Reading | undefined {
  // The error object is the whole response (§21.1): an `error` beside other members is some other API's.
  if (!isRecord(root) || Object.keys(root).length !== 1) return undefined;
  const e = isRecord(root.error) ? root.error : isRecord(root['odata.error']) ? root['odata.error'] : undefined;
  if (!e || typeof e.code !== 'string') return undefined;
  const message = isRecord(e.message) ? e.message.value : e.message;
  if (typeof message !== 'string') return undefined;
  const r = newReading('odata');
  setMessage(r, message, 'error.message');
  setCode(r, e.code, 'error.code');
  addHint(r, e.code);
  if (typeof e.target === 'string' && e.target) addField(r, fieldName(e.target), message);
  if (Array.isArray(e.details)) {
    for (const d of e.details.filter(isRecord).slice(0, 50)) {
      addHint(r, d.code);
      if (typeof d.target === 'string' && d.target) addField(r, fieldName(d.target), d.message);
    }
  }
  const inner = isRecord(e.innererror) ? e.innererror : isRecord(e.innerError) ? e.innerError : undefined;
  if (inner) {
    setTrace(r, inner['request-id'] ?? inner.requestId, 'error.innerError.request-id');
    if (typeof inner.type === 'string') r.exception = scalarText(`${inner.type}: ${String(inner.message ?? '')}`);
  }
  return r;
}
