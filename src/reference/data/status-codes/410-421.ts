import type { StatusFacts } from '../../types';
import { mdnStatus } from './links';

/** The language-independent half of 410-421's entries; the prose of each language lives in ../en/410-421.ts and ../zh-CN/410-421.ts. */
const facts: StatusFacts[] = [
  {
    code: 410,
    reason: 'Gone',
    category: 'client-error',
    standing: 'standard',
    headers: [
      { name: 'Content-Type', side: 'response', requirement: 'recommended' },
      { name: 'Cache-Control', side: 'response', requirement: 'optional' },
    ],
    examples: [
      {
        request: 'GET /v1/invoices/8812 HTTP/1.1\nHost: api.example.com\nAccept: application/json',
        response:
          'HTTP/1.1 410 Gone\nContent-Type: application/problem+json\nCache-Control: max-age=86400\n\n{"type":"https://api.example.com/problems/version-retired","title":"API version retired","status":410,"detail":"API v1 was shut down on 2024-06-30. Use /v2/invoices/8812 instead.","instance":"/v1/invoices/8812"}',
      },
      {
        request: 'GET /s/7Hq2xK HTTP/1.1\nHost: files.example.com\nAccept: application/json',
        response:
          'HTTP/1.1 410 Gone\nContent-Type: application/problem+json\n\n{"type":"https://files.example.com/problems/link-expired","title":"Share link expired","status":410,"detail":"This link expired on 2024-05-01 and was removed. Ask the owner for a new link."}',
      },
    ],
    related: [404, 301, 308, 451],
    references: [
      { title: 'RFC 9110 §15.5.11 410 Gone', url: 'https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.11' },
      mdnStatus(410),
    ],
    retry: 'never',
    cacheableByDefault: true,
  },
  {
    code: 411,
    reason: 'Length Required',
    category: 'client-error',
    standing: 'standard',
    headers: [
      { name: 'Content-Length', side: 'request', requirement: 'required' },
      { name: 'Content-Type', side: 'response', requirement: 'recommended' },
    ],
    examples: [
      {
        request: 'POST /v1/jobs/42/cancel HTTP/1.1\nHost: api.example.com\nAccept: application/json',
        response:
          'HTTP/1.1 411 Length Required\nContent-Type: application/problem+json\n\n{"type":"https://api.example.com/problems/length-required","title":"Content-Length required","status":411,"detail":"Send a Content-Length header, even Content-Length: 0 when there is no body."}',
      },
      {
        request: 'PUT /uploads/video.mp4 HTTP/1.1\nHost: files.example.com\nContent-Type: video/mp4\nTransfer-Encoding: chunked',
        response:
          'HTTP/1.1 411 Length Required\nContent-Type: application/problem+json\n\n{"type":"https://files.example.com/problems/length-required","title":"Content-Length required","status":411,"detail":"Chunked uploads are not accepted. Send the file with a Content-Length header."}',
      },
    ],
    related: [400, 413, 417],
    references: [
      { title: 'RFC 9110 §15.5.12 411 Length Required', url: 'https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.12' },
      { url: 'https://www.rfc-editor.org/rfc/rfc9112.html#section-6.3' },
      mdnStatus(411),
    ],
    retry: 'after-change',
    cacheableByDefault: false,
  },
  {
    code: 412,
    reason: 'Precondition Failed',
    category: 'client-error',
    standing: 'standard',
    headers: [
      { name: 'Content-Type', side: 'response', requirement: 'recommended' },
      { name: 'ETag', side: 'response', requirement: 'optional' },
    ],
    examples: [
      {
        request:
          'PUT /v1/documents/7 HTTP/1.1\nHost: api.example.com\nContent-Type: application/json\nIf-Match: "v41"\n\n{"title":"Q3 plan","body":"Draft 2"}',
        response:
          'HTTP/1.1 412 Precondition Failed\nContent-Type: application/problem+json\nETag: "v42"\n\n{"type":"https://api.example.com/problems/stale-etag","title":"Document was modified","status":412,"detail":"If-Match v41 does not match the current version. Re-read the document and apply your change again.","instance":"/v1/documents/7"}',
      },
      {
        request:
          'PUT /v1/projects/atlas/settings HTTP/1.1\nHost: api.example.com\nContent-Type: application/json\nIf-None-Match: *\n\n{"visibility":"private"}',
        response:
          'HTTP/1.1 412 Precondition Failed\nContent-Type: application/problem+json\n\n{"type":"https://api.example.com/problems/already-exists","title":"Settings already exist","status":412,"detail":"If-None-Match: * allows creation only, and these settings already exist. Read them and update with If-Match.","instance":"/v1/projects/atlas/settings"}',
      },
    ],
    related: [409, 428, 304, 422, 400],
    references: [
      { title: 'RFC 9110 §15.5.13 412 Precondition Failed', url: 'https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.13' },
      { title: 'RFC 9110 §13.1.1 If-Match', url: 'https://www.rfc-editor.org/rfc/rfc9110.html#section-13.1.1' },
      { url: 'https://www.rfc-editor.org/rfc/rfc9110.html#section-13.2.2' },
      mdnStatus(412),
      { url: 'https://google.aip.dev/193' },
    ],
    retry: 'after-change',
    cacheableByDefault: false,
  },
  {
    code: 413,
    reason: 'Content Too Large',
    category: 'client-error',
    standing: 'standard',
    headers: [
      { name: 'Content-Type', side: 'response', requirement: 'recommended' },
      { name: 'Retry-After', side: 'response', requirement: 'recommended' },
      { name: 'Connection', side: 'response', requirement: 'optional' },
    ],
    examples: [
      {
        request: 'POST /v1/attachments HTTP/1.1\nHost: api.example.com\nContent-Type: application/pdf\nContent-Length: 52428800',
        response:
          'HTTP/1.1 413 Content Too Large\nContent-Type: application/problem+json\nConnection: close\n\n{"type":"https://api.example.com/problems/content-too-large","title":"Attachment too large","status":413,"detail":"Attachments are limited to 10 MB; this request declares 50 MB.","maxBytes":10485760}',
      },
      {
        request: 'POST /api/import HTTP/1.1\nHost: app.example.com\nContent-Type: application/json\nContent-Length: 2306867',
        response:
          'HTTP/1.1 413 Request Entity Too Large\nServer: nginx\nContent-Type: text/html\n\n<html><head><title>413 Request Entity Too Large</title></head><body><center><h1>413 Request Entity Too Large</h1></center></body></html>',
      },
    ],
    related: [414, 431, 411, 507],
    references: [
      { title: 'RFC 9110 §15.5.14 413 Content Too Large', url: 'https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.14' },
      mdnStatus(413),
      { url: 'https://nginx.org/en/docs/http/ngx_http_core_module.html#client_max_body_size' },
    ],
    retry: 'after-change',
    cacheableByDefault: false,
  },
  {
    code: 414,
    reason: 'URI Too Long',
    category: 'client-error',
    standing: 'standard',
    headers: [
      { name: 'Content-Type', side: 'response', requirement: 'recommended' },
      { name: 'Cache-Control', side: 'response', requirement: 'optional' },
    ],
    examples: [
      {
        request: 'GET /v1/orders?ids=10001,10002,10003,...,19999 HTTP/1.1\nHost: api.example.com\nAccept: application/json',
        response:
          'HTTP/1.1 414 URI Too Long\nContent-Type: application/problem+json\n\n{"type":"https://api.example.com/problems/uri-too-long","title":"URI too long","status":414,"detail":"Request URIs are limited to 8192 bytes. Send long ID lists to POST /v1/orders/search.","maxUriLength":8192}',
      },
    ],
    related: [413, 431, 400],
    references: [
      { title: 'RFC 9110 §15.5.15 414 URI Too Long', url: 'https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.15' },
      { url: 'https://www.rfc-editor.org/rfc/rfc9110.html#section-4.1' },
      mdnStatus(414),
    ],
    retry: 'after-change',
    cacheableByDefault: true,
  },
  {
    code: 415,
    reason: 'Unsupported Media Type',
    category: 'client-error',
    standing: 'standard',
    headers: [
      { name: 'Accept-Post', side: 'response', requirement: 'recommended' },
      { name: 'Accept-Patch', side: 'response', requirement: 'recommended' },
      { name: 'Accept-Encoding', side: 'response', requirement: 'recommended' },
      { name: 'Content-Type', side: 'response', requirement: 'recommended' },
    ],
    examples: [
      {
        request:
          'POST /v1/orders HTTP/1.1\nHost: api.example.com\nContent-Type: text/plain;charset=UTF-8\n\n{"sku":"A-17","qty":2}',
        response:
          'HTTP/1.1 415 Unsupported Media Type\nAccept-Post: application/json\nContent-Type: application/problem+json\n\n{"type":"https://api.example.com/problems/unsupported-media-type","title":"Unsupported media type","status":415,"detail":"Orders must be sent as application/json; received text/plain.","accepted":["application/json"]}',
      },
      {
        request:
          'PATCH /v1/users/42 HTTP/1.1\nHost: api.example.com\nContent-Type: application/json-patch+json\n\n[{"op":"replace","path":"/email","value":"li@example.com"}]',
        response:
          'HTTP/1.1 415 Unsupported Media Type\nAccept-Patch: application/merge-patch+json\nContent-Type: application/problem+json\n\n{"type":"https://api.example.com/problems/unsupported-media-type","title":"Unsupported patch format","status":415,"detail":"Users accept JSON Merge Patch only.","accepted":["application/merge-patch+json"]}',
      },
    ],
    related: [406, 400, 422, 413],
    references: [
      {
        title: 'RFC 9110 §15.5.16 415 Unsupported Media Type',
        url: 'https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.16',
      },
      { url: 'https://www.rfc-editor.org/rfc/rfc5789.html#section-2.2' },
      mdnStatus(415),
      { url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Headers/Accept-Post' },
    ],
    retry: 'after-change',
    cacheableByDefault: false,
  },
  {
    code: 416,
    reason: 'Range Not Satisfiable',
    category: 'client-error',
    standing: 'standard',
    headers: [
      { name: 'Content-Range', side: 'response', requirement: 'recommended' },
      { name: 'Content-Type', side: 'response', requirement: 'optional' },
    ],
    examples: [
      {
        request: 'GET /downloads/app-2.4.1.dmg HTTP/1.1\nHost: cdn.example.com\nRange: bytes=48213504-',
        response: 'HTTP/1.1 416 Range Not Satisfiable\nContent-Range: bytes */48213504\nContent-Length: 0',
      },
    ],
    related: [206, 200, 400],
    references: [
      {
        title: 'RFC 9110 §15.5.17 416 Range Not Satisfiable',
        url: 'https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.17',
      },
      { url: 'https://www.rfc-editor.org/rfc/rfc9110.html#section-14.1.2' },
      { title: 'RFC 9110 §14.4 Content-Range', url: 'https://www.rfc-editor.org/rfc/rfc9110.html#section-14.4' },
      mdnStatus(416),
    ],
    retry: 'after-change',
    cacheableByDefault: false,
  },
  {
    code: 417,
    reason: 'Expectation Failed',
    category: 'client-error',
    standing: 'standard',
    headers: [{ name: 'Content-Type', side: 'response', requirement: 'optional' }],
    examples: [
      {
        request:
          'PUT /backups/db.tar.gz HTTP/1.1\nHost: storage.example.com\nContent-Type: application/gzip\nContent-Length: 734003200\nExpect: 100-continue',
        response:
          'HTTP/1.1 417 Expectation Failed\nContent-Type: application/problem+json\n\n{"type":"https://storage.example.com/problems/expectation-failed","title":"Expectation not supported","status":417,"detail":"Expect: 100-continue is not supported on this path. Resend without the Expect header."}',
      },
    ],
    related: [100, 400, 413],
    references: [
      { title: 'RFC 9110 §15.5.18 417 Expectation Failed', url: 'https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.18' },
      { title: 'RFC 9110 §10.1.1 Expect', url: 'https://www.rfc-editor.org/rfc/rfc9110.html#section-10.1.1' },
      mdnStatus(417),
    ],
    retry: 'after-change',
    cacheableByDefault: false,
  },
  {
    code: 418,
    reason: '(Unused)',
    category: 'client-error',
    standing: 'obsolete',
    headers: [{ name: 'Content-Type', side: 'response', requirement: 'optional' }],
    examples: [
      {
        request: 'POST /coffee HTTP/1.1\nHost: teapot.example.com\nContent-Type: application/json\n\n{"brew":"espresso"}',
        response:
          'HTTP/1.1 418 I\'m a teapot\nContent-Type: application/problem+json\n\n{"type":"https://teapot.example.com/problems/teapot","title":"I\'m a teapot","status":418,"detail":"This server only brews tea."}',
      },
    ],
    related: [400, 403, 429],
    references: [
      { title: 'RFC 9110 §15.5.19 418 (Unused)', url: 'https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.19' },
      { title: 'RFC 2324 §2.3.2 418 I\'m a teapot', url: 'https://www.rfc-editor.org/rfc/rfc2324.html#section-2.3.2' },
      mdnStatus(418),
    ],
    retry: 'never',
    cacheableByDefault: false,
  },
  {
    code: 421,
    reason: 'Misdirected Request',
    category: 'client-error',
    standing: 'standard',
    headers: [{ name: 'Content-Type', side: 'response', requirement: 'optional' }],
    examples: [
      {
        request: 'GET /v1/me HTTP/1.1\nHost: api.example.com\nAccept: application/json',
        response:
          'HTTP/1.1 421 Misdirected Request\nContent-Type: application/problem+json\n\n{"type":"https://example.com/problems/misdirected-request","title":"Misdirected request","status":421,"detail":"This server does not serve api.example.com on this connection. Retry on a new connection."}',
      },
    ],
    related: [400, 404, 502, 503],
    references: [
      { title: 'RFC 9110 §15.5.20 421 Misdirected Request', url: 'https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.20' },
      { url: 'https://www.rfc-editor.org/rfc/rfc9110.html#section-7.4' },
      { url: 'https://www.rfc-editor.org/rfc/rfc9113.html#section-9.1.1' },
      mdnStatus(421),
    ],
    retry: 'safe',
    cacheableByDefault: false,
  },
];

export default facts;
