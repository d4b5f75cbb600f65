import type { ReadContext, Reading } from '../reading';
import { addField, addHint, newReading, setCode, setDocs, setMessage } from '../reading';
import { fieldName, pointerName } from '../fields';
import { isRecord, quote, scalarText, titleAndDetail } from '../text';

/** Bodies whose root is an `errors` array: JSON:API and GraphQL. */

function errorItems(root: unknown): Record<string, unknown>[] | undefined {
  if (!isRecord(root) || !Array.isArray(root.errors) || root.errors.length === 0) return undefined;
  const items = root.errors.filter(isRecord);
  return items.length === root.errors.length ? items : undefined;
}

/**
 * GraphQL responses (https://spec.graphql.org/October2021/#sec-Errors): every error has a `message`,
 * and may have `locations`, `path` and `extensions` (Apollo puts `extensions.code` there).
 */
export function readGraphql(root: unknown): Reading | undefined {
  const items = errorItems(root);
  if (!items || !isRecord(root) || !items.every((e) => typeof e.message === 'string')) return undefined;
  const graphqlish = 'data' in root || items.some((e) => 'locations' in e || 'path' in e || 'extensions' in e);
  if (!graphqlish) return undefined;
  const r = newReading('graphql');
  items.forEach((e, i) => {
    const ext = isRecord(e.extensions) ? e.extensions : {};
    if (i === 0) {
      setMessage(r, e.message, 'errors[0].message');
      setCode(r, ext.code, 'errors[0].extensions.code');
      setCode(r, ext.errorCode ?? ext.classification, 'errors[0].extensions');
    }
    addHint(r, ext.code);
    if (isRecord(ext.exception) && Array.isArray(ext.exception.stacktrace)) r.exception ??= scalarText(ext.exception.stacktrace[0]);
    // `path` is where in the response the error happened: ["createUser", "email"].
    const path = Array.isArray(e.path) ? e.path.filter((s) => typeof s === 'string' || typeof s === 'number').join('.') : undefined;
    const field = scalarText(ext.field) ?? scalarText(ext.argumentName) ?? path;
    if (field) addField(r, field, e.message);
  });
  return r;
}

// The only members a JSON:API top level may hold (https://jsonapi.org/format/#document-top-level).
const TOP_LEVEL = new Set(['errors', 'meta', 'jsonapi', 'links', 'included', 'data']);

/**
 * JSON:API error objects (https://jsonapi.org/format/#error-objects): `status`, `code`, `title`,
 * `detail`, `source.pointer` (into the request document) or `source.parameter` (a query parameter),
 * and `links.about`. Only JSON:API top-level members may sit beside `errors`: that tells it from
 * GitHub's shape (`message`) and from problem details with an `errors` extension (`title`, `type`).
 */
export function readJsonApi(root: unknown, ctx: ReadContext): Reading | undefined {
  const items = errorItems(root);
  if (!items || !isRecord(root) || !Object.keys(root).every((k) => TOP_LEVEL.has(k))) return undefined;
  const declared = ctx.contentType === 'application/vnd.api+json' || 'jsonapi' in root;
  const shaped = items.some((e) => typeof e.detail === 'string' || typeof e.title === 'string' || isRecord(e.source));
  if (!declared && !shaped) return undefined;
  const r = newReading('jsonapi');
  items.forEach((e, i) => {
    const title = scalarText(e.title);
    const detail = scalarText(e.detail);
    const text = titleAndDetail(title, detail);
    if (i === 0 && text) {
      setMessage(r, text);
      r.evidence.push(quote(detail ? 'errors[0].detail' : 'errors[0].title', detail ?? (title as string)));
      setCode(r, e.code, 'errors[0].code');
      const links = isRecord(e.links) ? e.links : {};
      const about = isRecord(links.about) ? links.about.href : (links.about ?? links.type);
      setDocs(r, about);
    }
    addHint(r, e.code);
    addHint(r, title);
    const source = isRecord(e.source) ? e.source : {};
    const name =
      (typeof source.pointer === 'string' ? (pointerName(source.pointer) ?? fieldName(source.pointer)) : undefined) ??
      scalarText(source.parameter) ??
      scalarText(source.header);
    const meta = isRecord(e.meta) ? e.meta : {};
    if (name) addField(r, name, detail ?? title, scalarText(meta.value));
  });
  if (!r.message && r.fields[0]?.message) r.message = r.fields[0].message;
  return r;
}
