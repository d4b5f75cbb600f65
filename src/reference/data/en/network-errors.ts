import type { NetworkErrorId, NetworkErrorProse } from '../../types';

/** English prose of the network-error entries; names, links and retry advice live in ../network-errors.ts. */
const prose: Record<NetworkErrorId, NetworkErrorProse> = {
  'failed-cors': {
    title: 'Request failed (usually CORS)',
    summary: 'The browser refused to hand a cross-origin response to the page, most often because CORS headers were missing or wrong.',
    meaning: 'Chrome reports a request that failed CORS, or failed for another reason it does not name, as net::ERR_FAILED; Firefox cancels a request that fails CORS with NS_ERROR_DOM_BAD_URI. The server may well have answered: the browser checked Access-Control-Allow-Origin (and, for a preflight, the allowed methods and headers) and withheld the response from the script, which sees only "TypeError: Failed to fetch" or "NetworkError".',
    causes: [
      'The response has no Access-Control-Allow-Origin, or one that does not match the page origin (or "*" with credentials).',
      'The OPTIONS preflight failed: answered with a redirect, 401/403/404/405, or without Access-Control-Allow-Methods / -Headers covering the request.',
      'An error page from a proxy or framework (500, 502) is sent without the CORS headers the normal route adds.',
    ],
    tellApart: [
      'The browser console names the CORS rule that failed ("No \'Access-Control-Allow-Origin\' header is present"); a server-side status the page could not read is often visible in DevTools\' Network panel.',
      'Not net::ERR_BLOCKED_BY_ORB (a no-cors load of a resource that is not an image, media or script) and not net::ERR_BLOCKED_BY_CLIENT (an extension).',
    ],
    clientFixes: [
      'Open the console message: it names the missing or mismatched header. Reproduce with curl -H "Origin: https://your.app" -i to see what the server really sends.',
      'Drop custom headers or non-simple content types you do not need, so no preflight is sent; never "fix" CORS with mode: "no-cors" (the response becomes unreadable).',
    ],
    serverFixes: [
      'Send Access-Control-Allow-Origin with the exact requesting origin (and Vary: Origin), plus Access-Control-Allow-Credentials: true when cookies are sent.',
      'Answer OPTIONS preflights with 204 and Access-Control-Allow-Methods / -Headers, before authentication and without redirects; add the CORS headers to error responses too.',
    ],
  },
  'connection-refused': {
    title: 'Connection refused',
    summary: 'Nothing accepted the TCP connection: the host answered, but no server is listening on that port.',
    meaning: 'The connection attempt got an immediate refusal (a TCP RST to the SYN): the machine is reachable, but no process listens on that address and port, or a firewall rejects rather than drops the packets. No HTTP was exchanged.',
    causes: [
      'The server or dev server is not running, crashed, or listens on another port.',
      'It listens on 127.0.0.1 only while the request goes to another interface, or on IPv4 while "localhost" resolved to ::1.',
      'A container or VM port is not published, or a firewall rejects the port.',
    ],
    tellApart: [
      'Refused is instant; net::ERR_CONNECTION_TIMED_OUT takes many seconds (packets dropped, host unreachable).',
      'A 502 or 503 means a proxy in front was reachable and the upstream behind it refused; here nothing answered on the first hop.',
    ],
    clientFixes: [
      'Check the host and port in the URL; try curl -v on the same URL and 127.0.0.1 vs ::1 for localhost.',
      'Retry after a delay if the service is restarting.',
    ],
    serverFixes: [
      'Start the service and make it listen on the right address (0.0.0.0 or :: inside containers) and port; publish the port.',
      'Let a load balancer answer 503 during deploys instead of leaving the port closed.',
    ],
  },
  'connection-reset': {
    title: 'Connection reset',
    summary: 'The connection was cut abruptly (a TCP RST) in the middle of the exchange.',
    meaning: 'An open connection was torn down with a reset instead of an orderly close. Chrome reports net::ERR_CONNECTION_RESET; Firefox reports NS_ERROR_NET_RESET, which it also uses when a connection was set up but no data ever came back. Whatever response was being sent is lost.',
    causes: [
      'The server process crashed or was killed while handling the request.',
      'A firewall, proxy, antivirus or middlebox reset the connection, e.g. after inspecting TLS or on a blocked keyword.',
      'The server closed a keep-alive connection just as the browser reused it, or rejected an oversized request by resetting.',
    ],
    tellApart: [
      'Reset is abrupt; net::ERR_CONNECTION_CLOSED and net::ERR_EMPTY_RESPONSE are orderly closes (TCP FIN).',
      'If it happens during the TLS handshake, it looks like an SSL error on some networks: test the same URL over another network.',
    ],
    clientFixes: [
      'Retry once after a short delay; if it persists, try another network or disable VPN / antivirus HTTPS scanning to find the middlebox.',
      'Check whether large uploads trigger it: the server may reset instead of answering 413.',
    ],
    serverFixes: [
      'Check server logs for crashes, OOM kills and worker timeouts at that time.',
      'Set keep-alive timeouts longer on the server than on proxies in front, and answer size limits with 413 rather than a reset.',
    ],
  },
  'connection-closed': {
    title: 'Connection closed',
    summary: 'The server closed the connection (TCP FIN) before a complete response arrived.',
    meaning: 'Chrome reports net::ERR_CONNECTION_CLOSED when the peer closed the connection in an orderly way at an unexpected moment; Firefox reports an interrupted transfer as NS_ERROR_NET_INTERRUPT. The request may or may not have been processed.',
    causes: [
      'The server closes idle keep-alive connections and raced with a new request.',
      'A proxy or nginx closed it on purpose (for example nginx\'s 444 answers nothing and closes).',
      'HTTPS to a port that speaks plain HTTP, or the reverse, and the server hangs up.',
    ],
    tellApart: [
      'No bytes at all: net::ERR_EMPTY_RESPONSE. Some bytes, fewer than announced: net::ERR_CONTENT_LENGTH_MISMATCH. Abrupt: net::ERR_CONNECTION_RESET.',
    ],
    clientFixes: [
      'Retry idempotent requests once; for POST, check on the server whether it was applied before retrying.',
      'Check scheme and port (https on 443, http on 80 or the dev port).',
    ],
    serverFixes: [
      'Look for deliberate closes (nginx return 444, rate limiters, WAF rules) and for worker crashes in the logs.',
      'Align keep-alive timeouts between the server and proxies, and always send a status code rather than closing.',
    ],
  },
  'connection-timed-out': {
    title: 'Connection timed out',
    summary: 'The browser gave up: the server never answered the connection attempt (or stopped answering) in time.',
    meaning: 'net::ERR_CONNECTION_TIMED_OUT means the TCP connection attempt got no answer at all, usually because packets are silently dropped; net::ERR_TIMED_OUT is Chrome\'s general timeout for an operation; Firefox reports NS_ERROR_NET_TIMEOUT. No HTTP status exists because no response came.',
    causes: [
      'A firewall or security group drops packets to that port; the host is down or the IP is wrong.',
      'The server is so overloaded that it does not accept connections, or it accepted and never responded.',
      'A broken VPN, proxy or captive network.',
    ],
    tellApart: [
      'A 504 or Cloudflare 522/524 is a proxy telling you its upstream timed out; here the browser itself timed out.',
      'A 408 is the server giving up on a slow client; here the client gave up on the server.',
    ],
    clientFixes: [
      'Check the address resolves to the right IP (dig / nslookup) and that the port is reachable (nc -vz host 443).',
      'Retry with backoff; if other sites work, the problem is on the path to this server.',
    ],
    serverFixes: [
      'Open the port in firewalls and security groups; make sure the service accepts connections under load (backlog, worker count).',
      'Put long work behind 202 Accepted instead of holding requests open until clients time out.',
    ],
  },
  'name-not-resolved': {
    title: 'Host name not resolved (DNS)',
    summary: 'The host name in the URL could not be turned into an IP address.',
    meaning: 'DNS resolution failed: the resolver answered that the name does not exist (NXDOMAIN) or gave no usable address. Chrome reports net::ERR_NAME_NOT_RESOLVED, Firefox NS_ERROR_UNKNOWN_HOST. The request never left the machine.',
    causes: [
      'A typo in the host name, or a domain or subdomain that is not configured (missing A/AAAA/CNAME record) or has expired.',
      'A new record that has not propagated yet, or a stale negative answer in a cache.',
      'Internal names that only resolve on the company network or VPN; DNS-over-HTTPS bypassing the local resolver.',
    ],
    tellApart: [
      'If every site fails, see net::ERR_INTERNET_DISCONNECTED; if the name resolves but nothing answers, see connection refused or timed out.',
    ],
    clientFixes: [
      'Check the spelling, then dig host or nslookup host from the same machine; compare with a public resolver.',
      'Connect the VPN for internal names, or flush the browser and OS DNS cache.',
    ],
    serverFixes: [
      'Create the missing DNS record, renew the domain, and check that the API base URL in the client configuration is the real one.',
    ],
  },
  'internet-disconnected': {
    title: 'No internet connection',
    summary: 'The device is offline: the browser did not even try the request.',
    meaning: 'The operating system reports no network connection. Chrome fails the request with net::ERR_INTERNET_DISCONNECTED; Firefox uses NS_ERROR_OFFLINE when it is offline (including its "Work Offline" mode). DevTools\' network throttling set to Offline produces the same error.',
    causes: [
      'Wi-Fi or cable disconnected, airplane mode, or a network change in progress.',
      'DevTools network throttling left on "Offline".',
    ],
    tellApart: [
      'Unlike DNS or connection errors, this one hits every host at once; navigator.onLine is false.',
    ],
    clientFixes: [
      'Reconnect, or switch DevTools throttling back to "No throttling".',
      'In an app, listen for the online event and retry queued requests then.',
    ],
    serverFixes: ['Nothing on the server; an offline-capable app can cache with a service worker.'],
  },
  'cert-authority-invalid': {
    title: 'Certificate not trusted (unknown authority)',
    summary: 'The server\'s TLS certificate does not chain to a certificate authority the browser trusts.',
    meaning: 'The TLS handshake failed certificate validation: the chain does not lead to a trusted root. Chrome reports net::ERR_CERT_AUTHORITY_INVALID; Firefox shows SEC_ERROR_UNKNOWN_ISSUER. The browser stops before any HTTP is sent, so fetch() just fails; a page load shows an interstitial.',
    causes: [
      'A self-signed or internal-CA certificate (development, staging, corporate services).',
      'The server sends only the leaf certificate and omits the intermediate certificates.',
      'A proxy or antivirus intercepts TLS with its own root that this browser does not trust.',
    ],
    tellApart: [
      'Expired: net::ERR_CERT_DATE_INVALID. Wrong host: net::ERR_CERT_COMMON_NAME_INVALID. Handshake itself broken: net::ERR_SSL_PROTOCOL_ERROR.',
    ],
    clientFixes: [
      'Open the URL in a tab to see the certificate; check the chain with openssl s_client -connect host:443 -showcerts.',
      'For local development, use a locally trusted CA (e.g. mkcert) instead of clicking through warnings, which fetch() cannot do.',
    ],
    serverFixes: [
      'Serve the full chain (leaf plus intermediates) from a publicly trusted CA, e.g. Let\'s Encrypt.',
    ],
  },
  'cert-date-invalid': {
    title: 'Certificate expired or not yet valid',
    summary: 'By the device\'s clock, the server\'s certificate has expired or is not valid yet.',
    meaning: 'Certificate validation failed on the validity period. Chrome reports net::ERR_CERT_DATE_INVALID; Firefox shows SEC_ERROR_EXPIRED_CERTIFICATE for an expired one. The connection is refused before any HTTP is exchanged.',
    causes: [
      'The certificate expired because renewal failed or the renewed certificate was not deployed or reloaded.',
      'The client\'s clock is wrong (dead CMOS battery, VM snapshot, wrong time zone handling).',
    ],
    tellApart: [
      'If only one machine sees it, suspect its clock; if everyone does, the certificate expired.',
    ],
    clientFixes: ['Check the system date and time; check the certificate dates with openssl s_client -connect host:443 | openssl x509 -noout -dates.'],
    serverFixes: ['Renew the certificate, reload the server, and automate renewal with monitoring of the expiry date.'],
  },
  'cert-common-name-invalid': {
    title: 'Certificate is for another host name',
    summary: 'The certificate is valid, but not for the host name in the URL.',
    meaning: 'None of the certificate\'s Subject Alternative Names matches the host the browser connected to. Chrome reports net::ERR_CERT_COMMON_NAME_INVALID; Firefox shows SSL_ERROR_BAD_CERT_DOMAIN.',
    causes: [
      'Calling an API by IP address, an internal alias, or www vs bare domain not covered by the certificate.',
      'A wildcard that covers only one level (*.example.com does not cover a.b.example.com).',
      'A shared host or CDN serving the default certificate because the SNI name is not configured.',
    ],
    tellApart: ['The certificate is trusted and in date, unlike the authority and date errors; only the name is wrong.'],
    clientFixes: ['Use the host name the certificate is issued for; check its names with openssl s_client -connect host:443 -servername host.'],
    serverFixes: ['Issue a certificate listing every name clients use, and configure the name on the server or CDN so the right certificate is served for its SNI.'],
  },
  'ssl-protocol-error': {
    title: 'TLS handshake failed',
    summary: 'The browser and server could not complete a TLS handshake: wrong protocol on the port, or no common version or cipher.',
    meaning: 'Chrome reports net::ERR_SSL_PROTOCOL_ERROR for a handshake that broke the protocol and net::ERR_SSL_VERSION_OR_CIPHER_MISMATCH when no TLS version or cipher suite is shared. Firefox shows SSL_ERROR_RX_RECORD_TOO_LONG when the server answered TLS with plain HTTP, and SSL_ERROR_NO_CYPHER_OVERLAP for no common cipher.',
    causes: [
      'https:// to a port that speaks plain HTTP (typical: https://localhost:3000 against a dev server without TLS).',
      'A server that only offers TLS 1.0/1.1 or obsolete ciphers, which browsers no longer accept.',
      'A broken TLS-terminating proxy or middlebox.',
    ],
    tellApart: [
      'Certificate problems have their own CERT errors; this one means no secure channel could be negotiated at all.',
    ],
    clientFixes: [
      'Check the scheme and port: try http:// on a dev port; test with curl -v https://host:port or openssl s_client.',
    ],
    serverFixes: ['Terminate TLS on that port with TLS 1.2 or 1.3 and current cipher suites; keep plain HTTP on another port or redirect it.'],
  },
  'blocked-by-client': {
    title: 'Blocked by the browser or an extension',
    summary: 'Something inside the browser, usually an ad or tracker blocker, cancelled the request before it was sent.',
    meaning: 'Chrome reports net::ERR_BLOCKED_BY_CLIENT when an extension (webRequest or declarativeNetRequest rules) or the browser itself blocked the request. No request reached the network, so the server never saw it. Firefox reports a request cancelled by an extension as NS_ERROR_ABORT, which looks like an aborted request.',
    causes: [
      'uBlock Origin, AdBlock or a privacy extension matched the URL (paths such as /ads/, /analytics/, /track, /banner are common triggers).',
      'An enterprise policy or the browser\'s own tracking protection.',
    ],
    tellApart: ['Only some users or browsers see it, and it disappears in a private window without extensions.'],
    clientFixes: ['Retry with extensions disabled or in a clean profile; rename endpoints that look like ad or tracking URLs.'],
    serverFixes: ['Avoid ad-like paths and third-party tracker domains for first-party API calls; do not depend on analytics requests succeeding.'],
  },
  'blocked-by-csp': {
    title: 'Blocked by Content Security Policy',
    summary: 'The page\'s Content Security Policy does not allow loading or connecting to this URL.',
    meaning: 'The page was served with a Content-Security-Policy whose directive for this kind of request (connect-src for fetch/XHR, script-src, img-src, frame-src and so on) does not list the target. Chrome reports net::ERR_BLOCKED_BY_CSP and DevTools shows (blocked:csp); Firefox blocks it as a content policy decision, NS_ERROR_CONTENT_BLOCKED.',
    causes: [
      'A new API host, CDN or websocket endpoint that is missing from connect-src or script-src.',
      'A strict default-src \'self\' applied to pages that call other origins.',
    ],
    tellApart: [
      'The console shows "Refused to connect to … because it violates the following Content Security Policy directive". CORS errors mention Access-Control-Allow-Origin instead.',
      'Firefox also reports mixed-content blocking as NS_ERROR_CONTENT_BLOCKED: check whether the URL is http:// on an https:// page.',
    ],
    clientFixes: ['Read the console message for the violated directive and the blocked URL.'],
    serverFixes: ['Add the origin to the right directive in the page\'s Content-Security-Policy header (or meta tag); test changes with Content-Security-Policy-Report-Only first.'],
  },
  'blocked-by-orb': {
    title: 'Blocked by Opaque Response Blocking (ORB / CORB)',
    summary: 'A no-cors cross-origin response (for example JSON loaded through an img or script tag) was withheld because it is not a type that may be embedded.',
    meaning: 'Opaque Response Blocking, the successor of Cross-Origin Read Blocking (CORB), stops cross-origin responses fetched without CORS from reaching the page when they look like data (JSON, HTML, XML) rather than images, media or scripts. Chrome reports net::ERR_BLOCKED_BY_ORB; older versions only logged a CORB warning.',
    causes: [
      'A script or img tag pointing at a JSON API or an HTML error page (often a 404 page served as text/html).',
      'A wrong Content-Type for a script or image, or X-Content-Type-Options: nosniff with a mismatched type.',
    ],
    tellApart: ['This is not CORS: the request was no-cors. Fetching with fetch() and proper CORS headers is the fix, not more CORS headers on an img load.'],
    clientFixes: ['Check the URL really returns the image, media or script expected; load data with fetch() under CORS instead.'],
    serverFixes: ['Serve scripts, images and media with their correct Content-Type; return real errors, not HTML pages, from asset URLs.'],
  },
  'blocked-by-response': {
    title: 'Blocked by the response\'s own policy (CORP, COEP, framing)',
    summary: 'The response arrived, but its headers (Cross-Origin-Resource-Policy, embedder policy or framing rules) forbid using it here.',
    meaning: 'Chrome reports net::ERR_BLOCKED_BY_RESPONSE when a response carries requirements that this load does not meet, such as Cross-Origin-Resource-Policy: same-origin on a cross-origin embed, a missing CORP under Cross-Origin-Embedder-Policy: require-corp, or X-Frame-Options / frame-ancestors for a frame. Firefox names the cases NS_ERROR_DOM_CORP_FAILED, NS_ERROR_DOM_COEP_FAILED and NS_ERROR_XFO_VIOLATION.',
    causes: [
      'A CDN or API sends Cross-Origin-Resource-Policy: same-origin or same-site and is embedded from another site.',
      'The page enabled cross-origin isolation (COEP require-corp) and a subresource lacks CORP or CORS.',
      'A page refuses to be framed (X-Frame-Options: DENY, CSP frame-ancestors).',
    ],
    tellApart: ['The server answered (often 200); the block comes from its headers, not from the page\'s CSP or from CORS.'],
    clientFixes: ['Look at the response headers in DevTools for Cross-Origin-Resource-Policy, X-Frame-Options and the page\'s COEP.'],
    serverFixes: ['Send Cross-Origin-Resource-Policy: cross-origin on resources meant to be embedded elsewhere, or serve them with CORS; relax framing rules only for trusted embedders.'],
  },
  'mixed-content': {
    title: 'Mixed content blocked',
    summary: 'An https:// page tried to load or call an http:// URL, and the browser blocked or upgraded it.',
    meaning: 'Browsers block insecure (http://) requests from secure pages for scripts, fetch/XHR, iframes and other active content, and upgrade or block images and media. Chrome DevTools shows the request as (blocked:mixed-content); the console says "Mixed Content: … was loaded over HTTPS, but requested an insecure resource". The request is never sent.',
    causes: ['A hard-coded http:// API base URL or asset link; a redirect from https to http along the way.'],
    tellApart: ['Not CSP (which names a directive) and not CORS: the scheme alone decides.'],
    clientFixes: ['Use https:// URLs or protocol-relative configuration; search the bundle for http:// bases.'],
    serverFixes: ['Serve the API over HTTPS and never redirect https to http; Content-Security-Policy: upgrade-insecure-requests can upgrade legacy links.'],
  },
  aborted: {
    title: 'Request aborted',
    summary: 'The request was cancelled on the client side: navigation, a closed tab, AbortController, or a replaced request.',
    meaning: 'Chrome reports net::ERR_ABORTED and Firefox NS_BINDING_ABORTED or NS_ERROR_ABORT when the browser or page cancels a request, for example because the user navigated away, a media element changed its source, or script called AbortController.abort(). StatusLens hides these by default because they are usually intended.',
    causes: [
      'Navigation or reload while requests were in flight.',
      'Code aborting superseded requests (search-as-you-type, React effects cleaning up).',
      'In Firefox, an extension cancelling the request.',
    ],
    tellApart: ['The server may have received and processed it (look for 499 in nginx logs); nothing was wrong with the network.'],
    clientFixes: ['Check whether the abort is intended; if not, find what cancels it (effect cleanup, timeout wrappers).'],
    serverFixes: ['Make writes idempotent so a request aborted by the client after the server acted on it can be retried safely.'],
  },
  'too-many-redirects': {
    title: 'Too many redirects (redirect loop)',
    summary: 'The browser followed redirect after redirect and gave up: the URLs redirect in a loop.',
    meaning: 'The Fetch standard makes a request fail after 20 redirects; Chrome reports net::ERR_TOO_MANY_REDIRECTS and Firefox NS_ERROR_REDIRECT_LOOP. Each hop was a 3xx with a Location header leading back into the chain.',
    causes: [
      'http→https at a proxy while the app redirects https→http (it sees http behind the proxy and ignores X-Forwarded-Proto).',
      'www vs bare domain rules that contradict each other, or trailing-slash rules fighting.',
      'A login redirect to a page that itself requires login, often because a cookie is not set or not sent (SameSite, domain, Secure).',
    ],
    tellApart: ['Each hop is an ordinary 301/302/307/308: look at the Location chain with curl -IL (curl stops after 50 by default).'],
    clientFixes: ['Clear the site\'s cookies and cached 301s; trace the chain with curl -IL to find the two rules that contradict.'],
    serverFixes: ['Trust X-Forwarded-Proto from your proxy, keep one canonical host and scheme rule, and make the login page reachable without a session.'],
  },
  'http2-protocol-error': {
    title: 'HTTP/2 protocol error',
    summary: 'The HTTP/2 connection or stream broke the protocol, usually because of a malformed response or a proxy in between.',
    meaning: 'The browser or server detected an HTTP/2 protocol violation and reset the stream or the connection (RFC 9113 §5.4). Chrome reports net::ERR_HTTP2_PROTOCOL_ERROR (and net::ERR_HTTP2_INADEQUATE_TRANSPORT_SECURITY when the TLS settings are not allowed for HTTP/2); Firefox reports NS_ERROR_NET_HTTP2_SENT_GOAWAY or NS_ERROR_NET_INADEQUATE_SECURITY.',
    causes: [
      'Response headers HTTP/2 forbids (connection-specific headers such as Connection or Transfer-Encoding, uppercase names) or invalid header values added by an app behind a proxy.',
      'A body shorter or longer than its Content-Length, or a server crashing mid-stream.',
      'Antivirus or proxies that intercept HTTP/2 badly; header lists larger than the peer allows.',
    ],
    tellApart: ['The same request over HTTP/1.1 (curl --http1.1) usually shows the real problem, e.g. an error status or a bad header.'],
    clientFixes: ['Reproduce with curl --http2 -v and curl --http1.1 -v; compare the headers; try without antivirus HTTPS scanning.'],
    serverFixes: ['Remove hop-by-hop headers from responses, keep Content-Length correct, and check proxy logs (nginx, Envoy) for the stream reset reason.'],
  },
  'quic-protocol-error': {
    title: 'QUIC / HTTP/3 protocol error',
    summary: 'The QUIC (HTTP/3) connection failed; browsers usually fall back to HTTP/2 the next time.',
    meaning: 'Chrome reports net::ERR_QUIC_PROTOCOL_ERROR and Firefox NS_ERROR_NET_HTTP3_PROTOCOL_ERROR when the HTTP/3 connection over UDP breaks, is closed with an error, or is blocked partway by the network.',
    causes: [
      'Networks or firewalls that block or throttle UDP 443; VPNs with a small MTU.',
      'A server or CDN advertising h3 in Alt-Svc without a working QUIC endpoint.',
    ],
    tellApart: ['Disabling QUIC (chrome://flags/#enable-quic) or using another network makes it disappear, unlike server-side HTTP errors.'],
    clientFixes: ['Retry (the browser then tends to use HTTP/2); test with QUIC disabled or on another network.'],
    serverFixes: ['Only advertise h3 in Alt-Svc when UDP 443 works end to end; check CDN HTTP/3 settings.'],
  },
  'empty-response': {
    title: 'Empty response',
    summary: 'The server accepted the connection and then closed it without sending a single byte.',
    meaning: 'Chrome reports net::ERR_EMPTY_RESPONSE when the connection closes before any response bytes arrive. Firefox has no separate name for it and usually reports NS_ERROR_NET_RESET, which ErrorList.py describes as "the connection was established, but no data was ever received".',
    causes: [
      'The server process crashed or timed out while handling the request.',
      'nginx\'s 444 (close without response), a WAF or rate limiter dropping the request.',
      'Plain HTTP sent to a TLS port (the server waits for a handshake and hangs up).',
    ],
    tellApart: ['Zero bytes distinguishes it from net::ERR_CONTENT_LENGTH_MISMATCH (partial body) and from any status code.'],
    clientFixes: ['Check scheme and port; retry once; capture the exchange with curl -v to see where it stops.'],
    serverFixes: ['Look for crashes and timeouts in the logs; answer with a status (500, 503, 429) instead of closing.'],
  },
  'content-length-mismatch': {
    title: 'Response body cut short',
    summary: 'The response body ended before the length the server announced (or before the final chunk).',
    meaning: 'The connection closed with fewer bytes than Content-Length promised, or a chunked body ended without its terminating zero-length chunk; RFC 9112 §6.3 says the recipient must then treat the message as incomplete. Chrome reports net::ERR_CONTENT_LENGTH_MISMATCH or net::ERR_INCOMPLETE_CHUNKED_ENCODING; Firefox NS_ERROR_NET_PARTIAL_TRANSFER.',
    causes: [
      'The server crashed or hit a timeout while streaming the body.',
      'A Content-Length computed before compression or from characters instead of bytes.',
      'A proxy with a full disk or buffer limit truncating large responses (nginx proxy_temp, for example).',
    ],
    tellApart: ['Headers and a status were received; the body is what broke. The status itself may be 200.'],
    clientFixes: ['Retry; compare curl -v output with the announced length; check whether only large files fail.'],
    serverFixes: ['Let the framework compute Content-Length, or stream with chunked encoding; check proxy buffers, disk space and timeouts.'],
  },
  'page-request-failed': {
    title: "The page's request failed, with no reason given",
    summary: "The page's own fetch() or XMLHttpRequest got no response, and the browser told the script nothing more.",
    meaning: 'Browsers keep the cause of a failed request from the page\'s scripts: Chrome rejects fetch() with "TypeError: Failed to fetch", Firefox with "NetworkError when attempting to fetch resource.", Safari with "Load failed", and an XMLHttpRequest fires its error event with status 0. StatusLens saw this failure from inside the page (light capture), where the browser\'s own error name, such as net::ERR_CONNECTION_REFUSED, is not available. The same words stand for a CORS refusal, a refused or broken connection, a name that does not resolve, a rejected certificate, or a request that an extension or the page\'s policy blocked.',
    causes: [
      "A cross-origin request the server did not allow (CORS): the most common cause when the URL's origin differs from the page's.",
      'Nothing answered: the server is not running, the port is wrong, or the host name does not resolve.',
      'The connection broke off: a certificate the browser rejects, a reset, or a proxy that hung up.',
      "An ad blocker or another extension cancelled it, or the page's Content-Security-Policy (connect-src) forbade it.",
    ],
    tellApart: [
      "Compare the request's origin with the page's: a cross-origin request points to CORS, a same-origin one rules CORS out.",
      "The browser console names the cause (a CORS message, net::ERR_CONNECTION_REFUSED, a CSP violation); so does full capture for the site, which logs the browser's own error name.",
      'It is not an HTTP error: a 4xx or 5xx reaches the script as a response with that status, even through fetch().',
    ],
    clientFixes: [
      'Read the console, or turn on full capture for this site ("Capture everything here") and reload: the entry then carries the browser\'s name for the failure.',
      'Send the same request with curl -v, adding -H "Origin: <the page\'s origin>" for a cross-origin one: it shows whether the server answers and which CORS headers it sends.',
    ],
    serverFixes: [
      "For a cross-origin request, send Access-Control-Allow-Origin with the page's origin, on error responses and OPTIONS preflights too.",
      'Make sure the service listens on the host and port in the URL, and that its certificate is valid for that name.',
    ],
  },
};

export default prose;
