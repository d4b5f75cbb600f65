import type { NetworkErrorFacts, ReferenceLink } from '../types';

/**
 * The language-independent half of the network-error entries: the exact names browsers report,
 * checked against Chromium's net/base/net_error_list.h and Firefox's xpcom/base/ErrorList.py
 * (certificate names are Firefox's NSS/PSM codes, which it shows on its error pages).
 */
const CHROMIUM: ReferenceLink = {
  title: "Chromium net/base/net_error_list.h",
  url: 'https://source.chromium.org/chromium/chromium/src/+/main:net/base/net_error_list.h',
};
const FIREFOX: ReferenceLink = { title: 'Firefox xpcom/base/ErrorList.py', url: 'https://searchfox.org/mozilla-central/source/xpcom/base/ErrorList.py' };
const mdn = (title: string, path: string): ReferenceLink => ({ title: `MDN: ${title}`, url: `https://developer.mozilla.org/en-US/docs/${path}` });
const TLS = mdn('Transport Layer Security', 'Web/Security/Defenses/Transport_Layer_Security');

const facts: NetworkErrorFacts[] = [
  {
    id: 'failed-cors',
    names: ['net::ERR_FAILED', 'NS_ERROR_DOM_BAD_URI'],
    relatedErrors: ['blocked-by-orb', 'blocked-by-response', 'blocked-by-client'],
    relatedCodes: [204, 403, 405],
    references: [mdn('CORS errors', 'Web/HTTP/Guides/CORS/Errors'), mdn('Cross-Origin Resource Sharing (CORS)', 'Web/HTTP/Guides/CORS'), { title: 'Fetch Standard §3.2 CORS protocol', url: 'https://fetch.spec.whatwg.org/#http-cors-protocol' }, CHROMIUM, FIREFOX],
    retry: 'after-change',
  },
  {
    id: 'connection-refused',
    names: ['net::ERR_CONNECTION_REFUSED', 'NS_ERROR_CONNECTION_REFUSED'],
    relatedErrors: ['connection-timed-out', 'connection-reset', 'name-not-resolved'],
    relatedCodes: [502, 503],
    references: [CHROMIUM, FIREFOX],
    retry: 'after-delay',
  },
  {
    id: 'connection-reset',
    names: ['net::ERR_CONNECTION_RESET', 'NS_ERROR_NET_RESET'],
    relatedErrors: ['connection-closed', 'empty-response', 'ssl-protocol-error'],
    relatedCodes: [502, 499],
    references: [CHROMIUM, FIREFOX],
    retry: 'after-delay',
  },
  {
    id: 'connection-closed',
    names: ['net::ERR_CONNECTION_CLOSED', 'NS_ERROR_NET_INTERRUPT'],
    relatedErrors: ['connection-reset', 'empty-response', 'content-length-mismatch'],
    relatedCodes: [444, 502],
    references: [CHROMIUM, FIREFOX],
    retry: 'after-delay',
  },
  {
    id: 'connection-timed-out',
    names: ['net::ERR_CONNECTION_TIMED_OUT', 'net::ERR_TIMED_OUT', 'NS_ERROR_NET_TIMEOUT'],
    relatedErrors: ['connection-refused', 'internet-disconnected'],
    relatedCodes: [408, 504, 522, 524],
    references: [CHROMIUM, FIREFOX],
    retry: 'after-delay',
  },
  {
    id: 'name-not-resolved',
    names: ['net::ERR_NAME_NOT_RESOLVED', 'NS_ERROR_UNKNOWN_HOST'],
    relatedErrors: ['internet-disconnected', 'connection-refused'],
    relatedCodes: [502],
    references: [mdn('DNS', 'Glossary/DNS'), CHROMIUM, FIREFOX],
    retry: 'after-change',
  },
  {
    id: 'internet-disconnected',
    names: ['net::ERR_INTERNET_DISCONNECTED', 'NS_ERROR_OFFLINE'],
    relatedErrors: ['name-not-resolved', 'connection-timed-out'],
    relatedCodes: [],
    references: [mdn('Navigator.onLine', 'Web/API/Navigator/onLine'), CHROMIUM, FIREFOX],
    retry: 'after-delay',
  },
  {
    id: 'cert-authority-invalid',
    names: ['net::ERR_CERT_AUTHORITY_INVALID', 'SEC_ERROR_UNKNOWN_ISSUER'],
    relatedErrors: ['cert-date-invalid', 'cert-common-name-invalid', 'ssl-protocol-error'],
    relatedCodes: [526],
    references: [TLS, CHROMIUM, { title: 'Firefox: what "Your connection is not secure" means', url: 'https://support.mozilla.org/kb/error-codes-secure-websites' }],
    retry: 'never',
  },
  {
    id: 'cert-date-invalid',
    names: ['net::ERR_CERT_DATE_INVALID', 'SEC_ERROR_EXPIRED_CERTIFICATE'],
    relatedErrors: ['cert-authority-invalid', 'cert-common-name-invalid'],
    relatedCodes: [526],
    references: [TLS, CHROMIUM, { title: 'Firefox: what "Your connection is not secure" means', url: 'https://support.mozilla.org/kb/error-codes-secure-websites' }],
    retry: 'never',
  },
  {
    id: 'cert-common-name-invalid',
    names: ['net::ERR_CERT_COMMON_NAME_INVALID', 'SSL_ERROR_BAD_CERT_DOMAIN'],
    relatedErrors: ['cert-authority-invalid', 'cert-date-invalid'],
    relatedCodes: [421, 526],
    references: [TLS, CHROMIUM, { title: 'Firefox: what "Your connection is not secure" means', url: 'https://support.mozilla.org/kb/error-codes-secure-websites' }],
    retry: 'never',
  },
  {
    id: 'ssl-protocol-error',
    names: ['net::ERR_SSL_PROTOCOL_ERROR', 'net::ERR_SSL_VERSION_OR_CIPHER_MISMATCH', 'SSL_ERROR_RX_RECORD_TOO_LONG', 'SSL_ERROR_NO_CYPHER_OVERLAP'],
    relatedErrors: ['cert-authority-invalid', 'connection-reset', 'empty-response'],
    relatedCodes: [525, 400],
    references: [TLS, CHROMIUM, { title: 'Firefox: what "Secure connection failed" means', url: 'https://support.mozilla.org/kb/secure-connection-failed-firefox-did-not-connect' }],
    retry: 'after-change',
  },
  {
    id: 'blocked-by-client',
    names: ['net::ERR_BLOCKED_BY_CLIENT'],
    relatedErrors: ['blocked-by-csp', 'aborted', 'failed-cors'],
    relatedCodes: [403],
    references: [CHROMIUM, { title: 'Chrome extensions: chrome.declarativeNetRequest', url: 'https://developer.chrome.com/docs/extensions/reference/api/declarativeNetRequest' }],
    retry: 'after-change',
  },
  {
    id: 'blocked-by-csp',
    names: ['net::ERR_BLOCKED_BY_CSP', 'NS_ERROR_CONTENT_BLOCKED', 'blocked:csp'],
    relatedErrors: ['mixed-content', 'blocked-by-client', 'blocked-by-response'],
    relatedCodes: [403],
    references: [mdn('Content Security Policy (CSP)', 'Web/HTTP/Guides/CSP'), mdn('Content-Security-Policy', 'Web/HTTP/Reference/Headers/Content-Security-Policy'), CHROMIUM, FIREFOX],
    retry: 'after-change',
  },
  {
    id: 'blocked-by-orb',
    names: ['net::ERR_BLOCKED_BY_ORB', 'blocked:orb', 'blocked:corb'],
    relatedErrors: ['failed-cors', 'blocked-by-response'],
    relatedCodes: [404, 415],
    references: [{ title: 'Opaque Response Blocking (ORB) explainer', url: 'https://github.com/annevk/orb' }, { title: 'Chromium: Cross-Origin Read Blocking (CORB)', url: 'https://www.chromium.org/Home/chromium-security/corb-for-developers/' }, mdn('X-Content-Type-Options', 'Web/HTTP/Reference/Headers/X-Content-Type-Options'), CHROMIUM],
    retry: 'after-change',
  },
  {
    id: 'blocked-by-response',
    names: ['net::ERR_BLOCKED_BY_RESPONSE', 'NS_ERROR_DOM_CORP_FAILED', 'NS_ERROR_DOM_COEP_FAILED', 'NS_ERROR_XFO_VIOLATION'],
    relatedErrors: ['blocked-by-orb', 'failed-cors', 'blocked-by-csp'],
    relatedCodes: [],
    references: [mdn('Cross-Origin-Resource-Policy', 'Web/HTTP/Reference/Headers/Cross-Origin-Resource-Policy'), mdn('Cross-Origin-Embedder-Policy', 'Web/HTTP/Reference/Headers/Cross-Origin-Embedder-Policy'), { title: 'Fetch Standard: Cross-Origin-Resource-Policy', url: 'https://fetch.spec.whatwg.org/#cross-origin-resource-policy-header' }, CHROMIUM, FIREFOX],
    retry: 'after-change',
  },
  {
    id: 'mixed-content',
    names: ['blocked:mixed-content'],
    relatedErrors: ['blocked-by-csp', 'blocked-by-client'],
    relatedCodes: [301, 308],
    references: [mdn('Mixed content', 'Web/Security/Mixed_content'), { title: 'W3C Mixed Content', url: 'https://www.w3.org/TR/mixed-content/' }],
    retry: 'after-change',
  },
  {
    id: 'aborted',
    names: ['net::ERR_ABORTED', 'NS_BINDING_ABORTED', 'NS_ERROR_ABORT'],
    relatedErrors: ['blocked-by-client', 'connection-closed'],
    relatedCodes: [499, 204],
    references: [mdn('AbortController', 'Web/API/AbortController'), CHROMIUM, FIREFOX],
    retry: 'safe',
  },
  {
    id: 'too-many-redirects',
    names: ['net::ERR_TOO_MANY_REDIRECTS', 'NS_ERROR_REDIRECT_LOOP'],
    relatedErrors: ['mixed-content', 'failed-cors'],
    relatedCodes: [301, 302, 307, 308],
    references: [{ title: 'Fetch Standard: HTTP-redirect fetch (at most 20 redirects)', url: 'https://fetch.spec.whatwg.org/#http-redirect-fetch' }, { title: 'RFC 9110 §15.4 Redirection 3xx', url: 'https://www.rfc-editor.org/rfc/rfc9110.html#section-15.4' }, CHROMIUM, FIREFOX],
    retry: 'after-change',
  },
  {
    id: 'http2-protocol-error',
    names: ['net::ERR_HTTP2_PROTOCOL_ERROR', 'net::ERR_HTTP2_INADEQUATE_TRANSPORT_SECURITY', 'NS_ERROR_NET_HTTP2_SENT_GOAWAY', 'NS_ERROR_NET_INADEQUATE_SECURITY'],
    relatedErrors: ['quic-protocol-error', 'connection-reset', 'content-length-mismatch'],
    relatedCodes: [502, 431, 505],
    references: [{ title: 'RFC 9113 §5.4 Error Handling (HTTP/2)', url: 'https://www.rfc-editor.org/rfc/rfc9113.html#section-5.4' }, { title: 'RFC 9113 §9.2 Use of TLS Features', url: 'https://www.rfc-editor.org/rfc/rfc9113.html#section-9.2' }, CHROMIUM, FIREFOX],
    retry: 'after-delay',
  },
  {
    id: 'quic-protocol-error',
    names: ['net::ERR_QUIC_PROTOCOL_ERROR', 'NS_ERROR_NET_HTTP3_PROTOCOL_ERROR'],
    relatedErrors: ['http2-protocol-error', 'connection-timed-out'],
    relatedCodes: [502],
    references: [{ title: 'RFC 9114 §8 Error Handling (HTTP/3)', url: 'https://www.rfc-editor.org/rfc/rfc9114.html#section-8' }, { title: 'RFC 9000 QUIC', url: 'https://www.rfc-editor.org/rfc/rfc9000.html' }, CHROMIUM, FIREFOX],
    retry: 'after-delay',
  },
  {
    id: 'empty-response',
    names: ['net::ERR_EMPTY_RESPONSE'],
    relatedErrors: ['connection-closed', 'connection-reset', 'ssl-protocol-error'],
    relatedCodes: [444, 502],
    references: [CHROMIUM],
    retry: 'after-delay',
  },
  {
    id: 'content-length-mismatch',
    names: ['net::ERR_CONTENT_LENGTH_MISMATCH', 'net::ERR_INCOMPLETE_CHUNKED_ENCODING', 'NS_ERROR_NET_PARTIAL_TRANSFER'],
    relatedErrors: ['connection-closed', 'http2-protocol-error'],
    relatedCodes: [500, 502],
    references: [{ title: 'RFC 9112 §6.3 Message Body Length', url: 'https://www.rfc-editor.org/rfc/rfc9112.html#section-6.3' }, CHROMIUM, FIREFOX],
    retry: 'after-delay',
  },
  {
    // Light capture: the page's own fetch()/XHR failed, and browsers tell scripts no reason.
    id: 'page-request-failed',
    names: [],
    pageMessages: ['TypeError: Failed to fetch', 'TypeError: NetworkError when attempting to fetch resource.', 'TypeError: Load failed'],
    relatedErrors: ['failed-cors', 'connection-refused', 'name-not-resolved', 'blocked-by-client', 'blocked-by-csp'],
    relatedCodes: [],
    references: [
      mdn('fetch(): exceptions', 'Web/API/Window/fetch#exceptions'),
      mdn('XMLHttpRequest: error event', 'Web/API/XMLHttpRequest/error_event'),
      { title: 'Fetch Standard: network error', url: 'https://fetch.spec.whatwg.org/#concept-network-error' },
    ],
    retry: 'after-change',
  },
];

export default facts;
