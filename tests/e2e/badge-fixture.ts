import { createServer, type Server } from 'node:http';

/**
 * The badge scenario's own fixture: the shared demo server answers `/favicon.ico` with a 204 for
 * every other page, and this page needs it to fail. Two listeners on loopback: the app (the page,
 * its favicon, its real failures) and a "noise" host on another port that fails too, which the
 * test then ignores. The noise host allows every origin, so the page's own fetch reads its status
 * in light capture as it would an analytics or tracking endpoint's.
 */
export interface BadgeFixture {
  appPort: number;
  noisePort: number;
  close(): Promise<void>;
}

const PAGE = `<!doctype html>
<html>
<head>
<meta charset="utf-8">
<link rel="icon" href="/favicon.ico">
<title>Badge fixture</title>
</head>
<body>
<h1>Badge fixture</h1>
<img src="/img/missing.png" width="16" height="16" alt="">
<script>
  (async () => {
    const noise = 'http://' + location.hostname + ':' + new URL(location.href).searchParams.get('noise');
    const call = (url, init) => fetch(url, init).then((r) => r.text()).catch(() => '');
    await Promise.all([
      call('/api/broken', { method: 'POST', body: '{}' }),
      call(noise + '/collect?e=pageview'),
      call(noise + '/beacon', { method: 'POST', body: 'x' }),
    ]);
    await new Promise((done) => (document.readyState === 'complete' ? done() : addEventListener('load', done)));
    document.body.dataset.done = '1';
  })();
</script>
</body>
</html>`;

function app(): Server {
  return createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://fixture').pathname;
    req.resume();
    const send = (status: number, type: string, body: string) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'content-length': Buffer.byteLength(body) });
      res.end(body);
    };
    req.on('end', () => {
      if (path === '/badge') return send(200, 'text/html; charset=utf-8', PAGE);
      if (path === '/api/broken') return send(500, 'application/json', '{"error":"database unavailable"}');
      // /favicon.ico and /img/missing.png
      return send(404, 'text/plain', `Not found: ${path}`);
    });
  });
}

function noise(): Server {
  return createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://fixture').pathname;
    req.resume();
    req.on('end', () => {
      const status = path === '/beacon' ? 503 : 404;
      res.writeHead(status, { 'content-type': 'text/plain', 'cache-control': 'no-store', 'access-control-allow-origin': '*', 'timing-allow-origin': '*' });
      res.end('noise');
    });
  });
}

async function listen(server: Server): Promise<number> {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return (server.address() as { port: number }).port;
}

const closed = (server: Server) =>
  new Promise<void>((r) => {
    server.closeAllConnections();
    server.close(() => r());
  });

export async function startBadgeFixture(): Promise<BadgeFixture> {
  const a = app();
  const n = noise();
  const [appPort, noisePort] = [await listen(a), await listen(n)];
  return { appPort, noisePort, close: async () => void (await Promise.all([closed(a), closed(n)])) };
}
