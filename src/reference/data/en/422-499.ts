import type { StatusCode, StatusProse } from '../../types';

/** English prose of 422-499's entries; codes, headers' levels, raw HTTP and links live in ../status-codes/422-499.ts. */
const prose = {
  422: {
    localReason: 'Unprocessable Content',
    summary:
      'The body parsed fine and its media type is supported, but its content is invalid: failed validation or business rules (formerly "Unprocessable Entity").',
    meaning:
      'The server understands the content type of the request (so 415 does not fit) and the syntax of the content is correct (so 400 does not strictly fit), yet it cannot process the instructions the content contains. RFC 4918 (WebDAV) introduced the code as "Unprocessable Entity"; RFC 9110 moved it into core HTTP and renamed it "Unprocessable Content". Typical cases are well-formed JSON or XML whose values break a schema, a business rule or a patch document that would leave the resource invalid.',
    whenToUse: [
      'The JSON parsed, but field values fail validation: a required field is missing, an email is malformed, a number is out of range, an enum value is unknown.',
      'A PATCH document is syntactically valid but cannot be applied, e.g. it would leave the resource in an invalid state (RFC 5789 §2.2 names 422 for this).',
      'Cross-field rules fail: end date before start date, a currency that does not match the account, an unknown foreign key referenced in the body.',
      'Only if your API has chosen 422 for semantic validation: apply the choice everywhere, and keep 400 for bodies that cannot be parsed at all.',
    ],
    howToRespond: [
      'List every failing field at once, each with a JSON Pointer (or field path) and a message, so the client can fix them all in one round trip.',
      'Use a stable problem type URI for validation errors and a machine-readable code per error, so clients can map errors to form fields without parsing English.',
      'Do not echo secrets back (passwords, card numbers) in the error details.',
    ],
    headers: {
      'Content-Type':
        'application/problem+json (RFC 9457) tells clients the body is a machine-readable error with per-field details in an extension member such as errors.',
      'Content-Language': 'Marks the language of the human-readable title and detail messages when the API localises them.',
    },
    responseBody:
      'A problem+json document: type (e.g. .../problems/validation-error), title, status 422, detail with a summary, instance, and an errors array whose items carry a JSON Pointer ("#/email"), a message and optionally a stable code. RFC 9457 §3 uses exactly this shape for its own 422 example.',
    pitfalls: [
      '400 vs 422: 400 is for requests the server cannot parse or frame (invalid JSON, bad query syntax, conflicting Content-Length); 422 is for a body that parsed cleanly but whose content is wrong. RFC 9110 lets 400 cover both, so 400 for validation is not a violation.',
      'API style guides disagree: Zalando\'s RESTful API Guidelines say to send 400 also when the payload fails business-logic validation and leave 422 out of their list of common codes, while Haufe\'s API style guide reserves 422 for validation errors. Google AIP-193 maps INVALID_ARGUMENT and FAILED_PRECONDITION to 400, and its mapping has no 422 at all. Frameworks split the same way: FastAPI, Laravel and the GitHub REST API answer validation failures with 422, Spring\'s @Valid handling with 400. Pick one, document it, and never mix both for the same kind of error.',
      '422 vs 409: 409 means the request conflicts with the current state of the resource (duplicate unique value, concurrent edit). Test: if the same body would succeed against a different server state, it is 409; if it can never be valid, it is 422.',
      '422 vs 412 and 415: 412 means a conditional header such as If-Match did not match; 415 means the media type itself is not supported. Neither is about the values inside the body.',
      'Old constant names live on: UNPROCESSABLE_ENTITY in many libraries (Rack now prefers :unprocessable_content). It is the same code; the name changed, not the meaning.',
    ],
    clientFixes: [
      'Read the errors list in the body: each entry names the field (pointer) and the rule it broke. Fix those values; do not retry the same body.',
      'Compare your payload with the API schema or OpenAPI document: types (string vs number), formats (dates in ISO 8601), enum spellings, required fields and nesting.',
      'Validate on the client with the same schema before sending, and show the per-field messages next to the form inputs.',
      'Handle 400 and 422 with the same validation-error code path, since APIs differ on which one they send.',
    ],
    examples: [
      {
        title: 'Field validation failed',
        note: 'The JSON is well-formed, so this is not a 400 parse error; every invalid field is reported at once.',
      },
      {
        title: 'JSON Patch that would break the resource',
        note:
          'RFC 5789 §2.2: a valid patch document that cannot be applied is 422; a malformed one would be 400, an unsupported patch format 415.',
      },
    ],
    linkTitles: [
      'RFC 4918 §11.2 422 Unprocessable Entity (origin)',
      'RFC 5789 §2.2 PATCH error handling',
      'RFC 9457 Problem Details for HTTP APIs',
      'MDN: 422 Unprocessable Content',
      'Zalando RESTful API Guidelines: use standard HTTP status codes',
      'Haufe API style guide: HTTP status codes',
      'Google AIP-193: Errors',
    ],
  },
  423: {
    localReason: 'Locked',
    summary:
      'The resource is locked, by a WebDAV lock or an application-level lock, so this change is refused until the lock is released or its token is supplied.',
    meaning:
      'Defined by WebDAV (RFC 4918): the source or destination resource of a method is locked. The response ought to carry a precondition or postcondition code such as lock-token-submitted or no-conflicting-lock so the client can tell what went wrong. Outside WebDAV, APIs use it for pessimistic locking: a record checked out for editing or held in a processing state.',
    whenToUse: [
      'WebDAV: a PUT, MOVE, DELETE or PROPPATCH targets a locked resource and the request does not carry a matching lock token in the If header.',
      'An API record is checked out or being edited by someone else and your design uses explicit, pessimistic locks.',
      'A resource is temporarily frozen while a long-running job works on it (e.g. an invoice during booking), and the lock will be released on its own.',
    ],
    howToRespond: [
      'Say who or what holds the lock and, if known, when it expires, so the client can wait or ask the owner.',
      'In WebDAV, return a DAV:error body with the precondition element (lock-token-submitted listing the locked URL, or no-conflicting-lock).',
      'Never answer 423 for a lock the client itself holds and has presented the correct token for.',
    ],
    headers: {
      'Content-Type':
        'application/xml for a WebDAV DAV:error body, or application/problem+json for an API, so the lock holder and expiry are machine-readable.',
      'Retry-After':
        'Not defined for 423 by any RFC, but a useful hint when the lock has a known expiry; clients are free to ignore it.',
    },
    responseBody:
      'WebDAV: an XML DAV:error element with the failed precondition, e.g. <D:lock-token-submitted><D:href>/docs/plan.docx</D:href></D:lock-token-submitted>. APIs: problem+json (type, title, status 423, detail) with extension members such as lockedBy and lockExpiresAt.',
    pitfalls: [
      '423 vs 409: 423 says an explicit lock blocks the change and will go away when released; 409 says the request itself conflicts with the resource state (duplicate, version mismatch) and needs a different request.',
      '423 vs 412: optimistic concurrency (ETag + If-Match) that fails is 412; 423 belongs to pessimistic locking, where a lock exists before anyone writes.',
      '423 vs 403: a locked user account or a permanently read-only resource is a permission matter (403), not a resource lock that will be released.',
      'Locks without expiry are a classic failure: a crashed client leaves the resource locked forever. Give locks a timeout (WebDAV has the Timeout header) and a way to break them.',
    ],
    clientFixes: [
      'Check the body for who holds the lock and when it expires; wait and retry later, with backoff, if it will be released automatically.',
      'WebDAV: if you hold the lock, send its token in the If header, e.g. If: (<urn:uuid:...>); the token came back in the Lock-Token header of your LOCK response.',
      'If the lock is stale (its owner crashed), unlock it through the API or ask an administrator; do not loop on retries.',
      'For editors such as Office or CAD tools working over WebDAV, close the file in the other session that still holds it open.',
    ],
    examples: [
      {
        title: 'WebDAV PUT without the lock token',
        note: 'Sending If: (<urn:uuid:...>) with the token from the LOCK response lets the write through.',
      },
    ],
    linkTitles: ['MDN: 423 Locked'],
  },
  424: {
    localReason: 'Failed Dependency',
    summary: 'This action was not performed because another action it depended on, in the same request, failed first.',
    meaning:
      'Defined by WebDAV (RFC 4918): the method could not be performed on the resource because the requested action depended on another action and that action failed. The standard example is PROPPATCH: once one property update fails, the others are not applied and are reported as 424. It mostly appears inside a 207 Multi-Status body rather than as the status of a whole response.',
    whenToUse: [
      'WebDAV PROPPATCH and similar all-or-nothing operations: mark every instruction that was skipped because another one failed.',
      'Batch or transactional API requests that abort after the first failing item: report the skipped items as 424 and the cause with its own code.',
      'A multi-step request (create, then attach, then publish) where an earlier step failed and later steps were never attempted.',
    ],
    howToRespond: [
      'Always point at the action that really failed, with its own status (403, 409, 422...); 424 only explains the knock-on effect.',
      'For batches, prefer 207 Multi-Status (or a 200 with per-item results) so each item has its own status, with 424 for the skipped ones.',
      'State whether anything was applied; the WebDAV rule is that nothing was, and clients will assume the same.',
    ],
    headers: {
      'Content-Type':
        'application/xml for a WebDAV multistatus body, or application/problem+json naming the failed step, so the root cause can be found.',
    },
    responseBody:
      'WebDAV: a DAV:multistatus document where the failing item has its real status and the skipped ones "HTTP/1.1 424 Failed Dependency". APIs: problem+json (type, title, status 424, detail) with an extension member that names the failed step and its error.',
    pitfalls: [
      '424 vs 502/503/504: a downstream service (database, payment provider) that fails is a server-side problem, so use 502, 503 or 504. 424 is about another action in the same request, which the client can fix.',
      '424 vs 207: in WebDAV, 424 normally sits inside a 207 Multi-Status body; returning a bare 424 loses the information about which action actually failed.',
      '424 vs 409/422: the failing step usually has a more specific code (409 conflict, 422 invalid content). Report that one as the cause; 424 alone never tells the client what to fix.',
      'Some clients and proxies treat 424 as an unknown 4xx. That is harmless, but the body must carry the detail for them to be useful.',
    ],
    clientFixes: [
      'Find the entry that has a status other than 424: that is the real error. Fix it, and the dependent actions will succeed with it.',
      'Resend the whole operation after the fix; with WebDAV PROPPATCH nothing was applied, so partial replays are not needed.',
      'For batch APIs, check whether the service applied items before the failure, and resend only the skipped ones if it did.',
    ],
    examples: [
      {
        title: 'PROPPATCH where one property failed',
        note: 'getetag is a protected property (403); the reviewer update was skipped only because of it (424).',
      },
      { title: 'Transactional batch stopped at a failing item' },
    ],
    linkTitles: ['MDN: 424 Failed Dependency'],
  },
  425: {
    localReason: 'Too Early',
    summary:
      'The server will not process a request sent in TLS 1.3 early data (0-RTT), because it could be replayed; resend it once the handshake completes.',
    meaning:
      'Defined by RFC 8470: the server is unwilling to risk processing a request that might be replayed. Requests sent as TLS 1.3 early data (0-RTT) can be captured and replayed by an attacker, so a server may refuse non-idempotent ones. A client that sent the request in early data is expected to retry it automatically, and the retry must not be sent in early data.',
    whenToUse: [
      'A request arrived in TLS 1.3 early data, or with Early-Data: 1 from a CDN or proxy, and it is not safe to run twice: a POST that pays, orders, sends a message.',
      'Your origin cannot tell whether a request is replay-safe and the front end marked it as early data.',
      'Never for requests that were not sent in early data: the client cannot change anything, and RFC 8470 says the server should not send 425 then.',
    ],
    howToRespond: [
      'Keep the response minimal; the client or intermediary will retry after the handshake, and nobody reads the body.',
      'Accept idempotent, replay-safe requests (plain GETs for public content) in early data instead of refusing them, or 0-RTT gains nothing.',
      'At a proxy, pass the early-data flag to the origin (nginx: proxy_set_header Early-Data $ssl_early_data) so the application can decide.',
    ],
    headers: {
      'Early-Data':
        'A request header, not a response one: an intermediary that forwards a request before its TLS handshake has finished MUST add Early-Data: 1 (RFC 8470 §5.1). Only such requests, or ones received directly in early data, may get a 425. No header is required on the 425 itself.',
      'Content-Type':
        'Only if you send a body at all; a short application/problem+json note helps anyone debugging the proxy chain.',
    },
    responseBody:
      'Usually empty or a one-line problem+json (type, title, status 425, detail "request received in early data; retry after the handshake"). The retry is automatic, so the body is for logs and debugging.',
    pitfalls: [
      '425 is about TLS 0-RTT replay risk only. Do not use it for business timing ("sale not open yet", "token not valid until 10:00"): that is 403, 409 or 422 depending on the case.',
      '425 vs 421: 421 Misdirected Request means the connection is wrong for this authority; 425 means the timing within the TLS handshake is wrong. Both are fixed by sending the request again on a suitable connection.',
      '425 vs 429/503: nothing is overloaded and no quota is involved; the same request succeeds once it is sent outside early data.',
      'An intermediary must forward a 425 rather than retry when the request it received already carried Early-Data; retry loops between proxies otherwise appear.',
    ],
    clientFixes: [
      'Browsers and most TLS 1.3 HTTP libraries retry by themselves; if you see 425 in a custom client, resend the request once the handshake has completed, and not as early data.',
      'Disable 0-RTT for non-idempotent requests in your client or CDN settings if 425 keeps appearing.',
      'Behind a CDN with 0-RTT enabled, check that the origin sees the Early-Data header and only refuses unsafe methods.',
    ],
    examples: [
      {
        title: 'POST forwarded by a CDN before the handshake finished',
        note:
          'The CDN must forward this 425 to the client (the request carried Early-Data), and the client retries outside early data.',
      },
    ],
    linkTitles: [
      'RFC 8470 §5.2 The 425 (Too Early) Status Code',
      'RFC 8470 §5.1 The Early-Data Header Field',
      'MDN: 425 Too Early',
    ],
  },
  426: {
    localReason: 'Upgrade Required',
    summary:
      'The server refuses this request over the current protocol and names, in the Upgrade header, the protocol to switch to (e.g. WebSocket).',
    meaning:
      'The server refuses to perform the request using the current protocol but might be willing to after the client upgrades to a different one. RFC 9110 requires the server to send an Upgrade header field in a 426 response listing the required protocol(s). The Upgrade mechanism belongs to HTTP/1.1; HTTP/2 and HTTP/3 do not support it.',
    whenToUse: [
      'A WebSocket endpoint receives a plain HTTP request without Upgrade: websocket, e.g. someone opened the ws URL in a browser tab or with curl.',
      'An endpoint serves only a newer application protocol and the client has to switch over the Upgrade mechanism first.',
      'Not for enforcing HTTPS: redirect with 301/308 and set HSTS instead; browsers do not act on 426 to switch to TLS.',
    ],
    howToRespond: [
      'Always send Upgrade with the protocol token(s), plus Connection: Upgrade, as RFC 9110 §7.8 requires of any sender of Upgrade.',
      'Explain in the body how to connect: the ws:// or wss:// URL, the subprotocol, or the client library to use.',
      'Do not send 426 over HTTP/2 or HTTP/3 expecting an Upgrade; WebSocket there uses extended CONNECT (RFC 8441, RFC 9220).',
    ],
    headers: {
      Upgrade: 'RFC 9110 §15.5.22: the server MUST list the protocol(s) the client has to switch to, e.g. Upgrade: websocket.',
      Connection: 'Upgrade is hop-by-hop, so its sender must also send Connection: Upgrade (RFC 9110 §7.8).',
      'Content-Type': 'text/plain or application/problem+json for a short explanation of how to connect.',
    },
    responseBody:
      'A short text or problem+json (type, title, status 426, detail) saying which protocol is needed and how to reach it, e.g. "connect with a WebSocket client to wss://chat.example.com/socket".',
    pitfalls: [
      '426 vs 505: 505 HTTP Version Not Supported refuses the major HTTP version itself; 426 names another protocol to switch to over the same connection.',
      '426 vs 301/308 for HTTPS: moving users from http:// to https:// is done with a redirect and HSTS, not with 426 and Upgrade: TLS (RFC 2817), which browsers never implemented.',
      'Behind nginx or another reverse proxy, WebSockets fail when the proxy drops the hop-by-hop Upgrade and Connection headers: the backend then sees a plain request and answers 426 or 400.',
      '426 vs 400 in WebSocket handshakes: a malformed handshake (e.g. no Sec-WebSocket-Key) is a 400; an unsupported Sec-WebSocket-Version may get 426 or 400 (RFC 6455 allows either), with a Sec-WebSocket-Version header listing the versions the server speaks.',
    ],
    clientFixes: [
      'Use a WebSocket (or the named protocol) client instead of fetch or curl, or add the Upgrade and Connection headers the handshake needs.',
      'If you call through nginx, set proxy_http_version 1.1, proxy_set_header Upgrade $http_upgrade and proxy_set_header Connection "upgrade" on that location.',
      'Check the URL scheme: ws:// or wss:// for WebSocket, and that the path is the socket endpoint rather than the REST API.',
      'Retrying the same request unchanged will get 426 again; change the protocol first.',
    ],
    examples: [{ title: 'WebSocket endpoint opened with plain HTTP' }],
    linkTitles: ['RFC 6455 §4.2.2 WebSocket server handshake', 'MDN: 426 Upgrade Required'],
  },
  428: {
    localReason: 'Precondition Required',
    summary:
      'The server requires a conditional request (If-Match or similar) for this change and the request had none; fetch the ETag and resend with it.',
    meaning:
      'Defined by RFC 6585: the origin server requires the request to be conditional. It prevents the lost-update problem, where a client reads a resource, changes it and writes it back while someone else has changed it in the meantime. The response should explain how to resubmit the request successfully, and caches must not store it.',
    whenToUse: [
      'A PUT, PATCH or DELETE arrives without If-Match (or If-Unmodified-Since) on a resource where you enforce optimistic concurrency control.',
      'Several clients edit the same documents or records and silent overwrites would lose data.',
      'Only where you have validators to offer: every successful GET of the resource must return an ETag or Last-Modified that the client can use.',
    ],
    howToRespond: [
      'Name the header the client must send (usually If-Match with the ETag) and where to get the value (a GET on the same URL).',
      'Mark the response uncacheable; RFC 6585 forbids caches from storing it, but not every cache knows that.',
      'Once the client sends the condition, a mismatch is 412, not another 428.',
    ],
    headers: {
      'Content-Type': 'application/problem+json telling the client which conditional header is required.',
      'Cache-Control': 'no-store makes the ban on caching explicit for caches that do not know RFC 6585.',
    },
    responseBody:
      'A problem+json document (type, title, status 428, detail) saying that the request must be conditional, naming If-Match (or If-Unmodified-Since) and how to obtain the current ETag.',
    pitfalls: [
      '428 vs 412: 428 means the precondition header is missing; 412 means it was sent and evaluated to false (the ETag no longer matches).',
      '428 vs 409: 409 reports a real conflict with the current state; 428 only demands that the client prove which version it is editing.',
      '428 vs 400: a missing required header could be called a bad request, but 428 tells the client exactly what to add, which clients and SDKs can automate.',
      'In browsers, If-Match is not a CORS-safelisted request header and ETag is not readable by script by default: the server must allow If-Match in Access-Control-Allow-Headers and expose ETag with Access-Control-Expose-Headers.',
      'If-Match: * only checks that the resource exists; clients that send it to silence 428 lose the protection 428 was meant to give.',
    ],
    clientFixes: [
      'GET the resource first, keep the ETag from the response, and send it back as If-Match: "<etag>" on the PUT, PATCH or DELETE.',
      'If the API has no ETag but sends Last-Modified, use If-Unmodified-Since with that date.',
      'If the retry then gets 412, someone else changed the resource: refetch, merge or ask the user, then retry with the new ETag.',
      'In a browser app, if the ETag reads as null, ask the API owner to expose it via Access-Control-Expose-Headers.',
    ],
    examples: [
      { title: 'Unconditional update refused', note: 'The retry is the same PUT with If-Match: "v12" (the current ETag).' },
    ],
    linkTitles: ['MDN: 428 Precondition Required'],
  },
  429: {
    localReason: 'Too Many Requests',
    summary:
      'Rate limit hit: this client sent too many requests in a given time; wait (see Retry-After) and slow down before trying again.',
    meaning:
      'Defined by RFC 6585: the user has sent too many requests in a given amount of time ("rate limiting"). The response should explain the condition and may include a Retry-After header saying how long to wait; caches must not store it. The RFC leaves open how the server identifies the user (API key, account, IP) and how it counts requests.',
    whenToUse: [
      'A client exceeds its rate limit or quota: per API key, per user, per IP, per endpoint or per tenant.',
      'Protecting expensive operations such as login attempts, password resets, SMS sending or search from abuse and brute force.',
      'Concurrency limits: too many requests in flight for one client at the same time.',
      'Not for overload that affects everyone: that is 503. Under a real attack it can be cheaper to drop connections than to answer each request (RFC 6585 allows this).',
    ],
    howToRespond: [
      'Send Retry-After (seconds, preferably, or an HTTP-date) so clients know when to come back, and make it accurate.',
      'Advertise the limits on every response, not only on the 429, so well-behaved clients can slow down before hitting it (RateLimit / RateLimit-Policy, or the older X-RateLimit-* headers).',
      'Put CORS headers on 429 responses too, and expose Retry-After; otherwise browsers show a CORS error and scripts cannot read the wait time.',
      'Say in the body which limit was hit and how to get a higher one.',
    ],
    headers: {
      'Retry-After':
        'RFC 6585 §4: a 429 MAY carry it, as delay-seconds (Retry-After: 30) or an HTTP-date. Send it anyway: well-behaved clients and SDKs wait exactly this long instead of guessing, which is how they back off.',
      RateLimit:
        'IETF draft (draft-ietf-httpapi-ratelimit-headers, not yet an RFC): the quota left under a named policy, e.g. RateLimit: "default";r=0;t=30 (0 left, window resets in 30 s). Widely deployed predecessors are X-RateLimit-Limit / -Remaining / -Reset.',
      'RateLimit-Policy':
        'Same draft: the policy itself, e.g. RateLimit-Policy: "default";q=100;w=60 (100 requests per 60 s), so clients can pace themselves.',
      'Access-Control-Expose-Headers':
        'For browser clients: Retry-After and the rate-limit headers are not CORS-safelisted, so list them here or scripts cannot read them.',
      'Content-Type': 'application/problem+json naming the limit that was exceeded.',
    },
    responseBody:
      'A problem+json document (type, title, status 429, detail) naming the limit (e.g. 100 requests per minute per API key), when it resets, and how to request more. The RateLimit draft defines a quota-exceeded problem type with a violated-policies member.',
    pitfalls: [
      '429 vs 503: 429 blames this client for sending too much; 503 says the server cannot serve anyone right now (overload, maintenance). Both may carry Retry-After.',
      '429 vs 403: some APIs signal rate limits with 403 (the GitHub REST API documents 403 or 429 with X-RateLimit-Remaining: 0). Check the headers, not just the status, before treating a 403 as a permission error.',
      'Header formats differ: Retry-After is seconds or an HTTP-date; X-RateLimit-Reset is a Unix epoch time at GitHub but relative seconds in Zalando\'s guidelines; the IETF draft uses relative seconds (t=). Read the API docs before parsing.',
      'Retry storms: clients that retry immediately or all at the same moment keep the limit tripped. Use exponential backoff with jitter and a cap on attempts.',
      'A 429 produced by a gateway or WAF without CORS headers shows up in the browser as a CORS failure, hiding the real status in the console.',
    ],
    clientFixes: [
      'Honour Retry-After: wait that many seconds (or until that date) before retrying; without it, back off exponentially with random jitter.',
      'Read RateLimit / X-RateLimit-* headers on successful responses and throttle yourself before you hit the limit.',
      'Reduce request volume: cache responses, batch calls, use webhooks instead of polling, lower concurrency in workers.',
      'Check what the limit is keyed on: one API key shared by many servers, or many users behind one NAT or proxy IP, exhaust it together.',
      'If your legitimate traffic needs more, ask the provider for a higher quota or plan.',
    ],
    examples: [
      {
        title: 'API key exceeded its per-minute quota',
        note: 'Retry-After and the RateLimit reset agree, which the draft asks for.',
      },
      { title: 'Login throttled after repeated failures' },
    ],
    linkTitles: [
      'IETF draft: RateLimit header fields for HTTP',
      'MDN: 429 Too Many Requests',
      'Zalando RESTful API Guidelines: use code 429 with headers for rate limits',
    ],
  },
  431: {
    localReason: 'Request Header Fields Too Large',
    summary:
      'The request headers are too big, in total or one of them (often a Cookie or Authorization token); shrink them and retry.',
    meaning:
      'Defined by RFC 6585: the server is unwilling to process the request because its header fields are too large. It covers both the header section as a whole and a single oversized field; in the latter case the response should say which field. The request may be resubmitted after the headers are reduced, and caches must not store the response.',
    whenToUse: [
      'The header section exceeds your server limit, typically because of accumulated cookies or a very large bearer token.',
      'One header field alone is over the per-field limit; say which one.',
      'Under attack you may simply drop the connection instead; RFC 6585 does not oblige servers to use 431.',
    ],
    howToRespond: [
      'Name the oversized field (e.g. Cookie) and the limit, so the client knows what to trim.',
      'Help the client recover: expire bloated or stale cookies with Set-Cookie in the 431 response itself.',
      'Keep the response tiny and close the connection if the headers were abusive.',
    ],
    headers: {
      'Content-Type': 'text/plain or application/problem+json naming the header that was too large.',
      'Set-Cookie':
        'Lets the server delete oversized or obsolete cookies (Max-Age=0) in the error response, so the next request gets through.',
    },
    responseBody:
      'A short problem+json (type, title, status 431, detail) naming the header at fault (e.g. "Cookie is 14 KB; limit 8 KB") and, for browsers, a plain message suggesting clearing the site\'s cookies.',
    pitfalls: [
      '431 vs 413 vs 414: 431 is the headers, 413 the body, 414 the request target (URL). Moving a large value from the URL into a header can turn a 414 into a 431.',
      'Many servers do not send 431: nginx answers 400 "Request Header Or Cookie Too Large" (limit set by large_client_header_buffers), Apache 400 (LimitRequestFieldSize), while Node.js sends 431 (16 KB total by default, --max-http-header-size).',
      'On localhost, cookies from every dev app pile up, because cookies are not separated by port; localhost:3000 then receives cookies set by localhost:8080 and others.',
      'Huge JWTs (many roles or claims) in Authorization or in cookies are a common cause; a reverse proxy that adds its own headers can push a borderline request over the limit.',
    ],
    clientFixes: [
      'Clear the cookies for the site (and for localhost during development), then retry.',
      'Inspect the request headers in DevTools: find the biggest (Cookie, Authorization, custom X- headers) and shrink it, e.g. use a reference token or fewer claims instead of a giant JWT.',
      'Stop setting cookies you no longer need, and scope cookies with Path and Domain so they are not sent everywhere.',
      'If you own the server and the headers are legitimate, raise the limit (nginx large_client_header_buffers, Node --max-http-header-size) on every hop, proxies included.',
    ],
    examples: [{ title: 'Cookie header too large' }],
    linkTitles: ['MDN: 431 Request Header Fields Too Large', 'nginx: large_client_header_buffers'],
  },
  444: {
    localReason: 'No Response',
    origin:
      'nginx. A non-standard code used only inside nginx: "return 444;" makes nginx close the connection without sending anything, and 444 is written to the access log. No client ever receives a 444 status line.',
    summary:
      'nginx closed the connection on purpose without sending any response; the client sees an empty reply or a reset, and 444 appears only in the nginx log.',
    meaning:
      'Not an HTTP status code on the wire: it is an nginx instruction. When a location or server block executes "return 444", nginx drops the connection without a status line, headers or body, and logs the request with status 444. It is used to shed unwanted traffic cheaply: requests without a known Host, scanners, bad bots.',
    whenToUse: [
      'In a catch-all default server that should not answer requests for unknown hostnames or bare IP addresses.',
      'To drop obvious scanners and bots (paths like /wp-login.php on a non-WordPress site, blocked user agents) without giving them any information.',
      'As the rejection for rate or connection limits when you want abusive clients to get nothing back (limit_req_status 444).',
    ],
    howToRespond: [
      'There is nothing to send: that is the point. Make sure legitimate traffic never reaches the rule.',
      'Log it (nginx does) so operators can tell intentional drops from crashes.',
      'For real users and API clients prefer a clear 403, 404 or 429; 444 looks like a network failure and wastes their debugging time.',
    ],
    headers: {
      Host:
        'A request header: nginx sends nothing at all with 444, not even a status line. The usual trigger is a catch-all server block, so check that the request\'s Host (and TLS SNI) matches a configured server_name.',
    },
    responseBody: 'None. nginx closes the connection without sending a status line, headers or body.',
    pitfalls: [
      'You will never see 444 in a browser or HTTP client: curl reports "Empty reply from server", Chrome ERR_EMPTY_RESPONSE, libraries a connection reset or socket hang up. Only the nginx access log shows 444.',
      '444 vs 499: 444 means the server closed the connection on purpose; 499 means the client closed it before nginx answered.',
      '444 vs 502/520: when nginx with 444 sits behind another proxy or CDN, that proxy reports the empty reply as 502, or 520 at Cloudflare.',
      '444 vs 403: 403 tells a legitimate client it is refused; 444 is a silent drop meant for traffic you do not want to talk to at all.',
    ],
    clientFixes: [
      'Check the Host you send: calling by IP address, a typo in the hostname, or a missing Host in a hand-made request often lands in the default server that returns 444.',
      'For HTTPS, make sure SNI is sent and matches the hostname; some tools omit it when you connect by IP.',
      'If you may be blocked (user agent, IP range, rate limit), ask the site operator to look for 444 entries in the nginx access log for your IP.',
      'Do not retry in a loop: the same request will be dropped the same way.',
    ],
    examples: [
      {
        title: 'Request by IP address hits the catch-all server',
        note: 'Config: server { listen 80 default_server; server_name _; return 444; }',
      },
    ],
    linkTitles: ['nginx: the return directive (code 444)', 'nginx: How nginx processes a request'],
  },
  451: {
    localReason: 'Unavailable For Legal Reasons',
    summary:
      'Access is denied because of a legal demand, such as a court order, takedown notice, sanctions or regional law, not because of your credentials.',
    meaning:
      'Defined by RFC 7725: the server is denying access to the resource as a consequence of a legal demand. The server need not be the origin; ISPs and search engines may send it too. The body should explain the demand (who made it, under which law, to whom it applies), and the code says nothing about whether the resource exists.',
    whenToUse: [
      'Content removed or withheld in some or all places because of a court order, a government demand or a copyright takedown.',
      'Service blocked for visitors from a jurisdiction because of sanctions or a law you cannot comply with there.',
      'An intermediary (ISP, CDN, search engine) enforcing a legal block on content it does not host.',
    ],
    howToRespond: [
      'Explain the legal demand in the body: the party making it, the law or regulation, and which people or regions it covers.',
      'Identify the entity that implements the block in a Link header with rel="blocked-by".',
      'Set Cache-Control deliberately: RFC 7725 makes 451 cacheable by default, and a geo-based block must not be served from a shared cache to other regions.',
    ],
    headers: {
      Link:
        'RFC 7725 §4: the blocking entity SHOULD identify itself with Link: <uri>; rel="blocked-by". It names who blocks, not who demanded the block.',
      'Content-Type': 'text/html for people, or application/problem+json for APIs, carrying the explanation of the legal demand.',
      'Cache-Control':
        'A 451 is cacheable by default (RFC 7725); use private or a short max-age, with Vary as needed, when the block depends on the client\'s location.',
    },
    responseBody:
      'A human-readable explanation of the legal demand (who, under which law, whom it affects), or a problem+json document (type, title, status 451, detail) with the same facts; it may link to the published notice, e.g. a Lumen database entry.',
    pitfalls: [
      '451 vs 403: 403 is a generic refusal based on permissions; 451 tells the user that a legal demand is the reason, which is the transparency RFC 7725 was written for.',
      '451 vs 404/410: content deleted for good is 410 (or 404); 451 says it is withheld, and makes no claim about whether it exists.',
      'Caching: 451 is cacheable by default, so a CDN can serve a block meant for one country to everyone. Mark geo-dependent 451s private or give them a short lifetime.',
      'Contractual or licensing region locks (streaming rights) are not legal demands in the RFC 7725 sense; many services use 403 for those.',
    ],
    clientFixes: [
      'Do not retry: the same request gets the same answer while the legal demand stands.',
      'Read the body and the Link rel="blocked-by" header to learn who blocks it and why; contact them if you believe the block is wrong.',
      'Check where your request comes from: a proxy, VPN or cloud region in another jurisdiction can put you under a block that does not apply to you; use the region or endpoint you are entitled to.',
    ],
    examples: [{ title: 'Article withheld in one country' }],
    linkTitles: ['RFC 7725 §4 Identifying Blocking Entities', 'MDN: 451 Unavailable For Legal Reasons'],
  },
  499: {
    localReason: 'Client Closed Request',
    origin:
      'nginx. nginx logs 499 (NGX_HTTP_CLIENT_CLOSED_REQUEST) when the client closes the connection before nginx has sent a response. Google APIs also map the gRPC status CANCELLED to HTTP 499.',
    summary:
      'The client hung up before the server answered, usually a client or load-balancer timeout or an aborted request; nginx records it as 499.',
    meaning:
      'Not sent by standard HTTP: nginx invented it to log requests whose client closed the connection while nginx was still processing them, before any response header went out. The response is never delivered, because nobody is left to receive it. Google\'s API error model uses 499 as the HTTP form of CANCELLED (the caller cancelled the operation).',
    whenToUse: [
      'Not sent by you: nginx writes it to the access log when the downstream connection closes early.',
      'In Google-style APIs (google.rpc.Code), as the HTTP mapping of CANCELLED, when a request was cancelled by the caller and you still need to report or log it.',
      'In your own metrics, to separate "the client gave up" from server errors; spikes of 499 often point to slow responses.',
    ],
    howToRespond: [
      'Look at upstream latency when 499s rise: clients give up because responses are slow, so the root cause is usually on the server side.',
      'Decide whether work should continue after a disconnect: nginx proxy_ignore_client_abort keeps the upstream request running, off by default.',
      'Align timeouts along the chain: client < load balancer < nginx < application, so the layer that gives up first is the one that reports it clearly.',
    ],
    headers: {
      'Content-Type':
        'Normally nothing is sent: nginx logs 499 after the client has gone. Only services that return 499 on purpose (Google APIs for CANCELLED) send a body, as JSON or problem+json.',
    },
    responseBody:
      'None in the nginx case: the client is gone. Where an API returns 499 deliberately, a JSON error (google.rpc.Status with code CANCELLED, or problem+json with status 499) saying the request was cancelled by the client.',
    pitfalls: [
      '499 vs 408: 408 means the server gave up waiting for the client to finish sending the request; 499 means the client gave up waiting for the response.',
      '499 vs 504: when a load balancer in front of nginx times out (AWS ALB idle timeout defaults to 60 s), the user sees 504 from the balancer while nginx logs 499 for the same request.',
      '499 vs 444: 444 is nginx closing the connection on purpose; 499 is the client closing it.',
      'The upstream may finish the work after the client left: a POST that logged 499 may still have created the order. Retrying non-idempotent requests without an idempotency key risks duplicates.',
    ],
    clientFixes: [
      'Check your own timeouts (fetch with AbortController, axios timeout, curl --max-time, SDK deadlines) against how long the endpoint really takes, and raise them or make the call asynchronous.',
      'Look for code that aborts requests: navigation, component unmount (React effect cleanup, which StrictMode runs twice in development), debounced search inputs cancelling older calls.',
      'Before retrying a POST, check whether the first attempt was processed, or send an Idempotency-Key so the server can deduplicate.',
      'Behind a load balancer or CDN, compare its idle timeout with the backend time for this request.',
    ],
    examples: [
      {
        title: 'Client timeout shorter than the report endpoint',
        note: 'The report takes about 25 s to build. Raise the client timeout, or switch to 202 Accepted plus polling.',
      },
    ],
    linkTitles: [
      'nginx source: ngx_http_request.h (NGX_HTTP_CLIENT_CLOSED_REQUEST 499)',
      'nginx: proxy_ignore_client_abort',
      'google.rpc.Code (CANCELLED maps to HTTP 499)',
    ],
  },
} satisfies Partial<Record<StatusCode, StatusProse>>;

export default prose;
