import type { StatusFacts } from '../../types';

/** The language-independent half of 520-526's entries; the prose of each language lives in ../en/520-526.ts and ../zh-CN/520-526.ts. */
const facts: StatusFacts[] = [
  {
    code: 520,
    reason: 'Web Server Returned an Unknown Error',
    category: 'server-error',
    standing: 'unofficial',
    headers: [
      { name: 'CF-RAY', side: 'response', requirement: 'required' },
      { name: 'Server', side: 'response', requirement: 'optional' },
      { name: 'Content-Type', side: 'response', requirement: 'recommended' },
    ],
    examples: [
      {
        request: 'GET /v1/reports/2024-q4 HTTP/1.1\nHost: api.example.com\nAccept: application/json',
        response:
          'HTTP/1.1 520 Web Server Returned an Unknown Error\nContent-Type: text/html; charset=UTF-8\nServer: cloudflare\nCF-RAY: 8f2a6c1e9b3d4a10-FRA\n\n<!DOCTYPE html><html><head><title>api.example.com | 520: Web server is returning an unknown error</title></head><body>... Error code 520 ... Cloudflare Ray ID: 8f2a6c1e9b3d4a10 ...</body></html>',
      },
    ],
    related: [502, 500, 521, 524],
    references: [
      { url: 'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-520/' },
      { url: 'https://developers.cloudflare.com/rules/custom-errors/' },
      { title: 'RFC 9110 §15 Status Codes', url: 'https://www.rfc-editor.org/rfc/rfc9110.html#section-15' },
    ],
    retry: 'after-delay',
    cacheableByDefault: false,
  },
  {
    code: 521,
    reason: 'Web Server Is Down',
    category: 'server-error',
    standing: 'unofficial',
    headers: [
      { name: 'CF-RAY', side: 'response', requirement: 'required' },
      { name: 'Server', side: 'response', requirement: 'optional' },
      { name: 'Content-Type', side: 'response', requirement: 'recommended' },
    ],
    examples: [
      {
        request:
          'POST /v1/orders HTTP/1.1\nHost: api.example.com\nContent-Type: application/json\nContent-Length: 24\n\n{"sku":"A-1042","qty":2}',
        response:
          'HTTP/1.1 521 Web Server Is Down\nContent-Type: application/problem+json\nServer: cloudflare\nCF-RAY: 8f2a7d03c4e1b922-AMS\n\n{"type":"https://api.example.com/problems/origin-down","title":"Service temporarily unavailable","status":521,"detail":"The API servers are not accepting connections. Your order was not received; try again in a few minutes."}',
      },
    ],
    related: [522, 523, 503, 502],
    references: [
      { url: 'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-521/' },
      { url: 'https://www.cloudflare.com/ips/' },
      { url: 'https://developers.cloudflare.com/ssl/origin-configuration/ssl-modes/' },
    ],
    retry: 'after-delay',
    cacheableByDefault: false,
  },
  {
    code: 522,
    reason: 'Connection Timed Out',
    category: 'server-error',
    standing: 'unofficial',
    headers: [
      { name: 'CF-RAY', side: 'response', requirement: 'required' },
      { name: 'Server', side: 'response', requirement: 'optional' },
      { name: 'Content-Type', side: 'response', requirement: 'recommended' },
    ],
    examples: [
      {
        request: 'GET /v1/status HTTP/1.1\nHost: api.example.com\nAccept: application/json',
        response:
          'HTTP/1.1 522 Connection Timed Out\nContent-Type: text/html; charset=UTF-8\nServer: cloudflare\nCF-RAY: 8f2a81b7e05c3f61-SIN\n\n<!DOCTYPE html><html><head><title>api.example.com | 522: Connection timed out</title></head><body>... Error code 522 ... Cloudflare Ray ID: 8f2a81b7e05c3f61 ...</body></html>',
      },
    ],
    related: [521, 523, 524, 504],
    references: [
      { url: 'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-522/' },
      { url: 'https://developers.cloudflare.com/fundamentals/reference/connection-limits/' },
      { url: 'https://www.cloudflare.com/ips/' },
    ],
    retry: 'after-delay',
    cacheableByDefault: false,
  },
  {
    code: 523,
    reason: 'Origin Is Unreachable',
    category: 'server-error',
    standing: 'unofficial',
    headers: [
      { name: 'CF-RAY', side: 'response', requirement: 'required' },
      { name: 'Server', side: 'response', requirement: 'optional' },
      { name: 'Content-Type', side: 'response', requirement: 'recommended' },
    ],
    examples: [
      {
        request: 'GET / HTTP/1.1\nHost: shop.example.com\nAccept: text/html',
        response:
          'HTTP/1.1 523 Origin Is Unreachable\nContent-Type: text/html; charset=UTF-8\nServer: cloudflare\nCF-RAY: 8f2a93f1a6d70b28-LHR\n\n<!DOCTYPE html><html><head><title>shop.example.com | 523: Origin is unreachable</title></head><body>... Error code 523 ... Cloudflare Ray ID: 8f2a93f1a6d70b28 ...</body></html>',
      },
    ],
    related: [521, 522, 502],
    references: [
      { url: 'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-523/' },
      { url: 'https://www.cloudflare.com/ips/' },
    ],
    retry: 'after-delay',
    cacheableByDefault: false,
  },
  {
    code: 524,
    reason: 'A Timeout Occurred',
    category: 'server-error',
    standing: 'unofficial',
    headers: [
      { name: 'CF-RAY', side: 'response', requirement: 'required' },
      { name: 'Server', side: 'response', requirement: 'optional' },
      { name: 'Content-Type', side: 'response', requirement: 'recommended' },
    ],
    examples: [
      {
        request:
          'POST /v1/exports HTTP/1.1\nHost: api.example.com\nContent-Type: application/json\nContent-Length: 36\n\n{"format":"csv","from":"2020-01-01"}',
        response:
          'HTTP/1.1 524 A Timeout Occurred\nContent-Type: text/html; charset=UTF-8\nServer: cloudflare\nCF-RAY: 8f2aa4c2d91e6b05-IAD\n\n<!DOCTYPE html><html><head><title>api.example.com | 524: A timeout occurred</title></head><body>... Error code 524 ... Cloudflare Ray ID: 8f2aa4c2d91e6b05 ...</body></html>',
      },
      {
        request:
          'POST /v1/exports HTTP/1.1\nHost: api.example.com\nContent-Type: application/json\nContent-Length: 36\nIdempotency-Key: 5d0c7e4a-2f1b-4c8e-9a37-1e6f0b2d8c11\n\n{"format":"csv","from":"2020-01-01"}',
        response:
          'HTTP/1.1 202 Accepted\nContent-Type: application/json\nLocation: /v1/exports/jobs/7731\nRetry-After: 10\n\n{"id":"7731","status":"queued","statusUrl":"/v1/exports/jobs/7731"}',
      },
    ],
    related: [504, 522, 408, 202],
    references: [
      { url: 'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-524/' },
      { url: 'https://developers.cloudflare.com/fundamentals/reference/connection-limits/' },
      { title: 'RFC 9110 §15.3.3 202 Accepted', url: 'https://www.rfc-editor.org/rfc/rfc9110.html#section-15.3.3' },
    ],
    retry: 'after-delay',
    cacheableByDefault: false,
  },
  {
    code: 525,
    reason: 'SSL Handshake Failed',
    category: 'server-error',
    standing: 'unofficial',
    headers: [
      { name: 'CF-RAY', side: 'response', requirement: 'required' },
      { name: 'Server', side: 'response', requirement: 'optional' },
      { name: 'Content-Type', side: 'response', requirement: 'recommended' },
    ],
    examples: [
      {
        request: 'GET /v1/me HTTP/1.1\nHost: api.example.com\nAuthorization: Bearer eyJhbGciOi...',
        response:
          'HTTP/1.1 525 SSL Handshake Failed\nContent-Type: text/html; charset=UTF-8\nServer: cloudflare\nCF-RAY: 8f2ab5e3f08a7c14-CDG\n\n<!DOCTYPE html><html><head><title>api.example.com | 525: SSL handshake failed</title></head><body>... Error code 525 ... Cloudflare Ray ID: 8f2ab5e3f08a7c14 ...</body></html>',
      },
    ],
    related: [526, 521, 502],
    references: [
      { url: 'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-525/' },
      { url: 'https://developers.cloudflare.com/ssl/origin-configuration/ssl-modes/' },
      { url: 'https://developers.cloudflare.com/ssl/origin-configuration/origin-ca/' },
    ],
    retry: 'never',
    cacheableByDefault: false,
  },
  {
    code: 526,
    reason: 'Invalid SSL Certificate',
    category: 'server-error',
    standing: 'unofficial',
    headers: [
      { name: 'CF-RAY', side: 'response', requirement: 'required' },
      { name: 'Server', side: 'response', requirement: 'optional' },
      { name: 'Content-Type', side: 'response', requirement: 'recommended' },
    ],
    examples: [
      {
        request: 'GET /v1/products?page=2 HTTP/1.1\nHost: api.example.com\nAccept: application/json',
        response:
          'HTTP/1.1 526 Invalid SSL Certificate\nContent-Type: text/html; charset=UTF-8\nServer: cloudflare\nCF-RAY: 8f2ac6f4019b8d25-NRT\n\n<!DOCTYPE html><html><head><title>api.example.com | 526: Invalid SSL certificate</title></head><body>... Error code 526 ... Cloudflare Ray ID: 8f2ac6f4019b8d25 ...</body></html>',
      },
    ],
    related: [525, 502],
    references: [
      { url: 'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-526/' },
      { url: 'https://developers.cloudflare.com/ssl/origin-configuration/ssl-modes/full-strict/' },
      { url: 'https://developers.cloudflare.com/ssl/origin-configuration/custom-origin-trust-store/' },
    ],
    retry: 'never',
    cacheableByDefault: false,
  },
];

export default facts;
