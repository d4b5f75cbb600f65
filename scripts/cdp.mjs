// A small Chrome DevTools Protocol client over Node's own WebSocket (Node 20: run node with
// --experimental-websocket). It enables no domain by itself: the page-load benchmark must not turn
// on the Network domain, whose per-request events would slow the very loads it times.

/**
 * Connects to a CDP endpoint (the browser's, from DevToolsActivePort or /json/version).
 * `send(method, params, sessionId)` resolves with the result or rejects with the protocol error;
 * `waitFor(method, { sessionId, timeoutMs, filter })` resolves with the params of the next matching
 * event: call it before the command that causes the event.
 */
export async function connectCdp(wsUrl) {
  const ws = new WebSocket(wsUrl);
  await new Promise((resolve, reject) => {
    ws.onopen = resolve;
    ws.onerror = () => reject(new Error(`cannot connect to ${wsUrl}`));
  });
  let nextId = 0;
  const pending = new Map();
  const waiters = new Set();
  ws.onmessage = (m) => {
    const msg = JSON.parse(m.data);
    if (msg.id !== undefined) {
      const p = pending.get(msg.id);
      pending.delete(msg.id);
      if (msg.error) p?.reject(new Error(`${p.method}: ${msg.error.message}`));
      else p?.resolve(msg.result);
      return;
    }
    for (const w of waiters) w(msg);
  };
  ws.onclose = () => {
    for (const p of pending.values()) p.reject(new Error(`${p.method}: the connection closed`));
    pending.clear();
  };
  const send = (method, params = {}, sessionId) =>
    new Promise((resolve, reject) => {
      if (ws.readyState !== WebSocket.OPEN) return reject(new Error(`${method}: the connection is closed`));
      const id = ++nextId;
      pending.set(id, { resolve, reject, method });
      ws.send(JSON.stringify({ id, method, params, ...(sessionId && { sessionId }) }));
    });
  const waitFor = (method, { sessionId, timeoutMs = 30_000, filter = () => true } = {}) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => { waiters.delete(w); reject(new Error(`no ${method} within ${timeoutMs} ms`)); }, timeoutMs);
      const w = (msg) => {
        if (msg.method !== method || (sessionId && msg.sessionId !== sessionId) || !filter(msg.params)) return;
        clearTimeout(timer);
        waiters.delete(w);
        resolve(msg.params);
      };
      waiters.add(w);
    });
  return { send, waitFor, close: () => ws.close() };
}

/** Opens a new tab (a page target) and attaches to it; `send` talks to that tab alone. */
export async function openTarget(browser, url = 'about:blank') {
  const { targetId } = await browser.send('Target.createTarget', { url });
  const { sessionId } = await browser.send('Target.attachToTarget', { targetId, flatten: true });
  return {
    targetId,
    sessionId,
    send: (method, params) => browser.send(method, params, sessionId),
    evaluate: (expression, options) => evaluate(browser, sessionId, expression, options),
    close: () => browser.send('Target.closeTarget', { targetId }).catch(() => {}),
  };
}

/** Evaluates an expression in a session's page (awaiting a promise) and returns its value; throws what the page threw. */
export async function evaluate(browser, sessionId, expression, { timeoutMs } = {}) {
  const res = await browser.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true, ...(timeoutMs && { timeout: timeoutMs }) }, sessionId);
  if (res.exceptionDetails) throw new Error(res.exceptionDetails.exception?.description ?? res.exceptionDetails.text);
  return res.result.value;
}

/** Polls the browser's targets until one matches, e.g. an extension's service worker. */
export async function waitForTarget(browser, match, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { targetInfos } = await browser.send('Target.getTargets');
    const found = targetInfos.find(match);
    if (found) return found;
    if (Date.now() > deadline) throw new Error('no such target appeared');
    await new Promise((r) => setTimeout(r, 100));
  }
}
