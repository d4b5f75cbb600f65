import type { StatusCode, StatusProse } from '../../types';

/** English prose of 1xx-3xx's entries; codes, headers' levels, raw HTTP and links live in ../status-codes/1xx-3xx.ts. */
const prose = {
  100: {
    localReason: 'Continue',
    summary:
      'Interim reply: the server has the request headers, has not rejected them and is ready for the body; the real status comes later.',
    meaning:
      'RFC 9110 says the initial part of the request has been received and not yet rejected, and the server intends to send a final response once the whole request has been received and acted upon. When the request carried Expect: 100-continue, a 100 means the server wants the content, so the client should send it and discard the 100. Like every 1xx response it ends with its header section and has no content.',
    whenToUse: [
      'Answer a request carrying Expect: 100-continue once its headers (credentials, Content-Length, Content-Type) pass your checks, so the client uploads a large body only when it will be accepted.',
      'Most HTTP servers send it for you when the handler starts reading the body; write it by hand only in a custom HTTP stack.',
    ],
    howToRespond: [
      'If the headers already doom the request, skip the 100 and send the final error at once (401, 413, 415 or 417), then close or drain the connection.',
      'Never send a 1xx to an HTTP/1.0 client; a server may also skip the 100 when body bytes are already arriving.',
    ],
    headers: {
      Expect:
        'Request header: Expect: 100-continue is what asks for this interim reply (RFC 9110 §10.1.1). The 100 itself carries no headers of note and never a body.',
    },
    responseBody: 'None: a 100 ends with its header section. The body, if any, comes with the final response.',
    pitfalls: [
      '100 vs 417 vs an early 4xx: 417 Expectation Failed means the server cannot meet the Expect header itself; a server that rejects the request (auth, size, type) sends that final 4xx instead of a 100. Only the final status counts.',
      'curl and several HTTP libraries add Expect: 100-continue to larger uploads and wait about a second for the 100; a server or proxy that ignores the expectation turns every upload into a visible one-second stall.',
    ],
    clientFixes: [
      'Nothing to fix: keep sending the body and act on the final status that follows.',
      'If uploads pause about a second before they start, send an empty Expect header (curl -H "Expect:") or fix the intermediary that swallows the 100.',
    ],
    examples: [],
    linkTitles: ['MDN: 100 Continue'],
  },
  101: {
    localReason: 'Switching Protocols',
    summary:
      'The server accepted the Upgrade request: right after this response the connection speaks another protocol, usually WebSocket.',
    meaning:
      'RFC 9110 says the server understands the client\'s Upgrade request and agrees to switch the connection to another application protocol. It must send an Upgrade header naming the protocol in effect after the response, and the new protocol starts right after the empty line that ends the 101. Connection upgrade exists only in HTTP/1.1: HTTP/2 and HTTP/3 removed 101.',
    whenToUse: [
      'Completing a WebSocket opening handshake (RFC 6455) after checking Origin, authentication and Sec-WebSocket-Key.',
      'Switching to another protocol the client offered in Upgrade, when the switch is worth it; RFC 9110 leaves the choice to the server.',
    ],
    howToRespond: [
      'Send Upgrade with the chosen protocol and Connection: upgrade; for WebSocket add Sec-WebSocket-Accept derived from the client key, and Sec-WebSocket-Protocol if a subprotocol was agreed.',
      'Reject a bad handshake with a normal final status (400, 401, 403 or 426) instead; after a 101 no HTTP error can be sent on that connection.',
    ],
    headers: {
      Upgrade: 'RFC 9110 requires it: it names the protocol the connection switches to, e.g. Upgrade: websocket.',
      Connection:
        'Upgrade is hop-by-hop, so the sender must also list "upgrade" in Connection; proxies that drop either header break the switch.',
      'Sec-WebSocket-Accept':
        'WebSocket only: a hash of the client Sec-WebSocket-Key that proves the server understood the handshake; browsers abort the connection if it is missing or wrong.',
    },
    responseBody:
      'None: the 101 ends with its header section, and every byte after it belongs to the new protocol (for example WebSocket frames).',
    pitfalls: [
      '101 vs 426 vs 200: 101 confirms a switch the client asked for, while 426 Upgrade Required refuses the request until the client switches. Over HTTP/2 and HTTP/3 there is no 101: WebSockets use extended CONNECT (RFC 8441, RFC 9220) and succeed with 200.',
      'A reverse proxy that does not pass Upgrade and Connection through (nginx needs proxy_http_version 1.1 and explicit proxy_set_header lines for both) makes the backend answer 400 or a plain 200, and the WebSocket never opens.',
    ],
    clientFixes: [
      'If a WebSocket fails where you expected 101, check every proxy, load balancer and CDN on the path: they must forward Upgrade and Connection and allow long-lived connections.',
      'Compare the handshake in DevTools: a 101 with a wrong Sec-WebSocket-Accept or an unexpected subprotocol is rejected by the browser even though the status looks fine.',
    ],
    examples: [],
    linkTitles: [
      'RFC 6455 §4.2.2 Sending the Server\'s Opening Handshake',
      'RFC 9113 §8.6 The Upgrade Header Field (HTTP/2 has no 101)',
      'MDN: 101 Switching Protocols',
    ],
  },
  102: {
    localReason: 'Processing',
    origin:
      'Defined for WebDAV by RFC 2518 (§10.1). The IANA registry still lists 102 Processing with RFC 2518 as its reference and does not mark it obsoleted. We call it obsolete because RFC 4918, which obsoletes RFC 2518, does not define it any more, browsers ignore it, and new services should not rely on it.',
    summary:
      'Deprecated WebDAV interim reply meaning "got the whole request, still working on it", meant to stop clients timing out on slow requests.',
    meaning:
      'RFC 2518 defined 102 as an interim response telling the client that the server has accepted the complete request but has not yet completed it. It was meant for methods expected to run long (the RFC suggests sending it once processing passes about 20 seconds), and the server must still send a final response when the work is done. Like every 1xx it carries no content.',
    whenToUse: [
      'Only for legacy WebDAV clients that expect it during long COPY, MOVE or DELETE operations on large collections.',
      'For anything new, answer 202 Accepted with a status URL instead of holding the request open.',
    ],
    howToRespond: ['Send it periodically while the work runs, then the real final status (for WebDAV often 207 Multi-Status).'],
    headers: {
      Depth:
        'Request header, not a response header: Depth: infinity on COPY, MOVE, DELETE or PROPFIND over big collections is what makes WebDAV requests slow enough for 102. The 102 itself carries no headers of note.',
    },
    responseBody: 'None: a 102 ends with its header section; the result arrives with the final response.',
    pitfalls: [
      '102 vs 202: 102 keeps one request open while the server works; 202 ends the request and gives the client a way to check on the work later, which survives timeouts and reconnects.',
      'Browsers and many HTTP libraries discard 102, and proxies can still time the request out, so it is no reliable keep-alive.',
    ],
    clientFixes: [
      'Keep waiting for the final response; a 102 is not a result.',
      'If requests still time out, raise the client or proxy read timeout, or ask the provider for an asynchronous (202) variant of the operation.',
    ],
    examples: [],
    linkTitles: ['RFC 4918 HTTP Extensions for WebDAV (replaces RFC 2518)', 'MDN: 102 Processing'],
  },
  103: {
    localReason: 'Early Hints',
    summary:
      'Interim reply carrying Link headers so the browser can preload or preconnect while the server is still preparing the real response.',
    meaning:
      'RFC 8297 says a 103 tells the client that the server is likely to send a final response with the header fields included in the informational response. It is used mainly with Link headers (rel=preload, rel=preconnect) so a browser can fetch critical CSS, fonts or scripts during the server\'s think time. A server may send several 103s before the final response; none of them has content.',
    whenToUse: [
      'HTML pages whose final response takes noticeable time (server rendering, database calls) and whose critical subresources are known in advance.',
      'CDN or edge setups that can send cached hints for a page before the origin server has answered.',
    ],
    howToRespond: [
      'Hint only a few critical resources and repeat the same Link headers in the final response: fields in a 103 do not carry over to it.',
      'Prefer HTTP/2 or HTTP/3; RFC 8297 warns that HTTP/1.1 clients that mishandle 1xx responses can mix up responses on a connection.',
    ],
    headers: {
      Link:
        'The hints themselves, e.g. Link: </app.css>; rel=preload; as=style, or rel=preconnect for a third-party origin. Browsers act on preload and preconnect and ignore most other relations.',
    },
    responseBody: 'None: a 103 ends with its header section. The page comes with the final response (usually 200).',
    pitfalls: [
      '103 vs 100: 100 answers Expect: 100-continue and is about the request body; 103 is unsolicited and only hints at the response. Neither is the final status.',
      'Chromium uses Early Hints only for top-level navigations, typically over HTTP/2 or HTTP/3; if the final response turns out to be an error or a redirect, the preloaded resources are wasted.',
    ],
    clientFixes: [
      'Nothing to fix in the request; the status that follows is the one to act on.',
      'To check the hints work, confirm in the Network panel that the hinted files start downloading before the document response arrives, and that the final response repeats the Link headers.',
    ],
    examples: [],
    linkTitles: ['RFC 9110 §15.2 Informational 1xx', 'MDN: 103 Early Hints'],
  },
  104: {
    localReason: 'Upload Resumption Supported',
    origin:
      'A temporary IANA registration for the IETF HTTP working group draft "Resumable Uploads for HTTP" (draft-ietf-httpbis-resumable-upload), not yet an RFC. The code, its headers and their details may still change, and a temporary registration lapses unless it is renewed or the draft is published.',
    summary:
      'Interim reply from a resumable-upload server: it gives the upload URL (Location) or progress (Upload-Offset) so a broken upload can resume.',
    meaning:
      'The resumable-uploads draft uses this interim response for two things: announcing that the server created an upload resource for the current upload (its URI in Location, any limits in Upload-Limit), and reporting progress during a long upload in Upload-Offset. If the connection later drops, the client asks the upload resource for its offset with HEAD and appends the rest with PATCH instead of starting over. Like every 1xx, it has no content.',
    whenToUse: [
      'A client starts an upload with the Upload-Complete header and your endpoint supports resumption: send a 104 with the upload resource URI as soon as it exists.',
      'During a long upload, send further 104s with Upload-Offset so the client can show real progress and free data the server has already processed.',
    ],
    howToRespond: [
      'The 104 that announces the upload must carry Location and, when limits apply, Upload-Limit; all later responses to the same request must repeat the same Location.',
      'Still send 100 Continue if the client asked for it: the draft does not allow skipping the 100 because a 104 was sent.',
    ],
    headers: {
      Location:
        'URI of the upload resource: the 104 that announces it during upload creation MUST carry it, and every later message for that request must repeat the same value; the progress 104s sent while appending (PATCH to the upload resource) MUST NOT carry it. Clients should check that it stays the same.',
      'Upload-Limit':
        'Structured dictionary of limits such as max-size, max-append-size and max-age; the draft says the 104 that announces the upload MUST carry it whenever the server has limits.',
      'Upload-Offset':
        'In progress updates: the number of bytes processed so far. The client never has to resend data before that offset.',
      'Upload-Draft-Interop-Version':
        'While the protocol is a draft, the server MUST send the interop version it implements (8 in the current draft) in every 104, and clients MUST ignore a 104 without a matching one (draft-ietf-httpbis-resumable-upload, "Draft Version Identification"). The client sends it in its request too.',
    },
    responseBody: 'None: like every 1xx response, a 104 ends with its header section.',
    pitfalls: [
      '104 vs 100 vs 201: 100 only says "send the body"; 104 says "this upload can be resumed, and here is its URL"; 201 with Location is the final answer when the client sent Upload-Complete: ?0 and will append the data in parts.',
      'The draft is still moving and implementations target particular versions (earlier drafts negotiated them with an Upload-Draft-Interop-Version header); proxies or client libraries that drop 1xx responses leave the client without the upload URL.',
    ],
    clientFixes: [
      'Keep the Location from the 104; if the upload breaks off or ends in 5xx, send HEAD to it for Upload-Offset, then PATCH the rest with Content-Type: application/partial-upload.',
      'If no 104 arrives, the server or something in between does not support resumption: fall back to repeating the whole upload.',
    ],
    examples: [],
    linkTitles: [
      'RFC 9110 §15.2 Informational 1xx (handling interim responses)',
      'IETF draft: Resumable Uploads for HTTP (draft-ietf-httpbis-resumable-upload)',
      'IANA HTTP Status Code Registry',
    ],
  },
  200: {
    localReason: 'OK',
    summary: 'The request succeeded; what the body holds depends on the method (the resource for GET, the outcome for POST).',
    meaning:
      'RFC 9110 says the request has succeeded, and the content depends on the method: a representation of the target resource for GET, the same headers without content for HEAD, the status or results of the action for POST, PUT and DELETE. Apart from responses to CONNECT, a 200 is expected to carry content; when there is nothing to return, 204 fits better. A 200 is heuristically cacheable.',
    whenToUse: [
      'A GET or HEAD found the resource, or a POST, PUT, PATCH or DELETE finished and you return a body describing the result.',
      'A list or search with no results: answer 200 with an empty array, not 204 or 404.',
    ],
    howToRespond: [
      'Send an accurate Content-Type and, for GETs that may be cached, an ETag or Last-Modified plus Cache-Control, so clients can revalidate cheaply with 304.',
      'Do not wrap failures in a 200: an error message inside a success response defeats monitoring, retries and caches.',
    ],
    headers: {
      'Content-Type':
        'Tells the client how to parse the body; a wrong type (HTML instead of JSON) is a classic cause of "it returned 200 but my code failed".',
      ETag:
        'A validator lets readers revalidate with If-None-Match (and get 304) and lets writers use If-Match for optimistic locking.',
      'Cache-Control':
        '200 is heuristically cacheable: without explicit directives, browsers and CDNs may reuse it for a while. Send no-store for private or fast-changing data.',
      'Last-Modified': 'A date validator for If-Modified-Since; weaker than an ETag but useful for files and feeds.',
    },
    responseBody:
      'The representation of the resource (GET) or a description of the outcome (POST, PUT, PATCH, DELETE), in the format named by Content-Type. Error details do not belong in a 200.',
    pitfalls: [
      '200 vs 201 vs 202 vs 204: 201 when a new resource was created (with Location), 202 when work was only queued, 204 when there is nothing to return. A 200 says the action is complete.',
      '"200 with an error inside" (soft 404s, error flags in the payload, GraphQL-style errors arrays) hides failures from monitoring, caches and tools like this one; with such APIs, check the body as well as the status.',
    ],
    clientFixes: [
      'If your code still fails on a 200, look at the body and Content-Type: you may have received an HTML login or error page instead of JSON, or the API reports errors inside the payload.',
      'If the data looks stale, the 200 may have come from a cache; check the Age and Cache-Control headers or force revalidation.',
    ],
    examples: [],
    linkTitles: ['MDN: 200 OK'],
  },
  201: {
    localReason: 'Created',
    summary: 'The request succeeded and created at least one new resource; the Location header points to it.',
    meaning:
      'RFC 9110 says the request has been fulfilled and has resulted in one or more new resources being created. The primary new resource is identified by the Location header or, when there is none, by the target URI, and the content typically describes and links to what was created. Any ETag or Last-Modified in the response describes the newly created representation.',
    whenToUse: [
      'A POST to a collection created a new item, or a PUT created a resource at a URI that did not exist before (updating an existing one is 200 or 204).',
      'An upload or import finished synchronously and produced a new resource.',
    ],
    howToRespond: [
      'Send Location with the new URI and return the created resource (or a short summary with its id) in the body.',
      'For PUT, send an ETag only if you stored the content exactly as received; otherwise leave validators out (RFC 9110 §9.3.4).',
    ],
    headers: {
      Location: 'URI of the created resource; without it, clients must assume the target URI itself was created.',
      'Content-Type': 'Describes the body returned with the new resource, usually application/json.',
      ETag: 'Validator of the new representation, so the client can update it later with If-Match without another GET.',
    },
    responseBody:
      'The created resource as the server now stores it (with server-set fields such as id and timestamps), or a short summary that links to it.',
    pitfalls: [
      '201 vs 200 vs 202: send 201 only if the resource exists by the time you answer; if creation is queued, send 202 with a status URL. Updating an existing resource is 200 or 204, not 201.',
      'Retrying a POST after a timeout can create duplicates; support an Idempotency-Key request header (an IETF draft used by payment APIs such as Stripe) and replay the original 201 when the same key comes back.',
    ],
    clientFixes: [
      'Take the new URI from Location (resolving it against the request URL if relative) instead of building it yourself.',
      'If a create request timed out, look the resource up or resend with the same idempotency key before blindly retrying.',
    ],
    examples: [],
    linkTitles: ['MDN: 201 Created'],
  },
  202: {
    localReason: 'Accepted',
    summary: 'The request was accepted for processing, but the work is not finished yet and may still fail.',
    meaning:
      'RFC 9110 says the request has been accepted for processing, but the processing has not been completed and might or might not eventually be acted upon. HTTP has no way to deliver the final outcome later, so 202 is deliberately noncommittal. The response ought to describe the current status and point to, or embed, a status monitor the client can check.',
    whenToUse: [
      'Long-running or queued work (exports, transcoding, batch jobs, provisioning) where holding the connection open is impractical.',
      'Requests handed to another system or processed later in batches.',
    ],
    howToRespond: [
      'Return the URL of a status monitor (in a header and in the body) and, optionally, Retry-After as a polling hint.',
      'Once the job is done, let the status monitor answer with the outcome, or 303 See Other to the created resource.',
    ],
    headers: {
      Location:
        'RFC 9110 gives Location no fixed meaning on a 202, but APIs widely use it to point at the job or status resource; Azure-style APIs use Operation-Location instead.',
      'Retry-After':
        'RFC 9110 gives it no meaning on a 202; it names Retry-After for 503 (§15.6.4), 3xx (§10.2.3) and a temporary 413 (§15.5.14), and RFC 6585 §4 for 429. Many APIs still send it with 202 as the suggested polling interval.',
      'Content-Type': 'For the small status document in the body, usually application/json.',
    },
    responseBody:
      'A short status document: job id, state (queued, running), the status-monitor URL and perhaps an estimate. Not the final result.',
    pitfalls: [
      '202 vs 200/201: 202 promises nothing, and the job may still fail. Code that reads the new resource right after a 202 races the background work.',
      'APIs signal the status monitor differently: some use Location to a job resource, Microsoft and Azure REST guidelines use an Operation-Location header; read the API docs before polling.',
    ],
    clientFixes: [
      'Poll the status monitor (honouring Retry-After, with backoff) until it reports success or failure; do not resend the original request.',
      'Handle the job failing later: the 202 said nothing about the final outcome.',
    ],
    examples: [],
    linkTitles: ['MDN: 202 Accepted'],
  },
  203: {
    localReason: 'Non-Authoritative Information',
    summary:
      'Success, but a transforming proxy changed the origin server\'s 200 response on the way (recompressed, filtered or rewrote it).',
    meaning:
      'RFC 9110 says the request was successful, but the enclosed content has been modified from the origin server\'s 200 (OK) response by a transforming proxy. The code lets the proxy tell recipients that a transformation was applied, since that can affect later decisions such as cache validation. A 203 is heuristically cacheable.',
    whenToUse: [
      'Only in a transforming proxy (image recompression, content filtering, script injection) that altered a 200 response and wants to say so.',
    ],
    howToRespond: [
      'Keep the rest of the original 200 (Content-Type, caching headers) and identify the proxy in Via; an origin server should simply send 200.',
    ],
    headers: {
      Via: 'Names the proxy that made the change; proxies must add Via anyway (RFC 9110 §7.6.3).',
      'Content-Type': 'Must describe the transformed content, which may differ from the original (e.g. WebP instead of PNG).',
    },
    responseBody: 'The transformed representation, in place of the origin server\'s original content.',
    pitfalls: [
      '203 vs 200: only an intermediary that changed the content should send 203; an origin server returning 203 for "data from a cache or third party" misuses it.',
      'The old Warning: 214 Transformation Applied header is obsolete (RFC 9111 dropped Warning); 203 and Via are the signals that remain.',
    ],
    clientFixes: [
      'Treat it as success, but if the content looks altered, find the proxy in the Via header and bypass it, or use HTTPS end to end.',
      'Send Cache-Control: no-transform on requests and responses that must reach the other side unmodified.',
    ],
    examples: [],
    linkTitles: ['RFC 9110 §7.7 Message Transformations', 'MDN: 203 Non-Authoritative Information'],
  },
  204: {
    localReason: 'No Content',
    summary: 'Success with nothing to send back: the response has headers but no body at all.',
    meaning:
      'RFC 9110 says the server has successfully fulfilled the request and there is no additional content to send in the response content. Headers still matter (a new ETag after a PUT, for example), and a browser is not expected to leave the page it is on. A 204 ends with its header section, cannot carry content or trailers, and is heuristically cacheable.',
    whenToUse: [
      'A successful DELETE, PUT or PATCH when the client does not need the resource back.',
      'Fire-and-forget endpoints such as analytics beacons, and answers to CORS preflight (OPTIONS) requests.',
    ],
    howToRespond: [
      'Send no body and no Content-Length header (RFC 9110 forbids Content-Length on a 204); headers such as a new ETag can still be useful.',
      'If clients need server-computed fields after the change, return 200 with the representation instead.',
    ],
    headers: {
      ETag: 'After a PUT or PATCH, the new validator lets the client make its next conditional update without a GET first.',
      'Cache-Control': '204 is heuristically cacheable; add no-store if the response must not be reused.',
    },
    responseBody:
      'None. A 204 must not have content; bytes sent after the headers would be read as the start of the next response on a keep-alive connection.',
    pitfalls: [
      '204 vs 200 vs 205: a 200 with an empty body still says "content follows" (of length 0), 204 says there is none, and 205 also asks the client to reset its form. An empty list is 200 with [], not 204.',
      'Calling response.json() on a 204 throws ("Unexpected end of JSON input"), and a server that writes a body anyway corrupts HTTP/1.1 keep-alive connections.',
    ],
    clientFixes: [
      'Check for 204 (or an empty body) before parsing JSON.',
      'If you expected data, this call does not return it: GET the resource afterwards, or ask for it with Prefer: return=representation where the API supports that (RFC 7240).',
    ],
    examples: [],
    linkTitles: ['MDN: 204 No Content'],
  },
  205: {
    localReason: 'Reset Content',
    summary: 'Success, and the client should reset the form or view that sent the request, clearing it for the next entry.',
    meaning:
      'RFC 9110 says the server has fulfilled the request and wants the user agent to reset the "document view" that caused the request to its original state. It targets data-entry flows in which a user submits input and the input area is then cleared for the next entry. The server must not send content with a 205.',
    whenToUse: [
      'A form or editor that submits entries one after another (data entry, chat-like inputs) and should be cleared after each success.',
    ],
    howToRespond: [
      'Send no content: frame the response with Content-Length: 0 (or, in HTTP/1.1, close the connection right after the header section).',
    ],
    headers: { 'Content-Length': 'Content-Length: 0 is the clearest way to frame a 205, which must have no content.' },
    responseBody: 'None; RFC 9110 forbids content in a 205.',
    pitfalls: [
      '205 vs 204: neither has a body; 205 adds "reset the input view". Browsers do not reset forms for you, so it needs client code, and most APIs simply use 204.',
    ],
    clientFixes: ['Treat it as success and clear the form or input state yourself.'],
    examples: [],
    linkTitles: ['MDN: 205 Reset Content'],
  },
  206: {
    localReason: 'Partial Content',
    summary:
      'The server sends only the byte range(s) asked for in the Range header, e.g. for video seeking or resumed downloads.',
    meaning:
      'RFC 9110 says the server is successfully fulfilling a range request by transferring one or more parts of the selected representation. A single part comes with a Content-Range header giving its position and the total length; several parts come as multipart/byteranges, each part with its own Content-Range. A 206 is heuristically cacheable.',
    whenToUse: [
      'A GET carries a satisfiable Range header: audio and video seeking, resumed downloads, reading the tail of a log file.',
      'An If-Range validator still matches the current representation, so the part can safely be combined with what the client already has.',
    ],
    howToRespond: [
      'Send Content-Range (bytes start-end/total), the Content-Length of this part, and the Date, Cache-Control, ETag, Expires, Content-Location and Vary a 200 would have carried.',
      'For several ranges use Content-Type: multipart/byteranges and no top-level Content-Range; you may also merge ranges or send the full 200 instead.',
    ],
    headers: {
      'Content-Range':
        'A single-part 206 must say which bytes it carries and the full length, e.g. Content-Range: bytes 0-1023/146515.',
      'Content-Type':
        'The media type of the representation, or multipart/byteranges with a boundary when several ranges are sent.',
      ETag:
        'RFC 9110 §15.3.7: MUST be sent when the 200 would carry it (with Date, Cache-Control, Expires, Content-Location and Vary); clients use it with If-Range to resume safely.',
      'Accept-Ranges': 'Accept-Ranges: bytes advertises range support, usually on the first 200 response.',
      Date: 'RFC 9110 §15.3.7: MUST be sent when the 200 would carry it.',
      'Cache-Control': 'RFC 9110 §15.3.7: MUST be sent when the 200 would carry it, so caches treat the part like the whole.',
      Vary: 'RFC 9110 §15.3.7: MUST be sent when the 200 would carry it.',
    },
    responseBody: 'Only the requested bytes (one range), or a multipart/byteranges body with one part per range.',
    pitfalls: [
      '206 vs 200 vs 416: a server may ignore Range and send the whole representation with 200, which is valid; 416 means no requested range overlaps the content. Check the status before appending bytes.',
      'Resuming without If-Range can glue together bytes from two versions of a file; and with a Content-Encoding such as gzip, ranges count bytes of the encoded data, not of the original file.',
    ],
    clientFixes: [
      'Check Content-Range against what you asked for and place the bytes by offset; if you got 200 instead, discard the partial file and keep the full body.',
      'When resuming a download, send If-Range with the saved ETag so a changed file comes back as a fresh 200.',
    ],
    examples: [],
    linkTitles: ['RFC 9110 §14 Range Requests', 'MDN: 206 Partial Content'],
  },
  207: {
    localReason: 'Multi-Status',
    summary: 'One response carrying a separate status for each of several resources or operations, usually in a WebDAV XML body.',
    meaning:
      'RFC 4918 (WebDAV) defines 207 as providing status for multiple independent operations. The body is an XML multistatus document with one response element per resource, each with its own status, and property-level results in propstat elements. The 207 itself says nothing about whether the individual operations succeeded.',
    whenToUse: [
      'WebDAV methods that touch many resources at once: PROPFIND, PROPPATCH, and COPY, MOVE or DELETE on collections where some members fail.',
      'Batch or bulk API endpoints that need per-item results; Zalando\'s RESTful API guidelines require 207 for these.',
    ],
    howToRespond: [
      'Return one entry per item with its status and, for failures, an error description; JSON APIs should document the per-item shape.',
      'Use a single ordinary status instead when the whole request fails before any item is processed (e.g. 400, 401, 413).',
    ],
    headers: {
      'Content-Type':
        'RFC 4918 §13 names no level for it; the general SHOULD of RFC 9110 §8.3 applies. Send it: application/xml (or text/xml) with a DAV: multistatus root for WebDAV; JSON batch APIs use application/json with a documented per-item structure.',
    },
    responseBody:
      'WebDAV: a D:multistatus element with one D:response per resource, each holding href and status (or propstat) plus optional error details. Batch APIs: a JSON list of per-item status, id and problem details.',
    pitfalls: [
      '207 does not mean "all succeeded": items can be 403, 404, 409, 423 or 424 (failed dependency). Clients that only check for a 2xx silently lose those failures.',
      '207 vs 200 vs 4xx: use 207 when results differ per item and a plain status when they do not. Generic HTTP clients and monitors count every 2xx as full success, so document the 207 prominently.',
    ],
    clientFixes: [
      'Parse the body and check each item; retry or fix only the ones that failed.',
      'In WebDAV, a 424 on an item means it failed because another part of the same request failed: fix that first error.',
    ],
    examples: [],
    linkTitles: [
      'RFC 4918 §13 Multi-Status Response',
      'MDN: 207 Multi-Status',
      'Zalando RESTful API Guidelines: use 207 for batch or bulk requests',
    ],
  },
  208: {
    localReason: 'Already Reported',
    summary:
      'WebDAV, only inside a 207 body: this collection was already listed earlier in the response, so its members are not repeated.',
    meaning:
      'RFC 5842 (WebDAV bindings) uses 208 inside a DAV:propstat response element to avoid enumerating the members of the same collection again when it is reachable through several bindings. For each collection, one binding is reported with 200 and the others with 208, without their descendants. It occurs only for Depth: infinity requests and keeps binding loops from producing endless output.',
    whenToUse: [
      'A WebDAV server that supports bindings answers a Depth: infinity PROPFIND and meets a collection it has already reported under another path.',
    ],
    howToRespond: [
      'Report the first binding with 200 and every later one with 208 inside the 207 body, without their children; a server that cannot do this should stop with 508 Loop Detected rather than loop.',
    ],
    headers: {
      'Content-Type':
        'Belongs to the enclosing 207 response (general SHOULD of RFC 9110 §8.3): application/xml with a DAV: multistatus body. A 208 itself only appears inside that body.',
      Depth: 'Request header: 208 only appears in answers to Depth: infinity requests.',
    },
    responseBody:
      'Never a top-level status: it appears as D:status "HTTP/1.1 208 Already Reported" inside a 207 multistatus body.',
    pitfalls: [
      '208 vs 508: 208 means the server noticed the repeated collection and skipped it; 508 Loop Detected means it abandoned the whole request because of a loop.',
      '208 in the status line of an HTTP response is a server bug; it belongs only inside a 207 body.',
    ],
    clientFixes: [
      'When building a tree from PROPFIND, treat a 208 entry as another path to a collection you already have (match it by DAV:resource-id), not as missing data.',
    ],
    examples: [],
    linkTitles: ['MDN: 208 Already Reported'],
  },
  226: {
    localReason: 'IM Used',
    summary:
      'Delta encoding: instead of the whole resource, the server sent only the changes against a version the client already has.',
    meaning:
      'RFC 3229 says the server has fulfilled a GET request for the resource, and the response is a representation of the result of one or more instance-manipulations applied to the current instance. In practice the client sent A-IM (the manipulations it accepts, such as vcdiff) and If-None-Match naming its cached version, and the server answered with a delta; the IM header names what was applied.',
    whenToUse: [
      'A client offered A-IM and a base version in If-None-Match, and a delta against that base is much smaller than the full resource, e.g. large feeds or documents that change a little at a time.',
    ],
    howToRespond: [
      'Send IM with the manipulations applied, the ETag of the full current instance, and Delta-Base naming the base version; fall back to a full 200 if you lack that base.',
    ],
    headers: {
      IM: 'Names the instance-manipulations applied (e.g. vcdiff, diffe, gzip); without it the client cannot decode the body.',
      ETag:
        'RFC 3229 §10.4.1: the response MUST include an ETag giving the entity tag of the complete current instance, which the client will use as its base next time.',
      'Delta-Base': 'The entity tag of the base instance the delta was computed against.',
    },
    responseBody:
      'The delta (or other manipulation) named by IM, not the full resource; the client applies it to its cached copy.',
    pitfalls: [
      '226 vs 200 vs 304: 304 means the cached copy is still current, 226 means it changed and here is the difference, 200 sends everything. Treating a 226 body as the full resource corrupts data.',
      'Delta encoding is rarely implemented and caches that do not know it can mishandle 226; most systems rely on compression (gzip, br) instead.',
    ],
    clientFixes: [
      'Apply the delta named by IM to the cached version named by Delta-Base; if you no longer have that version, request again without A-IM to get a full 200.',
    ],
    examples: [],
    linkTitles: ['MDN: 226 IM Used'],
  },
  300: {
    localReason: 'Multiple Choices',
    summary: 'The resource exists in several variants (languages, formats) and the server wants the client or user to pick one.',
    meaning:
      'RFC 9110 says the target resource has more than one representation, each with its own more specific identifier, and information about the alternatives is provided so the user or user agent can select one and redirect to it. If the server has a preferred choice it should put that URI in Location, which clients may follow automatically. There is no standard format for the list, so 300 is rare; it is heuristically cacheable.',
    whenToUse: [
      'Agent-driven content negotiation where the server should not choose for the client, e.g. several language or file-format versions without a sensible default.',
    ],
    howToRespond: [
      'List the alternatives in the body (HTML links or a documented JSON list) and put your preferred one in Location; usually it is simpler to choose via Accept headers and answer 200 with Vary.',
    ],
    headers: {
      Location: 'The server\'s preferred choice, if it has one; user agents may redirect to it automatically.',
      Link: 'Link headers with rel="alternate" are one machine-readable way to list the choices; RFC 9110 prescribes no format.',
    },
    responseBody: 'A short list of the available variants with their URIs and what sets them apart (language, media type).',
    pitfalls: [
      '300 vs 406 vs 302: 406 says none of the variants matches the Accept headers, 300 offers several, and if you can choose for the client just redirect (302, 303) or serve 200 with Vary.',
      'Browsers show no chooser: without Location they just display the body, and clients do not agree on how to pick automatically.',
    ],
    clientFixes: [
      'Follow Location if present; otherwise pick one of the listed URIs and request it directly.',
      'Send more specific Accept or Accept-Language headers, or request the variant URL, so the server can decide.',
    ],
    examples: [],
    linkTitles: ['MDN: 300 Multiple Choices'],
  },
  301: {
    localReason: 'Moved Permanently',
    summary:
      'The resource has a new permanent URL, given in Location; update your links. Clients may turn a POST into GET when following it.',
    meaning:
      'RFC 9110 says the target resource has been assigned a new permanent URI and future references ought to use it; the server should send that URI in Location, and clients able to edit links ought to update them. For historical reasons a user agent may change POST to GET on the follow-up request; 308 forbids that. A 301 is heuristically cacheable.',
    whenToUse: [
      'A page or API path moved for good: new domain, HTTP to HTTPS, renamed slug, canonical host (www or apex), trailing-slash normalisation.',
      'Merging duplicate URLs for search engines, which treat 301 (and 308) as a permanent move.',
    ],
    howToRespond: [
      'Send Location with the new URI, redirect in a single hop, and keep the redirect in place for a long time (months or longer).',
      'For endpoints that receive POST, PUT or PATCH, use 308 instead so the method and body survive.',
    ],
    headers: {
      Location:
        'RFC 9110 §15.4.2: the server SHOULD send the new permanent URI (absolute or relative to the request URL). Send it always: a 301 without it leaves clients stranded.',
      'Cache-Control':
        'Browsers may cache a 301 with no expiry at all; an explicit max-age limits how long a wrong redirect keeps firing.',
    },
    responseBody:
      'Optional: a short HTML note linking to the new URI for clients that do not follow redirects. APIs usually send none.',
    pitfalls: [
      '301 vs 308 vs 302/307: 301 and 308 are permanent, 302 and 307 temporary; 307 and 308 keep the method and body, while browsers, curl and most libraries turn a POST into GET on 301 (and 302).',
      'Browsers cache 301s hard, often with no expiry, so a mistaken or changed redirect keeps firing for returning visitors; test with 302 or 307 first and switch to 301 once the target is final.',
    ],
    clientFixes: [
      'Update the stored URL (base URL, bookmarks, configuration) to the Location value so you stop paying for the extra round trip.',
      'If a POST arrives at the new URL as a GET and fails with 404 or 405, call the new URL directly or ask the provider to use 308.',
    ],
    examples: [
      {
        title: 'A documentation page moved for good',
        note: 'max-age limits how long browsers remember the redirect; without it they may keep it indefinitely.',
      },
    ],
    linkTitles: ['MDN: 301 Moved Permanently', 'Google Search Central: Redirects and Google Search'],
  },
  302: {
    localReason: 'Found',
    summary:
      'Temporary redirect to the URL in Location; keep using the original URL. Browsers turn a POST into GET when following it.',
    meaning:
      'RFC 9110 says the target resource resides temporarily under a different URI; since the redirection might change, the client ought to keep using the original URI for future requests. The server should send the temporary URI in Location. For historical reasons user agents may change POST to GET when following a 302, which is why 303 and 307 exist for the two unambiguous cases.',
    whenToUse: [
      'Browser flows: sending an unauthenticated user to the login page, OAuth and OpenID Connect hops between sites, A/B or geographic routing, maintenance pages.',
      'Any temporary move of a GET resource whose original URL stays canonical.',
    ],
    howToRespond: [
      'Send Location, plus Cache-Control: no-store when the target depends on the user or session.',
      'After a form POST prefer 303, which says "now GET this" explicitly; to keep the method, use 307.',
    ],
    headers: {
      Location:
        'RFC 9110 §15.4.3: the server SHOULD send the temporary target; relative references are resolved against the request URL. Without it browsers cannot follow the redirect.',
      'Cache-Control':
        '302 is not cacheable by default, but explicit freshness makes it so; use no-store when the target depends on the session.',
    },
    responseBody: 'Usually none, or a short HTML link to the target.',
    pitfalls: [
      '302 vs 303 vs 307: all temporary. 303 always means "GET this now", 307 forbids changing the method, and 302 is ambiguous (browsers switch POST to GET), so keep 302 for GET requests.',
      'APIs behind session middleware often answer 302 to an HTML login page instead of 401: fetch() follows it silently, and the caller gets a 200 HTML page (a JSON parse error) or a CORS error instead of "not authenticated".',
    ],
    clientFixes: [
      'If an API call unexpectedly ends on HTML or a login page, inspect the redirect chain (response.redirected and response.url, or DevTools): your session or token is missing, and the API should be configured to answer 401.',
      'Do not save Location as the new address; keep calling the original URL.',
    ],
    examples: [
      {
        title: 'Unauthenticated visitor sent to the login page',
        note: 'Right for a browser page. An API endpoint should answer 401 instead of redirecting to an HTML login form.',
      },
    ],
    linkTitles: ['MDN: 302 Found', 'Fetch Standard: HTTP-redirect fetch'],
  },
  303: {
    localReason: 'See Other',
    summary: 'Go and GET the URL in Location: the result of this request lives there (the classic redirect after a form POST).',
    meaning:
      'RFC 9110 says the server is redirecting the user agent to a different resource, named in Location, which is intended to provide an indirect response to the original request. The client follows it with GET (or HEAD), whatever the original method was. It is the standard way to answer a POST with a page that can be bookmarked, reloaded and cached without resubmitting the form.',
    whenToUse: [
      'Post/Redirect/Get: after a successful form POST, send the browser to the result page so a reload does not post again.',
      'When a queued job (see 202) has finished, its status monitor can answer 303 pointing at the result.',
    ],
    howToRespond: [
      'Send Location with the URI of the result; for requests other than HEAD, a short hypertext note linking to it is recommended.',
      'Do not use 303 when the client must repeat the same method at the new address; that is 307 or 308.',
    ],
    headers: {
      Location:
        'The resource that holds the result; the client fetches it with GET. RFC 9110 §15.4.4 uses no BCP 14 keyword here, but defines 303 as a redirect "as indicated by a URI in the Location header field": without it the code means nothing.',
    },
    responseBody: 'Optional: a short HTML note linking to the Location URI (RFC 9110 suggests one for requests other than HEAD).',
    pitfalls: [
      '303 vs 302 vs 307: 303 always switches to GET (or HEAD), 307 never switches, 302 depends on the client. Use 303 after a POST, and 307 to send the same POST elsewhere.',
      'A 303 is not cacheable by default and points to a different resource, not a new address of this one: do not store it as a moved URL.',
    ],
    clientFixes: [
      'Follow it with GET and read the result there; libraries do so automatically, but a hand-written client must not resend the POST body.',
      'If you need the id of what the POST created, take it from the Location path or the target resource.',
    ],
    examples: [
      {
        title: 'Post/Redirect/Get after placing an order',
        note: 'The browser now GETs /orders/5521; reloading that page does not place a second order.',
      },
    ],
    linkTitles: ['MDN: 303 See Other'],
  },
  304: {
    localReason: 'Not Modified',
    summary:
      'Your cached copy is still valid: the conditional GET matched, so no body is sent and the client reuses what it stored.',
    meaning:
      'RFC 9110 says a conditional GET or HEAD request was received and would have resulted in a 200 (OK) response if the condition had not evaluated to false. So the server sends no content, and the client uses its stored response, updated with the metadata in the 304. It answers If-None-Match (ETag) or If-Modified-Since, and always ends with its header section.',
    whenToUse: [
      'A GET or HEAD carries If-None-Match matching the current ETag (weak comparison), or, without If-None-Match, an If-Modified-Since date no older than Last-Modified.',
    ],
    howToRespond: [
      'Send the headers a 200 would have carried among Cache-Control, Content-Location, Date, ETag, Expires and Vary, and no content.',
      'For PUT, PATCH, DELETE and other unsafe methods, a failed precondition is 412, never 304.',
    ],
    headers: {
      ETag:
        'RFC 9110 §15.4.5: MUST be sent if the 200 would have carried it, so the cache can match and refresh the right stored response.',
      'Cache-Control':
        'Same MUST as ETag (RFC 9110 §15.4.5) when the 200 would carry it: it refreshes the freshness of the stored response, so the client can skip revalidation for a while.',
      Vary:
        'Same MUST (RFC 9110 §15.4.5) when the 200 would carry it: repeat the Vary of the 200, so the correct cached variant is updated.',
      'Last-Modified':
        'Not in the MUST list: RFC 9110 §15.4.5 says SHOULD NOT send other representation metadata unless it guides cache updates, e.g. Last-Modified when there is no ETag.',
      Date:
        'Same MUST (RFC 9110 §15.4.5) when the 200 would carry it; origin servers with a clock send it on every 304 anyway (RFC 9110 §6.6.1).',
      'Content-Location': 'Same MUST (RFC 9110 §15.4.5), but only when the 200 would have carried it, which few servers do.',
      Expires:
        'Same MUST (RFC 9110 §15.4.5) when the 200 would carry it; Cache-Control max-age takes precedence over it in caches.',
    },
    responseBody: 'None. A 304 cannot have content; the client reuses the body it stored earlier.',
    pitfalls: [
      '304 vs 200 vs 412: 304 only answers conditional GET or HEAD; a failed If-Match or If-Unmodified-Since, or any failed precondition on an unsafe method, is 412. A 304 to a request without validators is a server or cache bug.',
      'fetch() usually hides 304s (the browser cache turns them into 200s), but when your own code sets If-None-Match the 304 reaches it with an empty body and response.ok === false, which is easy to log as an error.',
    ],
    clientFixes: [
      'Use your stored copy: keep the ETag or Last-Modified of the last 200 together with its body.',
      'If you never get 304, check that the ETag is stable (compression or load balancers can change it) and sent back exactly, quotes and W/ prefix included; handle 304 before checking response.ok.',
    ],
    examples: [
      {
        title: 'Revalidating a cached catalogue',
        note: 'No body: the client keeps the catalogue it already has and treats it as fresh for another 60 seconds.',
      },
    ],
    linkTitles: ['RFC 9111 §4.3 Validation', 'MDN: 304 Not Modified'],
  },
  305: {
    localReason: 'Use Proxy',
    origin:
      'Defined in RFC 2068 and RFC 2616 to make the client repeat the request through the proxy named in Location. RFC 7231 deprecated it because letting a response configure a proxy is a security risk; RFC 9110 only records it as deprecated.',
    summary:
      'Deprecated: once told the client to repeat the request through the proxy named in Location. Clients ignore it for security reasons.',
    meaning:
      'RFC 9110 says only that 305 was defined in a previous version of the specification and is now deprecated. RFC 2616 meant it as "the requested resource must be accessed through the proxy given by the Location field", to be sent by origin servers only. Because that let any server reroute a client through a proxy of its choosing, clients stopped honouring it.',
    whenToUse: ['Never in new systems; configure proxies on the client (PAC file, system settings, environment variables).'],
    howToRespond: ['If a legacy system emits it, replace it with a normal redirect (307 or 308) or a clear error.'],
    headers: {
      Location:
        'In the old definition Location held the proxy URI, not a new address of the resource, which is why clients must not follow it like a redirect.',
    },
    responseBody: 'Historically a short note naming the proxy; irrelevant today.',
    pitfalls: [
      '305 is not a redirect to a new URL: its Location names a proxy, so clients must not treat it like 302 or 307. Proxy authentication is a different code, 407.',
    ],
    clientFixes: [
      'Do not follow it. If you need a proxy, configure it explicitly in the client or environment, and ask the server owner to stop sending 305.',
    ],
    examples: [],
    linkTitles: ['RFC 7231 §6.4.5 305 Use Proxy (deprecation)'],
  },
  306: {
    localReason: '(Unused)',
    origin:
      'An early HTTP/1.1 proposal used 306 as "Switch Proxy" (telling clients to use a different proxy for later requests). It was dropped, and RFC 2616, RFC 7231 and RFC 9110 only keep the number reserved.',
    summary:
      'Reserved and unused: left over from the abandoned "Switch Proxy" proposal; it has no meaning today and servers should not send it.',
    meaning:
      'RFC 9110 says the 306 status code was defined in a previous version of the specification, is no longer used, and the code is reserved. Beyond being a 3xx, it carries no semantics.',
    whenToUse: ['Never; the number is kept reserved so that it is not reassigned.'],
    howToRespond: ['Send the redirect you actually mean: 301, 302, 303, 307 or 308.'],
    headers: {
      Location:
        'Has no defined role in a 306; RFC 9110 lets a client that gets an unrecognised 3xx with Location redirect there anyway.',
    },
    responseBody: 'Nothing is defined.',
    pitfalls: [
      'Clients treat an unknown 3xx like 300 and may follow Location; a 306 from a server is a bug or a private code, not "Switch Proxy".',
    ],
    clientFixes: ['Report it as a server bug; meanwhile follow Location only if it clearly points where you meant to go.'],
    examples: [],
    linkTitles: [],
  },
  307: {
    localReason: 'Temporary Redirect',
    summary:
      'Temporary redirect that keeps the method and body: repeat exactly the same request at the Location URL, this time only.',
    meaning:
      'RFC 9110 says the target resource resides temporarily under a different URI, and the user agent must not change the request method if it performs an automatic redirection to that URI. Since the redirection can change over time, the client ought to keep using the original URI for future requests. The server should send the temporary URI in Location.',
    whenToUse: [
      'Temporarily sending API calls with bodies (POST, PUT, PATCH, DELETE) to another host or region, e.g. during failover or maintenance.',
      'Scheme or host redirects where a POST must not turn into a GET.',
    ],
    howToRespond: [
      'Send Location; clients will resend the same method and body, so the target must accept them.',
      'Use 308 if the move is permanent, and 303 if the client should fetch a result with GET.',
    ],
    headers: {
      Location:
        'RFC 9110 §15.4.8: the server SHOULD send the temporary target of this one request; it is not a new permanent address. Without it the client cannot follow.',
      'Retry-After': 'On a 3xx, asks the client to wait at least this long before following the redirect.',
    },
    responseBody: 'Usually none, or a short note linking to the target URI.',
    pitfalls: [
      '307 vs 302 vs 308: 307 guarantees the method and body are kept (302 does not), and 308 is its permanent version. A client can only resend a body it still has, so streamed uploads may fail on any redirect.',
      'Chrome DevTools shows "307 Internal Redirect" (Non-Authoritative-Reason: HSTS) when the browser upgrades http:// to https:// itself; no server sent it, so fix the http:// links, not the server.',
    ],
    clientFixes: [
      'Let the client follow it (fetch and most libraries do), and check that the target accepts the same method and still gets your credentials: the Fetch standard drops Authorization on cross-origin redirects.',
      'Keep calling the original URL; only this request was moved.',
    ],
    examples: [
      {
        title: 'Upload sent to another region during maintenance',
        note: 'The client repeats the same POST with the same body at the new host, and keeps using api.example.com next time.',
      },
    ],
    linkTitles: ['MDN: 307 Temporary Redirect'],
  },
  308: {
    localReason: 'Permanent Redirect',
    summary:
      'Permanent redirect that keeps the method and body: use the Location URL from now on and repeat the same request there.',
    meaning:
      'RFC 9110 §15.4.9 (taking over from RFC 7538) says the target resource has been assigned a new permanent URI and future references ought to use it; the server should send it in Location, and a 308 is heuristically cacheable. §15.4.9 itself says nothing about the method: that 308 keeps it comes from RFC 7538 §3 (308 is like 301 except that it does not allow changing the request method from POST to GET) and from the note in RFC 9110 §15.4 that 307 and 308 were added as method-preserving redirects. The explicit MUST NOT change the method is written only for 307 (§15.4.8).',
    whenToUse: [
      'An API endpoint that receives POST, PUT, PATCH or DELETE has moved for good (new version path, new host, trailing-slash canonicalisation).',
      'Any permanent move where one code should be safe for every method; frameworks such as Next.js already use 308 for permanent and trailing-slash redirects.',
    ],
    howToRespond: [
      'Send Location with the new URI and an explicit Cache-Control lifetime, since browsers remember permanent redirects.',
      'Update your docs and SDKs too: every redirected call with a body costs a round trip and sends the body twice.',
    ],
    headers: {
      Location:
        'RFC 9110 §15.4.9: the server SHOULD send the new permanent URI; clients should store it and repeat the same method there. Without it the client cannot follow.',
      'Cache-Control': '308 is heuristically cacheable and browsers keep it for a long time; an explicit max-age bounds that.',
    },
    responseBody: 'Usually none, or a short note linking to the new URI.',
    pitfalls: [
      '308 vs 301 vs 307: 308 is 301 without the POST-to-GET rewrite, and 307 is its temporary sibling. Search engines treat 301 and 308 alike.',
      'Google\'s resumable upload APIs (Cloud Storage, Drive, YouTube) use 308 without Location to mean "resume incomplete"; and very old clients that do not know 308 handle it like 300 and do not follow it.',
    ],
    clientFixes: [
      'Switch your client or configuration to the Location URL; each redirected upload sends the whole body again.',
      'If calls fail after a 308, check whether the new URL differs only by a trailing slash or the scheme (framework or proxy rules) and call that exact URL.',
    ],
    examples: [
      {
        title: 'Trailing-slash canonicalisation on an API path',
        note: 'The client repeats the POST with its body at /api/orders; with 301 many clients would have sent a GET instead.',
      },
    ],
    linkTitles: [
      'RFC 7538 §3 308 Permanent Redirect (keeps the method)',
      'RFC 9110 §15.4 Redirection 3xx (note on method-preserving 307 and 308)',
      'MDN: 308 Permanent Redirect',
    ],
  },
} satisfies Partial<Record<StatusCode, StatusProse>>;

export default prose;
