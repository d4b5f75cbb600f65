// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import type { CapturedBody } from '../shared/types';
import { graphqlErrorCount, graphqlLike } from './hook-graphql';

const body = (text: string | undefined, over: Partial<CapturedBody> = {}): CapturedBody => ({ source: 'page-fetch', binary: false, text, keptSize: text?.length ?? 0, truncated: false, ...over });

describe('which calls are looked at', () => {
  test('a URL path with "graphql" in it, in any case; not the host, the query or the fragment', () => {
    expect(graphqlLike('https://api.example.test/graphql', undefined)).toBe(true);
    expect(graphqlLike('https://api.example.test/v2/GraphQL?op=me', undefined)).toBe(true);
    expect(graphqlLike('https://graphql.example.test/api', undefined)).toBe(false);
    expect(graphqlLike('https://api.example.test/api?graphql=1', undefined)).toBe(false);
    expect(graphqlLike('https://api.example.test/api#graphql', undefined)).toBe(false);
    expect(graphqlLike('/graphql', undefined)).toBe(false); // not absolute: the hook passes the response's URL
  });

  test('a text request body whose JSON has a `query` member', () => {
    expect(graphqlLike('https://api.example.test/api', '{"query":"{ me { id } }","variables":{}}')).toBe(true);
    expect(graphqlLike('https://api.example.test/api', '{"search":{"query":"x"}}')).toBe(false); // not top-level
    expect(graphqlLike('https://api.example.test/api', '[{"query":"{ a }"}]')).toBe(false);
    expect(graphqlLike('https://api.example.test/api', '"query"')).toBe(false);
    expect(graphqlLike('https://api.example.test/api', 'query=%7B%20me%20%7D')).toBe(false);
    expect(graphqlLike('https://api.example.test/api', new Blob(['{"query":"x"}']))).toBe(false);
    expect(graphqlLike('https://api.example.test/api', `{"query":"${'x'.repeat(70 * 1024)}"}`)).toBe(false); // too long to parse for this
  });
});

describe('how many errors a 200 lists', () => {
  test('a non-empty top-level `errors` list, counted', () => {
    expect(graphqlErrorCount(body('{"errors":[{"message":"a"},{"message":"b"}],"data":null}'))).toBe(2);
    expect(graphqlErrorCount(body('{"data":{"me":null},"errors":[{"message":"Not authorised","path":["me"]}]}'))).toBe(1);
  });

  test('none when `errors` is empty, absent, not a list, or not at the top', () => {
    for (const text of ['{"errors":[]}', '{"data":{"errors":[1]}}', '{"errors":{"length":3}}', '{"errors":"bad"}', '{"errors":null}', '[{"errors":[1]}]', 'null', '42']) {
      expect(graphqlErrorCount(body(text))).toBe(0);
    }
  });

  test('hostile bodies: not JSON, nested past any limit, cut at the cap, binary, or the page polluted Object.prototype', () => {
    expect(graphqlErrorCount(body('<html>errors</html>'))).toBe(0);
    expect(graphqlErrorCount(body(`${'['.repeat(200_000)}${']'.repeat(200_000)}`))).toBe(0);
    expect(graphqlErrorCount(body('{"errors":[{"message":"a"}', { truncated: true }))).toBe(0);
    expect(graphqlErrorCount(body('{"errors":[{"message":"a"}]}', { truncated: true }))).toBe(0); // a cut body is never parsed
    expect(graphqlErrorCount(body(undefined, { binary: true }))).toBe(0);
    const parse = JSON.parse;
    JSON.parse = () => ({ errors: [1] }); // the hook took its own JSON.parse at document_start
    try {
      expect(graphqlErrorCount(body('{"data":{}}'))).toBe(0);
    } finally {
      JSON.parse = parse;
    }
    const proto = Object.prototype as Record<string, unknown>;
    proto.errors = [1, 2, 3];
    try {
      expect(graphqlErrorCount(body('{"data":{}}'))).toBe(0);
    } finally {
      delete proto.errors;
    }
  });
});
