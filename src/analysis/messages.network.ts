import type { Text } from './types';

/**
 * The English strings of the network-failure analysis (network-failure.ts): failures with no status
 * and no body, where the URL, the page's origin and the browser's error name are all there is.
 * Part of the `Messages` table (messages.ts); messages.network.zh-CN.ts has the same entries.
 */

const t = (title: string, detail: string): Text => ({ title, detail });

export const networkEn = {
  headlineCors: (): string => 'CORS: response not allowed for this origin',
  headlinePreflight: (): string => 'CORS: preflight refused',
  headlineCorsLikely: (): string => 'Likely CORS: cross-origin request refused',
  headlineCorsOrDown: (port: string): string => `Likely CORS, or nothing listening on :${port}`,

  corsMissingAllowOrigin: (p: { host: string; origin: string; status: number | undefined }): Text => t(`${p.host} sent no Access-Control-Allow-Origin for ${p.origin}`,
    `The response from ${p.host}${p.status ? ` (status ${p.status})` : ''} has no Access-Control-Allow-Origin header, so the browser hid it from ${p.origin}. The server did answer: add the header on the server, or on the proxy in front of it, to every response of this route, error responses included.`),
  corsOriginMismatch: (p: { host: string; origin: string; allowOrigin: string }): Text => t(`${p.host} allows ${p.allowOrigin}, not ${p.origin}`,
    `The response's Access-Control-Allow-Origin names ${p.allowOrigin}, so the browser hid it from ${p.origin}. The value must be exactly the page's origin (scheme, host and port) or *, and only one: send back the request's Origin when it is on your list of allowed origins.`),
  corsCredentialsWildcard: (p: { host: string; origin: string }): Text => t(`${p.host} answered * to a request with credentials`,
    `The request from ${p.origin} carries credentials (cookies, or fetch with credentials: "include"), and Access-Control-Allow-Origin: * is refused for those. Send the exact origin with Access-Control-Allow-Credentials: true, or leave out the credentials if the request does not need them.`),
  corsMissingAllowCredentials: (p: { host: string; origin: string }): Text => t(`${p.host} does not allow credentials from ${p.origin}`,
    `The request carries credentials, and the response has no Access-Control-Allow-Credentials: true, so the browser hid it from ${p.origin}. Add it (with the exact origin in Access-Control-Allow-Origin), or send the request without credentials.`),
  corsPreflightFailed: (p: { host: string; origin: string; method: string; headers: string[]; status: number | undefined }): Text => t(`The preflight to ${p.host} was refused${p.status ? ` (${p.status})` : ''}`,
    `Before this ${p.method}, the browser asked ${p.host} with an OPTIONS request whether ${p.origin} may send it${p.headers.length ? ` with ${p.headers.join(', ')}` : ''}; ${p.status ? `the answer was ${p.status}` : 'the answer did not allow it'}, so the request itself was never sent. Answer OPTIONS on this URL with 204 and the headers below, before authentication and without a redirect.`),
  corsLikely: (p: { host: string; origin: string }): Text => t(`${p.origin} may not be allowed to read ${p.host}`,
    `This cross-origin request from ${p.origin} to ${p.host} failed with no reason the page can read. That is how a CORS refusal looks to a script, though a refused or broken connection looks the same. To be sure: the browser console names the CORS rule that failed; full capture for ${p.host} shows the response headers; or run the check below and look for Access-Control-Allow-Origin.`),

  devServerDown: (p: { host: string; port: string }): Text => t(`Is your dev server running on :${p.port}?`,
    `Nothing accepted the connection on ${p.host}:${p.port}. Check that the dev server is running (its terminal may show a crash), that it listens on port ${p.port} (it may have taken another one when ${p.port} was busy), and that it listens on the address asked: a server on 127.0.0.1 does not answer at ::1, which localhost may mean, nor the other way round. In a container or a VM, publish the port. lsof -iTCP:${p.port} -sTCP:LISTEN (or netstat -ano on Windows) shows what listens.`),
  connectionRefused: (p: { host: string; port: string }): Text => t(`${p.host} refused the connection on port ${p.port}`,
    `The host is reachable, but nothing listens on port ${p.port}, or a firewall rejects it: the server is down or restarting, or the URL names the wrong port. Check the service's status and the port in the URL; if it is being deployed, retry in a moment.`),
  dnsFailed: (p: { hostname: string }): Text => t(`${p.hostname} does not resolve`,
    `The browser found no address for ${p.hostname}. Check the spelling, whether the name needs a VPN or an internal DNS, and your hosts file for local names. nslookup ${p.hostname} shows what your resolver answers.`),
  networkTimeout: (p: { host: string }): Text => t(`${p.host} did not answer in time`,
    `The connection or the response took longer than the browser waits. A server that is overloaded or stuck, a firewall that drops packets instead of refusing them, or a wrong address would do that. Try the check below, and look at the server's load and logs.`),
  certificateRejected: (p: { hostname: string; local: boolean }): Text => t(`The certificate of ${p.hostname} is not trusted`,
    p.local
      ? `The browser refused the dev server's certificate. Make one your system trusts (mkcert creates a local certificate authority and installs it), or serve ${p.hostname} over http:// while developing.`
      : `The certificate is expired, self-signed, issued for another name, or missing its intermediate certificates. Renew it, serve the full chain, and check that it covers ${p.hostname}; do not switch off certificate checks in code.`),
  blockedByExtension: (): Text => t('An extension blocked this request',
    'An ad blocker, a privacy extension or another extension\'s rules cancelled it before it left the browser. Allow the site in that extension or try a window without extensions; paths with words such as ads, track or analytics are what filter lists match.'),
  pageFailure: (p: { host: string }): Text => t('The request failed, and the browser told the page no reason',
    `This same-origin call to ${p.host} got no response. It is not CORS: most often the server did not answer (down, restarting, another port) or an extension blocked it. The browser console names the cause, and full capture for this site records the browser's own error name.`),
  networkFailure: (p: { error: string }): Text => t(`The request failed before any response: ${p.error}`,
    `No response reached the page, so there is no status or body to read. curl -v on the same URL shows where the request stops (name lookup, connection, TLS or the response), and the browser console often says more.`),

  fixCorsHeaders: (): string => 'Add to the response, on the server or the proxy in front of it:',
  fixPreflightHeaders: (): string => 'Answer the OPTIONS preflight on this URL with 204 and:',
  fixCorsIfSo: (): string => 'If it is CORS, add to the response, on the server or the proxy in front of it:',
  checkCors: (origin: string): string => `Ask the server as a page on ${origin} would (a GET), and look for Access-Control-Allow-Origin in the answer:`,
  checkPreflight: (): string => 'Send the preflight the browser sent, and read the Access-Control-Allow-* headers of the answer:',
  checkReach: (): string => 'Try the same URL outside the browser (-v shows where it stops):',
  factPageOrigin: (origin: string): string => `page origin: ${origin}`,
  factError: (error: string): string => `error: ${error}`,
  factPreflight: (status: number): string => `preflight: OPTIONS → ${status}`,
  factResponseStatus: (status: number): string => `response status: ${status}`,
  placeholderOrigin: (): string => "<your page's origin>",
};

export type NetworkMessages = typeof networkEn;
