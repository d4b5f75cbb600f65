import type { StatusCode, StatusProse } from '../../types';

/** English prose of 500-511's entries; codes, headers' levels, raw HTTP and links live in ../status-codes/500-511.ts. */
const prose = {
  500: {
    localReason: 'Internal Server Error',
    summary:
      'The server hit an unexpected failure of its own while handling the request, usually an unhandled exception or a bug in the application.',
    meaning:
      'RFC 9110 defines 500 as the generic server-side failure: the server met an unexpected condition that kept it from fulfilling the request. It says nothing about the cause and is the fallback when no more specific 5xx code fits. Unlike 502 and 504, it normally comes from the server that ran the application code, not from a gateway in front of it.',
    whenToUse: [
      'An unhandled exception, failed assertion or bug stopped the request; this is what most frameworks send by default.',
      'A dependency failed in a way you did not anticipate and cannot describe more precisely, such as a corrupt record or an internal call with no better mapping.',
      'As a last resort only: for planned or temporary unavailability send 503, and when the request itself is wrong send a 4xx.',
    ],
    howToRespond: [
      'Log the full error server-side with a correlation ID and give the client only that ID, never the stack trace, SQL or internal hostnames.',
      'Return a short problem+json body that says the failure is on the server side and whether a retry is worthwhile.',
      'Alert on the rate of 500s: each one is a bug or an unmapped failure mode that deserves a more precise status.',
      'Make writes transactional so a failure halfway through leaves no partial state and a client retry is safe.',
    ],
    headers: {
      'Content-Type':
        'application/problem+json gives API clients a machine-readable error with a trace ID instead of an HTML error page.',
      'Cache-Control':
        'no-store stops CDNs or proxies that are configured to cache errors from serving this failure to other users.',
    },
    responseBody:
      'A problem+json document (type, title, status 500, a generic detail, instance) plus an extension member such as traceId or requestId that support staff can look up in the logs. Keep internals out: no stack traces, queries, file paths or software versions.',
    pitfalls: [
      '500 vs 502 vs 503 vs 504: 500 means the application itself broke; 502 means a gateway got a broken response (or none) from the upstream; 503 means the service is deliberately refusing for now; 504 means a gateway gave up waiting for the upstream. The Server and Via headers and the error page tell you which hop answered.',
      'Proxies pass an upstream 500 through unchanged, so a 500 seen behind nginx, a load balancer or a CDN almost always comes from the application; the gateway reports its own failures as 502 or 504.',
      'Do not use 500 for client mistakes: malformed JSON, missing fields or failed validation are 400 or 422, and an unknown record is 404. Turning them into 500 hides the cause and makes clients retry for nothing.',
      'Stack traces, SQL errors or framework debug pages in 500 bodies (debug mode left on in production) are a common security finding.',
      'Google AIP-193 maps the INTERNAL, UNKNOWN and DATA_LOSS error codes to 500, so for Google-style APIs the status string in the error body is the more precise signal.',
    ],
    clientFixes: [
      'Note the request ID or trace ID from the body or headers and include it in your bug report; a 500 cannot be fixed from the client side alone.',
      'Retry idempotent requests (GET, PUT, DELETE) a few times with exponential backoff and jitter; retry a POST only with an idempotency key or after checking that the first attempt had no effect.',
      'If one particular input fails every time, look for an edge case in what you send (unusual characters, huge numbers, null fields) that the server fails to validate, and report it.',
      'If you own the server, search its logs for the exception at that timestamp; an empty 500 often means the error happened before the framework error handler ran.',
    ],
    examples: [
      {
        title: 'Unhandled exception in an API handler',
        note:
          'The client learns only that the server failed and gets an ID to report; the exception itself stays in the server logs.',
      },
      {
        title: 'What not to send: a leaked stack trace',
        note:
          'This exposes file paths and code structure, and the text/plain body breaks clients that expect JSON. Log it, and return problem+json instead.',
      },
    ],
    linkTitles: ['MDN: 500 Internal Server Error', 'RFC 9457 Problem Details for HTTP APIs', 'Google AIP-193: Errors'],
  },
  501: {
    localReason: 'Not Implemented',
    summary:
      'The server does not support the functionality the request needs, typically a request method it does not recognize for any resource.',
    meaning:
      'RFC 9110 says 501 means the server does not support the functionality required to fulfil the request; the typical case is a request method the server does not recognize and cannot support for any resource. It describes the server as a whole, not one resource. A 501 is heuristically cacheable, so caches may reuse it without explicit freshness information.',
    whenToUse: [
      'A request uses a method the server implements nowhere, such as PURGE, PROPFIND or a made-up method sent to a server with no handler for it.',
      'A request carries a transfer coding the server does not understand; RFC 9112 says the server should answer that with 501.',
      'An operation that is documented but not available on this server or deployment; Google AIP-193 maps UNIMPLEMENTED to 501.',
    ],
    howToRespond: [
      'Name the unsupported method or feature in the body and point to a supported alternative if there is one.',
      'Set Cache-Control explicitly: without it caches may keep reusing the 501 after you ship the feature.',
      'If the method is known but not allowed on this particular resource, send 405 with an Allow header instead.',
    ],
    headers: {
      'Content-Type': 'application/problem+json lets the client read which method or feature is unsupported.',
      'Cache-Control': 'A 501 is heuristically cacheable; an explicit max-age or no-store decides how long caches may repeat it.',
    },
    responseBody:
      'A problem+json document (type, title, status 501, detail naming the unsupported method or feature, instance), optionally listing what the server does support.',
    pitfalls: [
      '501 vs 405: 405 means the server knows the method but this resource does not allow it, and must list the allowed ones in Allow; 501 means the server does not support the method anywhere.',
      '501 vs 400 or 422: an unsupported value inside an otherwise valid request (unknown format parameter, unknown enum value) is a client error, not 501.',
      '501 vs 503: 501 lasts until the server software changes, while 503 is a temporary inability. Retrying a 501 is pointless.',
      'Because 501 is heuristically cacheable, a CDN may keep serving it after you deploy the feature; purge it or set Cache-Control from the start.',
    ],
    clientFixes: [
      'Check the method: a typo, a WebDAV or cache-purge method sent to a plain web server, or a library using a method the server never implemented.',
      'Look in the API documentation for the supported way to do the same thing (often POST to an action URL instead of a custom method) and change the request.',
      'If you sent a Transfer-Encoding other than chunked, send the body with Content-Length instead.',
      'Check the Server and Via headers: a proxy or WAF in the path may be the one rejecting a method that the origin supports.',
    ],
    examples: [{ title: 'Cache-purge method sent to a server that has no such method' }],
    linkTitles: ['MDN: 501 Not Implemented'],
  },
  502: {
    localReason: 'Bad Gateway',
    summary:
      'A gateway or proxy (nginx, load balancer, CDN, API gateway) got an invalid response, or none at all, from the upstream server behind it.',
    meaning:
      'RFC 9110 defines 502 for a server acting as a gateway or proxy that received an invalid response from the inbound server it contacted to fulfil the request. The fault lies between the gateway and the backend: the backend refused or dropped the connection, crashed mid-response or sent something that is not valid HTTP. The gateway itself works, which is why it could answer at all.',
    whenToUse: [
      'Your proxy or gateway could not connect to the upstream: connection refused or reset, DNS failure, or a failed TLS handshake to the backend.',
      'The upstream closed the connection before finishing its response, or sent malformed or oversized headers that the proxy cannot parse.',
      'A serverless or plugin integration returned output that does not form a valid response, for example a function result missing the fields the gateway expects.',
      'Not from application code about its own failure: an application that breaks sends 500, and one that is overloaded sends 503.',
    ],
    howToRespond: [
      'Send a short body saying the upstream failed, with a request ID; do not reveal internal hostnames or IP addresses publicly.',
      'Add Proxy-Status (RFC 9209) with an error type such as connection_refused or http_response_incomplete so operators can see which hop failed and how.',
      'While a backend is restarting or deploying, consider answering 503 with Retry-After, which tells clients more than a 502.',
    ],
    headers: {
      'Content-Type':
        'application/problem+json for API traffic, so clients get a parseable error instead of the gateway default HTML page.',
      'Proxy-Status':
        'RFC 9209 field naming the intermediary and the error type (connection_refused, http_response_incomplete, tls_certificate_error...).',
      'Retry-After': 'If you know the upstream is restarting, tell clients how long to wait before retrying.',
    },
    responseBody:
      'Gateways usually send a small HTML page (nginx: "502 Bad Gateway"). For APIs prefer problem+json (type, title, status 502, a detail that names the failing service in neutral terms, instance, requestId) and keep diagnostics in Proxy-Status and the logs.',
    pitfalls: [
      'Who failed: 500 = the application broke; 502 = the gateway got a broken response or no connection from the application (down, crashing, wrong port); 503 = something deliberately refuses for now (overload, maintenance, no healthy backends); 504 = the application was reachable but too slow for the gateway timeout.',
      'Intermittent 502s under load often come from keep-alive mismatches: the backend closes idle connections (Node.js defaults to 5 s) sooner than the proxy or load balancer (AWS ALB defaults to 60 s) stops reusing them. Make the backend keep-alive timeout the longer one.',
      'Products map the same failure differently: nginx answers an unreachable upstream with 502, Envoy and Istio with 503 ("upstream connect error", "no healthy upstream"), and Cloudflare with its own 520–523. Identify the answering product before blaming the code.',
      'A 502 after a non-idempotent request does not prove the backend did nothing: if the connection broke mid-response, the write may already have happened.',
      'nginx also returns 502 when the backend headers (often large cookies) exceed proxy_buffer_size and logs "upstream sent too big header"; the backend is healthy in that case.',
    ],
    clientFixes: [
      'Retry after a short delay with exponential backoff; 502s caused by restarts and deploys usually clear within seconds. Retry non-idempotent requests only with an idempotency key.',
      'If it persists and you own the stack, check that the backend is running and listening on the host, port and scheme (HTTP vs HTTPS) the proxy is configured for.',
      'Read the gateway error log: nginx writes "connect() failed (111: Connection refused)" or "upstream prematurely closed connection", which point to a stopped or crashing backend.',
      'Look at Proxy-Status, Server and Via headers, or the branding of the error page, to learn which hop answered: CDN, load balancer, ingress or service mesh.',
    ],
    examples: [
      {
        title: 'nginx cannot reach the application server',
        note:
          'The matching error log line reads "connect() failed (111: Connection refused) while connecting to upstream": the app process is down or on another port.',
      },
      {
        title: 'API gateway: upstream dropped the connection mid-response',
        note:
          'The payment may or may not have gone through; retry only with the same Idempotency-Key so the server can recognise the duplicate.',
      },
    ],
    linkTitles: ['MDN: 502 Bad Gateway', 'RFC 9209 The Proxy-Status HTTP Response Header Field'],
  },
  503: {
    localReason: 'Service Unavailable',
    summary:
      'The server cannot handle the request right now because it is overloaded or down for maintenance; it should work again later.',
    meaning:
      'RFC 9110 uses 503 for a temporary inability to handle the request, caused by overload or scheduled maintenance, that is likely to clear after some delay. The server may send Retry-After to say how long to wait. Servers are not obliged to use it: an overloaded server may simply refuse connections instead.',
    whenToUse: [
      'Planned maintenance or a deploy window during which the service is intentionally offline.',
      'Load shedding: the server or a dependency is saturated (thread pool, connection pool or queue full) and you refuse new work to protect the requests in flight.',
      'A load balancer or ingress has no healthy backend to route to, for example when every pod is failing its readiness check.',
      'A dependency the service cannot work without (database, upstream API) is temporarily unreachable.',
    ],
    howToRespond: [
      'Send Retry-After (seconds or an HTTP date) whenever you can estimate the delay, and keep the estimate honest.',
      'Fail fast: an immediate 503 is better than letting requests queue until they time out as 504s.',
      'Mark maintenance pages Cache-Control: no-store so they do not outlive the maintenance.',
      'For per-client quotas answer 429 instead; keep 503 for conditions that affect everyone.',
    ],
    headers: {
      'Retry-After':
        'RFC 9110 §15.6.4: the server MAY send it. Send it anyway: it tells clients when to come back, and many SDKs and HTTP libraries honour it instead of guessing with their own backoff.',
      'Content-Type': 'application/problem+json for APIs, or text/html for a maintenance page shown to people.',
      'Cache-Control':
        'no-store keeps a maintenance or overload response from being cached and served after the service has recovered.',
    },
    responseBody:
      'problem+json (type, title, status 503, detail with the reason: maintenance, overload or a dependency outage, instance), optionally with the expected end time; a friendly maintenance page for websites. Keep it cheap to generate, since you send it exactly when resources are short.',
    pitfalls: [
      '503 vs 500/502/504: 503 is a deliberate "not now", ideally with Retry-After; 500 is an unexpected failure, 502 a broken upstream response, 504 an upstream timeout. The request behind a 503 was usually not processed at all, which makes it the safest 5xx to retry.',
      '503 vs 429: 429 says this client is sending too much (a per-client limit); 503 says the service is unavailable for everyone. nginx limit_req and limit_conn reject with 503 by default, so set limit_req_status 429 if you mean rate limiting.',
      'Envoy and Istio return 503 for upstream connection failures ("upstream connect error or disconnect/reset before headers", "no healthy upstream"), and ingress-nginx returns 503 when a Service has no ready endpoints; there the cause is an unreachable backend, not overload.',
      'For short website outages, return 503 with Retry-After, not a 200 "back soon" page that search engines may index in place of your content, and not 404.',
      'Google AIP-193 maps UNAVAILABLE to 503 and treats it as retryable, while RESOURCE_EXHAUSTED maps to 429.',
    ],
    clientFixes: [
      'Honour Retry-After if present; otherwise retry with exponential backoff and jitter, and cap the attempts so clients do not retry in lockstep.',
      'Check the provider status page or maintenance announcements before debugging your own code.',
      'If the body says "no healthy upstream" or similar and you own the service, check that the backends are running and passing their health and readiness checks.',
      'If the 503 comes from rate limiting (nginx limit_req, a gateway quota), slow down or spread out your requests.',
    ],
    examples: [
      { title: 'Scheduled maintenance with Retry-After', note: 'Retry-After: 900 asks clients to come back in 15 minutes.' },
      {
        title: 'Service mesh with no healthy backend (Envoy)',
        note:
          'Envoy produces this literal text when every backend of the cluster is failing health checks or none exist: an availability problem, not overload.',
      },
    ],
    linkTitles: ['MDN: 503 Service Unavailable', 'Google AIP-193: Errors'],
  },
  504: {
    localReason: 'Gateway Timeout',
    summary: 'A gateway or proxy gave up waiting for the upstream server to answer within its timeout.',
    meaning:
      'RFC 9110 defines 504 for a server acting as a gateway or proxy that did not receive a timely response from an upstream server it needed to complete the request. The upstream may be slow, hung or unreachable, and it may still be working on the request. The connection to the client was fine; the wait behind the gateway was too long.',
    whenToUse: [
      'Your proxy, load balancer or API gateway hit its upstream connect or read timeout (nginx proxy_read_timeout, a load balancer idle timeout, an API gateway integration timeout).',
      'A service calling another service runs out of its deadline while acting as a gateway for that call.',
      'Not for a slow client: when the client takes too long to send its request, the answer is 408.',
    ],
    howToRespond: [
      'Answer promptly with a small body and a request ID; add Proxy-Status with connection_timeout or http_response_timeout so the hop and kind of timeout are clear.',
      'Align timeouts along the chain: each outer hop should wait slightly longer than the hop behind it, or clients get 504s for work that actually completes.',
      'Move long work (reports, exports, bulk jobs) to an asynchronous pattern: 202 Accepted with a status URL instead of holding the request open.',
    ],
    headers: {
      'Content-Type': 'application/problem+json for API traffic, so clients can tell an upstream timeout from other failures.',
      'Proxy-Status':
        'RFC 9209 field naming the intermediary and the timeout type (connection_timeout, connection_read_timeout, http_response_timeout).',
    },
    responseBody:
      'Gateways usually send a bare HTML page. For APIs use problem+json (type, title, status 504, a detail saying which dependency timed out and after how long, in neutral terms, instance, requestId).',
    pitfalls: [
      '504 vs 502: both come from a gateway, but 502 means the upstream answered badly or refused or dropped the connection, while 504 means it did not answer in time. 504 vs 503: 503 is a deliberate refusal. 504 vs 500: 500 is the application failing by itself.',
      '504 vs 408: 408 means the server timed out waiting for the client request; 504 means the gateway timed out waiting for the upstream. A timeout in your own HTTP client produces no status code at all.',
      'The upstream may finish the work after the gateway gives up, so blindly retrying a POST after a 504 can create duplicates (double orders, double charges); use idempotency keys or check state first.',
      'Default timeouts are easy to hit: nginx proxy_read_timeout is 60 s and AWS API Gateway integrations stop at about 29 s by default, so long-running endpoints fail there even when the backend is healthy.',
      'Google AIP-193 maps DEADLINE_EXCEEDED to 504; Cloudflare reports origin timeouts as its own 522 (connecting) and 524 (waiting for the response) instead.',
    ],
    clientFixes: [
      'Retry idempotent requests after a delay with backoff; for writes, first check whether the earlier attempt took effect, or resend with the same idempotency key.',
      'Make the request cheaper: page through results, narrow the filters, or use the provider asynchronous or export API for large jobs.',
      'If you own the stack, find the hop that timed out (Proxy-Status, Server header, a gateway log line such as "upstream timed out") and speed up the backend or deliberately raise that timeout.',
      'Check the backend logs for the same request: a slow query, lock contention or a stuck call to a third party is the usual cause.',
    ],
    examples: [
      {
        title: 'nginx read timeout on a slow backend',
        note:
          'nginx writes its reason phrase as "Gateway Time-out". The error log says "upstream timed out (110: Connection timed out) while reading response header from upstream" after proxy_read_timeout (60 s by default).',
      },
      {
        title: 'API gateway timeout on a long report',
        note: 'The detail warns that the work may still complete, so the client should not simply fire the same POST again.',
      },
    ],
    linkTitles: ['MDN: 504 Gateway Timeout', 'RFC 9209 The Proxy-Status HTTP Response Header Field'],
  },
  505: {
    localReason: 'HTTP Version Not Supported',
    summary: 'The server refuses to handle the request in the major HTTP version the client used.',
    meaning:
      'RFC 9110 defines 505 for a server that does not support, or refuses to support, the major HTTP version used in the request, and will not complete it in that version except with this error. The server should include a representation explaining why that version is not supported and which protocols it does support.',
    whenToUse: [
      'A request line carries a major version the server does not implement, for example "HTTP/2.0" or "HTTP/3.0" written into a plain-text request line.',
      'A service that only works over HTTP/2 or later and deliberately rejects HTTP/1.x requests.',
      'Not for minor versions: HTTP/1.0 and HTTP/1.1 share a major version, so answer an HTTP/1.0 client with a response it can handle instead of refusing it.',
    ],
    howToRespond: [
      'Explain in the body which versions the server accepts and how to reach them, for example HTTP/2 over TLS negotiated with ALPN.',
      'Write the response in a version the client can read; HTTP/1.1 is the safe choice.',
      'Send 400 instead when the request line is simply malformed, such as a missing or garbled version.',
    ],
    headers: {
      'Content-Type':
        'RFC 9110 asks for a representation explaining the refusal and listing the supported protocols; problem+json or plain text keeps it readable.',
    },
    responseBody: 'A short problem+json or text body stating which HTTP versions the server supports and how to negotiate them.',
    pitfalls: [
      '505 vs 426: 426 Upgrade Required asks the client to switch protocols and lists them in an Upgrade header; 505 refuses the version used and offers no in-band switch.',
      '505 vs 400: a garbled version string is a malformed request (400); 505 is for a well-formed version the server will not serve.',
      'HTTP/2 and HTTP/3 are negotiated with ALPN in the TLS handshake (and discovered through Alt-Svc for HTTP/3), not by writing another version into an HTTP/1.1-style request line.',
      'Browsers practically never trigger it; when you see it, suspect a custom client, raw socket code or a proxy that rewrites the request line.',
    ],
    clientFixes: [
      'Check which version your client sends; forcing HTTP/1.1 (for example curl --http1.1) quickly confirms whether the version is the problem.',
      'Use the negotiation mechanism the server expects: TLS with ALPN for HTTP/2, Alt-Svc discovery for HTTP/3.',
      'If a proxy sits in between, make sure it does not rewrite the request line or forward with a version the origin rejects.',
    ],
    examples: [{ title: 'Hand-written HTTP/3.0 request line sent over TCP' }],
    linkTitles: ['RFC 9110 §2.5 Protocol Version', 'MDN: 505 HTTP Version Not Supported'],
  },
  506: {
    localReason: 'Variant Also Negotiates',
    summary:
      'Server misconfiguration in transparent content negotiation: the variant it picked is itself negotiable, so negotiation goes in a circle.',
    meaning:
      'RFC 2295 (Transparent Content Negotiation, an Experimental spec) defines 506 as an internal configuration error: the variant chosen during negotiation is itself configured to negotiate, so it is not a proper end point. The fault is entirely on the server and the client cannot correct it.',
    whenToUse: [
      'Your server implements transparent content negotiation (for example Apache mod_negotiation with type maps) and a chosen variant points to another negotiable resource.',
      'Practically nowhere else: ordinary server-driven negotiation with Accept headers, which almost every site uses, never needs 506.',
    ],
    howToRespond: [
      'Fix the configuration so every variant in a type map or variant list is a concrete representation, not another map.',
      'Return a short explanation and log the offending variant so the misconfiguration is easy to find.',
    ],
    headers: { 'Content-Type': 'Label the short HTML or problem+json explanation so the client can display it.' },
    responseBody:
      'A short HTML or problem+json body saying that content negotiation is misconfigured on the server; there is nothing for the client to change.',
    pitfalls: [
      '506 vs 406: 406 means no available variant matches the Accept headers (a negotiation result); 506 means the server variant setup itself is broken.',
      '506 vs 300: 300 Multiple Choices lists variants for the client to pick from; 506 means the server picking went in a circle.',
      '506 vs 508: both are loops, but 506 is a content-negotiation loop in server configuration, while 508 is a WebDAV binding loop found during a Depth: infinity operation.',
      'Transparent content negotiation is rarely deployed, so a 506 in the wild almost always means an Apache type-map or MultiViews misconfiguration.',
    ],
    clientFixes: [
      'Report it to the site operator; the fault is in the server configuration, so retrying will not help.',
      'As a workaround, request a specific variant URL directly (for example index.html.en), or drop the Negotiate request header if your client sends one.',
      'If you run the server, check mod_negotiation type maps (.var files) and MultiViews for a variant that refers to another map.',
    ],
    examples: [{ title: 'Apache type map whose French variant is another type map' }],
    linkTitles: ['MDN: 506 Variant Also Negotiates'],
  },
  507: {
    localReason: 'Insufficient Storage',
    summary:
      'The server cannot store what the request needs because it has run out of storage space, or the account has run out of quota.',
    meaning:
      'RFC 4918 (WebDAV) defines 507: the method could not be performed because the server is unable to store the representation needed to complete the request. The condition is considered temporary, but if the request came from a user action it must not be repeated until the user asks for it again.',
    whenToUse: [
      'A WebDAV PUT, COPY, MOVE, MKCOL or PROPPATCH fails because the disk, volume or storage backend is full.',
      'A file-storage API cannot accept an upload because the account or server has no space left; WebDAV servers such as Nextcloud send 507 when a user quota is exhausted.',
      'Inside a 207 Multi-Status response, for the individual resources that could not be stored.',
    ],
    howToRespond: [
      'State how much space was needed and how much is available, if that is safe to disclose, so the user can free space or upgrade.',
      'Alert operators when the whole server is out of space; a full disk usually causes wider failures soon after.',
      'Clean up partial files left by the failed write.',
    ],
    headers: {
      'Content-Type': 'application/xml for a WebDAV DAV:error or Multi-Status body, or application/problem+json for JSON APIs.',
    },
    responseBody:
      'For WebDAV, an XML DAV:error body, or a 207 Multi-Status that lists the failed resources; for JSON APIs, problem+json with extension members such as requiredBytes and availableBytes.',
    pitfalls: [
      '507 vs 413: 413 Content Too Large means this request body exceeds a size limit regardless of free space; 507 means there is no room to store it right now.',
      'Quotas divide servers and style guides: some send 507 when a user quota is full (common in WebDAV), others send 403 or 413 and keep 507 for the server itself running out of storage. Document your choice.',
      '507 vs 503: 503 is general temporary unavailability; 507 is specifically about storage and should not be retried automatically.',
      'RFC 4918 forbids repeating a user-initiated request that got 507 until the user requests it again, so automatic retry loops are wrong here.',
    ],
    clientFixes: [
      'Free space (delete old files or versions, empty the trash) or raise the quota, then let the user retry.',
      'Check the size of what you are uploading; split or compress it if the service allows.',
      'Do not retry in a loop: show the error to the user instead.',
      'If you run the server, check disk usage on the storage volume and temporary upload directories, and watch for inode exhaustion.',
    ],
    examples: [{ title: 'Upload rejected because the account storage is full' }],
    linkTitles: ['MDN: 507 Insufficient Storage'],
  },
  508: {
    localReason: 'Loop Detected',
    summary: 'WebDAV: the server aborted a Depth: infinity operation because the collection tree contains a loop of bindings.',
    meaning:
      'RFC 5842 (WebDAV Binding Extensions) defines 508: the server terminated an operation because it encountered an infinite loop while processing a request with "Depth: infinity", and the entire operation failed. Bindings let one resource appear in several collections, so a collection can end up containing itself.',
    whenToUse: [
      'A PROPFIND, COPY, LOCK or similar request with Depth: infinity runs into a collection that, through bindings, contains one of its own ancestors.',
      'Only when the client has not announced support for bindings in its DAV request header; a client that has should instead get 208 Already Reported inside a 207 Multi-Status.',
    ],
    howToRespond: [
      'Fail the whole operation, since 508 means none of it was carried out, and name the collection where the loop was found if you can.',
      'For clients that advertise binding support, answer 207 with 208 entries so they get a useful result instead.',
    ],
    headers: { 'Content-Type': 'Label the XML, HTML or problem+json body that explains where the loop was found.' },
    responseBody:
      'A short XML, HTML or problem+json body naming the collection where the loop was detected; there is no partial result.',
    pitfalls: [
      '508 vs 208: 208 is the success-path answer for clients that understand bindings (this member was already reported); 508 is the failure fallback for clients that do not.',
      '508 is not for redirect or proxy loops: a redirect loop shows up as repeated 3xx responses until the browser reports "too many redirects", and a proxy forwarding to itself is a gateway error (502, Proxy-Status proxy_loop_detected).',
      'On shared hosting, LiteSpeed and CloudLinux servers send "508 Resource Limit Is Reached" when an account hits its process or CPU limits; that has nothing to do with WebDAV.',
      '508 vs 506: 506 is a content-negotiation loop in server configuration; 508 is a loop in the WebDAV namespace.',
    ],
    clientFixes: [
      'Use Depth: 1 and walk the tree yourself, remembering visited resources (DAV:resource-id) so repeats are skipped.',
      'Announce binding support in the DAV request header so the server can answer 207 with 208 entries instead of failing.',
      'If you control the data, remove the binding that makes a collection contain its own ancestor (UNBIND).',
      'If the body says "Resource Limit Is Reached" on shared hosting, reduce concurrent processes or upgrade the plan; it is a hosting limit, not a loop.',
    ],
    examples: [{ title: 'PROPFIND with Depth: infinity hits a binding loop' }],
    linkTitles: ['MDN: 508 Loop Detected'],
  },
  509: {
    localReason: 'Bandwidth Limit Exceeded',
    origin:
      'Not registered with IANA. Used by Apache bandwidth-limiting modules and cPanel/WHM shared hosting when a site exceeds the traffic allowance of its hosting plan.',
    summary: 'Unofficial (Apache/cPanel hosting): the website has used up the bandwidth allowance of its hosting plan.',
    meaning:
      'No RFC defines 509; it is a hosting convention, not part of HTTP. Shared hosts running Apache with cPanel or bandwidth modules send it when an account exceeds its data-transfer quota, and it usually lasts until the billing period resets or the owner upgrades. Clients that do not recognise it must treat it as a plain 500.',
    whenToUse: [
      'Legacy shared-hosting setups that already use it to signal an exhausted traffic quota.',
      'Not for new APIs or services: send 429 with Retry-After for per-client limits, or 503 when the whole service is throttled.',
    ],
    howToRespond: [
      'If you must send it, say on the page that the site is over its traffic allowance and when it will be restored.',
      'Include Retry-After if you know when the quota resets.',
    ],
    headers: {
      'Content-Type': 'Hosting panels serve a short text/html notice; label it so browsers render it.',
      'Retry-After': 'Tells visitors and bots when the bandwidth quota resets, if that is known.',
    },
    responseBody:
      'Hosting panels send a short HTML page saying the site exceeded its bandwidth limit; there is no standard format and no problem+json convention.',
    pitfalls: [
      '509 vs 429: 429 is the registered code for one client sending too many requests; 509 is about the site owner quota and hits every visitor alike.',
      '509 vs 503: both mean "not available now", but 503 is standard and understood by clients, crawlers and libraries, while 509 is not.',
      'Because 509 is not in the IANA registry, RFC 9110 requires clients that do not know it to treat it as 500; libraries may show it with no reason phrase.',
      'It is also unrelated to the 508 "Resource Limit Is Reached" that some shared hosts send for CPU or process limits.',
    ],
    clientFixes: [
      'As a visitor or API consumer you cannot fix it; wait, or contact the site owner.',
      'If it is your site, check bandwidth usage in the hosting control panel, then raise the limit or upgrade the plan.',
      'Cut traffic: serve large files and images through a CDN, enable compression and caching, and block abusive bots that eat the quota.',
    ],
    examples: [{ title: 'Shared-hosting site over its monthly bandwidth' }],
    linkTitles: [
      'IANA HTTP Status Code Registry (509 is unassigned)',
      'RFC 9110 §15 Status Codes (unknown codes are treated as x00)',
    ],
  },
  510: {
    localReason: 'Not Extended',
    origin:
      'Defined by RFC 2774 (An HTTP Extension Framework), an Experimental spec that was never widely implemented. The IESG later moved RFC 2774 to Historic, and the IANA registry now lists 510 as obsoleted.',
    summary: 'Obsolete: the request did not declare an HTTP extension (RFC 2774) that the server requires for this resource.',
    meaning:
      'RFC 2774 defined 510 for when the policy for accessing a resource was not met because the request lacked a required extension declaration; the server was to send back everything the client needed to issue an extended request. The extension framework (Man and Opt headers, M- methods) never caught on, and the code is obsolete.',
    whenToUse: [
      'Do not use it in new designs; it remains in the registry only as obsoleted.',
      'Only in legacy systems that actually implement RFC 2774 mandatory extensions.',
      'To demand something missing from a request, use a current code: 400 or 422 for missing input, 428 for a required conditional header, 426 for a required protocol upgrade.',
    ],
    howToRespond: [
      'If a legacy system sends it, describe in the body which extension is required and how to declare it, as RFC 2774 asked.',
      'When modernising, replace it with a standard 4xx whose body explains what the client must add.',
    ],
    headers: { 'Content-Type': 'Label the body that explains which extension must be declared.' },
    responseBody:
      'A body describing the required extension and how to declare it; no standard format ever existed. For a modern replacement, send problem+json with a 4xx status.',
    pitfalls: [
      'It is a 5xx although the thing to fix is in the request; that mismatch is one more reason to use a standard 4xx instead.',
      '510 vs 426 and 428: 426 asks for a protocol upgrade through Upgrade, 428 asks for a conditional header such as If-Match; both are current standards, 510 is not.',
      '510 vs 501: 501 means the server lacks a feature; 510 means the client failed to declare one the server requires.',
      'Status enums in many frameworks still include 510, so custom code sometimes uses it loosely; read the body to learn what was meant.',
    ],
    clientFixes: [
      'Read the body for the extension the server expects and add the declaration (Man or Opt header, M- method) if you really talk to an RFC 2774 system.',
      'Otherwise treat it as an API design issue and ask the provider what their 510 means.',
      'Do not retry unchanged; the same request will be refused again.',
    ],
    examples: [
      {
        title: 'Legacy server demanding a mandatory extension',
        note: 'Historic behaviour: RFC 2774 extensions are no longer in use, and a modern API would answer 400 or 428 instead.',
      },
    ],
    linkTitles: ['MDN: 510 Not Extended', 'IANA HTTP Status Code Registry (510 obsoleted)'],
  },
  511: {
    localReason: 'Network Authentication Required',
    summary:
      'A captive portal (hotel, airport or cafe Wi-Fi) intercepted the request: you must log in to the network before you can reach the internet.',
    meaning:
      'RFC 6585 defines 511 to tell the client that it needs to authenticate to gain network access. It is meant for intercepting proxies that control access to a network, not for origin servers; the response should link to a page where the user can log in, and caches must not store it.',
    whenToUse: [
      'You operate a captive portal or network access gateway and intercept HTTP requests from devices that have not yet logged in or accepted the terms.',
      'Never from an origin server or API asking for user credentials; that is 401, or 403 when access is refused.',
    ],
    howToRespond: [
      'Link to the login page in the body (an HTML link, optionally with a meta refresh), but do not serve the login form itself at the requested URL, or browsers will attribute it to the original site.',
      'Send Cache-Control: no-store; caches must not keep a 511.',
      'Intercept the operating systems\' connectivity checks as well, so phones and laptops open their login screen on their own.',
    ],
    headers: {
      'Content-Type': 'text/html carrying a link to the network login page.',
      'Cache-Control':
        'no-store backs up the rule that caches must not store a 511, so the portal page never reappears after login.',
    },
    responseBody:
      'A small HTML page with a link (and optionally a meta refresh) to the network login page, not the login form itself, and no WWW-Authenticate challenge.',
    pitfalls: [
      '511 vs 401 vs 407: 401 is the origin asking you to authenticate (WWW-Authenticate), 407 is a proxy you configured asking for credentials (Proxy-Authenticate), and 511 is the network blocking you until you log in on a portal page.',
      'Captive portals can only inject 511 into plain-HTTP traffic; over HTTPS the same situation surfaces as a certificate or connection error, which is why API calls fail confusingly on hotel Wi-Fi.',
      'The body is the portal HTML, not your API JSON, so JSON parsing fails; check the status before parsing.',
      'Many portals answer with a 302 redirect or a fake 200 page instead of 511, so the standard code is not guaranteed.',
    ],
    clientFixes: [
      'Open a browser, complete the Wi-Fi login or accept the terms, then retry the request.',
      'Check the status and Content-Type before parsing: treat 511 (or unexpected HTML) as "network login required" and tell the user.',
      'Use HTTPS so intercepted traffic fails safely instead of being silently rewritten.',
      'If the portal session keeps expiring, log in again or switch networks; your server is not involved.',
    ],
    examples: [
      {
        title: 'Hotel Wi-Fi intercepts a plain-HTTP API call',
        note: 'The response comes from the network, not from api.example.com, which never saw the request.',
      },
    ],
    linkTitles: ['MDN: 511 Network Authentication Required'],
  },
} satisfies Partial<Record<StatusCode, StatusProse>>;

export default prose;
