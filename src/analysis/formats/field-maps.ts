import type { Reading } from '../reading';
import { addField, addHint, newReading, setCode, setDocs, setMessage } from '../reading';
import { addFieldMap, isFieldMap } from '../fields';
import { isRecord, quote, valueText } from '../text';

/** Bodies that map field names to messages: Laravel, FastAPI, Django REST framework, Rails. */

/** The first field error as a message, when the body has no message of its own. */
function messageFromFields(r: Reading): void {
  const first = r.fields[0];
  if (!r.message && first) r.message = first.message ? `${first.name}: ${first.message}` : first.name;
}

/**
 * Laravel: `{"message": "The email field is required. (and 1 more error)", "errors": {"email": [...]}}`
 * (https://laravel.com/docs/validation#validation-error-response-format), and in debug mode an
 * exception body `{"message", "exception", "file", "line", "trace"}`.
 */
export function readLaravel(root: unknown): Reading | undefined {
  if (!isRecord(root) || typeof root.message !== 'string') return undefined;
  const validation = isFieldMap(root.errors) && Object.keys(root).every((k) => k === 'message' || k === 'errors');
  const exception = typeof root.exception === 'string' && 'file' in root && 'line' in root;
  if (!validation && !exception) return undefined;
  const r = newReading('laravel');
  setMessage(r, root.message, 'message');
  if (validation) addFieldMap(r, root.errors as Record<string, unknown>);
  if (exception) {
    setCode(r, root.exception, 'exception');
    r.exception = `${String(root.exception)} at ${String(root.file)}:${String(root.line)}`;
  }
  return r;
}

/**
 * FastAPI (pydantic): `{"detail": [{"loc": ["body", "email"], "msg": "Field required", "type": "missing", "input": …}]}`.
 * https://fastapi.tiangolo.com/tutorial/handling-errors/#requestvalidationerror-vs-validationerror
 */
export function readFastApi(root: unknown): Reading | undefined {
  if (!isRecord(root) || !Array.isArray(root.detail) || root.detail.length === 0) return undefined;
  const items = root.detail.filter(isRecord);
  if (items.length === 0 || !items.every((e) => Array.isArray(e.loc) && typeof e.msg === 'string')) return undefined;
  const r = newReading('fastapi');
  for (const e of items) {
    const loc = (e.loc as unknown[]).filter((s) => typeof s === 'string' || typeof s === 'number').map(String);
    // The first segment says where (body, query, path, header, cookie); the rest is the field.
    const name = (loc.length > 1 && /^(body|query|path|header|cookie)$/.test(loc[0] as string) ? loc.slice(1) : loc).join('.');
    addField(r, name, e.msg, valueText(e.input));
    addHint(r, e.type);
  }
  setCode(r, items[0]?.type, 'detail[0].type');
  setDocs(r, items[0]?.url);
  messageFromFields(r);
  if (r.fields[0]) r.evidence.unshift(quote('detail[0].loc', r.fields[0].name));
  return r;
}

/**
 * Django REST framework: `{"detail": "Not found."}` for exceptions, a field map
 * `{"email": ["This field is required."], "non_field_errors": [...]}` for validation, nested maps for
 * nested serializers. https://www.django-rest-framework.org/api-guide/exceptions/
 * FastAPI's HTTPException sends the same `{"detail": "..."}`.
 */
export function readDrf(root: unknown): Reading | undefined {
  if (!isRecord(root)) return undefined;
  const keys = Object.keys(root);
  const detailOnly = typeof root.detail === 'string' && keys.every((k) => k === 'detail' || k === 'code');
  const fieldMap = !detailOnly && (isFieldMap(root) || isFullDetails(root));
  if (!detailOnly && !fieldMap) return undefined;
  const r = newReading('django-rest-framework');
  if (detailOnly) {
    setMessage(r, root.detail, 'detail');
    setCode(r, root.code, 'code');
    // Throttled: "Request was throttled. Expected available in 56 seconds."
    const wait = /available in (\d+) seconds?/.exec(root.detail as string);
    if (wait) r.retryDelaySeconds = Number(wait[1]);
    return r;
  }
  const { non_field_errors: nonField, ...rest } = root;
  if (Array.isArray(nonField)) setMessage(r, typeof nonField[0] === 'string' ? nonField[0] : (isRecord(nonField[0]) ? nonField[0].message : undefined), 'non_field_errors[0]');
  addFieldMap(r, rest);
  messageFromFields(r);
  return r;
}

/** DRF's `get_full_details()`: `{"email": [{"message": "...", "code": "required"}]}`. */
function isFullDetails(root: Record<string, unknown>): boolean {
  const values = Object.values(root);
  return values.length > 0 && values.every((v) => Array.isArray(v) && v.length > 0 && v.every((e) => isRecord(e) && typeof e.message === 'string' && typeof e.code === 'string'));
}

/**
 * Rails: `render json: { errors: @user.errors }` gives `{"errors": {"email": ["has already been taken"]}}`
 * (https://api.rubyonrails.org/classes/ActiveModel/Errors.html); full messages come as a list of strings.
 */
export function readRailsErrors(root: unknown): Reading | undefined {
  if (!isRecord(root) || 'message' in root) return undefined;
  const errors = root.errors;
  const map = isFieldMap(errors, true);
  const fullMessages = Array.isArray(errors) && errors.length > 0 && errors.every((e) => typeof e === 'string');
  if (!map && !fullMessages) return undefined;
  const r = newReading('rails');
  if (map) addFieldMap(r, errors as Record<string, unknown>);
  else setMessage(r, (errors as string[])[0], 'errors[0]');
  messageFromFields(r);
  return r;
}

