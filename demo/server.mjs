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
  '/api/documents/7': () => [
    409,
    { 'content-type': 'application/json', etag: '"doc-7-v12"' },
    JSON.stringify({ error: 'edit_conflict', message: 'Document 7 was modified by another user (version 12, you sent 11).', currentVersion: 12 }),
  ],
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
    const route = routes[url.pathname];
    if (!route) return send(res, 404, { 'content-type': 'text/plain' }, `Not found: ${url.pathname}`);
    // Drain the request body before answering, so the client never sees a reset.
    req.resume();
    req.on('end', () => {
      const [status, headers, body] = route(req);
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

/** The benchmark's load: /bench/page?n=2000 fires n requests, half of them failing; /bench/big-json is one large JSON error. */
function bench(url, req, res) {
  if (url.pathname === '/bench/page') return send(res, 200, { 'content-type': 'text/html; charset=utf-8' }, page('bench.html'));
  if (url.pathname === '/bench/big-json') return send(res, 422, { 'content-type': 'application/problem+json', 'cache-control': 'no-store' }, bigJsonBody());
  const fail = url.pathname === '/bench/fail';
  const answer = () =>
    send(res, fail ? 500 : 200, { 'content-type': 'application/json', 'cache-control': 'no-store' }, fail ? '{"error":"bench failure","n":' + JSON.stringify(url.searchParams.get('i')) + '}' : '{"ok":true}');
  // An optional server think time, like a real API's; the benchmark runs with and without it.
  const delay = Math.min(1000, Number(url.searchParams.get('delay')) || 0);
  if (delay) setTimeout(answer, delay);
  else answer();
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
