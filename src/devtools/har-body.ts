import type { DevtoolsBodyReport } from '../shared/protocol';
import type { DevtoolsContent, FinishedRequest } from '../platform/devtools-runtime';
import { isFlaggedEntry, type FailureFlags } from '../shared/classify';
import { bytesLookBinary, decoderFor, mimeIsBinary } from '../shared/body';
import { mediaType, parseContentType } from '../shared/media-type';
import { capBody } from '../background/body-cap';
import { LIMITS } from '../shared/limits';

/**
 * Is this DevTools record a response the user flags (settings.flag)? Only those are worth reading:
 * a status of 0 is a request that got no response, so there is no body to read.
 */
export function wantsBody(request: FinishedRequest, flags: FailureFlags): boolean {
  const status = request.response?.status;
  if (typeof status !== 'number' || status < 100) return false;
  return isFlaggedEntry({ kind: 'http-error', statusCode: status }, flags);
}

/**
 * The devtoolsBody message for one DevTools record and its content, the text cut to `capBytes`
 * (the user's body cap) as the background cuts every body. Bytes DevTools hands over in base64
 * are decoded as text when the media type or the bytes say text (a 404 page for an image is
 * usually HTML or plain text), else kept as binary: type and size only. undefined when the
 * record lacks what the background matches on.
 */
export function devtoolsBodyReport(tabId: number, request: FinishedRequest, content: DevtoolsContent, capBytes: number): DevtoolsBodyReport | undefined {
  const url = request.request?.url;
  const method = request.request?.method;
  const status = request.response?.status;
  const startedAt = Date.parse(request.startedDateTime ?? '');
  if (!url || !method || typeof status !== 'number' || !Number.isFinite(startedAt)) return undefined;
  const rawMime = request.response?.content?.mimeType;
  const mimeType = rawMime ? rawMime.slice(0, LIMITS.headerNameChars) : undefined;
  const size = request.response?.content?.size;
  const text = content.content ?? '';
  // Chrome cancels a failed script or stylesheet as soon as its status arrives (net::ERR_ABORTED):
  // DevTools then hands over "" for a body it never read. Only a response that says it is empty is.
  if (text === '' && contentLength(request) !== 0) return undefined;
  let body: DevtoolsBodyReport['body'];
  if (content.encoding === 'base64') {
    const bytes = fromBase64(text);
    if (!bytes) return undefined;
    const binary = mimeIsBinary(mediaType(mimeType)) ?? bytesLookBinary(bytes);
    body = binary
      ? { binary: true, truncated: false, fullSize: bytes.length }
      : textBody(decoderFor(parseContentType(mimeType).charset).decode(bytes), bytes.length, capBytes);
  } else if (mimeIsBinary(mediaType(mimeType))) {
    // Firefox hands over an image's bytes with no word of their encoding: the type alone says binary.
    body = { binary: true, truncated: false, ...(typeof size === 'number' && size >= 0 && { fullSize: size }) };
  } else {
    body = textBody(text, typeof size === 'number' && size >= 0 ? size : undefined, capBytes);
  }
  return { tabId, url, method, status, startedAt, body: { ...body, ...(mimeType && { mimeType }) } };
}

function contentLength(request: FinishedRequest): number | undefined {
  const value = request.response?.headers?.find((h) => h.name?.toLowerCase() === 'content-length')?.value;
  return value !== undefined && /^\d+$/.test(value.trim()) ? Number(value) : undefined;
}

function textBody(text: string, fullSize: number | undefined, capBytes: number): DevtoolsBodyReport['body'] {
  const cut = capBody({ source: 'devtools', binary: false, text, keptSize: 0, truncated: false, ...(fullSize !== undefined && { fullSize }) }, Math.min(capBytes, LIMITS.bodyBytes));
  return { binary: false, text: cut.text, truncated: cut.truncated, ...(cut.fullSize !== undefined && { fullSize: cut.fullSize }) };
}

function fromBase64(text: string): Uint8Array | undefined {
  try {
    return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
  } catch {
    return undefined; // not base64 after all
  }
}
