/**
 * The ids the analysis names: body formats (`ServerError.format`) and suggestions (`Suggestion.id`).
 * The UI and the tests key on them, so each is a union type with its list at run time: a misspelt id
 * is a type error, not a silent miss. README.md lists them all (readme.test.ts checks).
 */

/** Which body shape was recognised. */
export const FORMAT_IDS = [
  'problem-details',
  'aspnet-problem-details',
  'aspnet-validation-problem',
  'jsonapi',
  'graphql',
  'spring-boot',
  'spring-boot-whitelabel',
  'django-rest-framework',
  'django-debug',
  'fastapi',
  'rails',
  'laravel',
  'express',
  'express-validator',
  'fastify',
  'hapi-boom',
  'couchdb',
  'github',
  'stripe',
  'google',
  'odata',
  'aws-json',
  'oauth',
  'aws-xml',
  'xml-error',
  'soap-fault',
  'xml',
  'html',
  'cloudflare',
  'plain-text',
  'json',
  'json-partial',
  // No body, but a trace id in the headers.
  'empty',
] as const;
export type FormatId = (typeof FORMAT_IDS)[number];

/** What a suggestion advises, by rule family (rules/*.ts). */
export const SUGGESTION_IDS = [
  // conflict.ts
  'conflict-duplicate',
  'conflict-edit',
  'conflict-if-match',
  'conflict-locked',
  'conflict-state',
  'unhandled-duplicate',
  'precondition-failed',
  'precondition-exists',
  'precondition-required',
  // auth.ts
  'token-expired',
  'token-scope',
  'auth-invalid-request',
  'auth-missing',
  'auth-wrong-scheme',
  'auth-rejected',
  'auth-no-challenge',
  'session-expired',
  'grant-invalid',
  'client-invalid',
  'api-key-invalid',
  'forbidden-authenticated',
  'forbidden-anonymous',
  'csrf',
  'blocked-by-waf',
  'proxy-auth',
  'network-login',
  // negotiation.ts
  'method-not-allowed',
  'not-acceptable',
  'unsupported-media-type',
  'unsupported-encoding',
  'range-not-satisfiable',
  'not-implemented',
  // size.ts
  'payload-too-large',
  'uri-too-long',
  'headers-too-large',
  // throttle.ts
  'rate-limited',
  'retry-after',
  // server.ts
  'service-unavailable',
  'gateway-failure',
  'origin-failure',
  'share-trace-id',
  'http-version',
  'insufficient-storage',
  'loop-detected',
  // client.ts
  'field-errors',
  'invalid-json-body',
  'html-for-api',
  'bad-request',
  'payment-required',
  'not-found-route',
  'not-found-resource',
  'not-found',
  'gone',
  'request-timeout',
  'unprocessable',
  'too-early',
  'legal-block',
  // suggest.ts, when no rule knows the status
  'client-error',
  'server-error',
  // cors.ts: a request with no status that CORS refused (or likely did)
  'cors-missing-allow-origin',
  'cors-origin-mismatch',
  'cors-credentials-wildcard',
  'cors-missing-allow-credentials',
  'cors-preflight-failed',
  'cors-likely',
  // failure-context.ts and network-failure.ts: the other requests with no status
  'dev-server-down',
  'connection-refused',
  'dns-failed',
  'network-timeout',
  'certificate-rejected',
  'blocked-by-extension',
  'network-failure',
] as const;
export type SuggestionId = (typeof SUGGESTION_IDS)[number];
