import type { LogEntry } from '../shared/types';
import { serverMessageOf } from './server-message';

/**
 * An entry as the list shows it: the texts that the detail asks for one at a time are left out, and
 * the server's one-line message is read from the body (masked as the detail shows it).
 */
export function listEntry(e: LogEntry): LogEntry {
  // Headers are most of an entry's size and the list shows none: the detail reads them.
  const out: LogEntry = { ...e, requestHeaders: [], responseHeaders: [] };
  delete out.documentId;
  delete out.documentUrl;
  if (e.body?.text !== undefined) out.body = { ...e.body, text: undefined };
  if (e.requestBody) out.requestBody = { size: e.requestBody.size, truncated: e.requestBody.truncated };
  const message = serverMessageOf(e);
  if (message !== undefined) out.serverMessage = message;
  return out;
}
