import type { Reading } from './reading';
import { addField } from './reading';
import { isRecord, valueText } from './text';

/**
 * Field names as servers spell them: JSON pointers (RFC 6901), URI fragments (RFC 6901 §6),
 * JSONPath-ish `$.a.b` (ASP.NET), dotted paths. A pointer names the field by its last segment:
 * `/data/attributes/version` → `version` (JSON:API puts every attribute under /data/attributes).
 */
export function fieldName(raw: string): string {
  const name = raw.trim();
  if (name.startsWith('#/') || name.startsWith('/')) return pointerName(name) ?? name;
  if (name.startsWith('$.')) return name.slice(2);
  if (name.startsWith('$[')) return name.slice(1);
  return name;
}

/** The last segment of a JSON pointer, unescaped (`~1` → `/`, then `~0` → `~`, RFC 6901 §4). */
export function pointerName(pointer: string): string | undefined {
  let p = pointer.trim();
  if (p.startsWith('#')) {
    // A URI fragment pointer is percent-encoded (RFC 6901 §6).
    try {
      p = decodeURIComponent(p.slice(1));
    } catch {
      p = p.slice(1);
    }
  }
  if (!p.startsWith('/')) return undefined;
  const segments = p.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  let last = segments.pop();
  // An array index alone says little: `/items/3` names `items[3]`.
  if (last !== undefined && /^\d+$/.test(last) && segments.length > 0) last = `${segments[segments.length - 1]}[${last}]`;
  return last || undefined;
}

/**
 * A map of field → messages, as Django REST framework, Rails, Laravel and ASP.NET send it:
 * `{"email": ["is invalid"], "address": {"zip": ["required"]}}`. Nested maps give dotted names;
 * lists of maps (DRF `many=True`) give `items[1].name`. Depth is bounded: the body is untrusted.
 */
export function addFieldMap(r: Reading, map: Record<string, unknown>, prefix = '', depth = 0): void {
  if (depth > 4) return;
  for (const [key, value] of Object.entries(map)) {
    const name = prefix ? `${prefix}.${key}` : fieldName(key);
    addFieldValue(r, name, value, depth);
  }
}

function addFieldValue(r: Reading, name: string, value: unknown, depth: number): void {
  if (typeof value === 'string' || typeof value === 'number') {
    addField(r, name, value);
  } else if (Array.isArray(value)) {
    value.slice(0, 50).forEach((item, i) => {
      if (typeof item === 'string' || typeof item === 'number') addField(r, name, item);
      else if (isRecord(item) && isMessageObject(item)) addField(r, name, item.message ?? item.msg ?? item.error, valueText(item.value));
      else if (isRecord(item)) addFieldMap(r, item, `${name}[${i}]`, depth + 1);
    });
  } else if (isRecord(value)) {
    if (isMessageObject(value)) addField(r, name, value.message ?? value.msg ?? value.error, valueText(value.value));
    else addFieldMap(r, value, name, depth + 1);
  }
}

/** `{message: "...", value: ...}`-like detail objects rather than nested field maps. */
function isMessageObject(value: Record<string, unknown>): boolean {
  return typeof value.message === 'string' || typeof value.msg === 'string' || (typeof value.error === 'string' && Object.keys(value).length <= 3);
}

/**
 * True when every member is a list of strings (or of nested maps), or a nested map of those: a
 * field-error map. With allowStrings, single string messages count too (`errors: {email: "taken"}`);
 * without it a plain object such as `{"detail": "Not found."}` is not mistaken for one.
 */
export function isFieldMap(value: unknown, allowStrings = false, depth = 0): value is Record<string, unknown> {
  if (!isRecord(value) || depth > 3) return false;
  const entries = Object.entries(value);
  if (entries.length === 0) return false;
  return entries.every(([, v]) => {
    if (typeof v === 'string') return allowStrings;
    if (Array.isArray(v)) return v.length > 0 && v.every((item) => typeof item === 'string' || isFieldMap(item, allowStrings, depth + 1));
    return isFieldMap(v, allowStrings, depth + 1);
  });
}

// Member names that field-error items use, across frameworks (RFC 9457 examples, RFC 7807
// invalid-params, Zalando, API Platform violations, Bean Validation, Joi, express-validator).
const NAME_KEYS = ['pointer', 'field', 'name', 'property', 'propertyPath', 'param', 'parameter', 'path', 'location', 'loc', 'target', 'key', 'attribute'];
const MESSAGE_KEYS = ['detail', 'message', 'reason', 'msg', 'description', 'defaultMessage', 'title', 'error'];
const VALUE_KEYS = ['value', 'rejectedValue', 'rejected_value', 'invalidValue', 'input'];

/** A list of field-error items: `[{"pointer": "#/age", "detail": "must be positive"}]` and its cousins. */
export function addFieldItems(r: Reading, items: unknown[]): void {
  for (const item of items.slice(0, 100)) {
    if (typeof item === 'string') continue; // a bare message names no field
    if (!isRecord(item)) continue;
    const nameKey = NAME_KEYS.find((k) => item[k] !== undefined && item[k] !== null);
    let name = nameKey === undefined ? undefined : item[nameKey];
    if (Array.isArray(name)) name = name.filter((s) => s !== 'body').join('.'); // FastAPI/pydantic loc: ["body", "email"]
    if (typeof name !== 'string' && typeof name !== 'number') continue;
    const messageKey = MESSAGE_KEYS.find((k) => typeof item[k] === 'string');
    const valueKey = VALUE_KEYS.find((k) => k in item);
    addField(r, fieldName(String(name)), messageKey && item[messageKey], valueKey === undefined ? undefined : valueText(item[valueKey]));
  }
}
