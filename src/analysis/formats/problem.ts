import type { ReadContext, Reading } from '../reading';
import type { FormatId } from '../ids';
import { addHint, newReading, setCode, setDocs, setMessage } from '../reading';
import { addFieldItems, addFieldMap, isFieldMap } from '../fields';
import { isRecord, quote, scalarText, titleAndDetail } from '../text';

/**
 * Problem details, RFC 9457 (which obsoletes RFC 7807): `type`, `title`, `status`, `detail`, `instance`,
 * plus extension members. https://www.rfc-editor.org/rfc/rfc9457#section-3
 * ASP.NET Core emits it with a `traceId` extension, and ValidationProblemDetails adds
 * `errors: { Field: [messages] }` (https://learn.microsoft.com/aspnet/core/web-api/handle-errors).
 */
export function readProblem(root: unknown, ctx: ReadContext): Reading | undefined {
  if (!isRecord(root)) return undefined;
  const declared = ctx.contentType === 'application/problem+json';
  const shaped =
    (typeof root.title === 'string' || typeof root.detail === 'string') &&
    (typeof root.type === 'string' || typeof root.status === 'number' || typeof root.instance === 'string');
  if (!declared && !shaped) return undefined;

  const r = newReading(formatOf(root));
  const title = scalarText(root.title);
  const detail = scalarText(root.detail);
  // The title is the same for every occurrence of the type; the detail explains this one (§3.1.4, §3.1.5).
  const message = titleAndDetail(title, detail);
  setMessage(r, message);
  if (title && message?.includes(title)) r.evidence.push(quote('title', title));
  if (detail) r.evidence.push(quote('detail', detail));

  const type = typeof root.type === 'string' ? root.type.trim() : '';
  setCode(r, root.code, 'code');
  setCode(r, root.errorCode, 'errorCode');
  // A problem type URI names the kind of problem; its last segment reads as a code, unless it only
  // points at the HTTP spec (ASP.NET's default types do).
  if (type && type !== 'about:blank' && !/rfc\d+|tools\.ietf\.org|rfc-editor|httpstatuses|developer\.mozilla/i.test(type)) {
    const segment = /([^/#]+)\/?$/.exec(type)?.[1];
    if (segment && !/^\d+$/.test(segment)) setCode(r, segment); // ".../problems/429" only repeats the status
    if (/^https?:\/\//i.test(type)) setDocs(r, type);
  }
  addHint(r, type);
  addHint(r, title);

  // Field errors, in the spellings seen in the wild: RFC 9457's own example uses `errors` with
  // `pointer`; RFC 7807's uses `invalid-params` with `name`/`reason`; Zalando and API Platform
  // use `violations`.
  for (const key of ['errors', 'invalid-params', 'invalid_params', 'invalidParams', 'violations', 'fieldErrors', 'validationErrors']) {
    const value = root[key];
    if (Array.isArray(value)) addFieldItems(r, value);
    else if (isRecord(value)) addFieldMap(r, value);
  }
  if (!r.message && r.fields[0]?.message) r.message = r.fields[0].message;
  return r;
}

function formatOf(root: Record<string, unknown>): FormatId {
  const aspnetType = typeof root.type === 'string' && /tools\.ietf\.org\/html\/rfc\d+|rfc-editor\.org\/rfc\/rfc\d+|datatracker\.ietf\.org/.test(root.type);
  if (isFieldMap(root.errors) && (root.traceId !== undefined || /validation errors occurred/i.test(String(root.title)))) return 'aspnet-validation-problem';
  if (root.traceId !== undefined && aspnetType) return 'aspnet-problem-details';
  return 'problem-details';
}
