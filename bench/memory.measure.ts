import { test } from 'vitest';
import { StatusLensService } from '../src/background/service';
import type { RequestDetails } from '../src/background/recorder';

/**
 * The background's memory as failing responses with bodies pass through: the heap after GC
 * should level off, because logs keep 500 entries per tab and body text has a global budget.
 * Run with node --expose-gc (npm run bench does).
 */
/** A distinct, flat 16 KiB string per response, so V8 cannot share storage between bodies. */
const flatBody = (id: number) => Buffer.alloc(16 * 1024, 97 + (id % 26)).toString('latin1');

test('background memory levels off', () => {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) {
    console.log('run with node --expose-gc to measure memory');
    return;
  }
  const service = new StatusLensService({ now: () => Date.now(), setTimeout: () => 0, setBadge: () => undefined, persist: () => undefined });
  let id = 0;
  const pass = (n: number) => {
    for (let i = 0; i < n; i++) {
      const tabId = 1 + (i % 20);
      const d: RequestDetails = { requestId: String(++id), url: `https://api.example.test/items/${id}`, method: 'GET', type: 'xmlhttprequest', tabId, frameId: 0, timeStamp: id, initiator: 'https://api.example.test' };
      service.recorder.onHeadersReceived({ ...d, statusCode: 500, statusLine: 'HTTP/1.1 500', responseHeaders: [{ name: 'Content-Type', value: 'text/plain' }] });
      service.pageEvent({ kind: 'response', api: 'fetch', url: d.url, method: 'GET', status: 500, body: { source: 'page-fetch', binary: false, text: flatBody(id), keptSize: 16 * 1024, truncated: false } }, { tabId, frameId: 0, url: 'https://api.example.test/' });
    }
  };
  const rows: [number, number][] = [];
  let total = 0;
  gc();
  rows.push([0, process.memoryUsage().heapUsed]);
  for (const n of [2_500, 5_000, 10_000, 20_000, 40_000]) {
    pass(n);
    total += n;
    gc();
    rows.push([total, process.memoryUsage().heapUsed]);
  }
  console.log('\nBackground heap after GC, 20 tabs, 16 KiB bodies (Node, same service code as the extension):');
  for (const [n, bytes] of rows) console.log(`  after ${String(n).padStart(6)} responses: ${(bytes / 1024 / 1024).toFixed(1)} MiB`);
  const last = rows[rows.length - 1]![1];
  const before = rows[rows.length - 3]![1];
  console.log(`  growth over the last ${rows[rows.length - 1]![0] - rows[rows.length - 3]![0]} responses: ${((last - before) / 1024 / 1024).toFixed(1)} MiB`);
  console.log(`  entries kept: ${[...Array(20).keys()].reduce((s, t) => s + service.logs.snapshot(t + 1).entries.length, 0)}; held in memory: ${(service.memoryChars / 1024 / 1024).toFixed(1)} M chars`);
});
