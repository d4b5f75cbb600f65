import type { StatusFacts } from '../../types';
import { mdnStatus } from './links';

/** The language-independent half of 500-511's entries; the prose of each language lives in ../en/500-511.ts and ../zh-CN/500-511.ts. */
const facts: StatusFacts[] = [
  {
    code: 500,
    reason: 'Internal Server Error',
    category: 'server-error',
    standing: 'standard',
    headers: [
      { name: 'Content-Type', side: 'response', requirement: 'recommended' },
      { name: 'Cache-Control', side: 'response', requirement: 'optional' },
    ],
    examples: [
      {
        request:
          'POST /v1/orders HTTP/1.1\nHost: api.example.com\nContent-Type: application/json\nAccept: application/json\n\n{"sku":"A-1042","quantity":2}',
        response:
          'HTTP/1.1 500 Internal Server Error\nContent-Type: application/problem+json\nCache-Control: no-store\n\n{"type":"https://api.example.com/problems/internal-error","title":"Internal Server Error","status":500,"detail":"An unexpected error occurred while creating the order. Quote the trace ID when contacting support.","instance":"/v1/orders","traceId":"4bf92f3577b34da6a3ce929d0e0e4736"}',
      },
      {
        request: 'GET /v1/orders/77 HTTP/1.1\nHost: api.example.com\nAccept: application/json',
        response:
          'HTTP/1.1 500 Internal Server Error\nContent-Type: text/plain\n\nTypeError: Cannot read properties of undefined (reading \'customerId\')\n    at OrderController.show (/srv/app/src/orders/controller.js:42:18)',
      },
    ],
    related: [501, 502, 503, 504, 422, 520],
    references: [
      { title: 'RFC 9110 §15.6.1 500 Internal Server Error', url: 'https://www.rfc-editor.org/rfc/rfc9110.html#section-15.6.1' },
      mdnStatus(500),
      { url: 'https://www.rfc-editor.org/rfc/rfc9457.html' },
      { url: 'https://google.aip.dev/193' },
    ],
    retry: 'after-delay',
    cacheableByDefault: false,
  },
  {
    code: 501,
    reason: 'Not Implemented',
    category: 'server-error',
    standing: 'standard',
    headers: [
      { name: 'Content-Type', side: 'response', requirement: 'recommended' },
      { name: 'Cache-Control', side: 'response', requirement: 'optional' },
    ],
    examples: [
      {
        request: 'PURGE /assets/app.js HTTP/1.1\nHost: www.example.com',
        response:
          'HTTP/1.1 501 Not Implemented\nContent-Type: application/problem+json\nCache-Control: no-store\n\n{"type":"about:blank","title":"Not Implemented","status":501,"detail":"This server does not support the PURGE method. Invalidate cached assets through the CDN API instead.","instance":"/assets/app.js"}',
      },
    ],
    related: [405, 400, 503, 505],
    references: [
      { title: 'RFC 9110 §15.6.2 501 Not Implemented', url: 'https://www.rfc-editor.org/rfc/rfc9110.html#section-15.6.2' },
      { title: 'RFC 9112 §6.1 Transfer-Encoding', url: 'https://www.rfc-editor.org/rfc/rfc9112.html#section-6.1' },
      mdnStatus(501),
    ],
    retry: 'never',
    cacheableByDefault: true,
  },
  {
    code: 502,
    reason: 'Bad Gateway',
    category: 'server-error',
    standing: 'standard',
    headers: [
      { name: 'Content-Type', side: 'response', requirement: 'recommended' },
      { name: 'Proxy-Status', side: 'response', requirement: 'optional' },
      { name: 'Retry-After', side: 'response', requirement: 'optional' },
    ],
    examples: [
      {
        request: 'GET /dashboard HTTP/1.1\nHost: app.example.com',
        response:
          'HTTP/1.1 502 Bad Gateway\nServer: nginx\nContent-Type: text/html\n\n<html>\n<head><title>502 Bad Gateway</title></head>\n<body>\n<center><h1>502 Bad Gateway</h1></center>\n<hr><center>nginx</center>\n</body>\n</html>',
      },
      {
        request:
          'POST /v1/payments HTTP/1.1\nHost: api.example.com\nContent-Type: application/json\nIdempotency-Key: 8e0f6c1a-3b7d-4f55-9a0e-2c4b1d7e9f30\n\n{"amount":1999,"currency":"EUR"}',
        response:
          'HTTP/1.1 502 Bad Gateway\nContent-Type: application/problem+json\nProxy-Status: api-gateway; error=http_response_incomplete\n\n{"type":"https://api.example.com/problems/bad-upstream-response","title":"Bad Gateway","status":502,"detail":"The payments service closed the connection before sending a complete response.","instance":"/v1/payments","requestId":"req_7f3a9c"}',
      },
    ],
    related: [500, 503, 504, 520, 521],
    references: [
      { title: 'RFC 9110 §15.6.3 502 Bad Gateway', url: 'https://www.rfc-editor.org/rfc/rfc9110.html#section-15.6.3' },
      mdnStatus(502),
      { url: 'https://www.rfc-editor.org/rfc/rfc9209.html' },
    ],
    retry: 'after-delay',
    cacheableByDefault: false,
  },
  {
    code: 503,
    reason: 'Service Unavailable',
    category: 'server-error',
    standing: 'standard',
    headers: [
      { name: 'Retry-After', side: 'response', requirement: 'optional' },
      { name: 'Content-Type', side: 'response', requirement: 'recommended' },
      { name: 'Cache-Control', side: 'response', requirement: 'optional' },
    ],
    examples: [
      {
        request: 'GET /v1/accounts/me HTTP/1.1\nHost: api.example.com\nAccept: application/json',
        response:
          'HTTP/1.1 503 Service Unavailable\nContent-Type: application/problem+json\nRetry-After: 900\nCache-Control: no-store\n\n{"type":"https://api.example.com/problems/maintenance","title":"Scheduled maintenance","status":503,"detail":"The API is offline for a database upgrade until about 02:30 UTC.","instance":"/v1/accounts/me"}',
      },
      {
        request: 'GET /api/cart HTTP/1.1\nHost: shop.example.com',
        response:
          'HTTP/1.1 503 Service Unavailable\nServer: envoy\nContent-Type: text/plain\nContent-Length: 19\n\nno healthy upstream',
      },
    ],
    related: [429, 500, 502, 504],
    references: [
      { title: 'RFC 9110 §15.6.4 503 Service Unavailable', url: 'https://www.rfc-editor.org/rfc/rfc9110.html#section-15.6.4' },
      { title: 'RFC 9110 §10.2.3 Retry-After', url: 'https://www.rfc-editor.org/rfc/rfc9110.html#section-10.2.3' },
      mdnStatus(503),
      { url: 'https://google.aip.dev/193' },
    ],
    retry: 'after-delay',
    cacheableByDefault: false,
  },
  {
    code: 504,
    reason: 'Gateway Timeout',
    category: 'server-error',
    standing: 'standard',
    headers: [
      { name: 'Content-Type', side: 'response', requirement: 'recommended' },
      { name: 'Proxy-Status', side: 'response', requirement: 'optional' },
    ],
    examples: [
      {
        request: 'GET /admin/reports/yearly HTTP/1.1\nHost: app.example.com',
        response:
          'HTTP/1.1 504 Gateway Time-out\nServer: nginx\nContent-Type: text/html\n\n<html>\n<head><title>504 Gateway Time-out</title></head>\n<body>\n<center><h1>504 Gateway Time-out</h1></center>\n<hr><center>nginx</center>\n</body>\n</html>',
      },
      {
        request:
          'POST /v1/reports HTTP/1.1\nHost: api.example.com\nContent-Type: application/json\n\n{"range":"2023-01-01/2024-12-31","format":"csv"}',
        response:
          'HTTP/1.1 504 Gateway Timeout\nContent-Type: application/problem+json\nProxy-Status: edge-gw; error=http_response_timeout\n\n{"type":"https://api.example.com/problems/upstream-timeout","title":"Gateway Timeout","status":504,"detail":"The reporting service did not respond within 30 seconds. The report may still be generated; use POST /v1/exports for large ranges.","instance":"/v1/reports"}',
      },
    ],
    related: [502, 503, 408, 500, 522, 524],
    references: [
      { title: 'RFC 9110 §15.6.5 504 Gateway Timeout', url: 'https://www.rfc-editor.org/rfc/rfc9110.html#section-15.6.5' },
      mdnStatus(504),
      { url: 'https://www.rfc-editor.org/rfc/rfc9209.html' },
    ],
    retry: 'after-delay',
    cacheableByDefault: false,
  },
  {
    code: 505,
    reason: 'HTTP Version Not Supported',
    category: 'server-error',
    standing: 'standard',
    headers: [{ name: 'Content-Type', side: 'response', requirement: 'recommended' }],
    examples: [
      {
        request: 'GET /status HTTP/3.0\nHost: legacy.example.com',
        response:
          'HTTP/1.1 505 HTTP Version Not Supported\nContent-Type: application/problem+json\n\n{"type":"about:blank","title":"HTTP Version Not Supported","status":505,"detail":"This server accepts HTTP/1.1, and HTTP/2 negotiated with TLS ALPN. HTTP/3.0 request lines are not accepted."}',
      },
    ],
    related: [426, 400, 501],
    references: [
      {
        title: 'RFC 9110 §15.6.6 505 HTTP Version Not Supported',
        url: 'https://www.rfc-editor.org/rfc/rfc9110.html#section-15.6.6',
      },
      { url: 'https://www.rfc-editor.org/rfc/rfc9110.html#section-2.5' },
      mdnStatus(505),
    ],
    retry: 'after-change',
    cacheableByDefault: false,
  },
  {
    code: 506,
    reason: 'Variant Also Negotiates',
    category: 'server-error',
    standing: 'standard',
    headers: [{ name: 'Content-Type', side: 'response', requirement: 'recommended' }],
    examples: [
      {
        request: 'GET /index HTTP/1.1\nHost: www.example.com\nNegotiate: trans\nAccept-Language: fr',
        response:
          'HTTP/1.1 506 Variant Also Negotiates\nContent-Type: text/html; charset=utf-8\n\n<html><head><title>506 Variant Also Negotiates</title></head><body><h1>Variant Also Negotiates</h1><p>The variant chosen for this resource is itself negotiable. This is a server configuration error.</p></body></html>',
      },
    ],
    related: [300, 406, 500, 508],
    references: [
      { title: 'RFC 2295 §8.1 506 Variant Also Negotiates', url: 'https://www.rfc-editor.org/rfc/rfc2295.html#section-8.1' },
      mdnStatus(506),
    ],
    retry: 'never',
    cacheableByDefault: false,
  },
  {
    code: 507,
    reason: 'Insufficient Storage',
    category: 'server-error',
    standing: 'standard',
    headers: [{ name: 'Content-Type', side: 'response', requirement: 'recommended' }],
    examples: [
      {
        request:
          'PUT /v1/files/backups/site-2024-06.tar.gz HTTP/1.1\nHost: storage.example.com\nContent-Type: application/gzip\nContent-Length: 524288000',
        response:
          'HTTP/1.1 507 Insufficient Storage\nContent-Type: application/problem+json\n\n{"type":"https://storage.example.com/problems/insufficient-storage","title":"Insufficient storage","status":507,"detail":"The upload needs 500 MB but only 48 MB of your 10 GB quota is free. Delete files or upgrade your plan, then try again.","instance":"/v1/files/backups/site-2024-06.tar.gz","requiredBytes":524288000,"availableBytes":50331648}',
      },
    ],
    related: [413, 403, 503, 207],
    references: [
      { title: 'RFC 4918 §11.5 507 Insufficient Storage', url: 'https://www.rfc-editor.org/rfc/rfc4918.html#section-11.5' },
      mdnStatus(507),
    ],
    retry: 'after-change',
    cacheableByDefault: false,
  },
  {
    code: 508,
    reason: 'Loop Detected',
    category: 'server-error',
    standing: 'standard',
    headers: [{ name: 'Content-Type', side: 'response', requirement: 'recommended' }],
    examples: [
      {
        request:
          'PROPFIND /projects/ HTTP/1.1\nHost: dav.example.com\nDepth: infinity\nContent-Type: application/xml; charset=utf-8\n\n<?xml version="1.0" encoding="utf-8"?>\n<D:propfind xmlns:D="DAV:"><D:prop><D:displayname/></D:prop></D:propfind>',
        response:
          'HTTP/1.1 508 Loop Detected\nContent-Type: application/problem+json\n\n{"type":"https://dav.example.com/problems/binding-loop","title":"Loop detected","status":508,"detail":"/projects/archive/current/ is bound to /projects/, so a Depth: infinity listing never ends. Use Depth: 1 instead.","instance":"/projects/"}',
      },
    ],
    related: [207, 208, 506, 502],
    references: [
      { title: 'RFC 5842 §7.2 508 Loop Detected', url: 'https://www.rfc-editor.org/rfc/rfc5842.html#section-7.2' },
      mdnStatus(508),
    ],
    retry: 'after-change',
    cacheableByDefault: false,
  },
  {
    code: 509,
    reason: 'Bandwidth Limit Exceeded',
    category: 'server-error',
    standing: 'unofficial',
    headers: [
      { name: 'Content-Type', side: 'response', requirement: 'recommended' },
      { name: 'Retry-After', side: 'response', requirement: 'optional' },
    ],
    examples: [
      {
        request: 'GET / HTTP/1.1\nHost: www.example-shop.com',
        response:
          'HTTP/1.1 509 Bandwidth Limit Exceeded\nContent-Type: text/html; charset=utf-8\n\n<html><head><title>509 Bandwidth Limit Exceeded</title></head><body><h1>Bandwidth Limit Exceeded</h1><p>This site has used up its bandwidth allowance for the current period. Please try again later.</p></body></html>',
      },
    ],
    related: [429, 503, 508],
    references: [
      { url: 'https://www.iana.org/assignments/http-status-codes/http-status-codes.xhtml' },
      { url: 'https://www.rfc-editor.org/rfc/rfc9110.html#section-15' },
    ],
    retry: 'after-delay',
    cacheableByDefault: false,
  },
  {
    code: 510,
    reason: 'Not Extended',
    category: 'server-error',
    standing: 'obsolete',
    headers: [{ name: 'Content-Type', side: 'response', requirement: 'recommended' }],
    examples: [
      {
        request: 'GET /reports/2024-q3 HTTP/1.1\nHost: legacy.example.com',
        response:
          'HTTP/1.1 510 Not Extended\nContent-Type: text/plain; charset=utf-8\n\nThis resource requires the mandatory extension "http://legacy.example.com/ext/audit". Resend the request as M-GET with a Man header that declares it.',
      },
    ],
    related: [501, 426, 428, 400],
    references: [
      { title: 'RFC 2774 §7 510 Not Extended', url: 'https://www.rfc-editor.org/rfc/rfc2774.html#section-7' },
      mdnStatus(510),
      { url: 'https://www.iana.org/assignments/http-status-codes/http-status-codes.xhtml' },
    ],
    retry: 'after-change',
    cacheableByDefault: false,
  },
  {
    code: 511,
    reason: 'Network Authentication Required',
    category: 'server-error',
    standing: 'standard',
    headers: [
      { name: 'Content-Type', side: 'response', requirement: 'recommended' },
      { name: 'Cache-Control', side: 'response', requirement: 'recommended' },
    ],
    examples: [
      {
        request: 'GET /v1/messages HTTP/1.1\nHost: api.example.com\nAccept: application/json',
        response:
          'HTTP/1.1 511 Network Authentication Required\nContent-Type: text/html; charset=utf-8\nCache-Control: no-store\n\n<html><head><title>Network login required</title><meta http-equiv="refresh" content="0; url=https://wifi.hotel.example/login"></head><body><p>Please <a href="https://wifi.hotel.example/login">sign in to the hotel Wi-Fi</a> to continue.</p></body></html>',
      },
    ],
    related: [401, 407, 403],
    references: [
      { title: 'RFC 6585 §6 511 Network Authentication Required', url: 'https://www.rfc-editor.org/rfc/rfc6585.html#section-6' },
      mdnStatus(511),
    ],
    retry: 'after-change',
    cacheableByDefault: false,
  },
];

export default facts;
