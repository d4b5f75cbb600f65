import { describe, expect, test } from 'vitest';
import { searchReference } from './index';
import type { Locale, NetworkErrorId } from './types';

const first = (query: string, locale: Locale) => {
  const top = searchReference(query, locale)[0];
  return top === undefined ? undefined : top.kind === 'status' ? top.entry.code : top.entry.id;
};

/** Query, language, the entry that must come first. */
const TABLE: [query: string, locale: Locale, expected: number | NetworkErrorId][] = [
  ['409', 'en', 409],
  ['404', 'en', 404],
  ['50', 'en', 500],
  ['conflict', 'en', 409],
  ['duplicate', 'en', 409],
  ['already exists', 'en', 409],
  ['rate limit', 'en', 429],
  ['too many requests', 'en', 429],
  ['throttled', 'en', 429],
  ['expired token', 'en', 401],
  ['unauthorized', 'en', 401],
  ['forbidden', 'en', 403],
  ['permission', 'en', 403],
  ['not found', 'en', 404],
  ['teapot', 'en', 418],
  ['gateway timeout', 'en', 504],
  ['bad gateway', 'en', 502],
  ['service unavailable', 'en', 503],
  ['maintenance', 'en', 503],
  ['payload too large', 'en', 413],
  ['validation', 'en', 422],
  ['method not allowed', 'en', 405],
  ['precondition failed', 'en', 412],
  ['moved permanently', 'en', 301],
  ['permanent redirect', 'en', 308],
  ['ERR_CONNECTION_REFUSED', 'en', 'connection-refused'],
  ['net::ERR_CONNECTION_REFUSED', 'en', 'connection-refused'],
  ['NS_ERROR_CONNECTION_REFUSED', 'en', 'connection-refused'],
  ['connection refused', 'en', 'connection-refused'],
  ['ERR_NAME_NOT_RESOLVED', 'en', 'name-not-resolved'],
  ['NS_ERROR_UNKNOWN_HOST', 'en', 'name-not-resolved'],
  ['dns', 'en', 'name-not-resolved'],
  ['cors', 'en', 'failed-cors'],
  ['net::ERR_FAILED', 'en', 'failed-cors'],
  ['offline', 'en', 'internet-disconnected'],
  ['self-signed', 'en', 'cert-authority-invalid'],
  ['certificate expired', 'en', 'cert-date-invalid'],
  ['ERR_CERT_COMMON_NAME_INVALID', 'en', 'cert-common-name-invalid'],
  ['SSL_ERROR_RX_RECORD_TOO_LONG', 'en', 'ssl-protocol-error'],
  ['ERR_BLOCKED_BY_CLIENT', 'en', 'blocked-by-client'],
  ['ad blocker', 'en', 'blocked-by-client'],
  ['csp', 'en', 'blocked-by-csp'],
  ['corb', 'en', 'blocked-by-orb'],
  ['mixed content', 'en', 'mixed-content'],
  ['NS_BINDING_ABORTED', 'en', 'aborted'],
  ['redirect loop', 'en', 'too-many-redirects'],
  ['ERR_TOO_MANY_REDIRECTS', 'en', 'too-many-redirects'],
  ['http2', 'en', 'http2-protocol-error'],
  ['quic', 'en', 'quic-protocol-error'],
  ['empty response', 'en', 'empty-response'],
  ['ERR_CONTENT_LENGTH_MISMATCH', 'en', 'content-length-mismatch'],
  ['connection reset', 'en', 'connection-reset'],
  ['409', 'zh-CN', 409],
  ['冲突', 'zh-CN', 409],
  ['重复', 'zh-CN', 409],
  ['已存在', 'zh-CN', 409],
  ['限流', 'zh-CN', 429],
  ['请求过多', 'zh-CN', 429],
  ['令牌过期', 'zh-CN', 401],
  ['未授权', 'zh-CN', 401],
  ['禁止访问', 'zh-CN', 403],
  ['未找到', 'zh-CN', 404],
  ['网关超时', 'zh-CN', 504],
  ['服务不可用', 'zh-CN', 503],
  ['维护', 'zh-CN', 503],
  ['请求体过大', 'zh-CN', 413],
  ['跨域', 'zh-CN', 'failed-cors'],
  ['连接被拒绝', 'zh-CN', 'connection-refused'],
  ['ERR_CONNECTION_REFUSED', 'zh-CN', 'connection-refused'],
  ['域名解析', 'zh-CN', 'name-not-resolved'],
  ['断网', 'zh-CN', 'internet-disconnected'],
  ['证书过期', 'zh-CN', 'cert-date-invalid'],
  ['自签名', 'zh-CN', 'cert-authority-invalid'],
  ['广告拦截', 'zh-CN', 'blocked-by-client'],
  ['混合内容', 'zh-CN', 'mixed-content'],
  ['重定向循环', 'zh-CN', 'too-many-redirects'],
  ['NS_ERROR_NET_TIMEOUT', 'zh-CN', 'connection-timed-out'],
];

describe('search ranks the right entry first', () => {
  test.each(TABLE)('%s (%s) → %s', (query, locale, expected) => {
    expect(first(query, locale)).toBe(expected);
  });

  test('each result says which kind it is, and an empty query lists everything', () => {
    const all = searchReference('', 'en');
    expect(all.filter((r) => r.kind === 'status').length).toBeGreaterThan(70);
    expect(all.filter((r) => r.kind === 'network-error').length).toBeGreaterThan(20);
    expect(searchReference('no such words anywhere qqq', 'en')).toEqual([]);
  });

  test('"duplicate" puts 409 before 201', () => {
    const codes = searchReference('duplicate', 'en').flatMap((r) => (r.kind === 'status' ? [r.entry.code] : []));
    expect(codes.indexOf(409)).toBeLessThan(codes.indexOf(201) === -1 ? Infinity : codes.indexOf(201));
  });
});
