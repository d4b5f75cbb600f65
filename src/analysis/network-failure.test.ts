import { describe, expect, it } from 'vitest';
import { analyzeFailure } from './index';
import type { ObservedFailure } from './index';
import type { CorsFailure } from '../shared/types';

/** Requests with no status: CORS by problem, refused connections, the other failures, and what is left. */

const PAGE = 'http://localhost:5173';
const API = 'https://api.example.com/v1/orders';

function fail(more: Partial<ObservedFailure> = {}) {
  return analyzeFailure({ url: API, method: 'GET', pageOrigin: PAGE, ...more });
}
const cors = (problem: CorsFailure['problem'], more: Partial<CorsFailure> = {}) => fail({ error: 'net::ERR_FAILED', cors: { problem, origin: PAGE, ...more } });

describe('CORS, as the background found it', () => {
  it('no Access-Control-Allow-Origin: which header, for which origin, and the line to add', () => {
    const a = cors('missing-allow-origin', { responseStatus: 200 });
    expect(a.headline).toBe('CORS: response not allowed for this origin');
    expect(a.referenceId).toBe('failed-cors');
    const [s] = a.suggestions;
    expect(s?.id).toBe('cors-missing-allow-origin');
    expect(s?.title).toBe('api.example.com sent no Access-Control-Allow-Origin for http://localhost:5173');
    expect(s?.detail).toContain('The response from api.example.com (status 200) has no Access-Control-Allow-Origin header, so the browser hid it from http://localhost:5173.');
    expect(s?.serverFix?.lines).toEqual(['Access-Control-Allow-Origin: http://localhost:5173', 'Vary: Origin']);
    expect(s?.check?.curl).toMatch(/^curl -i 'https:\/\/api\.example\.com\/v1\/orders'/);
    expect(s?.check?.curl).toContain(`-H 'Origin: http://localhost:5173'`);
    expect(s?.evidence).toEqual(['> GET /v1/orders', 'error: net::ERR_FAILED', 'page origin: http://localhost:5173', 'response status: 200']);
  });

  it('another origin allowed: quotes what the server sent', () => {
    const [s] = cors('origin-mismatch', { allowOrigin: 'https://app.example.com' }).suggestions;
    expect(s?.title).toBe('api.example.com allows https://app.example.com, not http://localhost:5173');
    expect(s?.evidence).toContain('< Access-Control-Allow-Origin: https://app.example.com');
    expect(s?.serverFix?.lines[0]).toBe('Access-Control-Allow-Origin: http://localhost:5173');
  });

  it('* with credentials: the exact origin and Allow-Credentials instead', () => {
    const [s] = cors('credentials-wildcard', { allowOrigin: '*' }).suggestions;
    expect(s?.id).toBe('cors-credentials-wildcard');
    expect(s?.serverFix?.lines).toEqual(['Access-Control-Allow-Origin: http://localhost:5173', 'Access-Control-Allow-Credentials: true', 'Vary: Origin']);
  });

  it('credentials without Allow-Credentials', () => {
    const [s] = cors('missing-allow-credentials', { allowOrigin: PAGE }).suggestions;
    expect(s?.title).toBe('api.example.com does not allow credentials from http://localhost:5173');
    expect(s?.serverFix?.lines[0]).toBe('Access-Control-Allow-Credentials: true');
  });

  it('a refused preflight: the method and the headers the page set, and the preflight to send', () => {
    const a = fail({
      method: 'PUT',
      error: 'net::ERR_FAILED',
      requestHeaders: { 'content-type': 'application/json', authorization: 'Bearer s3cret', accept: '*/*', 'user-agent': 'Mozilla/5.0', 'sec-fetch-mode': 'cors' },
      cors: { problem: 'preflight-failed', origin: PAGE, preflightStatus: 403 },
    });
    expect(a.headline).toBe('CORS: preflight refused');
    const [s] = a.suggestions;
    expect(s?.title).toBe('The preflight to api.example.com was refused (403)');
    expect(s?.detail).toContain('whether http://localhost:5173 may send it with authorization, content-type; the answer was 403');
    expect(s?.serverFix?.lines).toEqual([
      'Access-Control-Allow-Origin: http://localhost:5173',
      'Access-Control-Allow-Methods: PUT',
      'Access-Control-Allow-Headers: authorization, content-type',
      'Vary: Origin',
    ]);
    expect(s?.check?.curl).toContain(`-X 'OPTIONS'`);
    expect(s?.check?.curl).toContain(`-H 'Access-Control-Request-Method: PUT'`);
    expect(s?.check?.curl).toContain(`-H 'Access-Control-Request-Headers: authorization, content-type'`);
    expect(s?.check?.curl).not.toContain('s3cret');
    expect(s?.evidence).toContain('preflight: OPTIONS → 403');
  });

  it("'unverified': likely CORS, and how to confirm it", () => {
    const a = cors('unverified');
    expect(a.headline).toBe('Likely CORS: cross-origin request refused');
    const [s] = a.suggestions;
    expect(s?.id).toBe('cors-likely');
    expect(s?.detail).toContain('browser console names the CORS rule');
    expect(s?.detail).toContain('full capture for api.example.com shows the response headers');
    expect(s?.serverFix?.description).toMatch(/^If it is CORS/);
    expect(a.suggestions).toHaveLength(1); // a remote host: no dev-server question
  });

  it("the page's origin is read from its URL (an initiator or document URL)", () => {
    const [s] = fail({ pageOrigin: 'http://localhost:5173/app/orders?tab=2', cors: { problem: 'missing-allow-origin' } }).suggestions;
    expect(s?.evidence).toContain('page origin: http://localhost:5173');
    expect(s?.serverFix?.lines[0]).toBe('Access-Control-Allow-Origin: http://localhost:5173');
  });

  it('an unknown page origin is said to be unknown, never made up', () => {
    const [s] = fail({ pageOrigin: undefined, cors: { problem: 'missing-allow-origin' } }).suggestions;
    expect(s?.serverFix?.lines[0]).toBe("Access-Control-Allow-Origin: <your page's origin>");
  });
});

describe('CORS recognised without entry.cors', () => {
  it.each(['net::ERR_FAILED', 'NS_ERROR_DOM_BAD_URI', 'fetch failed: Failed to fetch', 'fetch failed: NetworkError when attempting to fetch resource.', 'XMLHttpRequest failed: network error (status 0)'])(
    '%s on a cross-origin call is likely CORS',
    (error) => {
      const a = fail({ error });
      expect(a.suggestions[0]?.id).toBe('cors-likely');
      expect(a.referenceId).toBe('failed-cors');
      expect(a.suggestions[0]?.title).toBe('http://localhost:5173 may not be allowed to read api.example.com');
    },
  );

  it('a same-origin failure is not CORS', () => {
    const a = fail({ url: 'https://app.example.com/api/x', pageOrigin: 'https://app.example.com', error: 'fetch failed: Failed to fetch' });
    expect(a.headline).toBeUndefined();
    expect(a.referenceId).toBe('page-request-failed');
    expect(a.suggestions.map((s) => s.id)).toEqual(['network-failure']);
    expect(a.suggestions[0]?.detail).toContain('It is not CORS');
  });

  it('a cross-origin call to a local server may also be a server that is not running: both are asked', () => {
    const a = fail({ url: 'http://127.0.0.1:8080/api', error: 'fetch failed: Failed to fetch' });
    expect(a.headline).toBe('Likely CORS, or nothing listening on :8080');
    expect(a.suggestions.map((s) => s.id)).toEqual(['cors-likely', 'dev-server-down']);
  });

  it('a document that failed to load is not CORS; a browser name that says why wins', () => {
    expect(fail({ error: 'net::ERR_FAILED', navigation: true }).suggestions[0]?.id).toBe('network-failure');
    expect(fail({ error: 'net::ERR_CONNECTION_REFUSED (page saw: fetch failed: Failed to fetch)' }).suggestions[0]?.id).toBe('connection-refused');
  });
});

describe('refused connections', () => {
  it.each([
    ['http://127.0.0.1:49151/nothing', 'net::ERR_CONNECTION_REFUSED', '49151'],
    ['http://localhost:3000/api', 'NS_ERROR_CONNECTION_REFUSED', '3000'],
    ['http://[::1]:8080/', 'net::ERR_CONNECTION_REFUSED', '8080'],
    ['http://app.localhost/', 'net::ERR_CONNECTION_REFUSED', '80'],
    ['https://localhost/', 'net::ERR_CONNECTION_REFUSED', '443'],
  ])('%s asks whether the dev server runs on its port', (url, error, port) => {
    const a = fail({ url, error });
    expect(a.referenceId).toBe('connection-refused');
    const [s] = a.suggestions;
    expect(s?.id).toBe('dev-server-down');
    expect(s?.title).toBe(`Is your dev server running on :${port}?`);
    expect(s?.detail).toContain(`lsof -iTCP:${port} -sTCP:LISTEN`);
    expect(s?.check?.curl).toMatch(/^curl -v /);
  });

  it('a navigation that was refused asks the same', () => {
    expect(fail({ url: 'http://localhost:5173/', error: 'net::ERR_CONNECTION_REFUSED', navigation: true, pageOrigin: undefined }).suggestions[0]?.title).toBe('Is your dev server running on :5173?');
  });

  it('on another host: server down or a firewall', () => {
    const [s] = fail({ error: 'net::ERR_CONNECTION_REFUSED' }).suggestions;
    expect(s?.id).toBe('connection-refused');
    expect(s?.title).toBe('api.example.com refused the connection on port 443');
  });

  it('in Chinese', () => {
    const a = analyzeFailure({ url: 'http://127.0.0.1:49151/x', method: 'GET', error: 'net::ERR_CONNECTION_REFUSED' }, { locale: 'zh-CN' });
    expect(a.suggestions[0]?.title).toBe('你的开发服务器在 :49151 上运行吗?');
  });
});

describe('the other failures get one useful suggestion each', () => {
  it.each([
    ['net::ERR_NAME_NOT_RESOLVED', 'dns-failed', 'api.example.com does not resolve'],
    ['NS_ERROR_UNKNOWN_HOST', 'dns-failed', 'api.example.com does not resolve'],
    ['net::ERR_CONNECTION_TIMED_OUT', 'network-timeout', 'api.example.com did not answer in time'],
    ['net::ERR_CERT_AUTHORITY_INVALID', 'certificate-rejected', 'The certificate of api.example.com is not trusted'],
    ['SEC_ERROR_EXPIRED_CERTIFICATE', 'certificate-rejected', 'The certificate of api.example.com is not trusted'],
    ['net::ERR_BLOCKED_BY_CLIENT', 'blocked-by-extension', 'An extension blocked this request'],
  ])('%s → %s', (error, id, title) => {
    const a = fail({ error });
    expect(a.suggestions.map((s) => s.id)).toEqual([id]);
    expect(a.suggestions[0]?.title).toBe(title);
    expect(a.suggestions[0]?.evidence).toContain(`error: ${error}`);
  });

  it('a local certificate gets the dev-server advice', () => {
    expect(fail({ url: 'https://localhost:8443/', error: 'net::ERR_CERT_AUTHORITY_INVALID' }).suggestions[0]?.detail).toContain('mkcert');
  });

  it('a known name without its own advice, and an unknown one: never nothing', () => {
    const reset = fail({ error: 'net::ERR_CONNECTION_RESET' });
    expect(reset.referenceId).toBe('connection-reset');
    expect(reset.suggestions[0]?.title).toBe('The request failed before any response: net::ERR_CONNECTION_RESET');
    const unknown = fail({ error: 'net::ERR_SOMETHING_NEW' });
    expect(unknown.referenceId).toBeUndefined();
    expect(unknown.suggestions[0]?.id).toBe('network-failure');
    expect(unknown.suggestions[0]?.title).toContain('net::ERR_SOMETHING_NEW');
    expect(unknown.suggestions[0]?.check?.curl).toMatch(/^curl -v /);
  });
});

describe('hostile and broken input', () => {
  it('secrets in the URL stay out of the evidence and the command', () => {
    const [s] = fail({ url: 'http://127.0.0.1:9000/x?api_key=k3y-123', error: 'net::ERR_CONNECTION_REFUSED' }).suggestions;
    expect(JSON.stringify(s)).not.toContain('k3y-123');
    expect(s?.check?.curl).toContain('<your api_key>');
  });

  it('never throws, never returns nothing, caps what it quotes', () => {
    const inputs: ObservedFailure[] = [
      { url: 'javascript:alert(1)', method: 'GET', error: 'net::ERR_FAILED' },
      { url: 'not a url', method: 'GET' },
      { url: 42 as unknown as string, method: undefined as unknown as string, error: { toString: () => 'x' } as unknown as string },
      { url: API, method: 'GET', error: `net::ERR_${'A'.repeat(100_000)}` },
      { url: API, method: 'GET', pageOrigin: 'garbage', error: 'net::ERR_FAILED' },
      { url: API, method: 'GET', cors: { problem: 'origin-mismatch', allowOrigin: 'x'.repeat(100_000), origin: `https://${'a'.repeat(5000)}.test` } },
    ];
    for (const input of inputs) {
      const a = analyzeFailure(input);
      expect(a.suggestions.length).toBeGreaterThan(0);
      for (const s of a.suggestions) {
        expect(s.title.length).toBeLessThanOrEqual(300);
        expect(s.detail.length).toBeLessThanOrEqual(1200);
        for (const e of s.evidence) expect(e.length).toBeLessThanOrEqual(300);
        for (const l of s.serverFix?.lines ?? []) expect(l.length).toBeLessThanOrEqual(2000);
      }
    }
  });
});
