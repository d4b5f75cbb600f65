import type { StatusCode, StatusProse } from '../../types';

/** English prose of 410-421's entries; codes, headers' levels, raw HTTP and links live in ../status-codes/410-421.ts. */
const prose = {
  410: {
    localReason: 'Gone',
    summary: 'The resource was removed on purpose and for good; the server knows of no new address for it.',
    meaning:
      'Access to the target resource is no longer available at the origin server, and this is likely to be permanent. RFC 9110 keeps 410 for servers that know the removal is permanent; a server that cannot tell ought to send 404 instead. Its main job is to tell clients and crawlers to drop links to the URL.',
    whenToUse: [
      'A resource was deliberately deleted or retired and you want clients, caches and search engines to forget the URL.',
      'An API version or endpoint has passed its announced shutdown date and will not return.',
      'Time-limited resources: expired share links, one-time download URLs, ended campaigns.',
    ],
    howToRespond: [
      'Say in the body what was removed and, if there is a successor, where it is; if the same content moved to a known URL, redirect with 301 or 308 instead.',
      'Set an explicit Cache-Control lifetime: 410 is heuristically cacheable, so caches may store it even without one.',
      'You need not answer 410 forever; once clients have had time to notice, a plain 404 is fine.',
    ],
    headers: {
      'Content-Type': 'application/problem+json lets API clients read why the resource is gone and where its replacement is.',
      'Cache-Control':
        'Makes the cache lifetime explicit instead of heuristic; keep max-age short if the resource might ever be restored.',
    },
    responseBody:
      'A problem+json document (type, title, status 410, detail, instance) saying what was removed and when, with a link to the replacement or migration guide if one exists. A web page can show a short human notice instead.',
    pitfalls: [
      '404 vs 410: 404 says nothing about permanence, 410 asserts an intentional, permanent removal. Send 410 only when you know; when unsure, send 404.',
      '410 vs 301/308: if the content lives on at another URL, redirect so clients and crawlers follow it rather than dropping it.',
      '410 vs 451: content withheld because of a legal demand should get 451, which says so, not 410.',
      'Because 410 is heuristically cacheable, a resource you bring back may still look gone behind caches and CDNs until their copy expires.',
      'Do not send 410 for a soft-deleted record that can still be restored; 404 fits while restoration is possible.',
    ],
    clientFixes: [
      'Do not retry: remove the URL from your configuration, bookmarks, sitemaps and caches.',
      'Read the response body, changelog or deprecation notice for the replacement endpoint or API version, and migrate to it.',
      'If you think the resource should exist, check the API version, base URL and environment you are calling before contacting the provider.',
      'In sync jobs treat 410 as final: delete the local copy instead of retrying in a loop.',
    ],
    examples: [
      { title: 'Retired API version', note: 'The detail names the successor, because v1 is not coming back.' },
      { title: 'Expired share link' },
    ],
    linkTitles: ['MDN: 410 Gone'],
  },
  411: {
    localReason: 'Length Required',
    summary: 'The server refuses a request body that arrives without a Content-Length header.',
    meaning:
      'The server will not accept the request without a defined Content-Length. The client may repeat the request after adding a valid Content-Length header with the length of the request content. RFC 9112 lets an HTTP/1.1 server reject any body sent without Content-Length, including chunked uploads, this way.',
    whenToUse: [
      'Your server or gateway must know the body size before reading it, e.g. to enforce quotas or to forward to a backend that needs the length up front.',
      'You cannot or will not buffer a request body sent with Transfer-Encoding: chunked.',
      'A POST or PUT arrives with neither Content-Length nor chunked framing, and your stack refuses to guess.',
    ],
    howToRespond: [
      'Say in the body that Content-Length is required and whether chunked uploads are refused.',
      'If you also cap the body size, state the limit now so the retry does not run into 413.',
      'Consider buffering chunked bodies instead: RFC 9112 notes that some services answer chunked uploads with 411 and tells clients to send Content-Length to work around them.',
    ],
    headers: {
      'Content-Length':
        'Request header, the one the client must add on the retry: the exact byte length of the request body (Content-Length: 0 for an empty POST). RFC 9110 §15.5.12 lets the client repeat the request once it adds a valid one.',
      'Content-Type': 'application/problem+json so the client can see which header is missing.',
    },
    responseBody:
      'A short problem+json document (type, title, status 411, detail) naming the missing Content-Length and saying whether chunked transfer coding is refused.',
    pitfalls: [
      '411 vs 400: 411 means the length header is absent; an invalid Content-Length (e.g. two different values) is a 400 by RFC 9112 §6.3. For Content-Length together with Transfer-Encoding, RFC 9112 §6.1 lets the server either reject the request or go by Transfer-Encoding alone, closing the connection afterwards; answering 400 is our stricter advice, not the spec\'s rule.',
      '411 vs 413: 411 is about a missing length, 413 about a length that is too large. Fixing a 411 can uncover a 413.',
      'Some front ends want Content-Length: 0 even on a POST without a body; clients that omit it for empty bodies are a frequent trigger.',
      'Streaming uploads (fetch with a ReadableStream body, piped file streams) go out chunked over HTTP/1.1 and fail against servers that need a length.',
      'HTTP/2 and HTTP/3 do not need Content-Length for framing, yet a gateway that speaks HTTP/1.1 to its backend may still answer 411.',
    ],
    clientFixes: [
      'Send Content-Length with the exact byte count of the body (bytes after encoding, not characters), or Content-Length: 0 for an empty POST or PUT.',
      'If you stream, buffer the body or take the size from the file first, then send it with a known length instead of chunked.',
      'Check that your HTTP client, SDK or proxy is not dropping Content-Length or forcing Transfer-Encoding: chunked.',
      'Once the header is present, retry: nothing else about the request was wrong.',
    ],
    examples: [
      { title: 'Empty POST without a length', note: 'Repeating the request with Content-Length: 0 succeeds.' },
      { title: 'Chunked upload refused' },
    ],
    linkTitles: ['RFC 9112 §6.3 Message Body Length', 'MDN: 411 Length Required'],
  },
  412: {
    localReason: 'Precondition Failed',
    summary:
      'A condition the client put in the request headers (If-Match, If-Unmodified-Since, If-None-Match) was false, so the server did nothing.',
    meaning:
      'One or more conditions given in the request header fields evaluated to false when tested on the server (RFC 9110 §13). Preconditions let a client make the request depend on the current state of the resource, so the method is not applied if the resource is not in the state the client expected. It is the standard answer in optimistic concurrency control and prevents lost updates.',
    whenToUse: [
      'A PUT, PATCH or DELETE carries If-Match with an ETag that no longer matches the current representation because someone else changed it.',
      'If-Unmodified-Since is older than the resource\'s last modification.',
      'A create-only PUT with If-None-Match: * targets a resource that already exists, or If-None-Match matches on a method other than GET or HEAD.',
    ],
    howToRespond: [
      'Do not apply the method; answer 412 with a body naming the condition that failed.',
      'For GET and HEAD, a false If-None-Match or If-Modified-Since gets 304 Not Modified, never 412.',
      'If the requested change is already in place (e.g. a retry whose first response was lost), RFC 9110 allows answering 2xx instead of 412.',
      'You may include the current ETag, but the client still has to re-read the resource to see what changed.',
    ],
    headers: {
      'Content-Type': 'application/problem+json naming the failed condition.',
      ETag:
        'The current entity tag tells the client its copy is stale; it does not replace re-reading the resource before a retry.',
    },
    responseBody:
      'A problem+json document (type, title, status 412, detail, instance) naming the header that failed; extension members such as the current ETag or last-modified time help. Do not embed the current resource unless the caller may read it.',
    pitfalls: [
      '412 vs 409: 412 is only for a failed HTTP conditional header the client sent; 409 is a conflict with resource state found without such headers (duplicate key, invalid state transition).',
      '412 vs 428: 428 Precondition Required (RFC 6585) means the server demands a condition and the request had none; 412 means the request had one and it was false.',
      '412 vs 304: a conditional GET or HEAD that fails If-None-Match or If-Modified-Since gets 304; answering 412 there breaks caching.',
      '412 vs 400/422: an unmet business rule ("verify the account first") is not an HTTP precondition. Google AIP-193 maps FAILED_PRECONDITION to 400, not 412; use 400 or 422 as your style guide says.',
      'If-Match uses strong comparison, so a weak ETag (W/"...") never matches and always yields 412; compression layers that weaken ETags cause this.',
    ],
    clientFixes: [
      'GET the resource again for the current representation and ETag, re-apply or merge your change, then resend with the new If-Match.',
      'Do not retry blindly with the fresh ETag: that overwrites the other writer\'s change, which is exactly what the precondition prevented. Merge or ask the user.',
      'Send the ETag exactly as received, quotes included, and check that a proxy or CDN is not changing or weakening it.',
      'For If-None-Match: * on create, 412 means the resource already exists: fetch it or choose another identifier.',
    ],
    examples: [
      { title: 'Stale If-Match on update', note: 'Another client saved v42 first; the server refused to overwrite it.' },
      {
        title: 'Create-only PUT on an existing resource',
        note: 'If-None-Match: * turns PUT into create-if-absent, so an existing resource fails the condition.',
      },
    ],
    linkTitles: ['RFC 9110 §13.2.2 Precedence of Preconditions', 'MDN: 412 Precondition Failed', 'Google AIP-193: Errors'],
  },
  413: {
    localReason: 'Content Too Large',
    summary:
      'The request body is larger than the server is willing or able to accept (formerly "Payload Too Large" / "Request Entity Too Large").',
    meaning:
      'The server refuses to process the request because its content is larger than it is willing or able to handle. It may end the request early or close the connection. If the limit is only temporary, it should say when to try again with Retry-After.',
    whenToUse: [
      'An upload or JSON body exceeds a configured limit, such as nginx client_max_body_size (1 MB by default) or a framework body-parser limit.',
      'The Content-Length announced in the headers already exceeds the limit, so you can reject before reading the body.',
      'Large bodies cannot be taken right now (e.g. temporary storage pressure); send Retry-After.',
    ],
    howToRespond: [
      'State the maximum accepted size so the client can split, compress or switch to another upload method.',
      'Reject early from Content-Length when you can; for chunked bodies stop reading at the limit and close the connection if needed.',
      'Add Retry-After only when the limit is temporary.',
    ],
    headers: {
      'Content-Type': 'application/problem+json carrying the size limit.',
      'Retry-After':
        'RFC 9110 §15.5.14: if the condition is temporary, the server SHOULD send it, saying after what time the client may try again. Leave it out for a fixed size limit.',
      Connection:
        'Connection: close on HTTP/1.1 when the server stops reading a large body, so leftover bytes are not read as the next request.',
    },
    responseBody:
      'A problem+json document (type, title, status 413, detail) with an extension member such as maxBytes giving the limit. Keep it small: a client still uploading may never read it if the connection is closed.',
    pitfalls: [
      '413 vs 414 vs 431: 413 is the body, 414 the URI, 431 the header fields. Check which part of the request is too big.',
      '413 vs 507: 507 Insufficient Storage means the server lacks room to store what it would otherwise accept; 413 is a size limit on the request.',
      'The limit is often in a proxy, not your app: nginx, an ingress controller, API gateway or CDN may answer 413 with an HTML page before your code sees the request.',
      'Browsers and some clients report a connection reset instead of the 413 when the server closes the connection mid-upload.',
      '413 is about byte size; a rule like "at most 100 items per batch" is usually reported as 400 or 422 with the limit instead.',
    ],
    clientFixes: [
      'Find the limit in the response or docs and shrink the body: compress, resize images, paginate or split batches.',
      'For large files use resumable or multipart uploads, or a presigned URL to object storage, instead of one huge request.',
      'If you run the server, raise the limit in every layer: nginx client_max_body_size, ingress annotations, gateway and framework body parser.',
      'Retry the same body only if Retry-After is present; otherwise it will fail again.',
    ],
    examples: [
      { title: 'Upload over the API limit', note: 'The server rejects on Content-Length alone, without reading the 50 MB body.' },
      {
        title: 'nginx default limit',
        note:
          'An HTML page with the old reason phrase means the reverse proxy stopped the request; raise client_max_body_size there.',
      },
    ],
    linkTitles: ['MDN: 413 Content Too Large', 'nginx: client_max_body_size'],
  },
  414: {
    localReason: 'URI Too Long',
    summary: 'The request URI, usually its query string, is longer than the server is willing to interpret.',
    meaning:
      'The server refuses the request because the target URI is longer than it is willing to interpret. RFC 9110 calls this rare: typically a POST turned into a GET with a huge query, a redirect loop that keeps growing the URI, or an attack probing for overflows. A 414 response is heuristically cacheable.',
    whenToUse: [
      'The request line or target URI exceeds your configured limit (e.g. Apache LimitRequestLine, nginx large_client_header_buffers).',
      'A redirect loop keeps appending to the URL and you want to stop it.',
      'Defensive rejection of absurdly long URIs that look like probing.',
    ],
    howToRespond: [
      'Give the limit and suggest sending the data in a body, e.g. a POST search endpoint.',
      'Support at least 8000 octets, the minimum RFC 9110 recommends for URIs in protocol elements.',
      'Because 414 is heuristically cacheable, set Cache-Control if you may raise the limit later.',
    ],
    headers: {
      'Content-Type': 'application/problem+json with the accepted length and the body-based alternative.',
      'Cache-Control': 'Controls how long caches may keep this heuristically cacheable error.',
    },
    responseBody:
      'A problem+json document (type, title, status 414, detail) with the maximum URI length and a pointer to an endpoint that takes the data in a body. Many web servers send a short HTML page instead.',
    pitfalls: [
      '414 vs 413 vs 431: a long URL is 414, a large body 413, large header fields (cookies, tokens) 431; some servers answer 400 for oversized headers.',
      'Every hop has its own URL limit (browser, CDN, proxy, server), so a URL that works locally can fail in production.',
      'A URL that grows along a redirect chain (a returnUrl nested inside a returnUrl) ends in 414: fix the redirect, not the limit.',
      'Long ID or filter lists in GET query strings do not scale; past some size they belong in a POST body.',
    ],
    clientFixes: [
      'Move large parameters into a request body: POST to a search or query endpoint.',
      'Look for redirect loops that keep adding parameters, and for query strings encoded twice.',
      'Shorten the URL: send IDs in batches, drop default parameters, or reference a saved filter instead of inlining it.',
      'Do not retry unchanged; the same URI will be rejected again.',
    ],
    examples: [{ title: 'Huge ID list in a GET', note: 'The ellipsis stands for about 50,000 characters of IDs.' }],
    linkTitles: ['RFC 9110 §4.1 URI References (length)', 'MDN: 414 URI Too Long'],
  },
  415: {
    localReason: 'Unsupported Media Type',
    summary:
      'The server will not take the request body in this format or encoding (Content-Type or Content-Encoding) for this method and resource.',
    meaning:
      'The origin server refuses the request because the content is in a format this method on this resource does not support. The problem may come from the declared Content-Type or Content-Encoding, or from inspecting the data itself. The server can list acceptable media types in Accept, and acceptable content codings in Accept-Encoding.',
    whenToUse: [
      'The Content-Type is missing or not accepted by the endpoint, e.g. text/plain or form data sent to a JSON-only API.',
      'A PATCH uses a patch format the resource does not support, e.g. application/json-patch+json where only merge-patch is accepted.',
      'The body uses a Content-Encoding (gzip, br) the server cannot decode.',
    ],
    howToRespond: [
      'List what you accept: Accept-Patch for PATCH (RFC 5789), Accept-Post for POST, Accept otherwise, Accept-Encoding when the coding was the problem.',
      'Name the received and the accepted media types in the problem detail.',
      'Check the media type before parsing; a body with the right Content-Type that fails to parse is a 400, not 415.',
    ],
    headers: {
      'Accept-Post': 'For POST: the media types the resource accepts, e.g. Accept-Post: application/json, multipart/form-data.',
      'Accept-Patch':
        'For PATCH: RFC 5789 says a 415 for an unsupported patch format SHOULD list the supported ones, e.g. application/merge-patch+json.',
      'Accept-Encoding':
        'When an unsupported Content-Encoding caused the 415, RFC 9110 says to list the codings that would have been accepted (possibly none).',
      'Content-Type': 'application/problem+json naming the received and accepted formats.',
    },
    responseBody:
      'A problem+json document (type, title, status 415, detail) naming the Content-Type received and the ones accepted, e.g. an extension member "accepted": ["application/json"].',
    pitfalls: [
      '415 vs 406: 415 is about what the client sent (the request Content-Type); 406 is about what it asked to receive (Accept).',
      '415 vs 400: the right Content-Type with broken JSON is 400; JSON labelled text/plain or without Content-Type is 415.',
      '415 vs 422: content of the right type that parses but fails validation is 422, or 400 depending on the style guide.',
      'Overly strict matching rejects application/json; charset=utf-8 or vendor types like application/vnd.api+json; other frameworks silently ignore a wrong Content-Type.',
      'fetch() with a string body sends text/plain;charset=UTF-8 and HTML forms send application/x-www-form-urlencoded, so a forgotten header is the usual cause.',
    ],
    clientFixes: [
      'Set Content-Type to what the API expects (usually application/json) and make sure the body really is in that format.',
      'Read Accept-Post, Accept-Patch or the problem detail for supported types; for PATCH pick the right format (merge-patch vs JSON Patch).',
      'If you compress request bodies, drop Content-Encoding or use a coding listed in Accept-Encoding.',
      'Check that no proxy or SDK rewrites or strips Content-Type, then resend the corrected request.',
    ],
    examples: [
      { title: 'JSON sent as text/plain', note: 'fetch() labels a string body text/plain unless you set Content-Type yourself.' },
      { title: 'Unsupported patch format' },
    ],
    linkTitles: ['RFC 5789 §2.2 PATCH error handling', 'MDN: 415 Unsupported Media Type', 'MDN: Accept-Post'],
  },
  416: {
    localReason: 'Range Not Satisfiable',
    summary:
      'None of the byte ranges in the Range header fit the resource, typically a start offset at or past the end of the file.',
    meaning:
      'None of the ranges in the request\'s Range header overlap the current extent of the selected representation, or the server rejected the set of ranges as invalid or excessive (too many small or overlapping ranges). For byte ranges it means every first-byte position is at or beyond the current length. The response should report that length in Content-Range.',
    whenToUse: [
      'A GET with Range: bytes=N- where N is at or beyond the length, typical when resuming a download that is already complete or after the file shrank.',
      'A request with many tiny or overlapping ranges that looks abusive.',
      'A range such as bytes=0- asked of a zero-length representation, where no first-byte position can be valid.',
    ],
    howToRespond: [
      'Send Content-Range: bytes */LENGTH with the current length so the client can correct itself.',
      'An unknown range unit must be ignored (RFC 9110 §14.2): send 200 with the full representation. For a syntactically invalid Range, §14.2 lets the server ignore or reject it; our advice is stricter than the spec: ignore it and send 200, since a 416 there only confuses clients.',
      'You may also ignore Range altogether and send 200; clients have to cope with that.',
    ],
    headers: {
      'Content-Range':
        'RFC 9110 §15.5.17: a 416 to a byte-range request SHOULD carry Content-Range with the current length, e.g. Content-Range: bytes */47022. Send it anyway: it is how the client fixes its offsets.',
      'Content-Type': 'application/problem+json if an API sends an explanatory body; file downloads usually send none.',
    },
    responseBody:
      'Usually empty or tiny; an API may send problem+json (type, title, status 416, detail) with the current length. Never put part of the file in a 416.',
    pitfalls: [
      '416 vs 206 vs 200: 206 delivers the satisfiable parts, 200 the whole representation when Range is ignored or If-Range fails, 416 only when nothing requested can be delivered.',
      'A 416 while resuming often means the file is already complete: compare the length in Content-Range with your local size before treating it as an error.',
      'A CDN may answer from an older, shorter cached copy; check that the length in Content-Range matches the current file.',
      'Range is defined only for GET and must be ignored on other methods, so a 416 on POST points to a broken server or proxy.',
    ],
    clientFixes: [
      'Read the total from Content-Range: bytes */LENGTH and recompute the range; if your offset equals LENGTH, the download is finished.',
      'If the file changed on the server, discard the partial data and start again, using If-Range with the ETag so versions never mix.',
      'Check for off-by-one errors: positions are zero-based and inclusive, so the last byte is LENGTH-1.',
      'Retry with a corrected Range or with no Range at all.',
    ],
    examples: [
      {
        title: 'Resuming a finished download',
        note: 'The client already holds bytes 0 to 48213503, the whole file; nothing is left to send.',
      },
    ],
    linkTitles: ['RFC 9110 §14.1.2 Byte Ranges', 'MDN: 416 Range Not Satisfiable'],
  },
  417: {
    localReason: 'Expectation Failed',
    summary: 'A server on the path could not meet the request\'s Expect header, almost always Expect: 100-continue.',
    meaning:
      'The expectation in the request\'s Expect header could not be met by at least one of the inbound servers, the origin or a proxy on the way. 100-continue is the only expectation HTTP defines, and a server may answer 417 to any other value. A 417 to a 100-continue request only means the chain does not support expectations.',
    whenToUse: [
      'The request carries an Expect value other than 100-continue that you do not support.',
      'A proxy or server cannot honour the 100-continue handshake, for example because it forwards to an HTTP/1.0 hop.',
      'Rarely needed today: most servers support 100-continue, and RFC 9110 lets them answer 417 to unknown expectations but does not require it.',
    ],
    howToRespond: [
      'Keep the body short and name the expectation that failed.',
      'For 100-continue, prefer supporting it: send 100 Continue, or a final status such as 401 or 413 at once if you would reject the body anyway.',
      'Do not use 417 for application-level expectations; use 400, 409 or 422.',
    ],
    headers: { 'Content-Type': 'application/problem+json if a body explains which expectation failed.' },
    responseBody:
      'A short problem+json document (type, title, status 417, detail) or plain text naming the unmet expectation. Many servers send almost nothing.',
    pitfalls: [
      '417 vs 100 Continue: with Expect: 100-continue the server normally answers 100 and the client then sends the body; 417 means the handshake itself is unsupported on the path.',
      '417 vs 400: a malformed request is 400; 417 concerns only the Expect header.',
      'curl and other clients add Expect: 100-continue by themselves for larger uploads, so a 417 can appear even though your code never set Expect.',
      'Old proxies and HTTP/1.0 hops are the usual culprits; the origin may handle the request fine when reached directly.',
      'A failed business expectation ("the order should be unpaid") is 400, 409 or 422, never 417.',
    ],
    clientFixes: [
      'Repeat the request without the Expect header; RFC 9110 says a client SHOULD do so after a 417 to 100-continue.',
      'With curl pass -H "Expect:" to suppress the header; in .NET Framework set ServicePointManager.Expect100Continue = false.',
      'If you send a custom Expect value, remove it: only 100-continue is standardized.',
      'Find the proxy on the path that rejects the expectation and upgrade or reconfigure it.',
    ],
    examples: [
      {
        title: 'Proxy rejects 100-continue',
        note: 'The same PUT without Expect succeeds; the client simply sends the body straight away.',
      },
    ],
    linkTitles: ['MDN: 417 Expectation Failed'],
  },
  418: {
    localReason: '(Unused)',
    origin:
      'Defined as "418 I\'m a teapot" by RFC 2324 (HTCPCP), an April Fools\' RFC from 1998. It was deployed as a joke so often that RFC 9110 §15.5.19 reserves it as unusable for any real purpose; IANA lists it as (Unused).',
    summary: 'Reserved and unused: the "I\'m a teapot" joke code from RFC 2324; it has no standard meaning.',
    meaning:
      'RFC 2324, an April 1 RFC mocking the ways HTTP was abused, defined 418 for a teapot asked to brew coffee. Because the joke got deployed widely, RFC 9110 reserves 418 in the IANA registry so it is never given a real meaning. It has no defined semantics beyond "some client error".',
    whenToUse: [
      'Easter eggs and demo endpoints where everyone is in on the joke.',
      'Not in production APIs: clients, SDKs and monitoring see only an undefined 4xx.',
      'To turn away bots, prefer 403 or 429 with a clear body.',
    ],
    howToRespond: [
      'If you send it at all, let the body state the real reason in plain words.',
      'Pick the status that describes the real condition instead: 403 for refused clients, 429 for rate limits, 400 for bad input.',
    ],
    headers: {
      'Content-Type':
        'If a body is sent, problem+json or plain text should explain the real reason, since the code itself means nothing.',
    },
    responseBody:
      'Nothing defined. An easter egg returns a joke text; a server that uses 418 to block a client should say why in the body.',
    pitfalls: [
      'Some sites and web application firewalls answer 418 to scrapers or unrecognised clients; treat it as a refusal like 403, not as a teapot.',
      '418 vs 403/429: 403 means refused by policy and 429 means slow down; 418 formally means neither.',
      'Libraries keep a constant for it (Go net/http StatusTeapot, Python HTTPStatus.IM_A_TEAPOT), which does not make it a standard code.',
      'Do not build retry or alerting rules around 418; monitoring will file it as an ordinary client error.',
    ],
    clientFixes: [
      'Read the body and headers for the real reason; the server chose a joke code.',
      'If it looks like bot blocking, check your User-Agent, request rate and whether the site allows automated access.',
      'Do not retry unchanged; if an API you depend on sends it, ask the provider which condition it stands for.',
    ],
    examples: [
      {
        title: 'Teapot easter egg',
        note: 'The reason phrase on the wire is the server\'s choice; clients must act on the number alone.',
      },
    ],
    linkTitles: ['MDN: 418 I\'m a teapot'],
  },
  421: {
    localReason: 'Misdirected Request',
    summary:
      'The request reached a server that cannot answer for this host, typically after an HTTP/2 or HTTP/3 connection was reused for another hostname.',
    meaning:
      'The request was directed at a server that is unable or unwilling to produce an authoritative response for the target URI. An origin server, or a gateway acting for it, sends 421 when the URI does not match an origin it is configured for or does not match the connection the request came in on. The client may retry on a different connection, even for non-idempotent methods; proxies must not generate 421.',
    whenToUse: [
      'A client coalesced an HTTP/2 or HTTP/3 connection onto another hostname covered by the same certificate, but this server does not serve that host or needs a different TLS setup for it.',
      'The Host or :authority does not match the SNI name the TLS connection was opened with, and your virtual hosts require them to match.',
      'Only from an origin server or its gateway: RFC 9110 forbids proxies to generate 421.',
    ],
    howToRespond: [
      'Reject before processing anything: clients are allowed to resend the request on a new connection, so it must have had no side effects.',
      'Keep the body minimal; browsers normally retry on a fresh connection without showing it.',
      'Fix the cause rather than relying on retries: align certificates, SNI and virtual-host settings, or stop covering names you do not serve.',
    ],
    headers: {
      'Content-Type': 'application/problem+json for API clients that see the 421 directly; browsers rarely surface it.',
    },
    responseBody:
      'A short problem+json document (type, title, status 421, detail) naming the host this server will not answer for on this connection; there is nothing to fix in the request itself.',
    pitfalls: [
      '421 vs 400/404: those describe a problem with the request; 421 says the connection reached the wrong server and a new connection will likely succeed.',
      '421 vs 502/503: those come from a gateway whose upstream is broken or unavailable; 421 is a deliberate "not authoritative here".',
      'Typical cause: wildcard or multi-name (SAN) certificates shared by virtual hosts with different TLS settings; Apache httpd answers 421 when the SNI and Host names need incompatible TLS setups.',
      'HTTP clients that do not retry 421 on a new connection report it as an error where a browser would recover silently.',
    ],
    clientFixes: [
      'Retry on a new connection dedicated to the target host instead of the pooled one; this is safe even for POST.',
      'Check that SNI and the Host header name the same host, especially when overriding Host or going through a custom proxy.',
      'If connection coalescing is the cause, turn it off for this host in your client, or ask for separate certificates per host.',
      'If you run the server, make sure every name on the certificate is served by that endpoint with compatible TLS settings.',
    ],
    examples: [
      {
        title: 'Coalesced HTTP/2 connection',
        note:
          'Shown as HTTP/1.1 text; in practice it happens on an HTTP/2 connection opened for www.example.com and reused because the certificate covers *.example.com.',
      },
    ],
    linkTitles: [
      'RFC 9110 §7.4 Rejecting Misdirected Requests',
      'RFC 9113 §9.1.1 Connection Reuse',
      'MDN: 421 Misdirected Request',
    ],
  },
} satisfies Partial<Record<StatusCode, StatusProse>>;

export default prose;
