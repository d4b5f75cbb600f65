import type { Sample } from './sample';

/** Markup and text: AWS and other XML, SOAP, HTML error pages of servers, proxies and frameworks, plain text, cut JSON. */

const nginx502 = '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx/1.25.3</center>\r\n</body>\r\n</html>\r\n';
const expressCannotGet = '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Error</title>\n</head>\n<body>\n<pre>Cannot GET /api/userz</pre>\n</body>\n</html>\n';
const expressJsonError =
  '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Error</title>\n</head>\n<body>\n<pre>SyntaxError: Unexpected token } in JSON at position 24<br> &nbsp; &nbsp;at JSON.parse (&lt;anonymous&gt;)<br> &nbsp; &nbsp;at parse (/app/node_modules/body-parser/lib/types/json.js:92:19)</pre>\n</body>\n</html>\n';
const springTrace = JSON.stringify({
  timestamp: '2024-05-02T09:12:44.521+00:00',
  status: 500,
  error: 'Internal Server Error',
  message: 'Connection is not available, request timed out after 30000ms.',
  path: '/api/reports',
  trace: `org.springframework.jdbc.CannotGetJdbcConnectionException: Failed to obtain JDBC Connection\n${'\tat com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:181)\n'.repeat(40)}`,
});

export const pages: Sample[] = [
  {
    name: 'S3 NoSuchKey',
    status: 404,
    headers: { 'content-type': 'application/xml', 'x-amz-request-id': '4442587FB7D0A2F9', server: 'AmazonS3' },
    body: '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message><Key>photos/2024/cat.jpg</Key><RequestId>4442587FB7D0A2F9</RequestId><HostId>eftixk72aD6Ap51TnqcoF8eFidJG9Z/2mkiDFu8yU9AS1ed4OpIszj7UDNEHGran</HostId></Error>',
    expect: { format: 'aws-xml', message: 'The specified key does not exist.', code: 'NoSuchKey', traceId: '4442587FB7D0A2F9', fields: [{ name: 'Key', value: 'photos/2024/cat.jpg' }], first: 'not-found-resource', evidence: ['<Code>: "NoSuchKey"'] },
  },
  {
    name: 'STS ErrorResponse (query protocol)',
    status: 403,
    headers: { 'content-type': 'text/xml', 'x-amzn-requestid': 'c6104cbe-af31-11e0-8154-cbc7ccf896c7' },
    request: { method: 'POST', headers: { authorization: 'AWS4-HMAC-SHA256 Credential=AKIA/20240502/us-east-1/sts/aws4_request, SignedHeaders=host;x-amz-date, Signature=abc' } },
    body: '<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">\n  <Error>\n    <Type>Sender</Type>\n    <Code>SignatureDoesNotMatch</Code>\n    <Message>The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method.</Message>\n  </Error>\n  <RequestId>c6104cbe-af31-11e0-8154-cbc7ccf896c7</RequestId>\n</ErrorResponse>\n',
    expect: { format: 'aws-xml', code: 'SignatureDoesNotMatch', traceId: 'c6104cbe-af31-11e0-8154-cbc7ccf896c7', fields: [], first: 'forbidden-authenticated', evidence: ['> Authorization: AWS4-HMAC-SHA256 ***'] },
  },
  {
    name: 'S3 PreconditionFailed names the condition',
    status: 412,
    headers: { 'content-type': 'application/xml', etag: '"9b2cf535f27731c974343645a3985328"' },
    request: { method: 'PUT', headers: { 'if-match': '"0f343b0931126a20f133d67c2b018a3b"' }, body: 'report v2' },
    body: '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>PreconditionFailed</Code><Message>At least one of the pre-conditions you specified did not hold</Message><Condition>If-Match</Condition><RequestId>TXB6W1Y9QXAZ</RequestId><HostId>b2s=</HostId></Error>',
    expect: { format: 'aws-xml', code: 'PreconditionFailed', traceId: 'TXB6W1Y9QXAZ', fields: [{ name: 'If-Match', message: 'At least one of the pre-conditions you specified did not hold' }], first: 'precondition-failed', evidence: ['> If-Match: "0f343b0931126a20f133d67c2b018a3b"', '< ETag: "9b2cf535f27731c974343645a3985328"'] },
  },
  {
    name: 'EC2 Response/Errors',
    status: 400,
    headers: { 'content-type': 'text/xml;charset=UTF-8' },
    body: '<?xml version="1.0" encoding="UTF-8"?>\n<Response><Errors><Error><Code>InvalidInstanceID.NotFound</Code><Message>The instance ID \'i-1a2b3c4d\' does not exist</Message></Error></Errors><RequestID>ea966190-f9aa-478e-9ede-example</RequestID></Response>',
    expect: { format: 'aws-xml', message: "The instance ID 'i-1a2b3c4d' does not exist", code: 'InvalidInstanceID.NotFound', traceId: 'ea966190-f9aa-478e-9ede-example', fields: [] },
  },
  {
    name: 'Azure Storage XML error (request id inside the message)',
    status: 404,
    headers: { 'content-type': 'application/xml', 'x-ms-request-id': '6c3fd1b2-601e-0036-3b5b-9cd1a4000000' },
    body: '\ufeff<?xml version="1.0" encoding="utf-8"?><Error><Code>BlobNotFound</Code><Message>The specified blob does not exist.\nRequestId:6c3fd1b2-601e-0036-3b5b-9cd1a4000000\nTime:2024-05-02T09:12:44.5210000Z</Message></Error>',
    expect: { format: 'xml-error', code: 'BlobNotFound', traceId: '6c3fd1b2-601e-0036-3b5b-9cd1a4000000', fields: [] },
  },
  {
    name: 'SOAP 1.1 fault',
    status: 500,
    headers: { 'content-type': 'text/xml; charset=utf-8' },
    body: '<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><soap:Fault><faultcode>soap:Client</faultcode><faultstring>Server was unable to read request. ---&gt; There is an error in XML document (1, 42).</faultstring></soap:Fault></soap:Body></soap:Envelope>',
    expect: { format: 'soap-fault', message: 'Server was unable to read request. ---> There is an error in XML document (1, 42).', code: 'soap:Client', fields: [], first: 'origin-failure' },
  },
  {
    name: 'nginx 502 page',
    status: 502,
    headers: { 'content-type': 'text/html', server: 'nginx/1.25.3' },
    body: nginx502,
    expect: { format: 'html', message: '502 Bad Gateway', fields: [], first: 'gateway-failure', evidence: ['< Server: nginx/1.25.3', '<title>502 Bad Gateway</title>'] },
  },
  {
    name: 'Apache 404 page',
    status: 404,
    headers: { 'content-type': 'text/html; charset=iso-8859-1', server: 'Apache/2.4.57 (Debian)' },
    body: '<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n<title>404 Not Found</title>\n</head><body>\n<h1>Not Found</h1>\n<p>The requested URL was not found on this server.</p>\n<hr>\n<address>Apache/2.4.57 (Debian) Server at example.com Port 443</address>\n</body></html>\n',
    expect: { format: 'html', message: '404 Not Found', fields: [], first: 'not-found-route', ids: ['html-for-api'] },
  },
  {
    name: 'An HTML page with entities and nested tags in its heading',
    status: 500,
    headers: { 'content-type': 'text/html; charset=utf-8' },
    request: { headers: { accept: 'text/html,application/xhtml+xml' } },
    body: '<!doctype html><html><head><title>Oops &ndash; Acme &amp; Co</title><style>h1{color:red}</style></head><body><h1>Something went <em>wrong</em> &#8212; we&#x2019;re on it</h1><p>NullPointerException at <code>OrderService.java:42</code></p><script>document.title = "injected"</script></body></html>',
    expect: { format: 'html', message: 'Oops – Acme & Co: Something went wrong — we’re on it', fields: [], first: 'origin-failure' },
  },
  {
    name: 'Express default 404 (finalhandler)',
    status: 404,
    headers: { 'content-type': 'text/html; charset=utf-8', 'x-powered-by': 'Express', 'content-security-policy': "default-src 'none'" },
    request: { url: 'https://api.example.com/api/userz' },
    body: expressCannotGet,
    expect: { format: 'express', message: 'Cannot GET /api/userz', fields: [], first: 'not-found-route' },
  },
  {
    name: 'Express body-parser JSON error in development',
    status: 400,
    headers: { 'content-type': 'text/html; charset=utf-8', 'x-powered-by': 'Express' },
    request: { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"name":"Ada","tags":[1,2,}' },
    body: expressJsonError,
    expect: { format: 'express', message: 'SyntaxError: Unexpected token } in JSON at position 24', fields: [], first: 'invalid-json-body' },
  },
  {
    name: 'Spring Boot Whitelabel page',
    status: 404,
    headers: { 'content-type': 'text/html;charset=UTF-8' },
    body: "<html><body><h1>Whitelabel Error Page</h1><p>This application has no explicit mapping for /error, so you are seeing this as a fallback.</p><div id='created'>Thu May 02 09:12:44 UTC 2024</div><div>There was an unexpected error (type=Not Found, status=404).</div><div>No static resource api/userz.</div></body></html>",
    expect: { format: 'spring-boot-whitelabel', message: 'No static resource api/userz.', fields: [], first: 'not-found-route' },
  },
  {
    name: 'Django debug page (DEBUG=True)',
    status: 500,
    headers: { 'content-type': 'text/html; charset=utf-8' },
    body: '<!DOCTYPE html>\n<html lang="en">\n<head>\n  <meta http-equiv="content-type" content="text/html; charset=utf-8">\n  <title>IntegrityError\n          at /api/users/</title>\n</head>\n<body>\n<div id="summary">\n  <h1>IntegrityError\n       at /api/users/</h1>\n  <pre class="exception_value">UNIQUE constraint failed: users_user.email</pre>\n</div></body></html>',
    expect: { format: 'django-debug', message: 'IntegrityError: UNIQUE constraint failed: users_user.email', code: 'IntegrityError', fields: [], first: 'unhandled-duplicate', ids: ['origin-failure'] },
  },
  {
    name: 'Cloudflare 522 page',
    status: 522,
    headers: { 'content-type': 'text/html; charset=UTF-8', server: 'cloudflare', 'cf-ray': '87d2a1b2c3d4e5f6-FRA' },
    body: '<!DOCTYPE html>\n<html lang="en-US"><head><title>api.example.com | 522: Connection timed out</title></head><body><div id="cf-wrapper"><div id="cf-error-details" class="p-0"><header><h1><span class="inline-block">Connection timed out</span> <span class="code-label">Error code 522</span></h1></header></div></div></body></html>',
    expect: { format: 'cloudflare', message: '522: Connection timed out', code: '522', traceId: '87d2a1b2c3d4e5f6-FRA', fields: [], first: 'gateway-failure', evidence: ['< CF-Ray: 87d2a1b2c3d4e5f6-FRA'] },
  },
  {
    name: 'Cloudflare WAF block',
    status: 403,
    headers: { 'content-type': 'text/html; charset=UTF-8', server: 'cloudflare', 'cf-ray': '87d2a1b2c3d4e5f7-AMS' },
    body: '<!DOCTYPE html><html lang="en-US"><head><title>Attention Required! | Cloudflare</title></head><body><div id="cf-wrapper"><div id="cf-error-details"><h1 data-translate="block_headline">Sorry, you have been blocked</h1><h2 class="cf-subheadline">You are unable to access example.com</h2></div></div></body></html>',
    expect: { format: 'cloudflare', message: 'Sorry, you have been blocked', fields: [], first: 'blocked-by-waf', evidence: ['< CF-Ray: 87d2a1b2c3d4e5f7-AMS'] },
  },
  {
    name: "Go net/http's 404",
    status: 404,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' },
    body: '404 page not found\n',
    expect: { format: 'plain-text', message: '404 page not found', fields: [], first: 'not-found-route' },
  },
  {
    name: 'Envoy: no connection to the upstream',
    status: 503,
    headers: { 'content-type': 'text/plain', server: 'envoy' },
    body: 'upstream connect error or disconnect/reset before headers. reset reason: connection failure, transport failure reason: delayed connect error: 111',
    expect: { format: 'plain-text', message: 'upstream connect error or disconnect/reset before headers. reset reason: connection failure, transport failure reason: delayed connect error: 111', fields: [], first: 'gateway-failure' },
  },
  {
    name: 'Python traceback as plain text',
    status: 500,
    headers: { 'content-type': 'text/plain' },
    body: 'Traceback (most recent call last):\n  File "/app/main.py", line 42, in handler\n    total = price / quantity\nZeroDivisionError: division by zero\n',
    expect: { format: 'plain-text', message: 'ZeroDivisionError: division by zero', code: 'ZeroDivisionError', fields: [], first: 'origin-failure' },
  },
  {
    name: 'A log dump labelled text/plain, first line wins',
    status: 500,
    headers: { 'content-type': 'text/plain; charset=utf-8' },
    body: '\n\n   \nERROR 2026-11-22T10:00:00Z worker-7 request failed: upstream returned garbage; retrying in 0 ms\n'.repeat(3),
    expect: { format: 'plain-text', message: 'ERROR 2026-11-22T10:00:00Z worker-7 request failed: upstream returned garbage; retrying in 0 ms', fields: [], first: 'origin-failure' },
  },
  {
    name: 'Spring Boot 500 cut by the capture cap: still read as Spring',
    status: 500,
    truncated: true,
    headers: { 'content-type': 'application/json' },
    body: springTrace.slice(0, 1500),
    expect: { format: 'spring-boot', message: 'Connection is not available, request timed out after 30000ms.', fields: [], first: 'origin-failure' },
  },
  {
    name: 'JSON with NaN (Python json.dumps): salvaged',
    status: 500,
    headers: { 'content-type': 'application/json' },
    body: '{"message": "Model returned an invalid score", "score": NaN, "code": "SCORING_FAILED"}',
    expect: { format: 'json-partial', message: 'Model returned an invalid score', code: 'SCORING_FAILED', fields: [], first: 'origin-failure' },
  },
];
