import { bench, describe } from 'vitest';
import { StatusLensService } from '../src/background/service';
import type { RequestDetails } from '../src/background/recorder';

/**
 * "The listeners do constant work per event": the same request costs the same whether the logs
 * are empty or full (50 tabs × 500 entries). Full capture listens to two events; a request that
 * succeeds sees one of them (onHeadersReceived), a failing one that too.
 */
function makeService() {
  return new StatusLensService({ now: () => 0, setTimeout: () => 0, setBadge: () => undefined, persist: () => undefined });
}

let id = 0;
function lifecycle(service: StatusLensService, status: number, tabId: number): void {
  const d: RequestDetails = { requestId: String(++id), url: `https://api.example.test/items/${id}`, method: 'GET', type: 'xmlhttprequest', tabId, frameId: 0, timeStamp: id };
  service.recorder.onHeadersReceived({ ...d, statusCode: status, statusLine: `HTTP/1.1 ${status}`, responseHeaders: [{ name: 'Content-Type', value: 'application/json' }] });
}

const empty = makeService();
const full = makeService();
for (let i = 0; i < 50 * 600; i++) lifecycle(full, 500, i % 50);

describe('one request (onHeadersReceived), failing', () => {
  bench('empty logs', () => lifecycle(empty, 500, 1));
  bench('full logs: 50 tabs × 500 entries', () => lifecycle(full, 500, 7));
});

describe('one request (onHeadersReceived), succeeding', () => {
  bench('empty logs', () => lifecycle(empty, 200, 1));
  bench('full logs: 50 tabs × 500 entries', () => lifecycle(full, 200, 7));
});
