import type { Sample } from './sample';

// Bodies are written as objects and sent as servers send them: one line of JSON.
const json = (value: unknown): string => JSON.stringify(value);

/** Standard shapes: RFC 9457 problem details (and ASP.NET's), JSON:API, GraphQL. */
export const standards: Sample[] = [
  {
    name: 'RFC 9457 §3 example: out of credit, with extension members',
    status: 403,
    headers: { 'content-type': 'application/problem+json', 'content-language': 'en' },
    body: json({ type: 'https://example.com/probs/out-of-credit', title: 'You do not have enough credit.', detail: 'Your current balance is 30, but that costs 50.', instance: '/account/12345/msgs/abc', balance: 30, accounts: ['/account/12345', '/account/67890'] }),
    expect: { format: 'problem-details', message: 'You do not have enough credit. Your current balance is 30, but that costs 50.', code: 'out-of-credit', docsUrl: 'https://example.com/probs/out-of-credit', fields: [] },
  },
  {
    name: 'RFC 9457 §3 validation example: errors[] with #/ pointers',
    status: 422,
    headers: { 'content-type': 'application/problem+json' },
    body: json({ type: 'https://example.net/validation-error', title: 'Your request is not valid.', errors: [{ detail: 'must be a positive integer', pointer: '#/age' }, { detail: "must be 'green', 'red' or 'blue'", pointer: '#/profile/color' }] }),
    expect: {
      format: 'problem-details',
      message: 'Your request is not valid.',
      code: 'validation-error',
      fields: [{ name: 'age', message: 'must be a positive integer' }, { name: 'color', message: "must be 'green', 'red' or 'blue'" }],
      first: 'field-errors',
      evidence: ['age: "must be a positive integer"'],
    },
  },
  {
    name: 'Spring Boot 3 ProblemDetail, labelled text/plain',
    status: 400,
    headers: { 'content-type': 'text/plain;charset=UTF-8' },
    body: json({ type: 'about:blank', title: 'Bad Request', status: 400, detail: "Failed to read request", instance: '/api/orders' }),
    expect: { format: 'problem-details', message: 'Failed to read request', fields: [], first: 'bad-request' },
  },
  {
    name: 'Zalando problem with violations, no content type',
    status: 400,
    body: json({ type: 'https://zalando.github.io/problem/constraint-violation', status: 400, violations: [{ field: 'email', message: 'must be a well-formed email address' }], title: 'Constraint Violation' }),
    expect: { format: 'problem-details', message: 'Constraint Violation', code: 'constraint-violation', fields: [{ name: 'email', message: 'must be a well-formed email address' }], first: 'field-errors' },
  },
  {
    name: 'ASP.NET Core 8 ValidationProblemDetails with a traceparent-shaped traceId',
    status: 400,
    headers: { 'content-type': 'application/problem+json; charset=utf-8', server: 'Kestrel' },
    body: json({
      type: 'https://tools.ietf.org/html/rfc9110#section-15.5.1',
      title: 'One or more validation errors occurred.',
      status: 400,
      errors: { Email: ['The Email field is required.'], Password: ["The field Password must be a string or array type with a minimum length of '8'."] },
      traceId: '00-84c1fd4063c38d9f3900d06e56542d48-85d1d4fe2dcd3e4e-00',
    }),
    expect: {
      format: 'aspnet-validation-problem',
      message: 'One or more validation errors occurred.',
      traceId: '84c1fd4063c38d9f3900d06e56542d48',
      fields: [{ name: 'Email', message: 'The Email field is required.' }, { name: 'Password', message: "The field Password must be a string or array type with a minimum length of '8'." }],
      first: 'field-errors',
    },
  },
  {
    name: 'ASP.NET Core JSON binding failure: $.path field names',
    status: 400,
    headers: { 'content-type': 'application/problem+json; charset=utf-8' },
    request: { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"sku":"A-1","quantity":"two"}' },
    body: json({
      type: 'https://tools.ietf.org/html/rfc9110#section-15.5.1',
      title: 'One or more validation errors occurred.',
      status: 400,
      errors: { '$.quantity': ['The JSON value could not be converted to System.Int32. Path: $.quantity | LineNumber: 0 | BytePositionInLine: 28.'], request: ['The request field is required.'] },
      traceId: '00-0af7651916cd43dd8448eb211c80319c-b9c7c989f97918e1-00',
    }),
    expect: {
      format: 'aspnet-validation-problem',
      traceId: '0af7651916cd43dd8448eb211c80319c',
      fields: [{ name: 'quantity', message: 'The JSON value could not be converted to System.Int32. Path: $.quantity | LineNumber: 0 | BytePositionInLine: 28.' }, { name: 'request', message: 'The request field is required.' }],
    },
  },
  {
    name: 'ASP.NET Core 3 ProblemDetails 404 with an Activity traceId',
    status: 404,
    headers: { 'content-type': 'application/problem+json; charset=utf-8' },
    body: json({ type: 'https://tools.ietf.org/html/rfc7231#section-6.5.4', title: 'Not Found', status: 404, traceId: '|4f2a2b1e-4c5d8e3f1a2b3c4d.' }),
    expect: { format: 'aspnet-problem-details', message: 'Not Found', traceId: '|4f2a2b1e-4c5d8e3f1a2b3c4d.', fields: [], ids: ['share-trace-id'] },
  },
  {
    name: 'JSON:API invalid attribute (jsonapi.org example)',
    status: 422,
    headers: { 'content-type': 'application/vnd.api+json' },
    body: json({ errors: [{ status: '422', source: { pointer: '/data/attributes/firstName' }, title: 'Invalid Attribute', detail: 'First name must contain at least two characters.' }] }),
    expect: {
      format: 'jsonapi',
      message: 'Invalid Attribute: First name must contain at least two characters.',
      fields: [{ name: 'firstName', message: 'First name must contain at least two characters.' }],
      first: 'field-errors',
    },
  },
  {
    name: 'JSON:API 409 stale version, pointer to /data/attributes/version',
    status: 409,
    headers: { 'content-type': 'application/vnd.api+json', etag: 'W/"article-1-v4"' },
    request: { method: 'PATCH', headers: { 'content-type': 'application/vnd.api+json' }, body: '{"data":{"type":"articles","id":"1","attributes":{"title":"New","version":3}}}' },
    body: json({
      jsonapi: { version: '1.1' },
      errors: [{ id: 'b3f0c9', status: '409', code: 'VERSION_CONFLICT', title: 'Stale version', detail: 'The article was modified since version 3.', source: { pointer: '/data/attributes/version' }, links: { about: 'https://api.example.com/docs/errors#VERSION_CONFLICT' } }],
    }),
    expect: {
      format: 'jsonapi',
      message: 'Stale version: The article was modified since version 3.',
      code: 'VERSION_CONFLICT',
      docsUrl: 'https://api.example.com/docs/errors#VERSION_CONFLICT',
      fields: [{ name: 'version', message: 'The article was modified since version 3.' }],
      first: 'conflict-edit',
      evidence: ['< ETag: W/"article-1-v4"'],
    },
  },
  {
    name: 'JSON:API bad query parameter (source.parameter)',
    status: 400,
    headers: { 'content-type': 'application/vnd.api+json' },
    body: json({ errors: [{ status: '400', source: { parameter: 'include' }, title: 'Invalid Query Parameter', detail: 'The resource does not have an `author` relationship path.' }] }),
    expect: { format: 'jsonapi', fields: [{ name: 'include', message: 'The resource does not have an `author` relationship path.' }], first: 'field-errors' },
  },
  {
    name: 'GraphQL (Apollo) validation failure',
    status: 400,
    headers: { 'content-type': 'application/json; charset=utf-8' },
    request: { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ user(id: 1) { emial } }"}' },
    body: json({ errors: [{ message: 'Cannot query field "emial" on type "User". Did you mean "email"?', locations: [{ line: 1, column: 19 }], extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }] }),
    expect: { format: 'graphql', message: 'Cannot query field "emial" on type "User". Did you mean "email"?', code: 'GRAPHQL_VALIDATION_FAILED', fields: [], first: 'bad-request' },
  },
  {
    name: 'GraphQL resolver failure with path, data and a stack trace',
    status: 500,
    headers: { 'content-type': 'application/json', 'x-request-id': '5e9f1c0a-2b7d-4c1e-9a8f-3d6b2e1f0c4a' },
    body: json({
      errors: [{ message: 'Database connection refused', locations: [{ line: 2, column: 3 }], path: ['createUser'], extensions: { code: 'INTERNAL_SERVER_ERROR', exception: { stacktrace: ['Error: Database connection refused', '    at Pool.connect (/app/src/db.js:12:11)'] } } }],
      data: { createUser: null },
    }),
    expect: {
      format: 'graphql',
      message: 'Database connection refused',
      code: 'INTERNAL_SERVER_ERROR',
      traceId: '5e9f1c0a-2b7d-4c1e-9a8f-3d6b2e1f0c4a',
      fields: [{ name: 'createUser', message: 'Database connection refused' }],
      first: 'origin-failure',
      ids: ['share-trace-id'],
      evidence: ['< X-Request-Id: 5e9f1c0a-2b7d-4c1e-9a8f-3d6b2e1f0c4a'],
    },
  },
  {
    name: 'GraphQL (Apollo 4) BAD_USER_INPUT naming the argument',
    status: 400,
    headers: { 'content-type': 'application/graphql-response+json' },
    body: json({ errors: [{ message: 'Email address is not valid', path: ['signUp'], extensions: { code: 'BAD_USER_INPUT', argumentName: 'email' } }], data: null }),
    expect: { format: 'graphql', code: 'BAD_USER_INPUT', fields: [{ name: 'email', message: 'Email address is not valid' }], first: 'field-errors' },
  },
];
