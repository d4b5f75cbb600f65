import type { BodySource, LogEntry } from '../shared/types';
import type { ServerError } from '../analysis/index';

/**
 * "What the server said", line by line, each with where it came from: the network (the browser's
 * own record), the page's own fetch()/XMLHttpRequest, or the page as rendered, which the page's
 * script may have changed (a failed frame's title, say). What the network said comes first.
 */

export type SaidKind = 'status' | 'message' | 'code' | 'trace';

export interface SaidLine {
  kind: SaidKind;
  text: string;
  source: BodySource;
}

/** Where the status line and headers came from: the browser's events, or the page's own call. */
export function headerSource(entry: LogEntry): BodySource {
  if (entry.seenBy !== 'page') return 'network';
  return entry.type === 'xmlhttprequest' ? 'page-xhr' : entry.type === 'fetch' ? 'page-fetch' : 'rendered-document';
}

export function saidLines(entry: LogEntry, error: ServerError): SaidLine[] {
  const body = entry.body;
  const fromBody = body?.source ?? headerSource(entry);
  const lines: SaidLine[] = [];
  // A rendered page may say anything its script wrote: the status line the browser saw goes first.
  if (body?.source === 'rendered-document' && headerSource(entry) === 'network' && entry.statusLine) lines.push({ kind: 'status', text: entry.statusLine, source: 'network' });
  if (error.message) lines.push({ kind: 'message', text: error.message, source: fromBody });
  if (error.code) lines.push({ kind: 'code', text: error.code, source: fromBody });
  if (error.traceId) {
    // Read from the body when it is there, else from a header (traceparent, x-request-id…).
    const inBody = body?.text?.includes(error.traceId) ?? false;
    lines.push({ kind: 'trace', text: error.traceId, source: inBody ? fromBody : headerSource(entry) });
  }
  return lines;
}
