import type { HeaderLine, LogEntry } from './types';
import type { Har, HarEntry, HarNameValue, HarPostData } from './har-types';
import { APP_VERSION } from './app-version';
import { devtoolsTypeOf } from './har-resource-type';
import { contentTypeOf } from './media-type';

/**
 * A log as an HTTP Archive 1.2 file. The entries are written as given: the caller passes them
 * masked, as the popup shows them, so an exported file carries no secret the user did not see.
 */
export function toHar(entries: readonly LogEntry[]): Har {
  return { log: { version: '1.2', creator: { name: 'StatusLens', version: APP_VERSION }, entries: oldestFirst(entries).map(harEntry) } };
}

/** `statuslens-<host>-<yyyymmdd-hhmmss>.har`, in the user's local time. */
export function harFileName(host: string, at: Date): string {
  const safeHost = host.toLowerCase().replace(/[^a-z0-9.-]+/g, '_').slice(0, 100) || 'log';
  const two = (n: number) => String(n).padStart(2, '0');
  const date = `${at.getFullYear()}${two(at.getMonth() + 1)}${two(at.getDate())}`;
  const time = `${two(at.getHours())}${two(at.getMinutes())}${two(at.getSeconds())}`;
  return `statuslens-${safeHost}-${date}-${time}.har`;
}

function harEntry(e: LogEntry): HarEntry {
  const duration = e.endTime !== undefined && e.endTime >= e.startTime ? e.endTime - e.startTime : -1;
  const started = new Date(e.startTime);
  const { version: httpVersion, text: statusText } = splitStatusLine(e.statusLine);
  const body = e.body;
  const responseType = contentTypeOf(e.responseHeaders);
  return {
    startedDateTime: Number.isFinite(started.getTime()) ? started.toISOString() : new Date(0).toISOString(),
    time: Math.max(duration, 0),
    request: {
      method: e.method,
      url: e.url,
      httpVersion,
      cookies: [],
      headers: e.requestHeaders.map(nameValue),
      queryString: queryOf(e.url),
      ...(e.requestBody && { postData: postDataOf(e) }),
      headersSize: -1,
      bodySize: e.requestBody ? e.requestBody.size : e.method === 'GET' || e.method === 'HEAD' ? 0 : -1,
    },
    response: {
      status: e.kind === 'network-error' ? 0 : (e.statusCode ?? 0),
      statusText,
      httpVersion,
      cookies: [],
      headers: e.responseHeaders.map(nameValue),
      content: {
        size: body ? (body.fullSize ?? body.keptSize) : 0,
        mimeType: (body?.mimeType && (body.charset ? `${body.mimeType}; charset=${body.charset}` : body.mimeType)) || responseType || 'x-unknown',
        ...(body?.text !== undefined && { text: body.text }),
        ...(body?.truncated && { comment: `Truncated by StatusLens: ${body.keptSize} of ${body.fullSize ?? 'more'} bytes kept.` }),
        ...(body && {
          _statuslens: {
            source: body.source,
            binary: body.binary,
            keptSize: body.keptSize,
            truncated: body.truncated,
            ...(body.dropped && { dropped: body.dropped }),
            ...(body.reportedBy && { reportedBy: body.reportedBy }),
          },
        }),
      },
      redirectURL: '',
      headersSize: -1,
      bodySize: body?.fullSize ?? -1,
      ...(e.kind === 'network-error' && { _error: e.error ?? 'net::ERR_FAILED' }),
    },
    cache: {},
    // HAR 1.2: send, wait and receive are never negative; an unknown duration is 0 and said so below.
    timings: { send: 0, wait: Math.max(duration, 0), receive: 0 },
    ...(e.ip && { serverIPAddress: e.ip }),
    _resourceType: devtoolsTypeOf(e.type),
    _statuslens: { kind: e.kind, type: e.type, frameId: e.frameId, ...(duration < 0 && { durationUnknown: true }), ...(e.masked && { masked: e.masked }), ...(e.seenBy && { seenBy: e.seenBy }) },
  };
}

/** "HTTP/1.1 404 Not Found" → version and reason; HTTP/2 and later send no reason phrase. */
function splitStatusLine(line: string | undefined): { version: string; text: string } {
  const match = /^(HTTP\/[\d.]+)\s+\d{3}\s*(.*)$/i.exec(line ?? '');
  return match ? { version: match[1]!.toUpperCase(), text: match[2] ?? '' } : { version: '', text: '' };
}

const nameValue = (h: HeaderLine): HarNameValue => ({ name: h.name, value: h.value });

function queryOf(url: string): HarNameValue[] {
  try {
    return [...new URL(url).searchParams].map(([name, value]) => ({ name, value }));
  } catch {
    return [];
  }
}

function postDataOf(e: LogEntry): HarPostData {
  const rb = e.requestBody!;
  const mimeType = contentTypeOf(e.requestHeaders) ?? (rb.form ? 'application/x-www-form-urlencoded' : '');
  const params = rb.form && Object.entries(rb.form).flatMap(([name, values]) => values.map((value) => ({ name, value })));
  const text = rb.text ?? (params ? new URLSearchParams(params.map((p) => [p.name, p.value])).toString() : undefined);
  return {
    mimeType,
    ...(text !== undefined && { text }),
    ...(params && { params }),
    ...(rb.truncated && { comment: `Truncated by StatusLens: ${rb.size} bytes sent, the start kept.` }),
  };
}

/** HAR lists entries in the order they started (the log holds them newest first). */
const oldestFirst = (entries: readonly LogEntry[]) => [...entries].sort((a, b) => a.startTime - b.startTime);
