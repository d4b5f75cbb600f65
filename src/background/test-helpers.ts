import type { LogEntry } from '../shared/types';

let next = 0;

/** A flagged entry with sensible defaults, for unit tests. */
export function entry(over: Partial<LogEntry> = {}): LogEntry {
  next++;
  return {
    id: `r${next}`,
    kind: 'http-error',
    tabId: 1,
    frameId: 0,
    url: `https://api.example.test/items/${next}`,
    method: 'GET',
    type: 'xmlhttprequest',
    statusCode: 404,
    requestHeaders: [],
    responseHeaders: [],
    startTime: next,
    previousPage: false,
    ...over,
  };
}
