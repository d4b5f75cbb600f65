import type { StatusFacts } from '../../types';
import { mdnStatus } from './links';

/** The language-independent half of 400-409's entries; the prose of each language lives in ../en/400-409.ts and ../zh-CN/400-409.ts. */
const facts: StatusFacts[] = [
  {
    code: 400,
    reason: 'Bad Request',
    category: 'client-error',
    standing: 'standard',
    headers: [
      { name: 'Content-Type', side: 'response', requirement: 'recommended' },
      { name: 'Connection', side: 'response', requirement: 'optional' },
    ],
    examples: [
      {
        request:
          'POST /v1/orders HTTP/1.1\nHost: api.example.com\nContent-Type: application/json\n\n{"sku":"A-100","quantity":2,}',
        response:
          'HTTP/1.1 400 Bad Request\nContent-Type: application/problem+json\n\n{"type":"https://api.example.com/problems/malformed-json","title":"Request body is not valid JSON","status":400,"detail":"Unexpected } at character 29: JSON does not allow a trailing comma.","instance":"/v1/orders"}',
      },
      {
        request: 'GET /v1/reports?from=2024-13-01&limit=500 HTTP/1.1\nHost: api.example.com\nAccept: application/json',
        response:
          'HTTP/1.1 400 Bad Request\nContent-Type: application/problem+json\n\n{"type":"https://api.example.com/problems/invalid-parameters","title":"Invalid query parameters","status":400,"detail":"2 query parameters are invalid.","errors":[{"parameter":"from","detail":"must be a date in YYYY-MM-DD format"},{"parameter":"limit","detail":"must be between 1 and 100"}]}',
      },
    ],
    related: [422, 409, 415, 413, 414, 431, 401],
    references: [
      { title: 'RFC 9110 §15.5.1 400 Bad Request', url: 'https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.1' },
      { url: 'https://www.rfc-editor.org/rfc/rfc9112.html#section-3.2' },
      { url: 'https://www.rfc-editor.org/rfc/rfc9457.html' },
      { url: 'https://opensource.zalando.com/restful-api-guidelines/#http-status-codes-and-errors' },
      { url: 'https://github.com/Haufe-Lexware/api-style-guide/blob/master/http-status-codes/http-status-codes.md' },
      mdnStatus(400),
    ],
    retry: 'after-change',
    cacheableByDefault: false,
  },
  {
    code: 401,
    reason: 'Unauthorized',
    category: 'client-error',
    standing: 'standard',
    headers: [
      { name: 'WWW-Authenticate', side: 'response', requirement: 'required' },
      { name: 'Content-Type', side: 'response', requirement: 'recommended' },
    ],
    examples: [
      {
        request: 'GET /v1/me HTTP/1.1\nHost: api.example.com\nAccept: application/json',
        response:
          'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm="api.example.com"\nContent-Type: application/problem+json\n\n{"type":"https://api.example.com/problems/unauthenticated","title":"Authentication required","status":401,"detail":"Send an access token in the Authorization header."}',
      },
      {
        request:
          'GET /v1/me HTTP/1.1\nHost: api.example.com\nAccept: application/json\nAuthorization: Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiI0MiJ9.c2ln',
        response:
          'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm="api.example.com", error="invalid_token", error_description="The access token expired"\nContent-Type: application/problem+json\n\n{"type":"https://api.example.com/problems/token-expired","title":"Access token expired","status":401,"detail":"The access token expired at 2024-05-03T10:00:00Z. Refresh it and retry."}',
      },
    ],
    related: [403, 407, 400, 404],
    references: [
      { title: 'RFC 9110 §15.5.2 401 Unauthorized', url: 'https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.2' },
      { title: 'RFC 9110 §11.6.1 WWW-Authenticate', url: 'https://www.rfc-editor.org/rfc/rfc9110.html#section-11.6.1' },
      { url: 'https://www.rfc-editor.org/rfc/rfc6750.html#section-3' },
      mdnStatus(401),
    ],
    retry: 'after-change',
    cacheableByDefault: false,
  },
  {
    code: 402,
    reason: 'Payment Required',
    category: 'client-error',
    standing: 'standard',
    headers: [{ name: 'Content-Type', side: 'response', requirement: 'recommended' }],
    examples: [
      {
        request:
          'POST /v1/images HTTP/1.1\nHost: api.example.com\nAuthorization: Bearer tok_9f2c1e\nContent-Type: application/json\n\n{"prompt":"a lighthouse at dusk","size":"1024x1024"}',
        response:
          'HTTP/1.1 402 Payment Required\nContent-Type: application/problem+json\n\n{"type":"https://api.example.com/problems/credit-exhausted","title":"Credit exhausted","status":402,"detail":"Your prepaid balance is 0.00 USD; this request costs 0.04 USD.","balance":"0.00","topUpUrl":"https://example.com/billing"}',
      },
    ],
    related: [403, 429, 401],
    references: [
      { title: 'RFC 9110 §15.5.3 402 Payment Required', url: 'https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.3' },
      { url: 'https://docs.stripe.com/api/errors' },
      mdnStatus(402),
    ],
    retry: 'after-change',
    cacheableByDefault: false,
  },
  {
    code: 403,
    reason: 'Forbidden',
    category: 'client-error',
    standing: 'standard',
    headers: [
      { name: 'Content-Type', side: 'response', requirement: 'recommended' },
      { name: 'WWW-Authenticate', side: 'response', requirement: 'optional' },
    ],
    examples: [
      {
        request:
          'DELETE /v1/repos/acme/site HTTP/1.1\nHost: api.example.com\nAuthorization: Bearer eyJhbGciOiJSUzI1NiJ9.eyJzY29wZSI6InJlYWQifQ.c2ln',
        response:
          'HTTP/1.1 403 Forbidden\nWWW-Authenticate: Bearer realm="api.example.com", error="insufficient_scope", scope="repo:delete"\nContent-Type: application/problem+json\n\n{"type":"https://api.example.com/problems/insufficient-scope","title":"Insufficient scope","status":403,"detail":"Deleting a repository needs the repo:delete scope; your token only has repo:read.","requiredScope":"repo:delete"}',
      },
      {
        request:
          'PATCH /v1/orgs/acme/billing HTTP/1.1\nHost: api.example.com\nAuthorization: Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiI3In0.c2ln\nContent-Type: application/json\n\n{"plan":"enterprise"}',
        response:
          'HTTP/1.1 403 Forbidden\nContent-Type: application/problem+json\n\n{"type":"https://api.example.com/problems/forbidden","title":"Permission denied","status":403,"detail":"Only billing admins of organization acme can change the plan.","instance":"/v1/orgs/acme/billing","requestId":"req_7c41"}',
      },
    ],
    related: [401, 404, 451, 429, 407],
    references: [
      { title: 'RFC 9110 §15.5.4 403 Forbidden', url: 'https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.4' },
      { url: 'https://www.rfc-editor.org/rfc/rfc6750.html#section-3.1' },
      { url: 'https://google.aip.dev/211' },
      mdnStatus(403),
    ],
    retry: 'after-change',
    cacheableByDefault: false,
  },
  {
    code: 404,
    reason: 'Not Found',
    category: 'client-error',
    standing: 'standard',
    headers: [
      { name: 'Content-Type', side: 'response', requirement: 'recommended' },
      { name: 'Cache-Control', side: 'response', requirement: 'optional' },
    ],
    examples: [
      {
        request: 'GET /v1/customers/cus_9999 HTTP/1.1\nHost: api.example.com\nAccept: application/json',
        response:
          'HTTP/1.1 404 Not Found\nContent-Type: application/problem+json\n\n{"type":"https://api.example.com/problems/not-found","title":"Customer not found","status":404,"detail":"No customer with ID cus_9999 exists in this account.","instance":"/v1/customers/cus_9999"}',
      },
      {
        request: 'GET /v2/customer/42 HTTP/1.1\nHost: api.example.com\nAccept: application/json',
        response:
          'HTTP/1.1 404 Not Found\nContent-Type: application/problem+json\nCache-Control: no-store\n\n{"type":"https://api.example.com/problems/no-such-route","title":"No such endpoint","status":404,"detail":"GET /v2/customer/42 matches no route. Did you mean /v2/customers/42?"}',
      },
    ],
    related: [410, 403, 405, 400, 301, 308],
    references: [
      { title: 'RFC 9110 §15.5.5 404 Not Found', url: 'https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.5' },
      { url: 'https://www.rfc-editor.org/rfc/rfc9111.html#section-4.2.2' },
      mdnStatus(404),
    ],
    retry: 'after-change',
    cacheableByDefault: true,
  },
  {
    code: 405,
    reason: 'Method Not Allowed',
    category: 'client-error',
    standing: 'standard',
    headers: [
      { name: 'Allow', side: 'response', requirement: 'required' },
      { name: 'Content-Type', side: 'response', requirement: 'recommended' },
    ],
    examples: [
      {
        request:
          'DELETE /v1/users HTTP/1.1\nHost: api.example.com\nAuthorization: Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiI0MiJ9.c2ln',
        response:
          'HTTP/1.1 405 Method Not Allowed\nAllow: GET, HEAD, POST, OPTIONS\nContent-Type: application/problem+json\n\n{"type":"https://api.example.com/problems/method-not-allowed","title":"Method not allowed","status":405,"detail":"DELETE is not supported on /v1/users. Delete a single user with DELETE /v1/users/{id}.","allowed":["GET","HEAD","POST","OPTIONS"]}',
      },
    ],
    related: [501, 404, 403, 400],
    references: [
      { title: 'RFC 9110 §15.5.6 405 Method Not Allowed', url: 'https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.6' },
      { title: 'RFC 9110 §10.2.1 Allow', url: 'https://www.rfc-editor.org/rfc/rfc9110.html#section-10.2.1' },
      mdnStatus(405),
    ],
    retry: 'after-change',
    cacheableByDefault: true,
  },
  {
    code: 406,
    reason: 'Not Acceptable',
    category: 'client-error',
    standing: 'standard',
    headers: [
      { name: 'Content-Type', side: 'response', requirement: 'recommended' },
      { name: 'Vary', side: 'response', requirement: 'optional' },
    ],
    examples: [
      {
        request: 'GET /v1/reports/7 HTTP/1.1\nHost: api.example.com\nAccept: application/xml',
        response:
          'HTTP/1.1 406 Not Acceptable\nContent-Type: application/problem+json\nVary: Accept\n\n{"type":"https://api.example.com/problems/not-acceptable","title":"No acceptable representation","status":406,"detail":"Report 7 is available as JSON or CSV, not XML.","available":["application/json","text/csv"]}',
      },
    ],
    related: [415, 300, 400],
    references: [
      { title: 'RFC 9110 §15.5.7 406 Not Acceptable', url: 'https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.7' },
      { title: 'RFC 9110 §12.5.1 Accept', url: 'https://www.rfc-editor.org/rfc/rfc9110.html#section-12.5.1' },
      mdnStatus(406),
    ],
    retry: 'after-change',
    cacheableByDefault: false,
  },
  {
    code: 407,
    reason: 'Proxy Authentication Required',
    category: 'client-error',
    standing: 'standard',
    headers: [
      { name: 'Proxy-Authenticate', side: 'response', requirement: 'required' },
      { name: 'Content-Type', side: 'response', requirement: 'optional' },
    ],
    examples: [
      {
        request: 'CONNECT api.example.com:443 HTTP/1.1\nHost: api.example.com:443',
        response:
          'HTTP/1.1 407 Proxy Authentication Required\nProxy-Authenticate: Basic realm="corp-proxy"\nContent-Type: text/plain; charset=utf-8\n\nProxy authentication required. Sign in with your corporate account.',
      },
    ],
    related: [401, 403, 511],
    references: [
      {
        title: 'RFC 9110 §15.5.8 407 Proxy Authentication Required',
        url: 'https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.8',
      },
      { title: 'RFC 9110 §11.7.1 Proxy-Authenticate', url: 'https://www.rfc-editor.org/rfc/rfc9110.html#section-11.7.1' },
      mdnStatus(407),
    ],
    retry: 'after-change',
    cacheableByDefault: false,
  },
  {
    code: 408,
    reason: 'Request Timeout',
    category: 'client-error',
    standing: 'standard',
    headers: [
      { name: 'Connection', side: 'response', requirement: 'optional' },
      { name: 'Content-Type', side: 'response', requirement: 'optional' },
    ],
    examples: [
      {
        request:
          'POST /v1/uploads HTTP/1.1\nHost: files.example.com\nContent-Type: application/octet-stream\nContent-Length: 5242880\n\n(about 1 MB of data, then nothing)',
        response:
          'HTTP/1.1 408 Request Timeout\nConnection: close\nContent-Type: application/problem+json\n\n{"type":"about:blank","title":"Request Timeout","status":408,"detail":"The request body was not received completely within 60 seconds."}',
      },
    ],
    related: [504, 499, 503, 400],
    references: [
      { title: 'RFC 9110 §15.5.9 408 Request Timeout', url: 'https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.9' },
      { url: 'https://www.rfc-editor.org/rfc/rfc9112.html#section-9.5' },
      { url: 'https://nginx.org/en/docs/http/ngx_http_core_module.html#client_body_timeout' },
      mdnStatus(408),
    ],
    retry: 'after-delay',
    cacheableByDefault: false,
  },
  {
    code: 409,
    reason: 'Conflict',
    category: 'client-error',
    standing: 'standard',
    headers: [
      { name: 'Content-Type', side: 'response', requirement: 'recommended' },
      { name: 'ETag', side: 'response', requirement: 'optional' },
      { name: 'Retry-After', side: 'response', requirement: 'optional' },
    ],
    examples: [
      {
        request:
          'POST /v1/products HTTP/1.1\nHost: api.example.com\nContent-Type: application/json\n\n{"sku":"TSHIRT-RED-M","name":"T-shirt red M","price":"19.90"}',
        response:
          'HTTP/1.1 409 Conflict\nContent-Type: application/problem+json\n\n{"type":"https://api.example.com/problems/duplicate","title":"Product already exists","status":409,"detail":"A product with SKU TSHIRT-RED-M already exists.","instance":"/v1/products","conflictingField":"sku","existing":"/v1/products/8841"}',
      },
      {
        request:
          'PUT /v1/articles/42 HTTP/1.1\nHost: api.example.com\nContent-Type: application/json\n\n{"version":7,"title":"Release notes 2.1","body":"Fixed the login bug."}',
        response:
          'HTTP/1.1 409 Conflict\nContent-Type: application/problem+json\nETag: "8"\n\n{"type":"https://api.example.com/problems/version-conflict","title":"Edit conflict","status":409,"detail":"You edited version 7, but version 8 was saved by another user at 10:42 UTC. Reload, merge and save again.","instance":"/v1/articles/42","yourVersion":7,"currentVersion":8}',
      },
      {
        request:
          'PATCH /v1/documents/77 HTTP/1.1\nHost: api.example.com\nContent-Type: application/merge-patch+json\n\n{"title":"Q3 budget (final)"}',
        response:
          'HTTP/1.1 409 Conflict\nContent-Type: application/problem+json\nRetry-After: 300\n\n{"type":"https://api.example.com/problems/locked","title":"Document is being edited","status":409,"detail":"Document 77 is checked out by another user until 14:05 UTC.","instance":"/v1/documents/77","lockExpires":"2024-05-03T14:05:00Z"}',
      },
      {
        request: 'POST /v1/orders/1093/cancel HTTP/1.1\nHost: shop.example.com\nContent-Length: 0',
        response:
          'HTTP/1.1 409 Conflict\nContent-Type: application/problem+json\n\n{"type":"https://shop.example.com/problems/invalid-state","title":"Order cannot be cancelled","status":409,"detail":"Order 1093 shipped on 2024-05-03; shipped orders can only be returned.","instance":"/v1/orders/1093/cancel","currentState":"shipped","allowedActions":["return"]}',
      },
    ],
    related: [412, 428, 422, 423, 400, 303],
    references: [
      { title: 'RFC 9110 §15.5.10 409 Conflict', url: 'https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.10' },
      { title: 'RFC 9110 §13.1.1 If-Match', url: 'https://www.rfc-editor.org/rfc/rfc9110.html#section-13.1.1' },
      { title: 'RFC 6585 §3 428 Precondition Required', url: 'https://www.rfc-editor.org/rfc/rfc6585.html#section-3' },
      { url: 'https://google.aip.dev/193' },
      { url: 'https://opensource.zalando.com/restful-api-guidelines/#http-status-codes-and-errors' },
      mdnStatus(409),
    ],
    retry: 'after-change',
    cacheableByDefault: false,
  },
];

export default facts;
