import type { Reading } from '../reading';
import { addField, addHint, newReading, setCode, setDocs, setMessage } from '../reading';
import { addFieldItems, addFieldMap, isFieldMap } from '../fields';
import { firstText, isRecord, scalarText } from '../text';

/** Message-first bodies: GitHub, CouchDB, AWS JSON, OAuth, and any other JSON as a fallback. */

/**
 * GitHub REST: `{"message": "Validation Failed", "errors": [{"resource", "field", "code"}], "documentation_url"}`.
 * https://docs.github.com/rest/using-the-rest-api/troubleshooting-the-rest-api
 */
export function readGithub(root: unknown): Reading | undefined {
  if (!isRecord(root) || typeof root.message !== 'string' || typeof root.documentation_url !== 'string') return undefined;
  const r = newReading('github');
  setMessage(r, root.message, 'message');
  setDocs(r, root.documentation_url);
  if (Array.isArray(root.errors)) {
    for (const e of root.errors.slice(0, 50)) {
      if (typeof e === 'string') addHint(r, e);
      if (!isRecord(e)) continue;
      // code is one of missing, missing_field, invalid, already_exists, unprocessable, custom (with message).
      setCode(r, e.code, 'errors[0].code');
      addHint(r, e.code);
      addField(r, e.field ?? e.resource, e.message ?? e.code, scalarText(e.value));
    }
  }
  return r;
}

/** CouchDB: `{"error": "conflict", "reason": "Document update conflict."}` (https://docs.couchdb.org/en/stable/api/basics.html#http-status-codes). */
export function readCouch(root: unknown): Reading | undefined {
  if (!isRecord(root) || typeof root.error !== 'string' || typeof root.reason !== 'string') return undefined;
  if (!Object.keys(root).every((k) => k === 'error' || k === 'reason' || k === 'ref')) return undefined;
  const r = newReading('couchdb');
  setMessage(r, root.reason, 'reason');
  setCode(r, root.error, 'error');
  return r;
}

/**
 * AWS JSON protocols (API Gateway, Lambda, DynamoDB): `{"__type": "…#ValidationException", "message": …}`.
 * Validation messages name the member: "Value null at 'name' failed to satisfy constraint: …".
 */
export function readAwsJson(root: unknown): Reading | undefined {
  if (!isRecord(root) || typeof root.__type !== 'string') return undefined;
  const r = newReading('aws-json');
  const found = firstText(root, ['message', 'Message', 'errorMessage']);
  if (found) setMessage(r, found[0], found[1]);
  setCode(r, root.__type.replace(/^.*#/, ''), '__type');
  for (const m of (r.message ?? '').matchAll(/Value (.{0,200}?) at '([^']{1,200})' failed to satisfy constraint: ([^;]{1,300})/g)) {
    addField(r, m[2], m[3], m[1]);
  }
  return r;
}

// RFC 6749 §5.2 and RFC 6750 §3.1 error codes.
const OAUTH_CODES = /^(invalid_request|invalid_client|invalid_grant|unauthorized_client|unsupported_grant_type|invalid_scope|invalid_token|insufficient_scope|access_denied|unsupported_response_type|server_error|temporarily_unavailable|expired_token|authorization_pending|slow_down)$/;

/** OAuth 2.0 token and resource errors: `{"error": "invalid_grant", "error_description", "error_uri"}`. */
export function readOAuth(root: unknown): Reading | undefined {
  if (!isRecord(root) || typeof root.error !== 'string') return undefined;
  if (!OAUTH_CODES.test(root.error) && typeof root.error_description !== 'string') return undefined;
  const r = newReading('oauth');
  setMessage(r, root.error_description, 'error_description');
  setMessage(r, root.error, 'error');
  setCode(r, root.error, 'error');
  setDocs(r, root.error_uri);
  return r;
}

const MESSAGE_KEYS = ['message', 'Message', 'error_description', 'errorMessage', 'error_message', 'errorMsg', 'detail', 'details', 'title', 'description', 'msg', 'reason', 'error', 'statusText'];
const CODE_KEYS = ['code', 'errorCode', 'error_code', 'errCode', 'type', 'errorType', 'status'];

/** Any other JSON: the best message, a code, field errors under the usual names, a nested `error` object. */
export function readGenericJson(root: unknown): Reading {
  const r = newReading('json');
  if (Array.isArray(root)) {
    const first = root[0];
    if (typeof first === 'string') setMessage(r, first, '[0]');
    addFieldItems(r, root);
    if (isRecord(first) && !r.fields.length) readObject(r, first, '[0].');
    else if (isRecord(first)) setMessage(r, firstText(first, MESSAGE_KEYS)?.[0]);
    return r;
  }
  if (isRecord(root)) readObject(r, root, '');
  else setMessage(r, root);
  return r;
}

function readObject(r: Reading, obj: Record<string, unknown>, at: string): void {
  const found = firstText(obj, MESSAGE_KEYS);
  if (found) setMessage(r, found[0], at + found[1]);
  for (const key of CODE_KEYS) {
    const value = obj[key];
    // A numeric `status` or `code` is usually the HTTP status again, not an application code.
    // JSend's `status: "fail" | "error"` is a verdict, not a code.
    if (typeof value === 'string' && value && value !== r.message && !/^(fail|failure|error|ERROR)$/.test(value)) setCode(r, value, at + key);
  }
  if (typeof obj.error === 'string' && found?.[1] !== 'error' && /^[\w.:-]+$/.test(obj.error)) setCode(r, obj.error, `${at}error`);
  setDocs(r, obj.documentation_url ?? obj.docs ?? obj.help ?? obj.more_info ?? obj.link);
  for (const key of ['errors', 'validationErrors', 'fieldErrors', 'violations', 'details', 'invalid_params']) {
    const value = obj[key];
    if (Array.isArray(value)) addFieldItems(r, value);
    else if (isFieldMap(value, true)) addFieldMap(r, value);
  }
  // JSend puts a failed request's field messages in `data` (https://github.com/omniti-labs/jsend).
  if (obj.status === 'fail' && isFieldMap(obj.data, true)) addFieldMap(r, obj.data);
  const nested = obj.error;
  if (isRecord(nested) && !at) readObject(r, nested, 'error.');
  if (!r.message && Array.isArray(obj.errors)) {
    const e = obj.errors[0];
    setMessage(r, typeof e === 'string' ? e : isRecord(e) ? firstText(e, MESSAGE_KEYS)?.[0] : undefined, 'errors[0]');
  }
  if (!r.message && r.fields[0]) r.message = r.fields[0].message ? `${r.fields[0].name}: ${r.fields[0].message}` : r.fields[0].name;
}
