// Browser benchmarks, printed as figures (run by `npm run bench`):
// 1. A page firing 2,000 requests, half failing, loads with and without StatusLens in the same run
//    (alternating, same flags); we report the ratio of the medians. Goal: at most 1.05.
// 2. The service worker's JS heap after more and more failing responses pass through. Goal: it levels off.
// Node 20 needs --experimental-websocket for the raw CDP connection to the service worker.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startServer } from '../demo/server.mjs';
import { launchChromium } from './chromium.mjs';

const DIST = resolve(process.env.BENCH_DIST ?? 'dist/chrome');
const RUNS = Number(process.env.BENCH_RUNS ?? 9);

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };

/**
 * The browser's own floor: the same manifest with a background that registers the same five
 * webRequest listeners with empty bodies and no content scripts. What StatusLens costs beyond
 * this is its own doing; the floor itself is the price of the webRequest API.
 */
function floorBuild() {
  const dir = mkdtempSync(join(tmpdir(), 'statuslens-floor-'));
  cpSync(DIST, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  delete manifest.content_scripts;
  manifest.background = { service_worker: 'floor.js' };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'floor.js'), `chrome.runtime.onMessage.addListener((m, s, reply) => { reply([]); });
const f = { urls: ['<all_urls>'] }, n = () => {};
chrome.webRequest.onBeforeRequest.addListener(n, f, ['requestBody']);
chrome.webRequest.onSendHeaders.addListener(n, f, ['requestHeaders']);
chrome.webRequest.onHeadersReceived.addListener(n, f, ['responseHeaders']);
chrome.webRequest.onCompleted.addListener(n, f);
chrome.webRequest.onErrorOccurred.addListener(n, f);`);
  return dir;
}

async function launch(withExtension, port, dist = DIST) {
  return launchChromium({ dist: withExtension ? dist : undefined, args: port ? [`--remote-debugging-port=${port}`] : [] });
}

async function loadOnce(context, url) {
  const page = await context.newPage();
  const t0 = Date.now();
  await page.goto(url);
  await page.waitForSelector('body[data-done="1"]', { state: 'attached', timeout: 120_000 });
  const wall = Date.now() - t0;
  const inPage = Number(await page.evaluate(() => document.body.dataset.elapsed));
  await page.close();
  return { wall, inPage };
}

async function pageLoadRatio(server, delay) {
  const url = `${server.url}/bench/page?n=2000&delay=${delay}`;
  const floorDir = floorBuild();
  const variants = [
    { name: 'without any extension', s: await launch(false) },
    { name: 'empty webRequest listeners (floor)', s: await launch(true, undefined, floorDir) },
    { name: 'with StatusLens', s: await launch(true) },
  ];
  for (const v of variants) { v.runs = []; await loadOnce(v.s.context, url); } // warm-up
  for (let i = 0; i < RUNS; i++) {
    // Rotate the order each round, so drift on a noisy machine hits all alike.
    for (let k = 0; k < variants.length; k++) {
      const v = variants[(i + k) % variants.length];
      v.runs.push(await loadOnce(v.s.context, url));
    }
  }
  for (const v of variants) await v.s.close();
  rmSync(floorDir, { recursive: true, force: true });
  const med = variants.map((v) => median(v.runs.map((x) => x.inPage)));
  console.log(`\n2,000 requests (1,000 failing), server think time ${delay} ms, ${RUNS} rounds, medians of in-page time:`);
  variants.forEach((v, k) => console.log(`  ${v.name.padEnd(36)} ${med[k].toFixed(0).padStart(6)} ms   ratio ${(med[k] / med[0]).toFixed(3)}`));
  console.log(`  StatusLens / without: ${(med[2] / med[0]).toFixed(3)} [goal ≤ 1.05]; StatusLens / floor: ${(med[2] / med[1]).toFixed(3)}`);
  return med[2] / med[0];
}

async function cdp(wsUrl) {
  const ws = new WebSocket(wsUrl);
  await new Promise((r, j) => { ws.onopen = r; ws.onerror = j; });
  let id = 0; const pending = new Map();
  ws.onmessage = (m) => { const msg = JSON.parse(m.data); pending.get(msg.id)?.(msg.result); pending.delete(msg.id); };
  return { send: (method, params = {}) => new Promise((r) => { const i = ++id; pending.set(i, r); ws.send(JSON.stringify({ id: i, method, params })); }), close: () => ws.close() };
}

async function workerMemory(server) {
  if (typeof WebSocket === 'undefined') { console.log('\n(service-worker memory: run with node --experimental-websocket)'); return; }
  const port = 9400 + Math.floor(Math.random() * 400);
  const s = await launch(true, port);
  const targets = await (await fetch(`http://127.0.0.1:${port}/json/list`)).json();
  const sw = targets.find((t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'));
  const session = await cdp(sw.webSocketDebuggerUrl);
  await session.send('Runtime.enable');
  const heap = async () => { await session.send('HeapProfiler.collectGarbage'); const h = await session.send('Runtime.getHeapUsage'); return h.usedSize / 1024 / 1024; };
  console.log('\nService worker JS heap (after GC) as failing responses pass through one tab:');
  const page = await s.context.newPage();
  await page.goto(`${server.url}/api/ok`);
  let total = 0;
  const rows = [[0, await heap()]];
  for (const batch of [1000, 2000, 4000, 8000]) {
    // Failing responses with 8 KiB bodies, fetched by the page (so their bodies are captured too).
    await page.evaluate(async (n) => {
      for (let i = 0; i < n; i += 100) await Promise.all(Array.from({ length: 100 }, (_, j) => fetch(`/bench/fail?i=${i + j}&pad=${'x'.repeat(10)}`).then((r) => r.text())));
    }, batch);
    total += batch;
    await page.waitForTimeout(1000);
    rows.push([total, await heap()]);
  }
  for (const [n, mb] of rows) console.log(`  after ${String(n).padStart(6)} responses: ${mb.toFixed(1)} MiB`);
  const [, last] = rows[rows.length - 1], [, mid] = rows[rows.length - 3];
  console.log(`  growth over the last ${total - rows[rows.length - 3][0]} responses: ${(last - mid).toFixed(1)} MiB  [goal: levels off; the log keeps 500 per tab]`);
  session.close();
  await s.close();
}

const server = await startServer();
try {
  // A real API takes some milliseconds per call; 0 ms is the worst case on a loopback server.
  for (const delay of (process.env.BENCH_DELAYS ?? '20,0').split(',').map(Number)) await pageLoadRatio(server, delay);
  if (!process.env.BENCH_SKIP_MEMORY) await workerMemory(server);
} finally {
  await server.close();
}
