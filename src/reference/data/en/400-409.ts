import type { StatusCode, StatusProse } from '../../types';

/** English prose of 400-409's entries; codes, headers' levels, raw HTTP and links live in ../status-codes/400-409.ts. */
const prose = {
  400: {
    localReason: 'Bad Request',
    summary:
      'The server will not process the request because something in it is wrong: malformed syntax, invalid framing or bad parameters.',
    meaning:
      'The server cannot or will not process the request because of something it perceives as a client error, such as malformed request syntax, invalid message framing or deceptive request routing. It is the generic client-error code: use it when no more specific 4xx fits. Sending the same request again will fail the same way.',
    whenToUse: [
      'The body cannot be parsed: broken JSON, a wrong multipart boundary, invalid UTF-8, or a field of the wrong JSON type.',
      'Query or path parameters are missing, unknown or malformed, such as a date that is not a date, page=-1 or an unknown sort field.',
      'Protocol errors the HTTP stack must reject: RFC 9112 requires 400 for an HTTP/1.1 request without Host or with several Host lines, and for whitespace between a field name and its colon.',
      'Input that breaks validation rules, if your API style uses 400 rather than 422 for that (see pitfalls).',
    ],
    howToRespond: [
      'Say exactly what was wrong and where: the parameter name or JSON Pointer, the value received and the rule it broke.',
      'Report every validation error in one response instead of one per round trip.',
      'Prefer the specific code when one fits: 413 for an oversized body, 414 for a long URI, 415 for an unsupported Content-Type, 431 for oversized headers.',
      'Do not echo secrets or whole bodies back, and keep parser stack traces out of the response.',
    ],
    headers: {
      'Content-Type': 'application/problem+json, so clients can read the list of errors and map each one to a field.',
      Connection:
        'close when the message framing itself was broken (e.g. an invalid Content-Length): RFC 9112 then requires the server to close the connection, because it can no longer tell where the next request starts.',
    },
    responseBody:
      'A problem+json document (type, title, status 400, detail, instance) with an extension member such as errors: an array of entries that each carry a pointer or parameter name and a message, as in the RFC 9457 examples. Keep the shape stable so clients can show errors next to form fields.',
    pitfalls: [
      '400 vs 422: the Zalando guidelines send 400 even when the payload fails business-logic validation, while the Haufe guidelines reserve 400 for malformed syntax and use 422 for validation errors. Both are defensible; pick one and document it.',
      '400 vs 401/403/404: a missing or expired token is 401, missing permission is 403, an unknown ID is 404. Do not fold them into a catch-all 400.',
      '400 vs 409: a well-formed request that clashes with stored state (duplicate key, stale version, wrong state) is a 409, not a 400.',
      'OAuth 2.0 token endpoints answer 400 with error "invalid_grant" when a refresh token has expired or been revoked (RFC 6749 §5.2): it means log in again, not that the request format is wrong.',
      'nginx serves a 400 page for cases other servers label differently, e.g. "Request Header Or Cookie Too Large" (where 431 would fit) and "The plain HTTP request was sent to HTTPS port".',
    ],
    clientFixes: [
      'Read the error body; it usually names the field or parameter. Log the exact request your code sent (method, URL, headers, body) and compare it with the API documentation.',
      'Build the body with a JSON serializer, not string concatenation, send the matching Content-Type, and URL-encode query values.',
      'If the page says "Request Header Or Cookie Too Large", clear the cookies for that domain or shrink custom headers.',
      'Do not retry unchanged: a 400 is deterministic. Fix the request, then send it again.',
    ],
    examples: [
      { title: 'Malformed JSON body', note: 'A syntax error: the server never got as far as checking the order.' },
      {
        title: 'Invalid query parameters',
        note: 'Both problems come back in one response, so the client can fix them together.',
      },
    ],
    linkTitles: [
      'RFC 9112 §3.2 Request Target (Host rules)',
      'RFC 9457 Problem Details for HTTP APIs',
      'Zalando RESTful API Guidelines: HTTP status codes',
      'Haufe API style guide: HTTP status codes',
      'MDN: 400 Bad Request',
    ],
  },
  401: {
    localReason: 'Unauthorized',
    summary:
      'The request has no valid credentials: the token or login is missing, expired or invalid. Authenticate, then send it again.',
    meaning:
      'The request has not been applied because it lacks valid authentication credentials for the target resource. The server must send a WWW-Authenticate header with at least one challenge saying how to authenticate; if the request did carry credentials, the 401 means they were refused. The client may repeat the request with a new or replaced Authorization header.',
    whenToUse: [
      'No credentials were sent to a resource that needs them: no Authorization header, no session cookie, no API key.',
      'Credentials were sent but are not valid: an expired or revoked access token, a bad signature, the wrong audience or issuer, a wrong password.',
      'The token is valid but the login behind it is too weak or too old for this action; RFC 9470 asks for step-up authentication with a 401 and error="insufficient_user_authentication".',
    ],
    howToRespond: [
      'Always send WWW-Authenticate with a challenge, e.g. Bearer realm="api"; RFC 9110 makes it mandatory for 401.',
      'For Bearer tokens follow RFC 6750: no error attribute when credentials were simply missing, error="invalid_token" when the token is expired, revoked or malformed.',
      'Keep the public reason generic ("invalid or expired token"), log the details on the server, and never reveal whether the user name or the password was wrong.',
      'For APIs called from browsers, avoid a Basic challenge unless you want the browser login dialog to pop up.',
    ],
    headers: {
      'WWW-Authenticate':
        'At least one challenge for this resource (Bearer, Basic, Digest, Negotiate…). For Bearer add realm and, when a token was presented, error and error_description.',
      'Content-Type':
        'application/problem+json for a short explanation; the machine-readable Bearer error code belongs in WWW-Authenticate.',
    },
    responseBody:
      'A short problem+json document (type, title, status 401, detail) saying whether credentials were missing, expired or invalid, worded so it does not help an attacker. Do not include the token that was sent.',
    pitfalls: [
      '401 vs 403: 401 asks "who are you?" because credentials are missing or bad, so authenticating may fix it. 403 says "I know who you are, and no", so logging in again with the same account will not help.',
      'The name misleads: "Unauthorized" here means unauthenticated. A permission problem belongs in 403.',
      'Many cookie-session APIs send 401 without WWW-Authenticate. That breaks the spec, and clients should not assume the header is always there.',
      'CORS preflight requests (OPTIONS) carry no Authorization header; a server that demands authentication on OPTIONS answers 401, and the browser reports a CORS error instead.',
      '401 vs 407: 407 comes from a proxy and pairs with Proxy-Authenticate/Proxy-Authorization; 401 comes from the origin server and pairs with WWW-Authenticate/Authorization.',
    ],
    clientFixes: [
      'Check that the header is really sent and well formed: Authorization: Bearer <token>, right scheme, one space, not stripped by a proxy or dropped on a cross-origin redirect (fetch removes Authorization there).',
      'Inspect the token: exp and nbf against a synchronized clock, audience, issuer, and environment (a staging token is rejected by production).',
      'If the access token expired, refresh it once and replay the request; if the refresh also fails, send the user back to login.',
      'When many parallel requests fail with 401 at once, run a single refresh and replay the others afterwards instead of starting a refresh storm.',
    ],
    examples: [
      {
        title: 'No token sent',
        note: 'No error attribute: RFC 6750 leaves it out when the request carried no credentials at all.',
      },
      { title: 'Expired access token', note: 'The client can refresh the token once and replay the request.' },
    ],
    linkTitles: ['RFC 6750 §3 The WWW-Authenticate Response Header Field (Bearer)', 'MDN: 401 Unauthorized'],
  },
  402: {
    localReason: 'Payment Required',
    summary:
      'Reserved by HTTP for future use; in practice APIs send it when payment, credit or a paid plan is needed before the request can go through.',
    meaning:
      'RFC 9110 only reserves 402 for future use and defines no semantics, headers or body format for it. In practice it serves as a de facto signal that a billing condition blocks the request, and each API defines what exactly it means.',
    whenToUse: [
      'The account has run out of prepaid credit or quota that only a payment restores (top-up needed, invoice overdue).',
      'The feature or resource belongs to a paid plan the account does not have.',
      'A payment attempt failed for a business reason; Stripe, for example, returns 402 when the parameters were valid but the request failed, such as a declined card.',
    ],
    howToRespond: [
      'Document what your 402 means, because the spec does not; give each billing reason its own problem type URI.',
      'Tell the client how to get unblocked: which plan or amount is needed and where to pay. Never include card numbers or other payment data.',
      'Do not use 402 for rate limits (429) or for plain permission problems (403).',
    ],
    headers: {
      'Content-Type':
        'application/problem+json, so the client can tell the billing reason apart and find the upgrade or top-up link.',
    },
    responseBody:
      'A problem+json document stating the billing reason (credit exhausted, plan required, payment declined), what is needed to continue and a link to the billing page, e.g. as an extension member such as upgradeUrl. There is no standard body.',
    pitfalls: [
      'No standard semantics: HTTP libraries treat 402 as a plain 4xx, so your documentation is the whole contract.',
      '402 vs 403: 403 says the caller may not do this; 402 says the caller could, after paying. If no payment would change the answer, send 403.',
      '402 vs 429: a quota that refills by waiting is rate limiting (429 with Retry-After); a quota that refills only by paying fits 402.',
      'Browsers and crawlers do nothing special with 402; do not expect any built-in payment flow.',
    ],
    clientFixes: [
      'Read the body for the billing reason, and the provider documentation for what its 402 means.',
      'Check the account: plan, credit balance, overdue invoices, expired card, and whether the API key belongs to the account you think it does.',
      'From a payment API, treat 402 as a declined or failed charge: show the decline reason and ask for another payment method instead of retrying the same charge.',
      'Retry only after the billing problem is fixed.',
    ],
    examples: [
      {
        title: 'Prepaid credit exhausted',
        note: 'The body says what is missing and where to fix it, since 402 itself defines nothing.',
      },
    ],
    linkTitles: ['Stripe API: Errors (402 Request Failed)', 'MDN: 402 Payment Required'],
  },
  403: {
    localReason: 'Forbidden',
    summary:
      'The server understood the request but refuses it: you are not allowed to do this, and the same credentials will keep failing.',
    meaning:
      'The server understood the request but refuses to fulfill it. If credentials were sent, the server considers them insufficient, and the client should not repeat the request with the same ones; a refusal may also have nothing to do with credentials. A server that wants to hide that a forbidden resource exists may answer 404 instead.',
    whenToUse: [
      'The caller is authenticated but lacks the role, permission, ownership or OAuth scope the action needs.',
      'Access is refused for reasons unrelated to identity: IP allow-lists, geo-blocking, WAF or bot rules, a failed CSRF check, a suspended account.',
      'Files or paths the server will never serve to anyone, such as .env or .git directories, or directory listings that are turned off.',
    ],
    howToRespond: [
      'Say what is missing when it is safe to reveal (the required role or scope); otherwise keep the reason generic.',
      'For Bearer tokens with too little scope, add WWW-Authenticate: Bearer error="insufficient_scope" with the scope needed (RFC 6750 §3.1).',
      'Decide per resource type whether existence is secret; if it is, answer 404 instead, and do so consistently.',
    ],
    headers: {
      'Content-Type': 'application/problem+json, naming the missing permission or the policy that blocked the request.',
      'WWW-Authenticate':
        'With Bearer tokens: error="insufficient_scope" and a scope attribute, so the client can obtain a token with more scope.',
    },
    responseBody:
      'A problem+json document (type, title, status 403, detail) naming the missing permission, role or scope when that is safe, or a generic reason such as "blocked by policy", plus a request ID for support.',
    pitfalls: [
      '403 vs 401: 401 means missing or invalid credentials, so authenticating may fix it; 403 means the identity is known but not allowed, so the same credentials will keep failing.',
      '403 vs 404: both are legitimate for a forbidden resource. GitHub answers 404 for private repositories you cannot see, while Google AIP-211 checks permission first and returns 403 whether or not the resource exists.',
      'Amazon S3 returns 403 AccessDenied instead of 404 for a missing object when the caller lacks s3:ListBucket, so a 403 there may just mean a wrong key.',
      '403 vs 451 and 429: a block due to a legal demand is 451 and a rate limit is 429, although some CDNs and WAFs send 403 for blocked bots and abusive clients.',
    ],
    clientFixes: [
      'Do not retry with the same credentials; read the detail for the missing permission, role or scope.',
      'Check the token scopes and roles, and that you act in the right tenant, project or organization; request a token with the needed scope or ask an admin for access.',
      'If the body is an HTML page from a CDN, WAF or storage service, the block happens before your application: check IP, region, User-Agent and request patterns.',
      'For form posts in the browser, a 403 often means a missing or stale CSRF token; reload the page to get a fresh one.',
    ],
    examples: [
      {
        title: 'Token lacks the required scope',
        note: 'The token is valid, so this is 403, not 401; a new token with more scope will work.',
      },
      { title: 'Authenticated, but not allowed' },
    ],
    linkTitles: ['RFC 6750 §3.1 Error Codes (insufficient_scope)', 'Google AIP-211 Authorization checks', 'MDN: 403 Forbidden'],
  },
  404: {
    localReason: 'Not Found',
    summary:
      'Nothing exists at this URL, or the server will not admit that it does; 404 does not say whether that is temporary or permanent.',
    meaning:
      'The origin server did not find a current representation for the target resource, or is not willing to disclose that one exists. A 404 does not say whether the absence is temporary or permanent; 410 is preferred when the server knows it is permanent. A 404 is heuristically cacheable unless its headers say otherwise.',
    whenToUse: [
      'No route matches the path, or the route matches but no item has that ID.',
      'The resource exists but the caller must not learn that (another tenant, a private repository); 404 is then used instead of 403.',
      'A deleted, unpublished or restorable item that should look absent to this caller.',
    ],
    howToRespond: [
      'Send a real 404 status, never 200 with a "not found" page: such soft 404s mislead clients, monitors and search engines.',
      'Say what was not found (resource type and ID) without leaking data; use different problem types for "no such route" and "no such item".',
      'Set Cache-Control explicitly (a short max-age or no-store) when the resource may appear soon, since 404 is heuristically cacheable.',
    ],
    headers: {
      'Content-Type': 'application/problem+json for APIs, text/html with a helpful page for websites.',
      'Cache-Control': 'Controls how long caches and CDNs keep the miss; without it they may apply a heuristic lifetime.',
    },
    responseBody:
      'A problem+json document (type, title, status 404, detail, instance) naming the resource type and identifier that were not found; for websites, an HTML page with navigation or search. An empty search result is not a 404: return 200 with an empty list.',
    pitfalls: [
      '404 vs 410: 410 says the resource was removed deliberately and for good; 404 makes no such claim. When unsure, send 404.',
      '404 vs 405: if the path exists but not for this method, send 405 with Allow. Frameworks that route on path and method often answer 404 here and hide the real mistake.',
      '404 vs 403: hiding a forbidden resource behind 404 is allowed, but only works if missing and forbidden items get identical answers; otherwise the difference leaks existence.',
      '404 vs 200 with an empty list: a filter or search that matches nothing is a success; a 404 there makes clients think the URL is wrong.',
      'Caches and CDNs may keep a 404 for a while, so an item created right after a miss can stay invisible until the cached 404 expires.',
    ],
    clientFixes: [
      'Check the full URL: base path and API version, trailing slash, letter case, URL-encoding of IDs, and the environment (staging or production).',
      'Check that the ID exists in your account or tenant; a 404 may mean "not yours" rather than "not there".',
      'Right after creating something, a 404 can come from eventual consistency or a cached miss; retry a few times with backoff before treating it as final.',
      'In a single-page app, a 404 when reloading a deep link means the server has no fallback to index.html for client-side routes.',
      'For a retried DELETE, a 404 usually means the first attempt already succeeded.',
    ],
    examples: [
      { title: 'Unknown ID' },
      { title: 'No such endpoint', note: 'A separate problem type tells a wrong URL apart from a missing record.' },
    ],
    linkTitles: ['RFC 9111 §4.2.2 Calculating Heuristic Freshness', 'MDN: 404 Not Found'],
  },
  405: {
    localReason: 'Method Not Allowed',
    summary: 'The URL exists, but not for this HTTP method; the Allow header lists the methods it does support.',
    meaning:
      'The method in the request line is known to the origin server but not supported by the target resource. The server must send an Allow header listing the methods the resource currently supports. A 405 is heuristically cacheable.',
    whenToUse: [
      'A known method hits a resource that does not support it: DELETE on a collection, PUT on a read-only resource, POST to a static file.',
      'A method is switched off for this resource by configuration; Allow may then be empty.',
    ],
    howToRespond: [
      'Always include Allow with the supported methods, e.g. Allow: GET, HEAD, OPTIONS.',
      'Let OPTIONS succeed (or let CORS middleware handle it) so browser preflights do not fail with 405.',
      'If the server does not implement the method for any resource, answer 501 instead.',
    ],
    headers: {
      Allow:
        'RFC 9110 requires it on 405: the methods the target resource supports right now. An empty value means no method is currently allowed.',
      'Content-Type': 'application/problem+json naming the method received and the allowed ones.',
    },
    responseBody:
      'A short problem+json document naming the method received and the methods allowed (the same list as Allow). Clients act on the Allow header; the body is for humans.',
    pitfalls: [
      '405 vs 501: 405 means the server knows the method but this resource does not support it; 501 means the server does not support the method at all.',
      '405 vs 404: frameworks that route on path and method often answer 404 for a wrong method; the correct answer is 405 with Allow.',
      '405 vs 403: if the resource supports the method but this caller may not use it, that is 403.',
      'nginx answers "405 Not Allowed" to a POST on a static file; the request probably never reached your application because of a wrong location or proxy_pass rule.',
      'A 405 on OPTIONS breaks CORS preflight, and the browser then shows a CORS error rather than the 405.',
    ],
    clientFixes: [
      'Read the Allow header and use one of the listed methods, e.g. PATCH instead of PUT.',
      'Check the URL: item versus collection (/users/42 vs /users) and the trailing slash.',
      'Check for a redirect: after a 301 or 302 many clients resend a POST as GET, which the target may reject with 405. Call the final URL directly, or have the server use 307/308.',
      'If the response comes from nginx or a static host, fix the routing or proxy rules; retrying the same method will not help.',
    ],
    examples: [{ title: 'DELETE on a collection' }],
    linkTitles: ['MDN: 405 Method Not Allowed'],
  },
  406: {
    localReason: 'Not Acceptable',
    summary:
      'The server has no representation matching your Accept headers (format, language, encoding) and chose not to send a default one.',
    meaning:
      'The target resource has no current representation that the client finds acceptable according to the proactive negotiation headers it sent (Accept, Accept-Language, Accept-Encoding, Accept-Charset), and the server is unwilling to send a default. The server should list the available representations so the client can choose. RFC 9110 equally allows ignoring those headers and sending the default, which is often the friendlier choice.',
    whenToUse: [
      'The client accepts only a format you cannot produce (e.g. Accept: application/xml with no */*) and a JSON answer would break it.',
      'A versioned vendor media type is requested that you no longer serve, e.g. application/vnd.example.v1+json.',
      'Rarely for browsers: for them, sending the default representation is usually better than a 406.',
    ],
    howToRespond: [
      'List what you can produce (media types, languages) in the body, ideally with links to each variant.',
      'Consider ignoring Accept and sending your default instead; RFC 9110 allows it, and most clients cope better with that than with a 406.',
      'On successful negotiated responses, send Vary: Accept (or the header you negotiate on) so caches keep the variants apart.',
    ],
    headers: {
      'Content-Type':
        'The error has to be written in some format: problem+json or plain text is fine even if it is not in the client Accept list.',
      Vary:
        'Accept (or Accept-Language…) when the answer depends on that header, so a shared cache does not serve the 406 to clients that asked for something else.',
    },
    responseBody:
      'A problem+json document or short text listing the available representations, e.g. an extension member available: ["application/json", "text/csv"].',
    pitfalls: [
      '406 vs 415: 406 is about the response format the client asked for (Accept); 415 is about the format of the request body it sent (Content-Type).',
      'Spring MVC raises HttpMediaTypeNotAcceptableException (406) when no message converter can write the requested type, including when the error response itself cannot be rendered in it.',
      'Some web application firewalls, notably ModSecurity setups on shared hosting, answer 406 when a rule blocks the request, although no content negotiation is involved.',
      'Compression is rarely the cause: the identity encoding stays acceptable unless the client excludes it explicitly with identity;q=0.',
    ],
    clientFixes: [
      'Check the Accept header: send the type the API documents (usually application/json), or add */*;q=0.1 as a fallback.',
      'Check Accept-Language and versioned vendor media types; the API may have dropped the version you request.',
      'If your request involves no negotiation at all, suspect a WAF rule and look for parts of the URL or body that trigger it.',
      'Do not retry unchanged; change the Accept headers first.',
    ],
    examples: [
      {
        title: 'XML requested from a JSON-only API',
        note: 'Sending Accept: application/json or text/csv, or adding */*, fixes it.',
      },
    ],
    linkTitles: ['MDN: 406 Not Acceptable'],
  },
  407: {
    localReason: 'Proxy Authentication Required',
    summary: 'A proxy between you and the server wants you to authenticate with it first, using Proxy-Authorization.',
    meaning:
      'Like 401, but the client needs to authenticate itself in order to use a proxy for this request. The proxy must send a Proxy-Authenticate header with a challenge that applies to that proxy, and the client may repeat the request with a new or replaced Proxy-Authorization header.',
    whenToUse: [
      'A forward proxy (corporate egress proxy, Squid, an authenticated upstream proxy) requires credentials before it forwards a request or opens a CONNECT tunnel.',
      'The client sent Proxy-Authorization, but the credentials are wrong, expired or use a scheme the proxy does not accept.',
      'Only proxies send it; an origin server that wants credentials uses 401.',
    ],
    howToRespond: [
      'Send Proxy-Authenticate with the scheme and realm, e.g. Proxy-Authenticate: Basic realm="corp-proxy".',
      'For HTTPS traffic, answer the CONNECT request itself with 407; nothing inside the tunnel is visible until it is established.',
      'Offer a scheme your clients support (Negotiate/Kerberos in Windows domains, Basic only over trusted links), keeping in mind that Basic sends the password merely base64-encoded.',
    ],
    headers: {
      'Proxy-Authenticate':
        'RFC 9110 requires it on 407: at least one challenge that applies to this proxy (Basic, Negotiate, Digest…).',
      'Content-Type': 'Proxies usually send a short text or HTML page; clients act on Proxy-Authenticate, not on the body.',
    },
    responseBody:
      'A short text, HTML or problem+json page saying the proxy requires authentication and where to get credentials. Clients and tools act on the Proxy-Authenticate header.',
    pitfalls: [
      '407 vs 401: 407 comes from a proxy and uses Proxy-Authenticate/Proxy-Authorization; 401 comes from the origin and uses WWW-Authenticate/Authorization. Mixing up the two header pairs fails.',
      'Proxy-Authorization is consumed by the first proxy that asked for it and is not passed on to the origin, so it cannot carry API credentials.',
      '407 vs 511: 511 Network Authentication Required comes from a captive portal (hotel or airport Wi-Fi) that wants you to log in to the network, not from a configured proxy.',
      'Command-line tools read proxies from HTTP_PROXY, HTTPS_PROXY and NO_PROXY; a stale proxy setting in the environment is a common source of unexpected 407s in CI.',
    ],
    clientFixes: [
      'Give the client proxy credentials, e.g. HTTPS_PROXY=http://user:pass@proxy.corp:8080 (URL-encode special characters in the password), or the tool setting (npm proxy config, git http.proxy, pip --proxy).',
      'Look at the scheme in Proxy-Authenticate: NTLM or Negotiate proxies need a client that supports them, or a local helper proxy.',
      'If the target should not go through the proxy (internal hosts), add it to NO_PROXY.',
      'Retry once the credentials are in place; repeating without them keeps returning 407.',
    ],
    examples: [
      {
        title: 'CONNECT through a corporate proxy',
        note: 'Repeating the CONNECT with Proxy-Authorization: Basic <credentials> opens the tunnel.',
      },
    ],
    linkTitles: ['MDN: 407 Proxy Authentication Required'],
  },
  408: {
    localReason: 'Request Timeout',
    summary:
      'The server stopped waiting for the rest of your request and is closing the connection; sending it again on a new connection is fine.',
    meaning:
      'The server did not receive a complete request message within the time it was prepared to wait. A client with a request still in transit may repeat it; because the server normally closes the connection after a 408, the retry goes on a new one. Some servers also send 408 on idle keep-alive connections on which no request was ever started.',
    whenToUse: [
      'Request headers or body arrive too slowly or stop midway: slow uploads, stalled mobile links, slowloris-style clients.',
      'A keep-alive or preconnected connection stays idle past the server timeout before any request starts.',
      'Not for slow processing on your side: if your application or an upstream is slow, that is 503 or 504.',
    ],
    howToRespond: [
      'Send Connection: close and close the connection; in HTTP/1.1 the request boundary is lost anyway.',
      'Tune timeouts per route: large uploads need longer body timeouts than small JSON calls (in nginx, client_header_timeout and client_body_timeout produce the 408).',
      'Keep the body tiny or leave it out; the client may never read it.',
    ],
    headers: {
      Connection:
        'close, because the server is giving up on this HTTP/1.1 connection. RFC 7231 §6.5.7 said SHOULD; RFC 9110 §15.5.9 no longer names the header, but sending it is still good practice. HTTP/2 and HTTP/3 do not use this header.',
      'Content-Type': 'Only if a body is sent: text/plain or application/problem+json.',
    },
    responseBody:
      'Optional and short: one line or a problem+json document saying the request was not received in time. Many servers simply close the connection without a body.',
    pitfalls: [
      '408 vs 504: 408 means the server waited for the client; 504 means a gateway waited for an upstream server. Who was slow decides the code.',
      '408 vs 499: 499 is what nginx logs when the client gave up and closed first; 408 is the server giving up on the client.',
      'Some frameworks and gateways wrongly answer 408 when their own handler times out. That is a 503/504 case, and an automatic retry may repeat work already done.',
      'Browsers may silently retry a request that gets 408 on a reused connection, so a 408 in the server log may never have been seen by the user.',
    ],
    clientFixes: [
      'Retry on a new connection: the server had not received the whole request, so it did not process it. For non-idempotent requests, make sure the 408 really came from the server receiving the request, or send an Idempotency-Key.',
      'Check that the body matches what you announced: a Content-Length larger than the bytes actually sent makes the server wait until it times out.',
      'For large uploads, check network throughput, switch to resumable or multipart uploads, or ask for longer server timeouts.',
      'Keep the idle timeout of your connection pool below the server keep-alive timeout, so the client does not reuse connections the server is about to close.',
    ],
    examples: [
      {
        title: 'Upload stalls midway',
        note: 'The client announced 5 MB but stopped sending; the server answers and closes the connection.',
      },
    ],
    linkTitles: ['RFC 9112 §9.5 Failures and Timeouts', 'nginx: client_body_timeout', 'MDN: 408 Request Timeout'],
  },
  409: {
    localReason: 'Conflict',
    summary:
      'The request clashes with the current state of the resource (a duplicate, a stale edit, a lock or the wrong state); resolve that, then resubmit.',
    meaning:
      'The request could not be completed because it conflicts with the current state of the target resource, in a situation the user might be able to resolve before resubmitting. The server should return enough information for the user to recognize the source of the conflict. RFC 9110 expects conflicts mostly on PUT: a versioned update that clashes with an earlier third-party change, where the body can help merge the differences.',
    whenToUse: [
      'Duplicate: creating the resource would break a uniqueness rule (same username, SKU, slug or external ID).',
      'Edit conflict: the client sent the version it edited inside the body, not in If-Match, and the stored resource has changed since; Kubernetes (resourceVersion) and CouchDB (_rev) answer 409 this way.',
      'Locked or busy: another user has the record checked out, or an earlier request with the same Idempotency-Key is still being processed.',
      'Wrong state: the resource is in a state that forbids the action, such as cancelling an order that has shipped or deleting a folder that is not empty.',
    ],
    howToRespond: [
      'Name the source of the conflict: the field and value that collide, the version sent versus the current one, the lock holder, or the current state.',
      'Give the client a way out: a link to the existing resource, the current version or ETag (or the current representation), the allowed next actions, or when a lock expires.',
      'Leave the resource untouched: after a 409 the client must be able to re-read it and decide.',
      'If the client sent If-Match or If-Unmodified-Since and it failed, answer 412, not 409; to make conditional writes mandatory, refuse unconditional ones with 428.',
    ],
    headers: {
      'Content-Type':
        'application/problem+json with a stable type per kind of conflict, so clients can branch on duplicate vs edit conflict vs locked without parsing text.',
      ETag:
        'The current entity tag, so the client can re-read or retry with If-Match against the latest version. Also put the version in the body: RFC 9110 ties ETag to the selected representation, which in an error response is ambiguous.',
      'Retry-After':
        'Only for short-lived conflicts, such as a lock about to expire or an in-flight request with the same Idempotency-Key, to say when trying again makes sense.',
    },
    responseBody:
      'A problem+json document with a type per conflict kind (e.g. …/duplicate, …/version-conflict, …/locked, …/invalid-state), title, status 409, detail and instance, plus members the client can act on: the conflicting field, the existing resource URL, yourVersion and currentVersion, the lock holder and expiry, or the current state and allowed actions. Leave out anything the caller may not see.',
    pitfalls: [
      '409 vs 412 vs 428: when the client used If-Match or If-Unmodified-Since, a failed check is 412 (RFC 9110 §13.1.1); when the server demands such a condition and it is missing, 428 (RFC 6585). 409 is for conflicts found without those headers, e.g. a version field in the body.',
      '409 vs 422 vs 400: 400 is a request that cannot be parsed, 422 well-formed content that is invalid on its own, 409 valid content that clashes with what is stored now. Test: would the same request succeed against a different server state? Then it is 409.',
      '409 vs 423 vs 303: WebDAV uses 423 Locked for explicit locks, and Zalando likewise maps pessimistic locking to 423 and concurrent conflicting updates to 409. For a POST that would create something that already exists, RFC 9110 also allows 303 See Other pointing at it.',
      'Style guides split on state conflicts: Google AIP-193 maps ALREADY_EXISTS and ABORTED (concurrency failures) to 409 but FAILED_PRECONDITION (wrong state, e.g. a non-empty folder) to 400, while Haufe uses 409 whenever the resource state does not permit the request. Pick one rule and document it.',
      'A 409 on sign-up saying an email is already registered lets anyone enumerate accounts; on sensitive endpoints answer uniformly and notify the account owner by email instead.',
    ],
    clientFixes: [
      'Read the body first: it should say whether you hit a duplicate, a stale version, a lock or a state rule. Resending the same request unchanged will fail the same way.',
      'Duplicate: fetch the existing resource by its unique key and use or update it, or choose another identifier. If your own earlier retry created it, treat it as success.',
      'Edit conflict: GET the latest version, merge your change (or let the user decide), and resend with the new version or ETag. Automate that loop only for changes that merge safely, and cap the attempts.',
      'Locked or wrong state: wait for the lock or the in-flight request to finish (honor Retry-After), or do the missing step first, such as emptying the folder.',
      'To prevent lost updates in future, send If-Match with the ETag from your last GET; the server then answers 412 instead of overwriting a change made by another client.',
    ],
    examples: [
      {
        title: 'Duplicate: SKU already exists',
        note: 'The link to the existing product lets the client update it instead of creating a second one.',
      },
      {
        title: 'Edit conflict: stale version in the body',
        note: 'Had the client sent If-Match: "7" instead of a version field, the right answer would be 412 Precondition Failed.',
      },
      { title: 'Locked by another user', note: 'A WebDAV server would send 423 Locked here; plain JSON APIs commonly use 409.' },
      {
        title: 'Wrong state: order already shipped',
        note: 'Google AIP-193 would call this FAILED_PRECONDITION and send 400; many other APIs use 409.',
      },
    ],
    linkTitles: ['Google AIP-193 Errors', 'Zalando RESTful API Guidelines: HTTP status codes', 'MDN: 409 Conflict'],
  },
} satisfies Partial<Record<StatusCode, StatusProse>>;

export default prose;
