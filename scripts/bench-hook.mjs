// The page hook's own cost per request, in real Chromium with no extension loaded (run by `npm run bench`,
// after a build): a local page fires N fetches and then N XMLHttpRequests, half of them answered 404 with
// a small JSON body, 50 in flight, no server think time, and reads every body as an app would; a
// quarter are POSTs that set two headers and send a JSON text body. Three variants, each in its own
// browser context:
//   none         no hook;
//   hook         the built hook (dist/chrome/src/content/page-hook.iife.js) added at document start.
//                With no relay its channel never joins, and send() drops each report after building
//                it: everything up to the channel is measured (call-time capture, status check, and
//                for each 404 the headers, body copy and JSON text), not the dispatch of the report;
//   hook+relay   the same, plus a stand-in for the relay in the page's own world that completes the
//                handshake (page-channel.ts: what a page script running at document start could do)
//                and counts the reports: the dispatch of each report is measured too. The real relay
//                runs in an isolated world and batches reports to the background; that part is not.
// Figures per phase (fetch, then XHR):
//   wall    in-page time from the first call to the last body (performance.now); mostly the
//           browser's network path, so it shows the hook only when the hook is slow;
//   issue   in-page time spent inside the batches of calls (fetch(), or open/setRequestHeader/send),
//           the synchronous part a page pays on each call;
//   cpu     the page's main-thread CPU time over the phase (CDP Performance.getMetrics TaskDuration
//           in thread ticks): all the hook's work, synchronous or not, and little of the machine's noise.
// Printed: per variant the median of each figure; per round the paired ratio hook/none and its
// median; and the hook's main-thread CPU per request, (hook - none) / N, median over rounds.
// On a small machine the browser's own work per request (hundreds of µs) and its noise hide the
// hook's few µs, so a second part measures the hook's JavaScript alone, with no network at all: a
// stand-in fetch, put in place before the hook wraps it, answers at once, N times with a 200
// Response (whose body the page reads) and N times with the TypeError of a refused connection
// (which the hook reports: URL, headers, body text, JSON); XHR open() and setRequestHeader(), which
// do not touch the network, run in a loop. The difference per call is the hook's own cost. XHR's
// send() and its events need the network (about 0.5 ms of the browser's work each here, local
// data: URLs included): the hook's listeners there are measured in the first part only.
// (A 404 is left to the first part: cloning a Response made in the page costs far more than
// cloning one from the network, so a stand-in would misstate it.)
// Rounds rotate the order of the variants. Figures only: nothing here passes or fails on timing.
// BENCH_N (2000) and BENCH_ROUNDS (9) change the load; BENCH_BASELINE=<another built hook> adds its two
// variants (baseline, baseline+relay) to the same rounds, to compare two builds under the same noise.
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH } from './chromium.mjs';

const HOOK = resolve(process.env.BENCH_HOOK ?? 'dist/chrome/src/content/page-hook.iife.js');
const BASELINE = process.env.BENCH_BASELINE ? resolve(process.env.BENCH_BASELINE) : undefined;
const N = Number(process.env.BENCH_N ?? 2000);
const ROUNDS = Math.max(9, Number(process.env.BENCH_ROUNDS ?? 9));
const IN_FLIGHT = 50;
const REPEAT = 6; // part 2: each load 6 times per page (see runStandIn)
const XHR_OPEN_REPEAT = 10; // part 2: open() and setRequestHeader() are cheap, N * 10 of them
const ONLY = process.env.BENCH_ONLY; // 'network' or 'js': one part alone

if (!existsSync(HOOK)) {
  console.error(`no built hook at ${HOOK}: run \`npx vite build --mode chrome --logLevel warn\` first`);
  process.exit(1);
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };

/** The page: runFetch(n) and runXhr(n) fire the load and resolve with their own timings. */
const PAGE = `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"></head><body><script>
const url = (i) => '/api/' + (i % 2 ? 'missing' : 'ok') + '?i=' + i;
const post = (i) => i % 4 === 1;
async function phase(n, inFlight, call) {
  let issue = 0;
  const t0 = performance.now();
  for (let i = 0; i < n; i += inFlight) {
    const batch = [];
    const end = Math.min(n, i + inFlight);
    const a = performance.now();
    for (let j = i; j < end; j++) batch.push(call(j));
    issue += performance.now() - a;
    await Promise.all(batch);
  }
  return { wall: performance.now() - t0, issue };
}
window.runFetch = (n, inFlight) => phase(n, inFlight, (j) => {
  const init = post(j) ? { method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': 'r' + j }, body: '{"i":' + j + '}' } : undefined;
  return fetch(url(j), init).then((r) => r.text());
});
window.runXhr = (n, inFlight) => phase(n, inFlight, (j) => {
  const x = new XMLHttpRequest();
  const done = new Promise((resolve) => { x.onloadend = () => resolve(x.responseText); });
  if (post(j)) {
    x.open('POST', url(j));
    x.setRequestHeader('content-type', 'application/json');
    x.setRequestHeader('x-request-id', 'r' + j);
    x.send('{"i":' + j + '}');
  } else {
    x.open('GET', url(j));
    x.send();
  }
  return done;
});
window.runFetchOk = (n, inFlight) => phase(n, inFlight, (j) => fetch('/api/ok?i=' + j).then((r) => r.text()));
window.runFetchRefused = (n, inFlight) => phase(n, inFlight, (j) => {
  const init = post(j) ? { method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': 'r' + j }, body: '{"i":' + j + '}' } : undefined;
  return fetch('/api/refused?i=' + j, init).catch(() => undefined);
});
window.runXhrOpen = (n) => {
  const t0 = performance.now();
  for (let j = 0; j < n; j++) {
    const x = new XMLHttpRequest();
    x.open(post(j) ? 'POST' : 'GET', url(j));
    x.setRequestHeader('x-request-id', 'r' + j);
  }
  return performance.now() - t0;
};
window.settle = () => new Promise((r) => setTimeout(r, 50)); // the hook reads 404 bodies after the page has them
</script></body></html>`;

/** A stand-in for the relay, in the page's world: the same handshake (src/content/relay-channel.ts), then counts. */
const RELAY = `(() => {
  let reports = 0, chars = 0;
  const first = [], last = [];
  const onOffer = (e) => {
    const node = e instanceof MouseEvent ? e.relatedTarget : null;
    if (!(node instanceof Node)) return;
    document.removeEventListener('load', onOffer);
    node.addEventListener('statuslens:report', (r) => {
      reports++;
      chars += r.detail.length;
      if (reports <= 2) first.push(r.detail);
      last[reports % 2] = r.detail;
    });
    node.dispatchEvent(new Event('statuslens:joined'));
  };
  document.addEventListener('load', onOffer);
  document.dispatchEvent(new Event('load'));
  Object.defineProperty(window, '__reports', { value: () => ({ reports, chars, sample: first.concat(last).map((json) => JSON.parse(json)) }) });
})();`;

/** Part 2: a fetch that answers at once, without the network, installed before the hook wraps it. */
const STAND_IN = `(() => {
  const headers = { 'content-type': 'application/json', 'cache-control': 'no-store' };
  window.fetch = { fetch(input) {
    if (String(input).includes('/refused')) return Promise.reject(new TypeError('Failed to fetch'));
    return Promise.resolve(new Response('{"ok":true}', { status: 200, headers }));
  } }.fetch;
})();`;

function startServer() {
  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url, 'http://x');
    const drain = () => {
      if (pathname === '/page') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        return res.end(PAGE);
      }
      const ok = pathname === '/api/ok';
      res.writeHead(ok ? 200 : 404, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      res.end(ok ? '{"ok":true}' : '{"error":"ORDER_NOT_FOUND","detail":"no such order"}');
    };
    req.resume();
    req.on('end', drain);
  });
  server.keepAliveTimeout = 60_000;
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done({ server, url: `http://127.0.0.1:${server.address().port}` })));
}

const { server, url } = await startServer();
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

const hooks = { none: undefined, hook: HOOK, 'hook+relay': HOOK, ...(BASELINE && { baseline: BASELINE, 'baseline+relay': BASELINE }) };
async function makeVariants(standIn) {
  const out = [];
  for (const [name, hook] of Object.entries(hooks)) {
    const context = await browser.newContext();
    if (standIn) await context.addInitScript(STAND_IN);
    if (hook) await context.addInitScript({ path: hook });
    if (name.endsWith('+relay')) await context.addInitScript(RELAY);
    out.push({ name, hook, context, runs: [] });
  }
  return out;
}

async function rotate(variants, once) {
  for (const v of variants) await once(v); // warm-up
  for (let i = 0; i < ROUNDS; i++) {
    // Rotate the order each round, so drift on a noisy machine hits all alike.
    for (let k = 0; k < variants.length; k++) {
      const v = variants[(i + k) % variants.length];
      v.runs.push(await once(v));
    }
  }
}

/** Part 1: the real network. */
async function runOnce(v) {
  const page = await v.context.newPage();
  await page.goto(`${url}/page`);
  const cdp = await v.context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const cpu = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value * 1000;
  const out = {};
  for (const [name, fn] of [['fetch', 'runFetch'], ['xhr', 'runXhr']]) {
    const before = await cpu();
    const r = await page.evaluate(([f, n, k]) => window[f](n, k).then(async (x) => (await window.settle(), x)), [fn, N, IN_FLIGHT]);
    out[`${name}Wall`] = r.wall;
    out[`${name}Issue`] = r.issue;
    out[`${name}Cpu`] = (await cpu()) - before;
  }
  out.reports = await page.evaluate(() => (window.__reports ? window.__reports() : undefined));
  await page.close();
  return out;
}

/** Part 2: the hook's JavaScript alone (stand-in fetch; XHR calls that stay off the network). */
async function runStandIn(v) {
  const page = await v.context.newPage();
  await page.goto(`${url}/page`);
  // Each load REPEAT times in the same page, the first to compile; the fastest of the others counts
  // (the machine's noise only ever adds time).
  const out = {};
  for (const f of ['runFetchOk', 'runFetchRefused']) {
    out[f] = await page.evaluate(async ([fn, n, k, reps]) => {
      let best = Infinity;
      for (let i = 0; i < reps; i++) {
        const { wall } = await window[fn](n, k);
        if (i > 0 && wall < best) best = wall;
      }
      return best;
    }, [f, N, IN_FLIGHT, REPEAT]);
  }
  out.runXhrOpen = await page.evaluate(([n, reps]) => {
    let best = Infinity;
    for (let i = 0; i < reps; i++) {
      const ms = window.runXhrOpen(n);
      if (i > 0 && ms < best) best = ms;
    }
    return best;
  }, [N * XHR_OPEN_REPEAT, REPEAT]);
  out.reports = await page.evaluate(() => (window.settle().then(() => (window.__reports ? window.__reports().reports : undefined))));
  await page.close();
  return out;
}

/** The profiler's samples in the hook's script and in what it calls (not the function it wraps), in µs. */
function hookMicros(profile, hookUrl) {
  const WRAPPED = new Set(['fetch', 'open', 'send', 'setRequestHeader']);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  let micros = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    for (let id = profile.samples[i]; id !== undefined; id = parent.get(id)) {
      const frame = byId.get(id).callFrame;
      if (frame.url !== hookUrl && WRAPPED.has(frame.functionName)) break; // the page's own call, through the hook
      if (frame.url === hookUrl) {
        micros += profile.timeDeltas[i + 1] ?? 0;
        break;
      }
    }
  }
  return micros;
}

/** Part 2, sampled: the hook's time per call, as the V8 profiler sees it (50 µs samples, 3 runs after 2). */
async function sampled(v) {
  const page = await v.context.newPage();
  await page.goto(`${url}/page`);
  const cdp = await v.context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  const out = {};
  for (const f of STAND_IN_FIGURES) {
    const run = () => page.evaluate(([fn, n, k]) => Promise.resolve(window[fn](n, k)).then(() => undefined), [f, STAND_IN_CALLS[f], IN_FLIGHT]);
    await run();
    await run();
    await cdp.send('Profiler.start');
    for (let i = 0; i < 3; i++) await run();
    const { profile } = await cdp.send('Profiler.stop');
    out[f] = hookMicros(profile, v.hook) / (3 * STAND_IN_CALLS[f]);
  }
  await page.close();
  return out;
}

const STAND_IN_CALLS = { runFetchOk: N, runFetchRefused: N, runXhrOpen: N * XHR_OPEN_REPEAT };
const STAND_IN_FIGURES = Object.keys(STAND_IN_CALLS);
const variants = ONLY === 'js' ? [] : await makeVariants(false);
if (variants.length) await rotate(variants, runOnce);
const standIn = ONLY === 'network' ? [] : await makeVariants(true);
if (standIn.length) await rotate(standIn, runStandIn);
for (const v of standIn) if (v.hook) v.sampled = await sampled(v);
await browser.close();
server.close();

if (variants.length) printNetwork();
if (standIn.length) printStandIn();

function printNetwork() {
const FIGURES = ['fetchWall', 'fetchIssue', 'fetchCpu', 'xhrWall', 'xhrIssue', 'xhrCpu'];
const LABEL = { fetchWall: 'fetch wall', fetchIssue: 'fetch issue', fetchCpu: 'fetch cpu', xhrWall: 'XHR wall', xhrIssue: 'XHR issue', xhrCpu: 'XHR cpu' };
const [none, ...hooked] = variants;
console.log(`\n${N} fetches, then ${N} XHRs (half 404, a quarter POST with headers and a body, ${IN_FLIGHT} in flight, no think time), ${ROUNDS} rounds; medians in ms:`);
console.log(`  ${'variant'.padEnd(15)}${FIGURES.map((f) => LABEL[f].padStart(12)).join('')}`);
for (const v of variants) console.log(`  ${v.name.padEnd(15)}${FIGURES.map((f) => median(v.runs.map((r) => r[f])).toFixed(1).padStart(12)).join('')}`);
for (const v of hooked) {
  console.log(`\n  ${v.name} / none, paired per round:`);
  for (const f of FIGURES) {
    const ratios = v.runs.map((r, i) => r[f] / none.runs[i][f]);
    console.log(`    ${LABEL[f].padEnd(14)} ${ratios.map((x) => x.toFixed(2)).join(' ')}   median ${median(ratios).toFixed(3)}`);
  }
  const perRequest = (f) => median(v.runs.map((r, i) => ((r[f] - none.runs[i][f]) * 1000) / N)).toFixed(1);
  console.log(`    main-thread CPU per request, (${v.name} - none) / N: fetch ${perRequest('fetchCpu')} µs, XHR ${perRequest('xhrCpu')} µs`);
}
const relayed = variants.find((v) => v.name === 'hook+relay').runs;
const reports = relayed.map((r) => r.reports?.reports ?? 0);
console.log(`\n  reports dispatched per round (hook+relay): ${median(reports)} median (expected ${N}: every 404, fetch and XHR)`);
if (process.env.BENCH_SAMPLE) console.log(JSON.stringify(relayed[0].reports?.sample, null, 1));
}

function printStandIn() {
const [alone, ...aloneHooked] = standIn;
const calls = STAND_IN_CALLS;
const FIGURES = STAND_IN_FIGURES;
const LABEL = { runFetchOk: 'fetch 200', runFetchRefused: 'fetch refused', runXhrOpen: 'XHR open' };
console.log(`\nThe hook's JavaScript alone (no network): a stand-in fetch answering at once, ${N} times 200 (body read) and ${N} times`);
console.log(`refused (a quarter POST with headers and a body), ${IN_FLIGHT} in flight; ${N * XHR_OPEN_REPEAT} XHR open()+setRequestHeader();`);
console.log(`${ROUNDS} rounds, each the fastest of ${REPEAT - 1} runs in one page; medians in ms, and the median per call over none in µs:`);
console.log(`  ${'variant'.padEnd(15)}${FIGURES.map((f) => LABEL[f].padStart(14)).join('')}${FIGURES.map((f) => `${LABEL[f]}/call`.padStart(19)).join('')}`);
for (const v of standIn) {
  const per = (f) => (v === alone ? '' : median(v.runs.map((r, i) => ((r[f] - alone.runs[i][f]) * 1000) / calls[f])).toFixed(1));
  console.log(`  ${v.name.padEnd(15)}${FIGURES.map((f) => median(v.runs.map((r) => r[f])).toFixed(1).padStart(14)).join('')}${FIGURES.map((f) => per(f).padStart(19)).join('')}`);
}
for (const v of aloneHooked) {
  console.log(`\n  ${v.name} / none, paired per round:`);
  for (const f of FIGURES) {
    const ratios = v.runs.map((r, i) => r[f] / alone.runs[i][f]);
    console.log(`    ${LABEL[f].padEnd(14)} ${ratios.map((x) => x.toFixed(2)).join(' ')}   median ${median(ratios).toFixed(3)}`);
  }
}
console.log(`\n  Sampled by the V8 profiler (every 50 µs, 3 runs after 2): the hook's own JavaScript and the built-ins it`);
console.log(`  calls, not the function it wraps, in µs per call (the profiler slows everything; compare builds, not totals):`);
for (const v of aloneHooked) console.log(`    ${v.name.padEnd(15)}${FIGURES.map((f) => `${LABEL[f]} ${v.sampled[f].toFixed(2)}`.padStart(22)).join('')}`);
}
