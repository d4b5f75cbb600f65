// Browser benchmarks, printed as figures (run by `npm run bench`):
// 1. Page load: pages load in Chromium with no extension, with "floor" extensions that hold the
//    webRequest permission with 0, 2 or 5 empty listeners, and with StatusLens as built, with full
//    capture on the bench site, and paused; all in one run, in rotating order. Each variant's time
//    is divided by the no-extension time of the same round; we report the median of those paired
//    ratios, the median time, and the CPU time each process type spent per load. The browsers are
//    started as plain processes and driven over a bare CDP connection (scripts/cdp.mjs) with no
//    Network domain: Playwright's per-request events would slow every load and blur the ratios.
//    Pages (BENCH_PAGES, default fetches:0,fetches:20,site:20): `fetches:<ms>`, 2,000 fetches,
//    half failing, at <ms> of server think time; `site:<ms>`, a realistic page of about 150
//    requests (demo/server.mjs, BENCH_SITE). Goal: StatusLens at most 1.05 of no extension.
// 2. The service worker's JS heap after more and more failing responses pass through. Goal: it levels off.
// 3. The popup: the JS its first paint loads (gzip), the first paint of a list of 500 entries
//    (goal ≤ 100 ms median) and of a detail with a 256 KiB JSON body (goal ≤ 150 ms median).
// BENCH_ONLY=page-load (or memory, popup) runs one part alone; BENCH_RUNS sets the rounds.
// Node 20 needs --experimental-websocket for the raw CDP connections.
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { BENCH_SITE, startServer } from '../demo/server.mjs';
import { grantOptionalPermissions, launchChromium, manifestOf, setSettings, spawnChromium } from './chromium.mjs';
import { connectCdp, openTarget, waitForTarget } from './cdp.mjs';

const DIST = resolve(process.env.BENCH_DIST ?? 'dist/chrome');
const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const PAGE_LOAD_RUNS = Number(process.env.BENCH_RUNS ?? 3); // about 6 minutes on an idle two-core machine

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };

/**
 * A "floor" extension: the same manifest (webRequest a required permission, no content scripts)
 * with a background that only answers messages and registers the given empty webRequest
 * listeners. What StatusLens costs beyond the floor with its listeners is its own doing; the
 * floor itself is the price of the webRequest API.
 */
const FLOORS = {
  permission: '',
  two: `chrome.webRequest.onHeadersReceived.addListener(n, f, ['responseHeaders']);
chrome.webRequest.onErrorOccurred.addListener(n, f);`,
  five: `chrome.webRequest.onBeforeRequest.addListener(n, f, ['requestBody']);
chrome.webRequest.onSendHeaders.addListener(n, f, ['requestHeaders']);
chrome.webRequest.onHeadersReceived.addListener(n, f, ['responseHeaders']);
chrome.webRequest.onCompleted.addListener(n, f);
chrome.webRequest.onErrorOccurred.addListener(n, f);`,
};

function floorBuild(listeners) {
  const dir = mkdtempSync(join(tmpdir(), 'statuslens-floor-'));
  cpSync(DIST, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  delete manifest.content_scripts;
  manifest.permissions = [...new Set([...(manifest.permissions ?? []), 'webRequest'])];
  if (manifest.optional_permissions) manifest.optional_permissions = manifest.optional_permissions.filter((p) => p !== 'webRequest');
  manifest.background = { service_worker: 'floor.js' };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'floor.js'), `chrome.runtime.onMessage.addListener((m, s, reply) => { reply([]); });
const f = { urls: ['<all_urls>'] }, n = () => {};
${listeners}`);
  return dir;
}

async function launch(withExtension, port, dist = DIST) {
  return launchChromium({ dist: withExtension ? dist : undefined, args: port ? [`--remote-debugging-port=${port}`] : [] });
}

// ---- CPU time per Chromium process type, from /proc ----

/** The group a Chromium process is counted in: its --type (none: the browser), the extension's renderer apart, a utility by its sub-type. */
function processGroup(cmdline) {
  const type = /--type=([\w-]+)/.exec(cmdline)?.[1];
  if (!type) return 'browser';
  if (type === 'renderer') return cmdline.includes('--extension-process') ? 'extension' : 'renderer';
  if (type === 'utility') return /--utility-sub-type=([\w.]+)/.exec(cmdline)?.[1].split('.').pop() ?? 'utility';
  return type;
}

const groupCache = new Map();

/** utime+stime (clock ticks) of every process in the tree under `rootPid`, keyed by pid and start time. */
function cpuSample(rootPid) {
  const procs = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let stat;
    try { stat = readFileSync(`/proc/${name}/stat`, 'utf8'); } catch { continue; } // gone meanwhile
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // f[k] is field k + 3 of proc(5)
    procs.set(Number(name), { ppid: Number(f[1]), ticks: Number(f[11]) + Number(f[12]), start: f[19] });
  }
  const children = new Map();
  for (const [pid, p] of procs) children.set(p.ppid, [...(children.get(p.ppid) ?? []), pid]);
  const sample = new Map();
  for (const queue = [rootPid]; queue.length; ) {
    const pid = queue.shift();
    const p = procs.get(pid);
    if (!p) continue;
    const key = `${pid}:${p.start}`;
    if (!groupCache.has(key)) {
      let cmdline = '';
      try { cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' '); } catch {}
      groupCache.set(key, processGroup(cmdline));
    }
    sample.set(key, { group: groupCache.get(key), ticks: p.ticks });
    queue.push(...(children.get(pid) ?? []));
  }
  return sample;
}

/** Ticks per group spent between `start` and the later samples (a process first seen later counts from zero). */
function cpuDelta(start, ...later) {
  const last = new Map();
  for (const s of later) for (const [key, v] of s) last.set(key, v);
  const groups = {};
  for (const [key, v] of last) groups[v.group] = (groups[v.group] ?? 0) + v.ticks - (start.get(key)?.ticks ?? 0);
  return groups;
}

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

// ---- one browser per variant, driven over plain CDP ----

/** Opens a tab, loads `url`, waits for the page's done marker; the page's own time and the CPU spent. */
async function timedLoad(v, url, beforeClose) {
  const before = cpuSample(v.chromium.pid);
  const tab = await openTarget(v.cdp);
  try {
    const { errorText } = await tab.send('Page.navigate', { url });
    if (errorText) throw new Error(`${url}: ${errorText}`);
    const inPage = await waitForDone(tab, url);
    const done = cpuSample(v.chromium.pid);
    const extra = beforeClose && (await beforeClose());
    await tab.close();
    return { inPage, cpu: cpuDelta(before, done, cpuSample(v.chromium.pid)), extra };
  } catch (e) {
    await tab.close();
    throw e;
  }
}

/** The page's body[data-elapsed] once body[data-done="1"]; retried while the tab still shows the page before. */
async function waitForDone(tab, url, timeoutMs = 120_000) {
  const expression = `new Promise((done, fail) => {
    if (location.href !== ${JSON.stringify(url)}) return fail(new Error('not there yet'));
    const check = () => (document.body?.dataset.done === '1' ? done(Number(document.body.dataset.elapsed)) : setTimeout(check, 25));
    check();
  })`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await tab.evaluate(expression);
    } catch (e) {
      if (Date.now() > deadline) throw new Error(`${url} did not finish: ${e.message}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }
}

/** Waits for the extension's service worker, then for its background to answer `listTabs` from an extension page. */
async function waitForExtension(v) {
  const sw = await waitForTarget(v.cdp, (t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'));
  v.extensionId = new URL(sw.url).host;
  v.page = `chrome-extension://${v.extensionId}/${manifestOf(v.dist).action?.default_popup ?? 'src/popup/index.html'}?tabId=-1`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    const tabs = await inExtensionPage(v, `chrome.runtime.sendMessage({ type: 'listTabs' })`).catch(() => undefined);
    if (Array.isArray(tabs)) return;
    if (Date.now() > deadline) throw new Error(`${v.name}: the background did not answer`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Evaluates an expression in a fresh extension page of variant `v`, then closes the page. */
async function inExtensionPage(v, expression) {
  const tab = await openTarget(v.cdp, v.page);
  try {
    const deadline = Date.now() + 10_000;
    for (;;) {
      try {
        // The tab starts on about:blank; the extension's APIs exist once its page is there.
        return await tab.evaluate(`location.href.startsWith('chrome-extension:') ? (${expression}) : Promise.reject(new Error('not there yet'))`);
      } catch (e) {
        if (Date.now() > deadline) throw e;
        await new Promise((r) => setTimeout(r, 50));
      }
    }
  } finally {
    await tab.close();
  }
}

/** How many entries StatusLens logged for the open tab whose URL contains `part`, once the count stops moving. */
async function entriesLogged(v, part) {
  let last = -1;
  for (let i = 0; i < 10; i++) {
    await new Promise((r) => setTimeout(r, 500));
    const tabs = await inExtensionPage(v, `chrome.runtime.sendMessage({ type: 'listTabs' })`);
    const count = tabs.filter((t) => t.url?.includes(part)).reduce((n, t) => n + t.count, 0);
    if (count === last) return count;
    last = count;
  }
  return last;
}

/**
 * The variants, in the order they are printed. `prepare` runs in a first launch of the variant's
 * profile (through Playwright, for the real clicks), which is then closed: the timed browser is a
 * restart on that profile. `check` runs in the timed browser. Either may return why the variant
 * cannot apply to this build, and it is reported as n/a.
 */
function pageLoadVariants() {
  const manifest = manifestOf(DIST);
  const fullSite = '127.0.0.1';
  return [
    { name: 'no extension' },
    { name: 'webRequest permission, no listener', dist: floorBuild(FLOORS.permission), floor: true },
    { name: '2 empty listeners (headers, errors)', dist: floorBuild(FLOORS.two), floor: true },
    { name: '5 empty listeners (the old floor)', dist: floorBuild(FLOORS.five), floor: true },
    { name: 'StatusLens as built (default settings)', dist: DIST, statusLens: true },
    {
      name: `StatusLens, full capture on ${fullSite}`,
      dist: DIST,
      statusLens: true,
      applies: () => (manifest.optional_permissions ?? []).includes('webRequest') || 'this build has no optional webRequest permission',
      prepare: async (s) => {
        await setSettings(s.context, s.extensionId, { fullSites: [fullSite] });
        const granted = await grantOptionalPermissions(s.context, s.extensionId, { permissions: ['webRequest'] });
        return granted || 'webRequest was not granted';
      },
      // Granted at run time, webRequest only takes effect after a restart, which this is.
      check: async (v) => (await inExtensionPage(v, `typeof chrome.webRequest?.onCompleted?.addListener === 'function'`)) || 'webRequest is not active after the restart',
    },
    {
      name: 'StatusLens paused',
      dist: DIST,
      statusLens: true,
      prepare: async (s) => {
        await setSettings(s.context, s.extensionId, { paused: true });
        return true;
      },
      checkLogged: (n) => n === 0 || `this build still logs while paused (${n} entries)`,
    },
  ];
}

async function startVariant(v) {
  const applies = v.applies?.() ?? true;
  if (applies !== true) return (v.na = applies);
  if (v.prepare) {
    v.profile = mkdtempSync(join(tmpdir(), 'statuslens-bench-profile-'));
    const s = await launchChromium({ dist: v.dist, profile: v.profile });
    try {
      const ok = await v.prepare(s);
      if (ok !== true) return (v.na = ok);
    } finally {
      await s.close();
    }
  }
  v.chromium = await spawnChromium({ dist: v.dist, profile: v.profile });
  v.cdp = await connectCdp(v.chromium.wsUrl);
  if (v.dist) await waitForExtension(v);
  const ok = (await v.check?.(v)) ?? true;
  if (ok !== true) v.na = ok;
}

async function stopVariant(v) {
  try {
    v.cdp?.close();
    await v.chromium?.close();
  } catch (e) {
    console.error(`${v.name}: ${e.message}`);
  }
  const remove = (dir) => rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
  if (v.profile) remove(v.profile);
  if (v.floor) remove(v.dist);
}

/** A real API takes some milliseconds per call; 0 ms is the worst case on a loopback server. */
function benchPages(server) {
  return (process.env.BENCH_PAGES ?? 'fetches:0,fetches:20,site:20').split(',').map((spec) => {
    const [kind, ms] = spec.split(':');
    const delay = Number(ms ?? 0);
    if (kind === 'fetches') return { title: `2,000 fetches (1,000 failing), server think time ${delay} ms`, url: `${server.url}/bench/page?n=2000&delay=${delay}` };
    if (kind === 'site') {
      const s = BENCH_SITE;
      return { title: `realistic page: ${s.requests} requests (${s.failing} failing, ${s.crossOrigin} to another origin, 3 iframes), server think time ${delay} ms`, url: `${server.url}/bench/site?delay=${delay}`, site: true };
    }
    throw new Error(`BENCH_PAGES: unknown page ${spec}`);
  });
}

async function pageLoad(server) {
  if (typeof WebSocket === 'undefined') throw new Error('run node with --experimental-websocket');
  const started = Date.now();
  const pages = benchPages(server);
  const variants = pageLoadVariants();
  try {
    for (const v of variants) await startVariant(v);
    const live = variants.filter((v) => !v.na);
    // Warm up each browser once, on the realistic page; StatusLens variants report what they
    // logged on it, which tells whether a variant applies to this build (paused logs nothing).
    for (const v of live) {
      const { extra } = await timedLoad(v, `${server.url}/bench/site?delay=0`, v.statusLens ? () => entriesLogged(v, '/bench/site') : undefined);
      if (extra === undefined) continue;
      v.logged = extra;
      const ok = v.checkLogged?.(extra) ?? true;
      if (ok !== true) v.na = ok;
    }
    const timed = variants.filter((v) => !v.na);
    for (const v of timed) v.results = pages.map(() => ({ times: [], ratios: [], cpu: {}, loads: 0 }));
    for (let round = 0; round < PAGE_LOAD_RUNS; round++) {
      // Rotate the order each round, so drift on a noisy machine hits all alike.
      const order = timed.map((_, k) => timed[(round + k) % timed.length]);
      for (const [k, p] of pages.entries()) {
        const times = new Map();
        for (const v of order) {
          const { inPage, cpu } = await timedLoad(v, p.url);
          const r = v.results[k];
          r.times.push(inPage);
          r.loads++;
          for (const [g, ticks] of Object.entries(cpu)) r.cpu[g] = (r.cpu[g] ?? 0) + ticks;
          times.set(v, inPage);
        }
        // Paired: each variant against the browser without extension in the same round.
        for (const v of timed) v.results[k].ratios.push(times.get(v) / times.get(timed[0]));
      }
    }
    printPageLoad(pages, variants, Date.now() - started);
  } finally {
    for (const v of variants) await stopVariant(v);
  }
}

/** The process groups shown in their own column; the rest (zygote, storage, …) are summed as "other". */
const GROUPS = { browser: 'browser', renderer: 'renderer', extension: 'extension', 'gpu-process': 'gpu', NetworkService: 'network' };

function printPageLoad(pages, variants, ms) {
  console.log(`\nPage load over plain CDP (no Network domain), ${PAGE_LOAD_RUNS} rounds in rotating order, one warm-up per browser (${(ms / 60_000).toFixed(1)} min in all).`);
  console.log('ratio: median over rounds of (variant time / no-extension time in the same round); time: median in-page time.');
  const logged = variants.filter((v) => v.logged !== undefined);
  if (logged.length) console.log(`Entries StatusLens logged on one load of the realistic page: ${logged.map((v) => `${v.name.replace(/^StatusLens,? ?/, '') || 'as built'} ${v.logged}`).join('; ')}.`);
  const fmt = (n, d = 0) => n.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });
  for (const [k, p] of pages.entries()) {
    console.log(`\n${p.title}:`);
    console.log(`  ${'variant'.padEnd(42)} ${'ratio'.padStart(6)} ${'(range)'.padStart(13)} ${'time'.padStart(9)}`);
    for (const v of variants) {
      if (v.na) { console.log(`  ${v.name.padEnd(42)} n/a: ${v.na}`); continue; }
      const r = v.results[k];
      const range = `${Math.min(...r.ratios).toFixed(2)}–${Math.max(...r.ratios).toFixed(2)}`;
      console.log(`  ${v.name.padEnd(42)} ${median(r.ratios).toFixed(3).padStart(6)} ${`(${range})`.padStart(13)} ${fmt(median(r.times)).padStart(6)} ms`);
    }
    const timed = variants.filter((v) => !v.na);
    const perLoad = (v) => {
      const r = v.results[k];
      const cols = Object.fromEntries(Object.keys(GROUPS).map((g) => [g, 0]));
      cols.other = 0;
      for (const [g, ticks] of Object.entries(r.cpu)) cols[g in GROUPS ? g : 'other'] += ticks / TICKS_PER_SECOND / r.loads;
      return [...Object.values(cols), Object.values(cols).reduce((a, b) => a + b, 0)];
    };
    console.log(`  CPU seconds per load, by process type (extension: the renderer with --extension-process, where its service worker runs):`);
    console.log(`  ${''.padEnd(42)} ${[...Object.values(GROUPS), 'other', 'total'].map((g) => g.padStart(10)).join('')}`);
    for (const v of timed) console.log(`  ${v.name.padEnd(42)} ${perLoad(v).map((t) => t.toFixed(2).padStart(10)).join('')}`);
  }
}

async function workerMemory(server) {
  if (typeof WebSocket === 'undefined') { console.log('\n(service-worker memory: run with node --experimental-websocket)'); return; }
  const port = 9400 + Math.floor(Math.random() * 400);
  const s = await launch(true, port);
  const targets = await (await fetch(`http://127.0.0.1:${port}/json/list`)).json();
  const sw = targets.find((t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'));
  const session = await connectCdp(sw.webSocketDebuggerUrl);
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
  if (!only || only === 'page-load') await pageLoad(server);
  if ((!only && !process.env.BENCH_SKIP_MEMORY) || only === 'memory') await workerMemory(server);
  if (!only || only === 'popup') await popupPaint(server);
} finally {
  await server.close();
}
