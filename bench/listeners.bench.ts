import { bench, describe } from 'vitest';
import { StatusLensService } from '../src/background/service';
import type { RequestDetails } from '../src/background/recorder';

/**
 * "The listeners do constant work per event": the same request lifecycle costs the same whether
 * the logs are empty or full (50 tabs × 500 entries, thousands of requests in flight).
 */
function makeService() {
  return new StatusLensService({ now: () => 0, setTimeout: () => 0, setBadge: () => undefined, persist: () => undefined });
}

let id = 0;
function lifecycle(service: StatusLensService, status: number, tabId: number): void {
  const d: RequestDetails = { requestId: String(++id), url: `https://api.example.test/items/${id}`, method: 'GET', type: 'xmlhttprequest', tabId, frameId: 0, timeStamp: id };
  const r = service.recorder;
  r.onBeforeRequest(d);
  r.onSendHeaders({ ...d, requestHeaders: [{ name: 'Accept', value: '*/*' }] });
  r.onHeadersReceived({ ...d, statusCode: status, statusLine: `HTTP/1.1 ${status}`, responseHeaders: [{ name: 'Content-Type', value: 'application/json' }] });
  r.onCompleted({ ...d, statusCode: status });
}

const empty = makeService();
const full = makeService();
for (let i = 0; i < 50 * 600; i++) lifecycle(full, 500, i % 50);
// Thousands of requests still in flight.
for (let i = 0; i < 3900; i++) full.recorder.onBeforeRequest({ requestId: `p${i}`, url: 'https://x.test/', method: 'GET', type: 'image', tabId: 1, frameId: 0, timeStamp: 0 });

describe('one request lifecycle (4 events), failing', () => {
  bench('empty logs', () => lifecycle(empty, 500, 1));
  bench('full logs: 50 tabs × 500 entries, 3,900 in flight', () => lifecycle(full, 500, 7));
});

describe('one request lifecycle (4 events), succeeding', () => {
  bench('empty logs', () => lifecycle(empty, 200, 1));
  bench('full logs: 50 tabs × 500 entries, 3,900 in flight', () => lifecycle(full, 200, 7));
});
