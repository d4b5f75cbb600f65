import type { Sample } from './sample';

// Bodies are written as objects and sent as servers send them: one line of JSON.
const json = (value: unknown): string => JSON.stringify(value);

/** Public API shapes: GitHub, Stripe, Google, OData / Microsoft Graph, AWS JSON, OAuth, and plain JSON. */
export const vendors: Sample[] = [
  {
    name: 'GitHub validation failed',
    status: 422,
    headers: { 'content-type': 'application/json; charset=utf-8', 'x-github-request-id': 'C3A8:2F9B:1A2B3C:1D2E3F:6633A1B2' },
    request: { method: 'POST', url: 'https://api.github.com/repos/octo/hello/issues', headers: { accept: 'application/vnd.github+json', authorization: 'Bearer ghp_secret' }, body: '{"body":"no title"}' },
    body: json({ message: 'Validation Failed', errors: [{ resource: 'Issue', code: 'missing_field', field: 'title' }], documentation_url: 'https://docs.github.com/rest/issues/issues#create-an-issue', status: '422' }),
    expect: {
      format: 'github', message: 'Validation Failed', code: 'missing_field', docsUrl: 'https://docs.github.com/rest/issues/issues#create-an-issue',
      traceId: 'C3A8:2F9B:1A2B3C:1D2E3F:6633A1B2', fields: [{ name: 'title', message: 'missing_field' }], first: 'field-errors',
    },
  },
  {
    name: 'GitHub repository already exists',
    status: 422,
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: json({ message: 'Repository creation failed.', errors: [{ resource: 'Repository', code: 'custom', field: 'name', message: 'name already exists on this account' }], documentation_url: 'https://docs.github.com/rest/repos/repos#create-a-repository-for-the-authenticated-user', status: '422' }),
    expect: { format: 'github', code: 'custom', fields: [{ name: 'name', message: 'name already exists on this account' }] },
  },
  {
    name: 'GitHub primary rate limit (a 403 with X-RateLimit-Remaining: 0)',
    status: 403,
    headers: { 'content-type': 'application/json; charset=utf-8', date: 'Thu, 02 May 2024 09:00:00 GMT', 'x-ratelimit-limit': '60', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1714640700', 'x-ratelimit-used': '60', 'x-ratelimit-resource': 'core' },
    body: json({ message: "API rate limit exceeded for 203.0.113.7. (But here's the good news: Authenticated requests get a higher rate limit. Check out the documentation for more details.)", documentation_url: 'https://docs.github.com/rest/overview/resources-in-the-rest-api#rate-limiting' }),
    expect: { format: 'github', first: 'rate-limited', evidence: ['< X-RateLimit-Remaining: 0', '< X-RateLimit-Reset: 1714640700'] },
  },
  {
    name: 'Stripe resource_missing',
    status: 404,
    headers: { 'content-type': 'application/json', 'request-id': 'req_QeGRsoXGSKDyBr' },
    body: json({ error: { code: 'resource_missing', doc_url: 'https://stripe.com/docs/error-codes/resource-missing', message: "No such customer: 'cus_NffrFeUfNV2Hib'", param: 'customer', request_log_url: 'https://dashboard.stripe.com/test/logs/req_QeGRsoXGSKDyBr?t=1714640400', type: 'invalid_request_error' } }),
    expect: {
      format: 'stripe', message: "No such customer: 'cus_NffrFeUfNV2Hib'", code: 'resource_missing', docsUrl: 'https://stripe.com/docs/error-codes/resource-missing',
      traceId: 'req_QeGRsoXGSKDyBr', fields: [{ name: 'customer', message: "No such customer: 'cus_NffrFeUfNV2Hib'" }], first: 'not-found-resource',
    },
  },
  {
    name: 'Stripe card declined',
    status: 402,
    headers: { 'content-type': 'application/json', 'request-id': 'req_8Hk2mZq1xY' },
    body: json({ error: { charge: 'ch_3P1', code: 'card_declined', decline_code: 'insufficient_funds', doc_url: 'https://stripe.com/docs/error-codes/card-declined', message: 'Your card has insufficient funds.', type: 'card_error' } }),
    expect: { format: 'stripe', message: 'Your card has insufficient funds.', code: 'card_declined', traceId: 'req_8Hk2mZq1xY', fields: [], first: 'payment-required' },
  },
  {
    name: 'Google API key invalid (ErrorInfo)',
    status: 400,
    headers: { 'content-type': 'application/json; charset=UTF-8', 'x-cloud-trace-context': '105445aa7843bc8bf206b12000100000/1;o=1' },
    body: json({ error: { code: 400, message: 'API key not valid. Please pass a valid API key.', status: 'INVALID_ARGUMENT', details: [{ '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'API_KEY_INVALID', domain: 'googleapis.com', metadata: { service: 'translate.googleapis.com' } }] } }),
    expect: { format: 'google', message: 'API key not valid. Please pass a valid API key.', code: 'API_KEY_INVALID', traceId: '105445aa7843bc8bf206b12000100000', fields: [] },
  },
  {
    name: 'Google quota exhausted with RetryInfo and Help',
    status: 429,
    headers: { 'content-type': 'application/json; charset=UTF-8' },
    body: json({
      error: {
        code: 429, message: "Quota exceeded for quota metric 'Queries' and limit 'Queries per minute' of service 'sheets.googleapis.com'.", status: 'RESOURCE_EXHAUSTED',
        details: [
          { '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'RATE_LIMIT_EXCEEDED', domain: 'googleapis.com', metadata: { quota_limit: 'ReadRequestsPerMinutePerUser' } },
          { '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: '37s' },
          { '@type': 'type.googleapis.com/google.rpc.Help', links: [{ description: 'Request a higher quota limit.', url: 'https://cloud.google.com/docs/quota#requesting_higher_quota' }] },
        ],
      },
    }),
    expect: { format: 'google', code: 'RATE_LIMIT_EXCEEDED', docsUrl: 'https://cloud.google.com/docs/quota#requesting_higher_quota', fields: [], first: 'rate-limited' },
  },
  {
    name: 'Google BadRequest field violations',
    status: 400,
    headers: { 'content-type': 'application/json; charset=UTF-8' },
    body: json({ error: { code: 400, message: 'Invalid value at \'requests[0].range.sheet_id\' (TYPE_INT32), "abc"', status: 'INVALID_ARGUMENT', details: [{ '@type': 'type.googleapis.com/google.rpc.BadRequest', fieldViolations: [{ field: 'requests[0].range.sheet_id', description: 'Invalid value at \'requests[0].range.sheet_id\' (TYPE_INT32), "abc"' }] }] } }),
    expect: { format: 'google', code: 'INVALID_ARGUMENT', fields: [{ name: 'requests[0].range.sheet_id', message: 'Invalid value at \'requests[0].range.sheet_id\' (TYPE_INT32), "abc"' }], first: 'field-errors' },
  },
  {
    name: 'Google v1 error list (reason, location)',
    status: 401,
    headers: { 'content-type': 'application/json; charset=UTF-8', 'www-authenticate': 'Bearer realm="https://accounts.google.com/", error="invalid_token"' },
    body: json({ error: { code: 401, message: 'Invalid Credentials', errors: [{ message: 'Invalid Credentials', domain: 'global', reason: 'authError', location: 'Authorization', locationType: 'header' }], status: 'UNAUTHENTICATED' } }),
    expect: { format: 'google', message: 'Invalid Credentials', code: 'UNAUTHENTICATED', fields: [{ name: 'Authorization', message: 'Invalid Credentials' }], first: 'token-expired' },
  },
  {
    name: 'Microsoft Graph resource not found (OData v4, innerError request-id)',
    status: 404,
    headers: { 'content-type': 'application/json', 'request-id': 'f4c1a5b2-7d6e-4a3b-9c8d-0e1f2a3b4c5d' },
    body: json({ error: { code: 'Request_ResourceNotFound', message: "Resource '1234' does not exist or one of its queried reference-property objects are not present.", innerError: { date: '2024-05-02T09:12:44', 'request-id': 'f4c1a5b2-7d6e-4a3b-9c8d-0e1f2a3b4c5d', 'client-request-id': 'f4c1a5b2-7d6e-4a3b-9c8d-0e1f2a3b4c5d' } } }),
    expect: { format: 'odata', code: 'Request_ResourceNotFound', traceId: 'f4c1a5b2-7d6e-4a3b-9c8d-0e1f2a3b4c5d', fields: [], first: 'not-found-resource' },
  },
  {
    name: 'OData v4 error with target and details',
    status: 400,
    headers: { 'content-type': 'application/json;odata.metadata=minimal', 'odata-version': '4.0' },
    body: json({ error: { code: 'BadRequest', message: 'The request is invalid.', details: [{ code: 'NullValue', target: 'Name', message: 'Name cannot be null.' }, { code: 'OutOfRange', target: 'Price', message: 'Price must be greater than 0.' }] } }),
    expect: { format: 'odata', message: 'The request is invalid.', code: 'BadRequest', fields: [{ name: 'Name', message: 'Name cannot be null.' }, { name: 'Price', message: 'Price must be greater than 0.' }], first: 'field-errors' },
  },
  {
    name: 'OData v3 error with a localized message object',
    status: 404,
    headers: { 'content-type': 'application/json;odata=verbose' },
    body: json({ 'odata.error': { code: '-2147024809, System.ArgumentException', message: { lang: 'en-US', value: "Resource not found for the segment 'Customers'." } } }),
    expect: { format: 'odata', message: "Resource not found for the segment 'Customers'.", code: '-2147024809, System.ArgumentException', fields: [] },
  },
  {
    name: 'AWS JSON (API Gateway / DynamoDB) validation exception',
    status: 400,
    headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amzn-requestid': 'KBRCN6DTGAEPV2OGRT3UJ0F7B7VV4KQNSO5AEMVJF66Q9ASUAAJG' },
    body: json({ __type: 'com.amazon.coral.validate#ValidationException', message: "1 validation error detected: Value null at 'tableName' failed to satisfy constraint: Member must not be null" }),
    expect: { format: 'aws-json', code: 'ValidationException', traceId: 'KBRCN6DTGAEPV2OGRT3UJ0F7B7VV4KQNSO5AEMVJF66Q9ASUAAJG', fields: [{ name: 'tableName', message: 'Member must not be null', value: 'null' }], first: 'field-errors' },
  },
  {
    name: 'OAuth 2.0 token endpoint: invalid_grant',
    status: 400,
    headers: { 'content-type': 'application/json;charset=UTF-8', 'cache-control': 'no-store' },
    request: { method: 'POST', url: 'https://auth.example.com/oauth/token', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'grant_type=refresh_token&refresh_token=abc' },
    body: json({ error: 'invalid_grant', error_description: 'Refresh token expired' }),
    expect: { format: 'oauth', message: 'Refresh token expired', code: 'invalid_grant', fields: [], first: 'grant-invalid' },
  },
  {
    name: 'Plain JSON message and code, x-request-id',
    status: 404,
    headers: { 'content-type': 'application/json', 'x-request-id': 'req-404-abc' },
    body: json({ message: 'No order with id 9001', code: 'ORDER_NOT_FOUND' }),
    expect: { format: 'json', message: 'No order with id 9001', code: 'ORDER_NOT_FOUND', traceId: 'req-404-abc', fields: [], first: 'not-found-resource', ids: ['share-trace-id'] },
  },
  {
    name: 'Plain JSON nested error object with details',
    status: 400,
    headers: { 'content-type': 'application/json' },
    body: json({ success: false, error: { message: 'Invalid request parameters', code: 'VALIDATION_ERROR', details: [{ field: 'currency', message: 'must be a 3-letter ISO code', value: 'EURO' }] }, requestId: 'a1b2c3' }),
    expect: { format: 'json', message: 'Invalid request parameters', code: 'VALIDATION_ERROR', traceId: 'a1b2c3', fields: [{ name: 'currency', message: 'must be a 3-letter ISO code', value: 'EURO' }], first: 'field-errors' },
  },
];
