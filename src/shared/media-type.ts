/**
 * Content-Type values (RFC 9110 §8.3): `type/subtype` then `; name=value` parameters. The one parser
 * for the background (body decoding) and the analysis (which reader, which rule). The page hook keeps
 * its own copy in content/page-body.ts, built only from built-ins taken before page scripts run.
 */

export interface ContentType {
  /** The media type without parameters, lower-case: `application/json`. */
  mimeType?: string;
  /** The charset parameter, unquoted and lower-case. */
  charset?: string;
}

/** The Content-Type header's value among header lines, whatever its case. */
export function contentTypeOf(headers: readonly { name: string; value: string }[]): string | undefined {
  return headers.find((h) => h.name.toLowerCase() === 'content-type')?.value;
}

/** Splits a Content-Type header into its media type and charset. */
export function parseContentType(value: string | undefined): ContentType {
  if (!value) return {};
  const [type, ...params] = value.split(';');
  const mimeType = type?.trim().toLowerCase() || undefined;
  let charset: string | undefined;
  for (const param of params) {
    const eq = param.indexOf('=');
    if (eq < 0) continue;
    if (param.slice(0, eq).trim().toLowerCase() !== 'charset') continue;
    charset = param.slice(eq + 1).trim().replace(/^"|"$/g, '').toLowerCase() || undefined;
  }
  return { mimeType, charset };
}

/** The media type alone: `Application/JSON; charset=utf-8` → `application/json`; undefined when empty. */
export function mediaType(value: string | undefined): string | undefined {
  return parseContentType(value).mimeType;
}
