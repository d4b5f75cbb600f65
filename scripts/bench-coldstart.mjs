// The service worker's cold start, printed by `npm run bench`. Chrome stops an idle worker after
// 30 s, so it starts often. Ten tabs each log 500 failures (and the logs are saved); then, each
// round, the worker is stopped the way Chrome stops an idle one and the popup's first question
// is timed: one tab's list (getLog), then the tab list (listTabs, which reads every stored tab).
import { resolve } from 'node:path';
import { startServer } from '../demo/server.mjs';
import { launchChromium, waitForBackground } from './chromium.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const TABS = 10;
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };

const server = await startServer();
const { context, extensionId, close } = await launchChromium({ dist: resolve(process.env.BENCH_DIST ?? 'dist/chrome') });
try {
  for (let t = 0; t < TABS; t++) {
    const page = await context.newPage();
    await page.goto(`${server.url}/bench/page?n=1000&delay=0&tab=${t}`);
    await page.waitForSelector('body[data-done="1"]', { state: 'attached', timeout: 120_000 });
  }
  const ext = await context.newPage();
  await ext.goto(`chrome-extension://${extensionId}/src/popup/index.html?tabId=-1`);
  await waitForBackground(ext);
  const tabIds = await ext.evaluate(async () => (await chrome.tabs.query({})).filter((t) => t.url?.includes('/bench/page')).map((t) => t.id));
  await ext.waitForTimeout(2500); // let the batched writes to storage.session land
  const cdp = await context.newCDPSession(ext);
  await cdp.send('ServiceWorker.enable');

  const ask = (message) => ext.evaluate(async (m) => {
    const t0 = performance.now();
    const reply = await chrome.runtime.sendMessage(m);
    return { ms: performance.now() - t0, ok: reply !== undefined };
  }, message);
  const stopWorker = async () => {
    await cdp.send('ServiceWorker.stopAllWorkers');
    await ext.waitForTimeout(300);
  };

  const cold = { getLog: [], listTabs: [] };
  const warm = { getLog: [] };
  for (let i = 0; i < RUNS; i++) {
    await stopWorker();
    const one = await ask({ type: 'getLog', tabId: tabIds[i % tabIds.length] });
    await stopWorker();
    const all = await ask({ type: 'listTabs' });
    if (!one.ok || !all.ok) throw new Error('the background did not answer');
    cold.getLog.push(one.ms);
    cold.listTabs.push(all.ms);
    warm.getLog.push((await ask({ type: 'getLog', tabId: tabIds[(i + 1) % tabIds.length] })).ms);
  }
  console.log(`\nService-worker cold start, ${TABS} tabs × 500 failures stored, ${RUNS} rounds, medians:`);
  console.log(`  first getLog after a stop (start + index + one tab):   ${median(cold.getLog).toFixed(0).padStart(5)} ms`);
  console.log(`  first listTabs after a stop (start + every tab):       ${median(cold.listTabs).toFixed(0).padStart(5)} ms`);
  console.log(`  getLog on a running worker (one tab read on demand):   ${median(warm.getLog).toFixed(0).padStart(5)} ms`);
} finally {
  await close();
  await server.close();
}
