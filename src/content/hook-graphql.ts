/**
 * GraphQL errors in a 200 (settings.flag.graphqlErrors): a GraphQL server answers a query that failed
 * with status 200 and a JSON body whose top-level `errors` is a non-empty list (GraphQL over HTTP,
 * https://graphql.github.io/graphql-over-http/draft/#sec-application-json, and the GraphQL spec's
 * "Response Format", https://spec.graphql.org/October2021/#sec-Errors). Only calls that look like
 * GraphQL are read: a URL path with "graphql" in it, or a text request body with a `query` member.
 * MAIN world: built only from primordials.ts; nothing of the page's runs (no getter, no toString).
 */
import type { CapturedBody } from '../shared/types';
import { getOwnPropertyDescriptor, hasOwn, isArray, parseJson, stringIndexOf, stringSlice, stringToLowerCase } from './primordials';

/** Request bodies longer than this are not parsed to look for `query` (a GraphQL query is short). */
const QUERY_BODY_CHARS = 64 * 1024;

/** The path of an absolute URL, without query or fragment; '' when `url` is not absolute. */
function pathOf(url: string): string {
  const scheme = stringIndexOf(url, '://');
  if (scheme < 0) return '';
  const start = stringIndexOf(url, '/', scheme + 3);
  if (start < 0) return '';
  let end = url.length;
  const query = stringIndexOf(url, '?', start);
  if (query >= 0) end = query;
  const hash = stringIndexOf(url, '#', start);
  if (hash >= 0 && hash < end) end = hash;
  return stringSlice(url, start, end);
}

/** An own data property of a parsed JSON value (JSON.parse makes no getters; the page's prototypes are not asked). */
function ownValue(value: unknown, key: string): unknown {
  if (value === null || typeof value !== 'object') return undefined;
  const d = getOwnPropertyDescriptor(value, key);
  return d && hasOwn(d, 'value') ? d.value : undefined;
}

function parsed(text: string): unknown {
  try {
    return parseJson(text);
  } catch {
    return undefined; // not JSON, or nested past the engine's limit
  }
}

/** Does this call look like GraphQL? `url` is the response's (absolute) URL, `body` what the page sent. */
export function graphqlLike(url: string, body: unknown): boolean {
  if (stringIndexOf(stringToLowerCase(pathOf(url)), 'graphql') >= 0) return true;
  if (typeof body !== 'string' || body.length > QUERY_BODY_CHARS || stringIndexOf(body, '"query"') < 0) return false;
  const request = parsed(body);
  return request !== null && typeof request === 'object' && !isArray(request) && getOwnPropertyDescriptor(request, 'query') !== undefined;
}

/**
 * How many errors a GraphQL response body lists at its top level; 0 when it is not a whole JSON
 * object (binary, cut at the cap, or not JSON) or its `errors` is absent, empty or not a list.
 */
export function graphqlErrorCount(body: CapturedBody): number {
  if (body.binary || body.truncated || body.text === undefined) return 0;
  const root = parsed(body.text);
  if (root === null || typeof root !== 'object' || isArray(root)) return 0;
  const errors = ownValue(root, 'errors');
  if (!isArray(errors)) return 0;
  const length = ownValue(errors, 'length');
  return typeof length === 'number' && length > 0 ? (length > 1_000_000 ? 1_000_000 : length) : 0;
}
