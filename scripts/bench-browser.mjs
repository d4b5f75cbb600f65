// Browser benchmarks, printed as figures (run by `npm run bench`):
// 1. A page firing 2,000 requests, half failing, loads with and without StatusLens in the same run
//    (alternating, same flags); we report the ratio of the medians. Goal: at most 1.05.
// 2. The service worker's JS heap after more and more failing responses pass through. Goal: it levels off.
// 3. The popup: the JS its first paint loads (gzip), the first paint of a list of 500 entries
//    (goal ≤ 100 ms median) and of a detail with a 256 KiB JSON body (goal ≤ 150 ms median).
// BENCH_ONLY=popup (or page-load, memory) runs one part alone.
// Node 20 needs --experimental-websocket for the raw CDP connection to the service worker.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
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

/**
 * The popup's first-paint JS: the scripts and module preloads its page names, and everything they
 * import statically, transitively. Dynamic `import()`s are left out: they load later.
 */
function firstPaintScripts(dist = DIST) {
  const html = readFileSync(join(dist, 'src/popup/index.html'), 'utf8');
  const queue = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\/([^"]+\.js)"/g)].map((m) => m[1]);
  const seen = new Set();
  while (queue.length) {
    const file = queue.shift();
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(dist, file), 'utf8');
    // Static imports only: `import{…}from"./x.js"`, `import"./x.js"`, `export{…}from"./x.js"`.
    for (const m of code.matchAll(/(?:^|[;\n}])\s*(?:import|export)\s*(?:[\w$*{}\s,]+from\s*)?["'](\.\.?\/[^"']+\.js)["']/g)) queue.push(join(dirname(file), m[1]));
  }
  return [...seen].map((file) => {
    const bytes = readFileSync(join(dist, file));
    return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
}

async function waitForLog(ext, enough) {
  for (let i = 0; i < 600; i++) {
    const tabs = await ext.evaluate(() => chrome.runtime.sendMessage({ type: 'listTabs' }));
    const found = tabs.find(enough);
    if (found) return found.tabId;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the log did not fill');
}

/** Milliseconds from navigation start to the frame after `ready()` first holds (a rAF, then a task: the paint). */
async function paintTime(context, url, ready) {
  const page = await context.newPage();
  await page.addInitScript((readyText) => {
    const isReady = new Function(`return (${readyText})()`);
    new MutationObserver((_, observer) => {
      if (!isReady()) return;
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => (window.__painted = performance.now())));
    }).observe(document, { childList: true, subtree: true });
  }, ready.toString());
  await page.goto(url);
  const ms = await (await page.waitForFunction(() => window.__painted, null, { timeout: 30_000 })).jsonValue();
  return { ms, page };
}

async function popupPaint(server) {
  const scripts = firstPaintScripts();
  const kb = (n) => (n / 1024).toFixed(1);
  console.log('\nPopup, the JS its first paint loads:');
  for (const s of scripts) console.log(`  ${s.file.padEnd(40)} ${kb(s.raw).padStart(6)} KB raw ${kb(s.gzip).padStart(6)} KB gzip`);
  const total = scripts.reduce((sum, s) => sum + s.gzip, 0);
  console.log(`  total ${kb(scripts.reduce((sum, s) => sum + s.raw, 0))} KB raw, ${kb(total)} KB gzip [goal ≤ 30 KB gzip]`);

  const s = await launch(true);
  try {
    const ext = await s.context.newPage();
    await ext.goto(`chrome-extension://${s.extensionId}/src/popup/index.html?tabId=-1`);
    // One tab with a full log (1,000 requests, half failing: the 500 entries a tab keeps)…
    const full = await s.context.newPage();
    await full.goto(`${server.url}/bench/page?n=1000&delay=0`);
    await full.waitForSelector('body[data-done="1"]', { state: 'attached', timeout: 120_000 });
    const fullTab = await waitForLog(ext, (t) => t.count >= 500);
    // …and one with a single 422 whose JSON body is 256 KiB, read by the page (so its body is kept).
    const big = await s.context.newPage();
    await big.goto(`${server.url}/api/ok`);
    await big.evaluate(() => fetch('/bench/big-json').then((r) => r.text()));
    const bigTab = await waitForLog(ext, (t) => t.count === 1);
    await ext.close();
    const popup = (tabId) => `chrome-extension://${s.extensionId}/src/popup/index.html?tabId=${tabId}`;

    const list = [], detail = [];
    for (let i = 0; i <= RUNS; i++) {
      const listRun = await paintTime(s.context, popup(fullTab), () => document.querySelectorAll('[data-testid="entry-row"]').length >= 500);
      await listRun.page.close();
      const detailRun = await paintTime(s.context, popup(bigTab), () => document.querySelector('[data-testid="entry-row"]') !== null);
      // From the click on the row to the frame after the body is on screen.
      const ms = await detailRun.page.evaluate(
        () =>
          new Promise((done) => {
            const t0 = performance.now();
            new MutationObserver((_, observer) => {
              if (!document.querySelector('[data-testid="entry-detail"] [data-testid="body-text"]')) return;
              observer.disconnect();
              requestAnimationFrame(() => setTimeout(() => done(performance.now() - t0)));
            }).observe(document.body, { childList: true, subtree: true });
            document.querySelector('[data-testid="entry-row"]').click();
          }),
      );
      await detailRun.page.close();
      if (i === 0) continue; // warm-up: the first opening also fills the disk cache
      list.push(listRun.ms);
      detail.push(ms);
    }
    const range = (xs) => `${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)}`;
    console.log(`Popup paint times, ${RUNS} rounds (after one warm-up), medians:`);
    console.log(`  list of 500 entries, from navigation start  ${median(list).toFixed(0).padStart(5)} ms (range ${range(list)}) [goal ≤ 100 ms]`);
    console.log(`  detail with a 256 KiB JSON body, from click ${median(detail).toFixed(0).padStart(5)} ms (range ${range(detail)}) [goal ≤ 150 ms]`);
  } finally {
    await s.close();
  }
}

const only = process.env.BENCH_ONLY;
const server = await startServer();
try {
  // A real API takes some milliseconds per call; 0 ms is the worst case on a loopback server.
  if (!only || only === 'page-load') for (const delay of (process.env.BENCH_DELAYS ?? '20,0').split(',').map(Number)) await pageLoadRatio(server, delay);
  if ((!only && !process.env.BENCH_SKIP_MEMORY) || only === 'memory') await workerMemory(server);
  if (!only || only === 'popup') await popupPaint(server);
} finally {
  await server.close();
}
