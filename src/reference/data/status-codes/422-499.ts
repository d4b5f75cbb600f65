import type { StatusFacts } from '../../types';
import { mdnStatus } from './links';

/** The language-independent half of 422-499's entries; the prose of each language lives in ../en/422-499.ts and ../zh-CN/422-499.ts. */
const facts: StatusFacts[] = [
  {
    code: 422,
    reason: 'Unprocessable Content',
    category: 'client-error',
    standing: 'standard',
    headers: [
      { name: 'Content-Type', side: 'response', requirement: 'recommended' },
      { name: 'Content-Language', side: 'response', requirement: 'optional' },
    ],
    examples: [
      {
        request:
          'POST /v1/users HTTP/1.1\nHost: api.example.com\nContent-Type: application/json\nAccept: application/json, application/problem+json\n\n{"email":"ana@example","age":-4,"name":"Ana"}',
        response:
          'HTTP/1.1 422 Unprocessable Content\nContent-Type: application/problem+json\nContent-Language: en\n\n{"type":"https://api.example.com/problems/validation-error","title":"Request body failed validation","status":422,"detail":"2 fields are invalid.","instance":"/v1/users","errors":[{"pointer":"#/email","code":"format","detail":"must be a valid email address"},{"pointer":"#/age","code":"minimum","detail":"must be 0 or greater"}]}',
      },
      {
        request:
          'PATCH /v1/orders/5521 HTTP/1.1\nHost: api.example.com\nContent-Type: application/json-patch+json\nIf-Match: "v7"\n\n[{"op":"replace","path":"/items/0/quantity","value":0}]',
        response:
          'HTTP/1.1 422 Unprocessable Content\nContent-Type: application/problem+json\n\n{"type":"https://api.example.com/problems/invalid-patch-result","title":"Patch would leave the order invalid","status":422,"detail":"An order line needs a quantity of at least 1; remove the line instead of setting 0.","instance":"/v1/orders/5521","errors":[{"pointer":"#/items/0/quantity","detail":"must be 1 or greater"}]}',
      },
    ],
    related: [400, 409, 412, 415],
    references: [
      {
        title: 'RFC 9110 §15.5.21 422 Unprocessable Content',
        url: 'https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.21',
      },
      { url: 'https://www.rfc-editor.org/rfc/rfc4918.html#section-11.2' },
      { url: 'https://www.rfc-editor.org/rfc/rfc5789.html#section-2.2' },
      { url: 'https://www.rfc-editor.org/rfc/rfc9457.html' },
      mdnStatus(422),
      { url: 'https://opensource.zalando.com/restful-api-guidelines/#150' },
      { url: 'https://github.com/Haufe-Lexware/api-style-guide/blob/master/http-status-codes/http-status-codes.md' },
      { url: 'https://google.aip.dev/193' },
    ],
    retry: 'after-change',
    cacheableByDefault: false,
  },
  {
    code: 423,
    reason: 'Locked',
    category: 'client-error',
    standing: 'standard',
    headers: [
      { name: 'Content-Type', side: 'response', requirement: 'recommended' },
      { name: 'Retry-After', side: 'response', requirement: 'optional' },
    ],
    examples: [
      {
        request:
          'PUT /docs/plan.docx HTTP/1.1\nHost: dav.example.com\nContent-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document\nContent-Length: 18340\n\n(binary document)',
        response:
          'HTTP/1.1 423 Locked\nContent-Type: application/xml; charset="utf-8"\n\n<?xml version="1.0" encoding="utf-8"?>\n<D:error xmlns:D="DAV:">\n  <D:lock-token-submitted>\n    <D:href>/docs/plan.docx</D:href>\n  </D:lock-token-submitted>\n</D:error>',
      },
    ],
    related: [409, 412, 424, 403],
    references: [
      { title: 'RFC 4918 §11.3 423 Locked', url: 'https://www.rfc-editor.org/rfc/rfc4918.html#section-11.3' },
      mdnStatus(423),
    ],
    retry: 'after-delay',
    cacheableByDefault: false,
  },
  {
    code: 424,
    reason: 'Failed Dependency',
    category: 'client-error',
    standing: 'standard',
    headers: [{ name: 'Content-Type', side: 'response', requirement: 'recommended' }],
    examples: [
      {
        request:
          'PROPPATCH /docs/report.pdf HTTP/1.1\nHost: dav.example.com\nContent-Type: application/xml; charset="utf-8"\n\n<?xml version="1.0" encoding="utf-8"?>\n<D:propertyupdate xmlns:D="DAV:" xmlns:Z="urn:example:props">\n  <D:set><D:prop><Z:reviewer>Lin</Z:reviewer><D:getetag>x</D:getetag></D:prop></D:set>\n</D:propertyupdate>',
        response:
          'HTTP/1.1 207 Multi-Status\nContent-Type: application/xml; charset="utf-8"\n\n<?xml version="1.0" encoding="utf-8"?>\n<D:multistatus xmlns:D="DAV:" xmlns:Z="urn:example:props">\n  <D:response>\n    <D:href>/docs/report.pdf</D:href>\n    <D:propstat><D:prop><D:getetag/></D:prop><D:status>HTTP/1.1 403 Forbidden</D:status></D:propstat>\n    <D:propstat><D:prop><Z:reviewer/></D:prop><D:status>HTTP/1.1 424 Failed Dependency</D:status></D:propstat>\n  </D:response>\n</D:multistatus>',
      },
      {
        request:
          'POST /v1/batch HTTP/1.1\nHost: api.example.com\nContent-Type: application/json\n\n{"atomic":true,"operations":[{"id":"a","op":"create","sku":"X1"},{"id":"b","op":"create","sku":"X1"}]}',
        response:
          'HTTP/1.1 424 Failed Dependency\nContent-Type: application/problem+json\n\n{"type":"https://api.example.com/problems/batch-aborted","title":"Batch aborted","status":424,"detail":"Operation b failed, so the atomic batch was rolled back.","failedOperation":{"id":"b","status":409,"detail":"SKU X1 already exists"},"skipped":["a"]}',
      },
    ],
    related: [207, 423, 409, 422, 502],
    references: [
      { title: 'RFC 4918 §11.4 424 Failed Dependency', url: 'https://www.rfc-editor.org/rfc/rfc4918.html#section-11.4' },
      mdnStatus(424),
    ],
    retry: 'after-change',
    cacheableByDefault: false,
  },
  {
    code: 425,
    reason: 'Too Early',
    category: 'client-error',
    standing: 'standard',
    headers: [
      { name: 'Early-Data', side: 'request', requirement: 'required' },
      { name: 'Content-Type', side: 'response', requirement: 'optional' },
    ],
    examples: [
      {
        request:
          'POST /v1/payments HTTP/1.1\nHost: api.example.com\nEarly-Data: 1\nContent-Type: application/json\nIdempotency-Key: 2f1c9a\n\n{"amount":4200,"currency":"EUR"}',
        response:
          'HTTP/1.1 425 Too Early\nContent-Type: application/problem+json\n\n{"type":"https://api.example.com/problems/too-early","title":"Request received in TLS early data","status":425,"detail":"Payments are not accepted in 0-RTT data. Resend after the TLS handshake completes."}',
      },
    ],
    related: [421, 400, 503],
    references: [
      { url: 'https://www.rfc-editor.org/rfc/rfc8470.html#section-5.2' },
      { url: 'https://www.rfc-editor.org/rfc/rfc8470.html#section-5.1' },
      mdnStatus(425),
    ],
    retry: 'safe',
    cacheableByDefault: false,
  },
  {
    code: 426,
    reason: 'Upgrade Required',
    category: 'client-error',
    standing: 'standard',
    headers: [
      { name: 'Upgrade', side: 'response', requirement: 'required' },
      { name: 'Connection', side: 'response', requirement: 'required' },
      { name: 'Content-Type', side: 'response', requirement: 'optional' },
    ],
    examples: [
      {
        request: 'GET /socket HTTP/1.1\nHost: chat.example.com\nAccept: application/json',
        response:
          'HTTP/1.1 426 Upgrade Required\nUpgrade: websocket\nConnection: Upgrade\nContent-Type: application/problem+json\n\n{"type":"https://chat.example.com/problems/websocket-only","title":"WebSocket required","status":426,"detail":"This endpoint speaks WebSocket only. Connect with a WebSocket client to wss://chat.example.com/socket."}',
      },
    ],
    related: [101, 400, 505],
    references: [
      { title: 'RFC 9110 §15.5.22 426 Upgrade Required', url: 'https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.22' },
      { title: 'RFC 9110 §7.8 Upgrade', url: 'https://www.rfc-editor.org/rfc/rfc9110.html#section-7.8' },
      { url: 'https://www.rfc-editor.org/rfc/rfc6455.html#section-4.2.2' },
      mdnStatus(426),
    ],
    retry: 'after-change',
    cacheableByDefault: false,
  },
  {
    code: 428,
    reason: 'Precondition Required',
    category: 'client-error',
    standing: 'standard',
    headers: [
      { name: 'Content-Type', side: 'response', requirement: 'recommended' },
      { name: 'Cache-Control', side: 'response', requirement: 'optional' },
    ],
    examples: [
      {
        request:
          'PUT /v1/documents/77 HTTP/1.1\nHost: api.example.com\nContent-Type: application/json\n\n{"title":"Q3 plan","body":"..."}',
        response:
          'HTTP/1.1 428 Precondition Required\nContent-Type: application/problem+json\nCache-Control: no-store\n\n{"type":"https://api.example.com/problems/precondition-required","title":"Conditional request required","status":428,"detail":"Send If-Match with the ETag from GET /v1/documents/77 to avoid overwriting someone else\'s changes.","instance":"/v1/documents/77"}',
      },
    ],
    related: [412, 409, 400],
    references: [
      { title: 'RFC 6585 §3 428 Precondition Required', url: 'https://www.rfc-editor.org/rfc/rfc6585.html#section-3' },
      { title: 'RFC 9110 §13.1.1 If-Match', url: 'https://www.rfc-editor.org/rfc/rfc9110.html#section-13.1.1' },
      mdnStatus(428),
    ],
    retry: 'after-change',
    cacheableByDefault: false,
  },
  {
    code: 429,
    reason: 'Too Many Requests',
    category: 'client-error',
    standing: 'standard',
    headers: [
      { name: 'Retry-After', side: 'response', requirement: 'optional' },
      { name: 'RateLimit', side: 'response', requirement: 'optional' },
      { name: 'RateLimit-Policy', side: 'response', requirement: 'optional' },
      { name: 'Access-Control-Expose-Headers', side: 'response', requirement: 'optional' },
      { name: 'Content-Type', side: 'response', requirement: 'recommended' },
    ],
    examples: [
      {
        request:
          'GET /v1/search?q=router HTTP/1.1\nHost: api.example.com\nAuthorization: Bearer eyJhbGciOi...\nAccept: application/json',
        response:
          'HTTP/1.1 429 Too Many Requests\nContent-Type: application/problem+json\nRetry-After: 30\nRateLimit-Policy: "default";q=100;w=60\nRateLimit: "default";r=0;t=30\n\n{"type":"https://api.example.com/problems/rate-limited","title":"Rate limit exceeded","status":429,"detail":"This API key may make 100 requests per 60 seconds. Retry in 30 seconds.","instance":"/v1/search"}',
      },
      {
        request:
          'POST /login HTTP/1.1\nHost: www.example.com\nContent-Type: application/x-www-form-urlencoded\n\nuser=ana&password=********',
        response:
          'HTTP/1.1 429 Too Many Requests\nRetry-After: 900\nContent-Type: application/problem+json\nCache-Control: no-store\n\n{"type":"https://www.example.com/problems/login-throttled","title":"Too many login attempts","status":429,"detail":"5 failed attempts in 10 minutes. Try again in 15 minutes or reset your password."}',
      },
    ],
    related: [503, 403, 509],
    references: [
      { title: 'RFC 6585 §4 429 Too Many Requests', url: 'https://www.rfc-editor.org/rfc/rfc6585.html#section-4' },
      { title: 'RFC 9110 §10.2.3 Retry-After', url: 'https://www.rfc-editor.org/rfc/rfc9110.html#section-10.2.3' },
      { url: 'https://datatracker.ietf.org/doc/draft-ietf-httpapi-ratelimit-headers/' },
      mdnStatus(429),
      { url: 'https://opensource.zalando.com/restful-api-guidelines/#153' },
    ],
    retry: 'after-delay',
    cacheableByDefault: false,
  },
  {
    code: 431,
    reason: 'Request Header Fields Too Large',
    category: 'client-error',
    standing: 'standard',
    headers: [
      { name: 'Content-Type', side: 'response', requirement: 'recommended' },
      { name: 'Set-Cookie', side: 'response', requirement: 'optional' },
    ],
    examples: [
      {
        request:
          'GET /dashboard HTTP/1.1\nHost: app.example.com\nCookie: session=9f8c...; _ga=GA1.1...; ab_test_2019=...; ... (14 KB in total)',
        response:
          'HTTP/1.1 431 Request Header Fields Too Large\nContent-Type: application/problem+json\nSet-Cookie: ab_test_2019=; Max-Age=0; Path=/\nConnection: close\n\n{"type":"https://app.example.com/problems/headers-too-large","title":"Request headers too large","status":431,"detail":"The Cookie header is 14 KB; this server accepts at most 8 KB. Obsolete cookies were cleared; please reload."}',
      },
    ],
    related: [413, 414, 400],
    references: [
      { title: 'RFC 6585 §5 431 Request Header Fields Too Large', url: 'https://www.rfc-editor.org/rfc/rfc6585.html#section-5' },
      mdnStatus(431),
      { url: 'https://nginx.org/en/docs/http/ngx_http_core_module.html#large_client_header_buffers' },
    ],
    retry: 'after-change',
    cacheableByDefault: false,
  },
  {
    code: 444,
    reason: 'No Response',
    category: 'client-error',
    standing: 'unofficial',
    headers: [{ name: 'Host', side: 'request', requirement: 'optional' }],
    examples: [
      {
        request: 'GET / HTTP/1.1\nHost: 203.0.113.10\nUser-Agent: curl/8.5.0\nAccept: */*',
        response:
          '(no response: nginx closes the connection; curl prints "Empty reply from server")\n\naccess.log:\n198.51.100.7 - - [12/May/2025:10:04:31 +0000] "GET / HTTP/1.1" 444 0 "-" "curl/8.5.0"',
      },
    ],
    related: [499, 403, 502, 520],
    references: [
      { url: 'https://nginx.org/en/docs/http/ngx_http_rewrite_module.html#return' },
      { url: 'https://nginx.org/en/docs/http/request_processing.html' },
    ],
    retry: 'after-change',
    cacheableByDefault: false,
  },
  {
    code: 451,
    reason: 'Unavailable For Legal Reasons',
    category: 'client-error',
    standing: 'standard',
    headers: [
      { name: 'Link', side: 'response', requirement: 'recommended' },
      { name: 'Content-Type', side: 'response', requirement: 'recommended' },
      { name: 'Cache-Control', side: 'response', requirement: 'recommended' },
    ],
    examples: [
      {
        request: 'GET /articles/8841 HTTP/1.1\nHost: news.example.com\nAccept: application/json',
        response:
          'HTTP/1.1 451 Unavailable For Legal Reasons\nLink: <https://news.example.com/legal>; rel="blocked-by"\nContent-Type: application/problem+json\nCache-Control: private, max-age=300\n\n{"type":"https://news.example.com/problems/legal-block","title":"Unavailable for legal reasons","status":451,"detail":"Withheld in Country X following a court order of 3 March 2025 under its defamation law. It remains available elsewhere.","instance":"/articles/8841"}',
      },
    ],
    related: [403, 404, 410],
    references: [
      { title: 'RFC 7725 §3 451 Unavailable For Legal Reasons', url: 'https://www.rfc-editor.org/rfc/rfc7725.html#section-3' },
      { url: 'https://www.rfc-editor.org/rfc/rfc7725.html#section-4' },
      mdnStatus(451),
    ],
    retry: 'never',
    cacheableByDefault: true,
  },
  {
    code: 499,
    reason: 'Client Closed Request',
    category: 'client-error',
    standing: 'unofficial',
    headers: [{ name: 'Content-Type', side: 'response', requirement: 'optional' }],
    examples: [
      {
        request:
          'POST /v1/reports HTTP/1.1\nHost: api.example.com\nContent-Type: application/json\nIdempotency-Key: 7c0e4b\n\n{"range":"2024-01-01/2024-12-31"}',
        response:
          '(no response: the client aborted after 10 s; nginx never sent a status line)\n\naccess.log:\n192.0.2.44 - - [12/May/2025:10:21:07 +0000] "POST /v1/reports HTTP/1.1" 499 0 "-" "axios/1.7.2" rt=10.002 urt=-',
      },
    ],
    related: [408, 504, 444, 502],
    references: [
      { url: 'https://github.com/nginx/nginx/blob/master/src/http/ngx_http_request.h' },
      { url: 'https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_ignore_client_abort' },
      { url: 'https://github.com/googleapis/googleapis/blob/master/google/rpc/code.proto' },
    ],
    retry: 'after-change',
    cacheableByDefault: false,
  },
];

export default facts;
