// The page hook's own cost per request, in real Chromium with no extension loaded (run by `npm run bench`,
// after a build): a local page fires N fetches and then N XMLHttpRequests, half of them answered 404 with
// a small JSON body, 50 in flight, no server think time, and reads every body as an app would. The
// page times itself (performance.now) in three variants, each in its own browser context:
//   none         no hook;
//   hook         the built hook (dist/chrome/src/content/page-hook.iife.js) added at document start.
//                With no relay its channel never joins, and send() drops each report after building
//                it: everything up to the channel is measured (call-time capture, status check, and
//                for each 404 the headers, body copy and JSON text), not the dispatch of the report;
//   hook+relay   the same, plus a stand-in for the relay in the page's own world that completes the
//                handshake (page-channel.ts: what a page script running at document start could do)
//                and counts the reports: the dispatch of each report is measured too. The real relay
//                runs in an isolated world and batches reports to the background; that part is not.
// Printed: per variant the median of each figure, and per round the paired ratio hook/none with its
// median. "issue" is the time spent inside the page's fetch()/open()+send() calls, the synchronous
// part a page pays on every call. Figures only: nothing here passes or fails on timing.
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

if (!existsSync(HOOK)) {
  console.error(`no built hook at ${HOOK}: run \`npx vite build --mode chrome --logLevel warn\` first`);
  process.exit(1);
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };

/** The page: run(n) fires the load and resolves with its own timings. */
const PAGE = `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"></head><body><script>
window.run = async (n, inFlight) => {
  const url = (i) => '/api/' + (i % 2 ? 'missing' : 'ok') + '?i=' + i;
  const out = {};
  let issue = 0;
  let t0 = performance.now();
  for (let i = 0; i < n; i += inFlight) {
    const batch = [];
    for (let j = i; j < Math.min(n, i + inFlight); j++) {
      const a = performance.now();
      const p = fetch(url(j), j % 4 === 1 ? { method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': 'r' + j }, body: '{"i":' + j + '}' } : undefined);
      issue += performance.now() - a;
      batch.push(p.then((r) => r.text()));
    }
    await Promise.all(batch);
  }
  out.fetchMs = performance.now() - t0;
  out.fetchIssueMs = issue;
  issue = 0;
  t0 = performance.now();
  for (let i = 0; i < n; i += inFlight) {
    const batch = [];
    for (let j = i; j < Math.min(n, i + inFlight); j++) {
      batch.push(new Promise((done) => {
        const x = new XMLHttpRequest();
        x.onloadend = () => done(x.responseText);
        const a = performance.now();
        if (j % 4 === 1) {
          x.open('POST', url(j));
          x.setRequestHeader('content-type', 'application/json');
          x.setRequestHeader('x-request-id', 'r' + j);
          x.send('{"i":' + j + '}');
        } else {
          x.open('GET', url(j));
          x.send();
        }
        issue += performance.now() - a;
      }));
    }
    await Promise.all(batch);
  }
  out.xhrMs = performance.now() - t0;
  out.xhrIssueMs = issue;
  await new Promise((r) => setTimeout(r, 50)); // the hook reads 404 bodies after the page has them
  out.reports = window.__reports ? window.__reports() : undefined;
  return out;
};
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

const variants = [];
const hooks = { none: undefined, hook: HOOK, 'hook+relay': HOOK, ...(BASELINE && { baseline: BASELINE, 'baseline+relay': BASELINE }) };
for (const [name, hook] of Object.entries(hooks)) {
  const context = await browser.newContext();
  if (hook) await context.addInitScript({ path: hook });
  if (name.endsWith('+relay')) await context.addInitScript(RELAY);
  variants.push({ name, context, runs: [] });
}

async function runOnce(v) {
  const page = await v.context.newPage();
  await page.goto(`${url}/page`);
  const result = await page.evaluate(([n, k]) => window.run(n, k), [N, IN_FLIGHT]);
  await page.close();
  return result;
}

for (const v of variants) await runOnce(v); // warm-up
for (let i = 0; i < ROUNDS; i++) {
  // Rotate the order each round, so drift on a noisy machine hits all alike.
  for (let k = 0; k < variants.length; k++) {
    const v = variants[(i + k) % variants.length];
    v.runs.push(await runOnce(v));
  }
}
await browser.close();
server.close();

const FIGURES = ['fetchMs', 'fetchIssueMs', 'xhrMs', 'xhrIssueMs'];
const LABEL = { fetchMs: 'fetch total', fetchIssueMs: 'fetch issue', xhrMs: 'XHR total', xhrIssueMs: 'XHR issue' };
const [none, ...hooked] = variants;
console.log(`\n${N} fetches then ${N} XHRs (half 404, ${IN_FLIGHT} in flight, no think time), ${ROUNDS} rounds; medians in ms:`);
console.log(`  ${'variant'.padEnd(15)}${FIGURES.map((f) => LABEL[f].padStart(13)).join('')}`);
for (const v of variants) console.log(`  ${v.name.padEnd(15)}${FIGURES.map((f) => median(v.runs.map((r) => r[f])).toFixed(1).padStart(13)).join('')}`);
for (const v of hooked) {
  console.log(`\n  paired ratio ${v.name}/none per round (rotated order):`);
  for (const f of FIGURES) {
    const ratios = v.runs.map((r, i) => r[f] / none.runs[i][f]);
    console.log(`    ${LABEL[f].padEnd(12)} ${ratios.map((x) => x.toFixed(2)).join(' ')}   median ${median(ratios).toFixed(3)}`);
  }
}
const relayed = variants.find((v) => v.name === 'hook+relay').runs;
const reports = relayed.map((r) => r.reports?.reports ?? 0);
console.log(`\n  reports dispatched per round (hook+relay): ${median(reports)} median (expected ${N}: every 404, fetch and XHR)`);
if (process.env.BENCH_SAMPLE) console.log(JSON.stringify(relayed[0].reports?.sample, null, 1));
