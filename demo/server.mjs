// The demo API server, shared by `npm start` (the demo page) and the end-to-end tests (the fixture
// pages). Plain Node, no dependencies, loopback only.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const page = (name) => readFileSync(join(here, 'pages', name), 'utf8');

export const HUGE_BODY_BYTES = 3 * 1024 * 1024;
export const BINARY_BODY_BYTES = 4096;
/** The popup benchmark's large error: a JSON body just as big as the body the extension keeps (256 KiB). */
export const BIG_JSON_BYTES = 256 * 1024;

function hugeBody() {
  const line = 'ERROR 2026-11-22T10:00:00Z worker-7 request failed: upstream returned garbage; retrying in 0 ms\n';
  const repeated = line.repeat(Math.ceil(HUGE_BODY_BYTES / line.length));
  return Buffer.from(repeated.slice(0, HUGE_BODY_BYTES));
}

/** A 422 problem+json listing field errors, padded to exactly BIG_JSON_BYTES. */
function bigJsonBody() {
  const errors = [];
  const base = { type: 'https://api.example.test/problems/validation', title: 'Validation failed', status: 422, errors, pad: '' };
  for (let i = 0; JSON.stringify(base).length < BIG_JSON_BYTES - 200; i++) errors.push({ field: `items[${i}].quantity`, code: 'out_of_range', message: `must be between 1 and 99 (got ${100 + i})` });
  base.pad = 'x'.repeat(BIG_JSON_BYTES - JSON.stringify(base).length);
  return JSON.stringify(base);
}

function binaryBody() {
  const bytes = Buffer.alloc(BINARY_BODY_BYTES);
  for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 31) % 256;
  return bytes;
}

function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const problem = (status, title, detail, extra = {}) =>
  JSON.stringify({ type: `https://api.example.test/problems/${status}`, title, status, detail, ...extra });

/** Each route: [status, headers, body]. */
const routes = {
  // The victim site of the attack tests (tests/e2e/attack-scenario.ts): its real failures.
  '/victim/api': () => [500, { 'content-type': 'application/json' }, JSON.stringify({ error: 'REAL VICTIM ERROR' })],
  // A server that puts shell syntax in Allow, for the 405 fix to copy (tests/e2e/attack-scenario.ts).
  '/victim/allow': () => [405, { 'content-type': 'application/json', allow: "GET, X|touch$IFS'pwned-allow'|#, POST" }, JSON.stringify({ error: 'method not allowed' })],
  '/victim/frame': () => [500, { 'content-type': 'text/html; charset=utf-8' }, '<!doctype html><title>Frame</title><p>REAL FRAME BODY</p>'],
  '/api/ok': () => [200, { 'content-type': 'application/json' }, '{"ok":true}'],
  '/api/users': () => [
    409,
    { 'content-type': 'application/problem+json', etag: '"user-42-v7"' },
    problem(409, 'Username already taken', 'The username "john_doe" is already registered.', {
      errors: [{ pointer: '/data/attributes/username', detail: 'must be unique', value: 'john_doe' }],
      traceId: '4bf92f3577b34da6a3ce929d0e0e4736',
    }),
  ],
  // An edit conflict, and its fix: the request StatusLens suggests (If-Match the current ETag, the
  // body's version the current one; src/analysis/rules/conflict.ts) succeeds, as "Retry in page" shows.
  // The success says which Origin it came from and whether cookies came with it, never the cookies (nor a header name that the log masks).
  '/api/documents/7': (req, body) => {
    const doc = parseJson(body);
    if (req.method === 'PUT' && req.headers['if-match'] === '"doc-7-v12"' && doc?.version === 12) {
      const seen = { 'x-seen-origin': req.headers.origin ?? '(none)', 'x-seen-with': req.headers.cookie ? 'the page cookies' : 'no cookies' };
      return [200, { 'content-type': 'application/json', etag: '"doc-7-v13"', ...seen }, JSON.stringify({ id: 7, title: doc.title, version: 13, updatedBy: 'you' })];
    }
    return [
      409,
      { 'content-type': 'application/json', etag: '"doc-7-v12"' },
      JSON.stringify({ error: 'edit_conflict', message: 'Document 7 was modified by another user (version 12, you sent 11).', currentVersion: 12 }),
    ];
  },
  '/api/missing': () => [404, { 'content-type': 'application/json', 'x-request-id': 'req-404-abc' }, JSON.stringify({ message: 'No order with id 9001', code: 'ORDER_NOT_FOUND' })],
  '/img/missing.png': () => [404, { 'content-type': 'text/plain; charset=utf-8' }, 'image not found: missing.png'],
  '/frame/500': () => [
    500,
    { 'content-type': 'text/html; charset=utf-8' },
    '<!doctype html><html><head><title>500 Internal Server Error</title></head><body><h1>Internal <b>Server</b> Error</h1><p>NullPointerException at <code>OrderService.java:42</code></p><script>document.title = "injected"</script><img src="data:," onerror="this.dataset.ran = 1"></body></html>',
  ],
  '/api/huge': () => [500, { 'content-type': 'text/plain; charset=utf-8' }, hugeBody()],
  '/api/binary': () => [500, { 'content-type': 'application/octet-stream' }, binaryBody()],
  '/nav/503': () => [
    503,
    { 'content-type': 'text/html; charset=utf-8', 'retry-after': '120' },
    '<!doctype html><html><head><title>Maintenance</title></head><body><h1>Down for <em>maintenance</em></h1><p>Back in two minutes.</p></body></html>',
  ],
  '/api/session': () => [
    401,
    { 'content-type': 'application/json', 'www-authenticate': 'Bearer realm="api", error="invalid_token", error_description="The access token expired"' },
    JSON.stringify({ error: 'invalid_token', error_description: 'The access token expired' }),
  ],
  '/api/admin': () => [403, { 'content-type': 'application/json' }, JSON.stringify({ message: 'Requires the admin role', code: 'FORBIDDEN' })],
  '/api/signup': () => [
    422,
    { 'content-type': 'application/json' },
    JSON.stringify({ message: 'The given data was invalid.', errors: { email: ['The email must be a valid email address.'], age: ['The age must be at least 18.'] } }),
  ],
  '/api/search': () => [
    429,
    { 'content-type': 'application/problem+json', 'retry-after': '30', 'x-ratelimit-limit': '100', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '30' },
    problem(429, 'Too Many Requests', 'You have exceeded 100 requests per minute.'),
  ],
  '/api/report': () => [
    503,
    { 'content-type': 'application/json', 'retry-after': '45', traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01' },
    JSON.stringify({ timestamp: '2026-11-22T10:00:00.000+00:00', status: 503, error: 'Service Unavailable', message: 'Report generator is restarting', path: '/api/report' }),
  ],
  '/api/gateway': () => [502, { 'content-type': 'text/html', server: 'nginx' }, '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>'],
  '/api/teapot': () => [418, { 'content-type': 'text/plain' }, "I'm a teapot"],
  '/api/items': (req) =>
    req.method === 'DELETE'
      ? [405, { 'content-type': 'application/json', allow: 'GET, POST' }, JSON.stringify({ message: 'DELETE is not allowed on /api/items' })]
      : [200, { 'content-type': 'application/json' }, '[]'],
  '/api/upload': () => [415, { 'content-type': 'application/json', 'accept-post': 'application/json' }, JSON.stringify({ message: 'Unsupported Media Type' })],
  '/api/no-cors': () => [200, { 'content-type': 'application/json' }, '{"visible":"only to same-origin callers"}'],
  // The list's fixture (fixture-list.html, tests/e2e/list-scenario.ts): one failure repeated many
  // times, and a body with a word that appears nowhere else (not in its URL, status or message).
  '/api/list/flaky': () => [500, { 'content-type': 'application/json' }, JSON.stringify({ error: 'upstream_timeout', message: 'Inventory service timed out after 3000 ms' })],
  '/api/list/quota': () => [
    429,
    { 'content-type': 'application/json', 'retry-after': '60' },
    JSON.stringify({ message: 'Export quota exceeded', plan: { name: 'axolotl-basic', exportsPerHour: 10 } }),
  ],
  // CORS failures (tests/e2e/cors-scenario.ts): a page on the other host name of this server calls them.
  '/cors/no-acao': () => [200, { 'content-type': 'application/json' }, '{"visible":"only to same-origin callers"}'],
  '/cors/wrong-acao': () => [200, { 'content-type': 'application/json', 'access-control-allow-origin': 'https://app.example.test' }, '{"for":"another origin"}'],
  '/cors/missing': () => [404, { 'content-type': 'application/json' }, JSON.stringify({ message: 'No such order' })],
  // A PUT with a custom header is preflighted; this server does not answer OPTIONS.
  '/cors/preflight': (req) =>
    req.method === 'OPTIONS'
      ? [404, { 'content-type': 'text/plain' }, 'Cannot OPTIONS /cors/preflight']
      : [200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' }, '{"saved":true}'],
  // GraphQL answers a failed query with 200 and an `errors` list (tests/e2e/cors-scenario.ts).
  '/graphql/broken': () => [
    200,
    { 'content-type': 'application/json' },
    JSON.stringify({ errors: [{ message: 'Cannot query field "emial" on type "User".', locations: [{ line: 1, column: 9 }], extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }], data: null }),
  ],
  // The DevTools panel's fixture (fixture-devtools.html): an image and a script whose error bodies
  // only DevTools' own network record gives an extension in Chrome.
  '/devtools/missing.png': () => [404, { 'content-type': 'text/html; charset=utf-8' }, '<!doctype html><title>404</title><p>DEVTOOLS IMAGE 404: no file /devtools/missing.png on this CDN</p>'],
  '/devtools/broken.js': () => [500, { 'content-type': 'text/plain; charset=utf-8' }, 'DEVTOOLS SCRIPT 500: bundle build failed (TypeError: undefined is not a function at build.mjs:12)'],
  '/graphql/fine': () => [200, { 'content-type': 'application/json' }, JSON.stringify({ data: { me: { id: '42', email: 'ada@example.test' } } })],
};

export function startServer({ port = 0, host = '127.0.0.1' } = {}) {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', `http://${host}`);
    if (url.pathname === '/' || url.pathname === '/demo') return send(res, 200, { 'content-type': 'text/html; charset=utf-8' }, page('demo.html'));
    if (url.pathname.startsWith('/fixture/')) {
      const name = url.pathname.slice('/fixture/'.length).replace(/[^a-z0-9-]/g, '');
      try {
        return send(res, 200, { 'content-type': 'text/html; charset=utf-8' }, page(`fixture-${name}.html`));
      } catch {
        return send(res, 404, { 'content-type': 'text/plain' }, 'no such fixture');
      }
    }
    if (url.pathname.startsWith('/bench/')) return bench(url, req, res);
    // Browsers ask for a favicon on their own; answer it so it is never a flagged 404.
    if (url.pathname === '/favicon.ico') return send(res, 204, {}, '');
    // A connection closed with no response at all: a network failure the list must show.
    if (url.pathname === '/api/list/reset') return void req.socket.destroy();
    const route = routes[url.pathname];
    if (!route) return send(res, 404, { 'content-type': 'text/plain' }, `Not found: ${url.pathname}`);
    // Read the request body (the first 64 KiB) before answering, so the client never sees a reset.
    let received = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => {
      if (received.length < 64 * 1024) received += chunk;
    });
    req.on('end', () => {
      const [status, headers, body] = route(req, received);
      send(res, status, { 'cache-control': 'no-store', ...headers }, body);
    });
  });
  return new Promise((resolve) => {
    server.listen(port, host, () => {
      const address = server.address();
      resolve({ url: `http://${host}:${address.port}`, port: address.port, close: () => new Promise((r) => { server.closeAllConnections?.(); server.close(() => r()); }) });
    });
  });
}

/**
 * The benchmark's load: /bench/page?n=2000 fires n requests, half of them failing; /bench/site is
 * a realistic page (see benchSite); /bench/big-json is one large JSON error.
 */
function bench(url, req, res) {
  if (url.pathname === '/bench/page') return send(res, 200, { 'content-type': 'text/html; charset=utf-8' }, page('bench.html'));
  if (url.pathname === '/bench/site' || url.pathname.startsWith('/bench/site/')) return benchSite(url, req, res);
  if (url.pathname === '/bench/big-json') return send(res, 422, { 'content-type': 'application/problem+json', 'cache-control': 'no-store' }, bigJsonBody());
  const fail = url.pathname === '/bench/fail';
  const answer = () =>
    send(res, fail ? 500 : 200, { 'content-type': 'application/json', 'cache-control': 'no-store' }, fail ? '{"error":"bench failure","n":' + JSON.stringify(url.searchParams.get('i')) + '}' : '{"ok":true}');
  // An optional server think time, like a real API's; the benchmark runs with and without it.
  const delay = Math.min(1000, Number(url.searchParams.get('delay')) || 0);
  if (delay) setTimeout(answer, delay);
  else answer();
}

/**
 * The realistic benchmark page, /bench/site?delay=20: a document with stylesheets, two web fonts,
 * scripts (parser-blocking, deferred, async), images, three same-origin iframes with their own
 * resources and calls, and the app's fetches in waves (a config call, then a burst, then calls to
 * another origin, then POSTs in steps). Some of each kind fail (404, 500). The other origin is the
 * same server reached as `localhost` (or as 127.0.0.1 when the page was loaded from localhost),
 * with CORS. Every response, the document included, waits `delay` ms (at most 1000) and is
 * `no-store`, so each load makes every request. When every resource, call, frame and font has
 * settled, the page sets body[data-done="1"] and body[data-elapsed] (ms since navigation start).
 */
export const BENCH_SITE = siteShape();

function siteShape() {
  const frames = [0, 1, 2].map((n) => ({
    css: [`frame-${n}.css`],
    js: [`frame-${n}.js`],
    img: [`f${n}-a.png`, n === 1 ? 'missing-f1.png' : `f${n}-b.png`, `f${n}-c.png`],
    // One failing call in the first two frames.
    api: Array.from({ length: 5 }, (_, i) => (n < 2 && i === 4 ? (n === 0 ? 'api/missing?f=0' : 'api/error?f=1') : `api/frame-item?f=${n}&i=${i}`)),
  }));
  const shape = {
    css: ['style-0.css', 'style-1.css', 'style-2.css', 'missing.css'],
    fonts: ['font-regular.woff2', 'font-bold.woff2'],
    syncJs: ['lib-0.js', 'lib-1.js'],
    deferJs: ['app-0.js', 'app-1.js', 'app-2.js', 'missing.js'],
    asyncJs: ['analytics.js'],
    crossJs: ['widget.js'],
    img: Array.from({ length: 52 }, (_, i) => (i % 9 === 4 ? `missing-${i}.png` : `img-${i}.png`)),
    crossImg: ['avatar-0.png', 'avatar-1.png'],
    frames,
    config: 'api/config',
    burst: Array.from({ length: 24 }, (_, i) => (i % 8 === 3 ? `api/missing?i=${i}` : i === 13 ? `api/error?i=${i}` : `api/item?i=${i}`)),
    cross: Array.from({ length: 10 }, (_, i) => (i === 4 ? `api/missing?x=${i}` : i === 7 ? `api/error?x=${i}` : `api/item?x=${i}`)),
    posts: [0, 1, 2, 3].map((s) => [0, 1, 2].map((i) => (s === 2 && i === 1 ? `api/error?s=${s}` : `api/save?s=${s}&i=${i}`))),
  };
  const names = [shape.css, shape.fonts, shape.syncJs, shape.deferJs, shape.asyncJs, shape.crossJs, shape.img, shape.crossImg, [shape.config], shape.burst, shape.cross, shape.posts.flat(), frames.map((_, n) => `frame-${n}.html`), ...frames.flatMap((f) => [f.css, f.js, f.img, f.api])].flat();
  const cross = shape.crossJs.length + shape.crossImg.length + shape.cross.length;
  return { ...shape, requests: 1 + names.length, failing: names.filter((n) => /missing|error/.test(n)).length, crossOrigin: cross };
}

/** A 1×1 PNG padded after its end chunk to `bytes` (browsers ignore what follows IEND). */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const padded = (head, bytes) => Buffer.concat([head, Buffer.alloc(Math.max(0, bytes - head.length), 0x20)]);
const hash = (s) => [...s].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7);
const script = (name, kb) => `window.__bench = (window.__bench || 0) + 1;\n` + Array.from({ length: kb * 12 }, (_, i) => `function ${name.replace(/\W/g, '_')}_${i}(a) { return a * ${i} + ${i % 7}; }`).join('\n');

function benchSite(url, req, res) {
  const delay = Math.min(1000, Number(url.searchParams.get('delay')) || 0);
  const host = req.headers.host ?? '';
  const port = req.socket.localPort;
  const other = host.startsWith('localhost') ? `http://127.0.0.1:${port}` : `http://localhost:${port}`;
  const at = (name, base = '') => `${base}/bench/site/${name}${name.includes('?') ? '&' : '?'}delay=${delay}`;
  const name = url.pathname.slice('/bench/site/'.length);
  const common = { 'cache-control': 'no-store', 'access-control-allow-origin': '*', 'timing-allow-origin': '*' };
  let status = 200, type, body;
  if (url.pathname === '/bench/site') [type, body] = ['text/html; charset=utf-8', siteDocument(at, other, delay)];
  else if (/^missing/.test(name) || name === 'api/missing') [status, type, body] = [404, name.startsWith('api/') ? 'application/json' : 'text/plain', name.startsWith('api/') ? '{"error":"not_found"}' : `not found: ${name}`];
  else if (name === 'api/error') [status, type, body] = [500, 'application/json', JSON.stringify({ error: 'internal', message: 'bench failure', at: url.search })];
  else if (name.startsWith('api/')) [type, body] = ['application/json', JSON.stringify({ ok: true, path: name, query: url.search, items: Array.from({ length: 8 }, (_, i) => ({ id: i, name: `item ${i}` })) })];
  else if (/^frame-\d\.html$/.test(name)) [type, body] = ['text/html; charset=utf-8', frameDocument(at, Number(name[6]))];
  else if (name.endsWith('.css')) [type, body] = ['text/css', siteStyle(at, name)];
  else if (name.endsWith('.js')) [type, body] = ['text/javascript', script(name, name.startsWith('lib') ? 40 : name.startsWith('frame') ? 4 : 12)];
  else if (name.endsWith('.png')) [type, body] = ['image/png', padded(PNG, 2048 + (hash(name) % 24) * 1024)];
  // Not a real font: the browser fetches it and then drops it, as it would a broken one.
  else if (name.endsWith('.woff2')) [type, body] = ['font/woff2', padded(Buffer.from('wOF2'), 24 * 1024)];
  else [status, type, body] = [404, 'text/plain', `not found: ${name}`];
  req.resume();
  const answer = () => send(res, status, { ...common, 'content-type': type }, body);
  // Wait for the request body too (the POSTs), so the client never sees a reset.
  req.on('end', () => (delay ? setTimeout(answer, delay) : answer()));
}

function siteDocument(at, other, delay) {
  const s = BENCH_SITE;
  const tags = (list, make, base) => list.map((n) => make(at(n, base))).join('\n');
  const quoted = (list, base = '') => JSON.stringify(list.map((n) => at(n, base)));
  return `<!doctype html>
<html>
<head>
<meta charset="utf-8"><link rel="icon" href="data:,"><title>Bench site (${delay} ms)</title>
<script>
  // Frames report when their own calls are done; listen before any frame can finish.
  window.__frames = new Promise((done) => { let n = 0; addEventListener('message', (e) => { if (e.data === 'bench-frame-done' && ++n === ${s.frames.length}) done(); }); });
  window.__loaded = new Promise((done) => addEventListener('load', done));
</script>
${tags(s.css, (u) => `<link rel="stylesheet" href="${u}">`)}
${tags(s.syncJs, (u) => `<script src="${u}"></script>`)}
${tags(s.deferJs, (u) => `<script defer src="${u}"></script>`)}
${tags(s.asyncJs, (u) => `<script async src="${u}"></script>`)}
${tags(s.crossJs, (u) => `<script defer src="${u}"></script>`, other)}
</head>
<body>
<header><h1>Bench site</h1><p class="bold">A page much like an app's: styles, fonts, scripts, images, frames and API calls.</p></header>
<main>
${tags(s.img, (u) => `<img src="${u}" width="32" height="32" alt="">`)}
${tags(s.crossImg, (u) => `<img src="${u}" width="32" height="32" alt="">`, other)}
${s.frames.map((_, n) => `<iframe src="${at(`frame-${n}.html`)}" width="200" height="80"></iframe>`).join('\n')}
</main>
<script>
  (async () => {
    const get = (url, init) => fetch(url, init).then((r) => r.text());
    const calls = (async () => {
      await get(${JSON.stringify(at(s.config))});
      await Promise.all(${quoted(s.burst)}.map((u) => get(u)));
      await Promise.all(${quoted(s.cross, other)}.map((u) => get(u)));
      for (const step of ${JSON.stringify(s.posts.map((step) => step.map((n) => at(n))))}) {
        await Promise.all(step.map((u) => get(u, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'bench', items: [1, 2, 3] }) })));
      }
    })();
    await Promise.all([calls, window.__loaded, window.__frames]);
    await document.fonts.ready;
    document.body.dataset.elapsed = String(performance.now());
    document.body.dataset.done = '1';
  })();
</script>
</body>
</html>`;
}

function frameDocument(at, n) {
  const f = BENCH_SITE.frames[n];
  return `<!doctype html>
<html><head><meta charset="utf-8"><title>Frame ${n}</title>
${f.css.map((c) => `<link rel="stylesheet" href="${at(c)}">`).join('\n')}
${f.js.map((j) => `<script src="${at(j)}"></script>`).join('\n')}
</head><body>
<p>Frame ${n}</p>
${f.img.map((i) => `<img src="${at(i)}" width="16" height="16" alt="">`).join('\n')}
<script>
  Promise.all(${JSON.stringify(f.api.map((a) => at(a)))}.map((u) => fetch(u).then((r) => r.text()))).then(() => parent.postMessage('bench-frame-done', '*'));
</script>
</body></html>`;
}

function siteStyle(at, name) {
  const fonts = name === 'style-0.css'
    ? `@font-face { font-family: BenchSans; font-weight: 400; src: url(${at('font-regular.woff2')}) format('woff2'); }
@font-face { font-family: BenchSans; font-weight: 700; src: url(${at('font-bold.woff2')}) format('woff2'); }
body { font-family: BenchSans, sans-serif; } .bold { font-weight: 700; }\n`
    : '';
  const rules = Array.from({ length: name.startsWith('frame') ? 40 : 300 }, (_, i) => `.${name.replace(/\W/g, '_')}-${i} { margin: ${i % 5}px; padding: ${i % 3}px; color: #${(hash(name + i) & 0xffffff).toString(16).padStart(6, '0')}; }`).join('\n');
  return fonts + rules;
}

function send(res, status, headers, body) {
  const buf = Buffer.isBuffer(body) ? body : Buffer.from(body);
  res.writeHead(status, { 'content-length': buf.length, ...headers });
  res.end(buf);
}

// `node demo/server.mjs [port]` runs it on its own.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const port = Number(process.argv[2] ?? 8787);
  startServer({ port }).then((s) => console.log(`StatusLens demo server on ${s.url}/demo`));
}
