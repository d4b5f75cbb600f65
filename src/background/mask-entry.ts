import type { HeaderLine, LogEntry } from '../shared/types';
import { maskBodyText, maskForm, maskHeaderValue, maskUrl } from '../analysis';
import { contentTypeOf } from '../shared/media-type';

/**
 * An entry with every secret masked (one list of rules: src/analysis/secrets.ts): URL passwords
 * and secret query values, Authorization, Cookie, Set-Cookie and other secret headers, secret
 * fields of JSON and form bodies, sent or received. Returns the entry itself when nothing in it is
 * secret; otherwise a copy marked `masked`. The live entry is never changed.
 */
export function maskEntry(e: LogEntry, kind: 'revealable' | 'stored'): LogEntry {
  if (e.masked) return e; // restored from storage: masked already
  const url = maskUrl(e.url);
  const requestHeaders = maskHeaders(e.requestHeaders);
  const responseHeaders = maskHeaders(e.responseHeaders);
  const requestType = contentTypeOf(e.requestHeaders);
  const rb = e.requestBody;
  const requestBody = rb && {
    ...rb,
    ...(rb.text !== undefined && { text: maskBodyText(rb.text, requestType) }),
    ...(rb.form && { form: maskForm(rb.form) }),
  };
  const bodyText = e.body?.text === undefined ? undefined : maskBodyText(e.body.text, e.body.mimeType);
  const initiator = e.initiator && maskUrl(e.initiator);
  const documentUrl = e.documentUrl && maskUrl(e.documentUrl);
  const changed =
    url !== e.url ||
    requestHeaders !== e.requestHeaders ||
    responseHeaders !== e.responseHeaders ||
    (rb !== undefined && (requestBody!.text !== rb.text || requestBody!.form !== rb.form)) ||
    bodyText !== e.body?.text ||
    initiator !== e.initiator ||
    documentUrl !== e.documentUrl;
  if (!changed) return e;
  return {
    ...e,
    url,
    requestHeaders,
    responseHeaders,
    requestBody,
    body: e.body && { ...e.body, text: bodyText },
    initiator,
    documentUrl,
    masked: kind,
  };
}

/** The same array when nothing in it is secret, so callers can tell (maskForm and maskUrl do likewise). */
function maskHeaders(headers: HeaderLine[]): HeaderLine[] {
  let out: HeaderLine[] | undefined;
  headers.forEach((h, i) => {
    const value = maskHeaderValue(h.name, h.value);
    if (value === h.value) return;
    out ??= headers.slice();
    out[i] = { name: h.name, value };
  });
  return out ?? headers;
}
