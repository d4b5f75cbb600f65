import type { Text } from './types';
import { splitDuration } from './retry-after';
import { networkEn } from './messages.network';

/**
 * Every user-visible string of the analysis, as a typed table of functions: titles, details, fix
 * descriptions and the few computed facts shown as evidence. Quotes from the response stay as received.
 * `Messages` is the type of the English table, so every other table must provide every entry;
 * `messagesFor` (languages.ts) picks the table for a locale.
 */

export type { Text };
type Opt = string | undefined;
const t = (title: string, detail: string): Text => ({ title, detail });
const q = (s: string) => `“${s}”`;
// A quoted message that ends a sentence itself needs no second full stop.
const said = (message: Opt) => (message ? ` The server said: ${q(message)}${/[.!?…]$/.test(message) ? '' : '.'}` : '');

export const en = {
  wait: (seconds: number): string => {
    const { h, min, s } = splitDuration(seconds);
    return h ? `${h} h${min ? ` ${min} min` : ''}` : min ? `${min} min${s ? ` ${s} s` : ''}` : `${s} s`;
  },
  bytes: (n: number): string => (n >= 1048576 ? `${(n / 1048576).toFixed(1)} MB` : n >= 1024 ? `${(n / 1024).toFixed(1)} KB` : `${n} bytes`),
  factUrlLength: (chars: number, query: number): string => `URL: ${chars} characters (query: ${query})`,
  factBodySize: (size: string): string => `request body: ${size}`,
  factHeaderSize: (name: string, size: string, cookies?: number): string => `> ${name}: ${size}${cookies ? `, ${cookies} cookies` : ''}`,
  factNoContentType: (): string => '> (no Content-Type was sent)',
  factNoAuthorization: (): string => '> (no Authorization was sent)',
  factInvalidJson: (error: string): string => `request body: ${error}`,

  conflictDuplicate: (p: { field: Opt; value: Opt; message: Opt }): Text => t(p.field && p.value ? `${p.field} ${q(p.value)} is already taken` : p.field ? `That ${p.field} already exists` : p.value ? `${q(p.value)} is already taken` : 'It already exists',
    `The server refuses a second resource with the same unique value.${said(p.message)} Choose another ${p.field ?? 'value'}, or fetch the existing resource and update it instead of creating it again.`),
  conflictEdit: (p: { etag: Opt; version: Opt; sentIfMatch: Opt }): Text => t('Edit conflict: it changed since you read it',
    `Someone else saved a newer version${p.version ? ` (${p.version})` : ''}${p.sentIfMatch ? `; your If-Match ${p.sentIfMatch} is out of date` : ''}. Fetch the current version, merge your changes into it, and retry${p.etag ? ` with If-Match: ${p.etag}` : ' with its version'}. Do not just resend: you would overwrite their change.`),
  conflictIfMatch: (p: { etag: string }): Text => t(`To change the existing one, update it with If-Match: ${p.etag}`,
    `If you meant to change the resource that exists: fetch the current version, merge your changes, and send the update with If-Match: ${p.etag}, so that a concurrent edit is refused instead of lost.`),
  conflictLocked: (p: { message: Opt }): Text => t('The resource is locked',
    `Another client holds a lock on it (an edit in progress, a running job, a WebDAV LOCK).${said(p.message)} Wait until it is released, or release your own lock, then retry.`),
  conflictState: (p: { message: Opt }): Text => t('The request conflicts with the current state of the resource',
    `The request is valid but cannot be applied to the resource as it is now.${said(p.message)} Fetch the resource, check its current state, and change the request to fit it.`),
  unhandledDuplicate: (p: { field: Opt; value: Opt; status: number }): Text => t(p.field ? `${p.field}${p.value ? ` ${q(p.value)}` : ''} is already taken (the server crashed on it)` : 'A unique value is already taken (the server crashed on it)',
    `The database refused a duplicate, and the server let that error escape as ${p.status} instead of answering 409 Conflict. Use another ${p.field ?? 'value'}, or update the existing record instead of creating it; and ask the backend team to turn unique violations into a 409.`),
  fixIfMatch: (etag: string): string => `Merge your changes into the current resource first: this sends your request as it was, with If-Match: ${etag}.`,
  fixVersionSet: (field: string, sent: string, current: string): string => ` It also sets ${field} to ${current} in the body (you sent ${sent}), to match.`,
  fixVersionStale: (field: string, sent: string, current: Opt): string => ` The copied body still says ${field}: ${sent}; set it to ${current ?? 'the current version'} too, or the server refuses it again.`,
  preconditionFailed: (p: { sent: string; etag: Opt }): Text => t('Your precondition failed: the resource has changed',
    `You sent ${p.sent}, and the server's copy no longer matches it${p.etag ? ` (its ETag is now ${p.etag})` : ''}. Fetch it again, merge your changes, and retry with the new ETag in If-Match.`),
  preconditionExists: (): Text => t('It already exists',
    'You sent If-None-Match: *, which means "only if nothing is there yet", and something is. Fetch it and update it with If-Match instead, or choose another URL.'),
  preconditionRequired: (p: { etag: Opt }): Text => t('Send If-Match: the server only accepts conditional updates',
    `To prevent lost updates the server requires a precondition. GET the resource, read its ETag${p.etag ? ` (here ${p.etag})` : ''}, and send it as If-Match with your change.`),
  fixIfMatchFromGet: (): string => 'Add If-Match with the ETag from a GET of the same URL',

  tokenExpired: (p: { description: Opt }): Text => t('The access token is expired or revoked',
    `${p.description ? `${q(p.description)}. ` : ''}Get a new access token (use your refresh token, or sign in again), then retry with Authorization: Bearer <new token>. The same token will fail again.`),
  tokenScope: (p: { scope: Opt }): Text => t(p.scope ? `The token lacks the scope ${q(p.scope)}` : 'The token lacks a required scope',
    `You are authenticated, but the token was not granted enough rights for this request. Request a token that includes ${p.scope ? q(p.scope) : 'the needed scope'} (the user may have to consent again), then retry.`),
  grantInvalid: (p: { description: Opt }): Text => t('The grant was refused: sign in again',
    `${p.description ? `${q(p.description)}. ` : ''}The refresh token, authorization code or password was not accepted (RFC 6749 §5.2): a code works once and expires within minutes, a refresh token can expire or be revoked, and both are bound to the client and redirect URI. Start the sign-in flow again.`),
  clientInvalid: (p: { description: Opt }): Text => t('Client authentication failed',
    `${p.description ? `${q(p.description)}. ` : ''}Check the client_id and client_secret, that they belong to this environment, and that you send them the way the server expects (HTTP Basic or in the form body, not both).`),
  authInvalidRequest: (p: { description: Opt }): Text => t('The credentials are malformed',
    `The server could not read the authentication part of the request${p.description ? `: ${q(p.description)}` : ''}. Send exactly one Authorization header in the documented form, and no second token in the query string.`),
  authMissing: (p: { scheme: Opt; realm: Opt }): Text => t(p.scheme ? `No credentials were sent: the server wants ${p.scheme}` : 'No credentials were sent',
    `The request had no Authorization header.${p.realm ? ` Realm: ${q(p.realm)}.` : ''} Add your credentials (API key, token or login) the way the API documents, then retry. From a page, a cross-origin fetch also needs credentials: "include" to send cookies.`),
  fixAddAuthorization: (scheme: string): string => `Add Authorization: ${scheme} <your credentials>`,
  authWrongScheme: (p: { sent: string; wanted: string }): Text => t(`The server wants ${p.wanted}, you sent ${p.sent}`,
    `Your Authorization header uses the ${p.sent} scheme, but the server's challenge asks for ${p.wanted}. Send the credentials in the scheme it names.`),
  authRejected: (p: { scheme: Opt; message: Opt }): Text => t('The credentials were rejected',
    `The server received your ${p.scheme ? `${p.scheme} ` : ''}credentials and did not accept them.${said(p.message)} Check the key or token itself, that it belongs to this environment (test or live, this tenant), and that it has not expired or been revoked.`),
  apiKeyInvalid: (p: { message: Opt }): Text => t('The API key is not valid',
    `${p.message ? `${q(p.message)}. ` : ''}Check that the key was copied whole, belongs to this project and environment, is enabled for this API, and that its restrictions (referrer, IP, app) allow this request; create a new key if it was revoked.`),
  sessionExpired: (): Text => t('Your session has probably expired',
    'The request carried cookies but no Authorization header, and was refused: sign in again to get a fresh session cookie. If it keeps happening, the cookie is probably not sent (SameSite, another domain or path).'),
  authNoChallenge: (): Text => t('The server did not say how to authenticate',
    'A 401 response must carry a WWW-Authenticate header naming the scheme (RFC 9110 §15.5.2); this one has none. Look up the expected scheme in the API documentation.'),
  forbiddenAuthenticated: (p: { message: Opt }): Text => t('Authenticated, but not allowed',
    `The server knows who you are and refuses this action for you: the account, token or API key lacks the permission or role.${said(p.message)} Ask for access or use an account that has it; the same credentials will be refused again.`),
  forbiddenAnonymous: (p: { message: Opt }): Text => t('Forbidden, and no credentials were sent',
    `Some servers answer 403 instead of 401 when you are not signed in.${said(p.message)} Sign in or send your API key or token; if you did, the resource may be off-limits to everyone (a private bucket, a blocked IP, a disabled account).`),
  csrf: (p: { header: string }): Text => t('The CSRF check failed',
    `The server protects state-changing requests against cross-site forgery. Send its CSRF token in the ${p.header} header (read it from the cookie or the page), from the same origin and with the session cookie.`),
  fixCsrf: (header: string): string => `Add ${header} with the token from the CSRF cookie or the page`,
  blockedByWaf: (p: { by: Opt }): Text => t(`Blocked by a firewall in front of the site${p.by ? ` (${p.by})` : ''}`,
    'This page comes from a web application firewall or bot check, not from the application: a rule matched the request (its IP, User-Agent, headers or payload). The site owner can look it up by its ray or request id; from scripts, send a normal User-Agent and avoid unusual payloads.'),
  proxyAuth: (p: { scheme: Opt; realm: Opt }): Text => t(`Your proxy requires credentials${p.scheme ? ` (${p.scheme})` : ''}`,
    `A proxy between you and the server stopped the request${p.realm ? ` (realm ${q(p.realm)})` : ''}; the server never saw it. Configure the proxy user and password (curl --proxy-user, HTTPS_PROXY=http://user:pass@host:port, or the system proxy settings).`),
  networkLogin: (): Text => t('Sign in to the network first',
    'A captive portal (hotel, airport or company Wi-Fi) intercepted the request. Open any web page in the browser, complete the sign-in, and retry.'),

  methodNotAllowed: (p: { method: string; allowed: string[] | undefined }): Text => t(`${p.method} is not allowed here`,
    p.allowed === undefined ? `This URL does not accept ${p.method}, and the server did not send the Allow header that should list what it accepts (RFC 9110 §15.5.6). Check the URL (a collection and its items allow different methods), or ask with OPTIONS.`
      : p.allowed.length === 0 ? 'The server allows no method on this URL right now (an empty Allow header): the resource is read-only or disabled.'
      : `This URL accepts ${p.allowed.join(', ')}. Use one of them, or check that the URL is the right one (a collection and its items often allow different methods).`),
  fixMethod: (method: string): string => `Retry with ${method}`,
  notAcceptable: (p: { sent: Opt; offered: string[] }): Text => t('The server cannot answer in a format your Accept allows',
    `You sent Accept: ${p.sent ?? '(none)'}${p.offered.length ? `; the server can produce ${p.offered.join(', ')}` : ''}. Accept a type it can produce (or */*), and check Accept-Language and Accept-Charset if you sent them.`),
  fixAccept: (type: string): string => `Retry with Accept: ${type}`,
  unsupportedEncoding: (p: { sent: string; accepted: Opt }): Text => t(`The server cannot decode Content-Encoding: ${p.sent}`,
    `It accepts ${p.accepted ? q(p.accepted) : 'no encoding'} (its Accept-Encoding). Send the body uncompressed or in an encoding it lists.`),
  unsupportedMediaType: (p: { sent: Opt; accepted: string[] }): Text => t(p.sent ? `The server does not accept Content-Type: ${p.sent}` : 'No Content-Type was sent',
    `${p.accepted.length ? `This URL accepts ${p.accepted.join(', ')}. ` : ''}Send the body in an accepted format and say so in Content-Type (a JSON body needs Content-Type: application/json).`),
  fixContentType: (type: string): string => `Retry with Content-Type: ${type} (and a body in that format)`,
  rangeNotSatisfiable: (p: { range: Opt; size: number | undefined; complete: boolean }): Text => t('The requested range is outside the resource',
    `${p.range ? `You asked for ${p.range}` : 'Your Range'}${p.size !== undefined ? `, but it is ${p.size} bytes long` : ''}. ${p.complete ? 'If you were resuming a download, you already have all of it.' : `Request a range that starts below ${p.size ?? 'its size'}, or drop Range to get the whole resource.`}`),
  fixNoRange: (): string => 'Retry without Range, to get the whole resource',
  notImplemented: (p: { method: string }): Text => t(`The server does not implement ${p.method}`,
    `Not just this URL: the server does not support the method at all. Use a method it supports, or a server that implements ${p.method}.`),

  payloadTooLarge: (p: { size: Opt; temporary: boolean; server: Opt }): Text => t(`The request body is too large${p.size ? ` (${p.size})` : ''}`,
    `${p.temporary ? 'The server says the limit is temporary: retry after the Retry-After delay. ' : ''}Send less: compress it, split it into parts or use the API's chunked or multipart upload. If you own the server, raise its limit${/nginx/i.test(p.server ?? '') ? ' (nginx: client_max_body_size)' : ' (nginx client_max_body_size, a body parser limit, the gateway quota)'}.`),
  uriTooLong: (p: { length: number }): Text => t(`The URL is too long (${p.length} characters)`,
    'Move the query parameters into a POST body if the API accepts it (search endpoints often do), send fewer or shorter parameters, or send IDs in batches.'),
  fixQueryToBody: (): string => 'Send the query as a form body with POST (if the API accepts it)',
  headersTooLarge: (p: { largest: string[]; total: string; cookies: boolean }): Text => t('The request headers are too large',
    `All headers together: ${p.total}; the largest: ${p.largest.join(', ')}. ${p.cookies ? 'Clear this site\'s cookies (or remove the ones you do not need) and ' : ''}shorten large custom headers or tokens, then retry.`),

  rateLimited: (p: { wait: Opt; limit: number | undefined; remaining: number | undefined; reset: Opt }): Text => t(p.wait ? `Rate limited: wait ${p.wait}` : 'Rate limited: slow down',
    `${p.limit !== undefined || p.remaining !== undefined ? `You have ${p.remaining ?? '?'} of ${p.limit ?? '?'} requests left${p.reset ? `; the window resets in ${p.reset}` : ''}. ` : ''}${p.wait ? `Retry after ${p.wait}, not before.` : 'No retry time was given: retry with exponential backoff (1 s, 2 s, 4 s… plus jitter).'} Reduce parallel requests, cache what you can, and back off on every further 429.`),
  retryLater: (p: { wait: string; status: number }): Text => t(`Temporarily unavailable: retry in ${p.wait}`,
    `The server answered ${p.status} and says when to come back (Retry-After). Retry after ${p.wait}, not before; it is overloaded or in maintenance, not rejecting your request.`),
  serviceUnavailable: (p: { message: Opt }): Text => t('The service is down or overloaded',
    `It cannot handle the request right now.${said(p.message)} Retry later with exponential backoff, and check the service's status page.`),

  gatewayFailure: (p: { status: number; proxy: Opt }): Text => t(`${p.proxy ? p.proxy : 'A gateway'} ${p.status === 504 || p.status === 524 || p.status === 522 ? 'timed out waiting for' : 'got no good answer from'} the application server`,
    `The error comes from ${p.proxy ?? 'a proxy'} in front of the application, not from the application itself. ${GATEWAY_DETAIL[p.status] ?? 'The application behind it did not answer properly: check that it is running and read its logs at this time.'} Your request is probably fine.`),
  originFailure: (p: { message: Opt; exception: Opt; status: number }): Text => t('The application failed while handling the request',
    `The server's own code failed (${p.status})${p.exception ? `: ${p.exception}` : p.message ? `: ${q(p.message)}` : ''}. This is a server bug or outage, not a problem with your request unless the message says so. Send the backend team the trace id, the time and the request; retrying the same request will probably fail the same way.`),
  httpVersion: (): Text => t('HTTP version not supported', 'The server refuses the HTTP version of the request. Retry with HTTP/1.1 (curl --http1.1) or check what the server speaks.'),
  insufficientStorage: (p: { message: Opt }): Text => t('The server is out of storage', `It cannot store what the request needs.${said(p.message)} Free space or raise the quota, then retry.`),
  loopDetected: (): Text => t('The server detected an infinite loop', 'Processing the request looped (WebDAV bindings or a misconfigured redirect or proxy chain). The server configuration must be fixed.'),
  shareTrace: (p: { id: string; server: boolean }): Text => t(`Trace id: ${p.id}`,
    `${p.server ? 'Give this id to the backend team: ' : 'If you ask the API owner, quote this id: '}it finds this very request in the server's logs and traces.`),

  fieldErrors: (p: { names: string[]; count: number; message: Opt }): Text => t(`Fix the invalid field${p.names.length > 1 ? 's' : ''}: ${p.names.slice(0, 5).join(', ')}${p.names.length > 5 ? '…' : ''}`,
    `The server rejected ${p.count} value${p.count > 1 ? 's' : ''}.${said(p.message)} Correct each one as its message says, and send the request again.`),
  invalidJsonBody: (p: { error: string }): Text => t('Your request body is not valid JSON',
    `The body you sent does not parse (${p.error}). Fix it (trailing commas, single quotes, unescaped quotes or newlines, a cut string) and send it again.`),
  htmlForApi: (): Text => t('An HTML page answered an API call',
    'You asked for JSON and got an HTML page: the request probably reached a proxy, a login page or the web app\'s catch-all route instead of the API. Check the base URL, the path and the API prefix.'),
  badRequest: (p: { message: Opt }): Text => t('The server could not accept the request',
    `Something in the request is malformed or missing.${said(p.message)} Check the body against the API's schema, the query parameters and the Content-Type.`),
  paymentRequired: (p: { message: Opt }): Text => t('Payment or a higher plan is required',
    `The account's plan, credit or quota does not cover this request.${said(p.message)} Check billing, or use a key from an account that has access.`),
  notFoundRoute: (p: { method: string; path: string }): Text => t(`No such endpoint: ${p.method} ${p.path}`,
    'The server has no route for this method and path. Check the path for typos, the API version prefix and base URL, and a missing or extra trailing slash.'),
  notFoundResource: (p: { message: Opt }): Text => t('The item does not exist',
    `The endpoint exists but this item does not.${said(p.message)} Check the id, whether it was deleted, and whether your account can see it (some APIs answer 404 instead of 403).`),
  notFound: (p: { path: string; message: Opt }): Text => t(`Nothing at ${p.path}`,
    `Either the URL is wrong (typo, API version, trailing slash) or the item it names does not exist or is not visible to you.${said(p.message)}`),
  gone: (p: { successor: Opt }): Text => t('It was removed for good',
    `The resource existed and was deliberately removed${p.successor ? `; its successor is ${p.successor}` : ''}. Update the links or code that still use this URL.`),
  requestTimeout: (): Text => t('The server gave up waiting for your request',
    'The request was sent too slowly, or the connection sat idle too long. Retry it (a browser does so by itself for idempotent requests); for a large upload, check the network or send smaller parts.'),
  unprocessable: (p: { message: Opt }): Text => t('The server understood the request but cannot process it',
    `The syntax is fine, the content is not.${said(p.message)} Fix the values the message names and send it again.`),
  tooEarly: (): Text => t('Sent too early: retry after the handshake', 'The server will not risk a replay of this request sent in TLS early data. Retry it normally; clients do so automatically.'),
  legalBlock: (p: { blockedBy: Opt }): Text => t('Unavailable for legal reasons',
    `Access is blocked by a legal demand${p.blockedBy ? ` (the blocking party: ${p.blockedBy})` : ''}. No change to the request will fix this.`),
  serverError: (p: { status: number; message: Opt }): Text => t(`The server failed (${p.status})`,
    `This is a problem on the server side.${said(p.message)} Retry later; if it persists, report it with the time and the request.`),
  clientError: (p: { status: number; message: Opt }): Text => t(`The server rejected the request (${p.status})`,
    `The request needs to change before it can succeed.${said(p.message)} Read the server's message and the API documentation for this status.`),

  ...networkEn,
};

// Per-status details of a gateway failure (RFC 9110 §15.6.3, §15.6.5; Cloudflare's 52x).
const GATEWAY_DETAIL: Record<number, string> = {
  502: 'It reached no healthy application server, or got an invalid response: the app is down, crashed mid-request, or refused the connection. Check that the backend is running and listening where the proxy points, and read its logs at this time.',
  503: 'It has no healthy application server to send the request to (all instances down, deploying, or in maintenance).',
  504: 'The application did not answer in time: find the slow request in the backend (a long query, a lock, an overloaded app), or raise the proxy timeout if the work is legitimately long.',
  520: 'Cloudflare got an empty, unknown or unexpected response from the origin server.',
  521: 'The origin server refused Cloudflare\'s connection: it is down, or a firewall blocks Cloudflare\'s IP ranges.',
  522: 'Cloudflare could not open a connection to the origin in time: the origin is overloaded, offline, or drops Cloudflare\'s packets.',
  523: 'Cloudflare cannot reach the origin at all: its DNS record or routing is wrong.',
  524: 'The origin accepted the connection but sent no answer within 100 seconds: make the request faster, or move long work to a background job.',
  525: 'The TLS handshake between Cloudflare and the origin failed: check the origin\'s certificate and TLS settings.',
  526: 'The origin\'s certificate is invalid (expired, self-signed, wrong host name) while Cloudflare\'s SSL mode is Full (strict).',
  530: 'The origin is not reachable through Cloudflare (a 1xxx error in the body names why).',
};

export type Messages = typeof en;
