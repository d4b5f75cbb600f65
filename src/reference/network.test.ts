import { describe, expect, test } from 'vitest';
import { getNetworkErrorReference, getStatusReference, listNetworkErrorReferences } from './index';
import { networkErrorIn } from './network';
import type { Locale, NetworkErrorReference } from './types';

const LOCALES: Locale[] = ['en', 'zh-CN'];

/** The failures developers meet most; every one must answer to its Chrome name (and Firefox's where it has one). */
const MUST_ANSWER: [name: string, id: NetworkErrorReference['id']][] = [
  ['net::ERR_FAILED', 'failed-cors'],
  ['NS_ERROR_DOM_BAD_URI', 'failed-cors'],
  ['net::ERR_CONNECTION_REFUSED', 'connection-refused'],
  ['ERR_CONNECTION_REFUSED', 'connection-refused'],
  ['NS_ERROR_CONNECTION_REFUSED', 'connection-refused'],
  ['net::ERR_CONNECTION_RESET', 'connection-reset'],
  ['NS_ERROR_NET_RESET', 'connection-reset'],
  ['net::ERR_CONNECTION_CLOSED', 'connection-closed'],
  ['NS_ERROR_NET_INTERRUPT', 'connection-closed'],
  ['net::ERR_CONNECTION_TIMED_OUT', 'connection-timed-out'],
  ['net::ERR_TIMED_OUT', 'connection-timed-out'],
  ['NS_ERROR_NET_TIMEOUT', 'connection-timed-out'],
  ['net::ERR_NAME_NOT_RESOLVED', 'name-not-resolved'],
  ['NS_ERROR_UNKNOWN_HOST', 'name-not-resolved'],
  ['net::ERR_INTERNET_DISCONNECTED', 'internet-disconnected'],
  ['NS_ERROR_OFFLINE', 'internet-disconnected'],
  ['net::ERR_CERT_AUTHORITY_INVALID', 'cert-authority-invalid'],
  ['SEC_ERROR_UNKNOWN_ISSUER', 'cert-authority-invalid'],
  ['net::ERR_CERT_DATE_INVALID', 'cert-date-invalid'],
  ['net::ERR_CERT_COMMON_NAME_INVALID', 'cert-common-name-invalid'],
  ['SSL_ERROR_BAD_CERT_DOMAIN', 'cert-common-name-invalid'],
  ['net::ERR_SSL_PROTOCOL_ERROR', 'ssl-protocol-error'],
  ['net::ERR_BLOCKED_BY_CLIENT', 'blocked-by-client'],
  ['net::ERR_BLOCKED_BY_CSP', 'blocked-by-csp'],
  ['net::ERR_BLOCKED_BY_ORB', 'blocked-by-orb'],
  ['net::ERR_BLOCKED_BY_RESPONSE', 'blocked-by-response'],
  ['(blocked:mixed-content)', 'mixed-content'],
  ['net::ERR_ABORTED', 'aborted'],
  ['NS_BINDING_ABORTED', 'aborted'],
  ['net::ERR_TOO_MANY_REDIRECTS', 'too-many-redirects'],
  ['NS_ERROR_REDIRECT_LOOP', 'too-many-redirects'],
  ['net::ERR_HTTP2_PROTOCOL_ERROR', 'http2-protocol-error'],
  ['net::ERR_QUIC_PROTOCOL_ERROR', 'quic-protocol-error'],
  ['NS_ERROR_NET_HTTP3_PROTOCOL_ERROR', 'quic-protocol-error'],
  ['net::ERR_EMPTY_RESPONSE', 'empty-response'],
  ['net::ERR_CONTENT_LENGTH_MISMATCH', 'content-length-mismatch'],
  ['NS_ERROR_NET_PARTIAL_TRANSFER', 'content-length-mismatch'],
];

/** fetch()'s rejection as scripts see it, in Chrome, Firefox and Safari. */
const PAGE_MESSAGE_SHAPE = /^TypeError: [A-Z][\w .]+$/;
const NAME_SHAPE = /^(net::ERR_[A-Z0-9_]+|NS_(ERROR|BINDING)_[A-Z0-9_]+|SEC_ERROR_[A-Z0-9_]+|SSL_ERROR_[A-Z0-9_]+|blocked:[a-z-]+)$/;

describe.each(LOCALES)('network-error reference (%s)', (locale) => {
  const entries = listNetworkErrorReferences(locale);

  test.each(MUST_ANSWER)('%s → %s', (name, id) => {
    expect(getNetworkErrorReference(name, locale)?.id).toBe(id);
  });

  test('names are the browsers\' exact spellings, each belongs to one entry', () => {
    const seen = new Set<string>();
    for (const e of entries) {
      // Only a failure seen from inside the page has no browser name: it answers to what the script is told.
      expect(e.names.length + (e.pageMessages?.length ?? 0), e.id).toBeGreaterThan(0);
      for (const m of e.pageMessages ?? []) expect(m, e.id).toMatch(PAGE_MESSAGE_SHAPE);
      for (const n of e.names) {
        expect(n, e.id).toMatch(NAME_SHAPE);
        expect(seen.has(n), `${n} twice`).toBe(false);
        seen.add(n);
      }
    }
  });

  test('no empty section, links well formed, related entries exist', () => {
    const ids = new Set(entries.map((e) => e.id));
    const filled = (s: string) => s.trim().length > 0;
    for (const e of entries) {
      for (const f of ['title', 'summary', 'meaning'] as const) expect(filled(e[f]), `${e.id} ${f}`).toBe(true);
      for (const list of ['causes', 'tellApart', 'clientFixes', 'serverFixes'] as const) {
        expect(e[list].length, `${e.id} ${list}`).toBeGreaterThan(0);
        for (const item of e[list]) expect(filled(item), `${e.id} ${list}`).toBe(true);
      }
      expect(e.summary.length, `${e.id} summary`).toBeLessThanOrEqual(200);
      expect(e.references.length, e.id).toBeGreaterThan(0);
      for (const r of e.references) expect(new URL(r.url).protocol, r.url).toBe('https:');
      for (const r of e.relatedErrors) expect(ids.has(r) && r !== e.id, `${e.id} → ${r}`).toBe(true);
      for (const c of e.relatedCodes) expect(getStatusReference(c, locale), `${e.id} → ${c}`).toBeDefined();
    }
  });

  test('a logged error text finds the first known name in it', () => {
    expect(networkErrorIn(entries, 'net::ERR_FAILED (page saw: fetch failed: TypeError: Failed to fetch)')?.id).toBe('failed-cors');
    expect(networkErrorIn(entries, 'NS_ERROR_CONNECTION_REFUSED')?.id).toBe('connection-refused');
    expect(networkErrorIn(entries, 'net::ERR_SOMETHING_NEW then net::ERR_NAME_NOT_RESOLVED')?.id).toBe('name-not-resolved');
    expect(networkErrorIn(entries, 'net::ERR_SOMETHING_NEW')).toBeUndefined();
    expect(networkErrorIn(entries, undefined)).toBeUndefined();
  });

  // As background/light-entries.ts words a failure only the page saw.
  test.each([
    'fetch failed: Failed to fetch',
    'fetch failed: TypeError: Failed to fetch',
    'fetch failed: NetworkError when attempting to fetch resource.',
    'XMLHttpRequest failed: network error (status 0)',
    'TypeError: Load failed',
  ])('a failure the page saw with no browser name: %s', (text) => {
    expect(networkErrorIn(entries, text)?.id).toBe('page-request-failed');
  });

  test("a browser name wins over what the page saw; an unknown one is not taken for the page's", () => {
    expect(networkErrorIn(entries, 'net::ERR_CONNECTION_REFUSED (page saw: fetch failed: Failed to fetch)')?.id).toBe('connection-refused');
    expect(networkErrorIn(entries, 'net::ERR_SOMETHING_NEW (page saw: fetch failed: Failed to fetch)')).toBeUndefined();
  });
});

test('both languages have the same entries; the Chinese is in Chinese', () => {
  const en = listNetworkErrorReferences('en');
  const zh = listNetworkErrorReferences('zh-CN');
  expect(zh.map((e) => [e.id, e.names, e.pageMessages, e.retry])).toEqual(en.map((e) => [e.id, e.names, e.pageMessages, e.retry]));
  for (const e of zh) for (const f of [e.title, e.summary, e.meaning]) expect(f, e.id).toMatch(/[\u4e00-\u9fff]/);
});
