import type { Ranked, RuleContext } from '../rule-context';
import type { FormatId } from '../ids';

/**
 * 5xx: who failed? A gateway (502, 504, Cloudflare's 520–526, a proxy's own error page) means the
 * application behind it did not answer properly; a 500 with the application's own error body means
 * the application answered and failed. Either way the trace id is what the backend team needs.
 * RFC 9110 §15.6; Cloudflare's codes: https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/
 */

const PROXY_SERVERS = /cloudflare|nginx|openresty|awselb|elb|envoy|istio|haproxy|traefik|varnish|akamai|cloudfront|google frontend|gfe|caddy|apache|vegur|kong|squid|fastly|azure|microsoft-azure-application-gateway/i;
// API gateways that write their own JSON errors (a plain nginx in front passes the app's JSON through).
const JSON_GATEWAYS = /kong|envoy|istio|apigee|tyk|krakend|zuul|gloo/i;
const GATEWAY_STATUSES = new Set([502, 504, 520, 521, 522, 523, 524, 525, 526, 527, 530]);
// Formats that do not show the application answered: a server's or proxy's page, bare text, cut JSON.
const PAGE_FORMATS: ReadonlySet<FormatId> = new Set<FormatId>(['html', 'cloudflare', 'plain-text', 'json-partial', 'xml']);

function proxyName(c: RuleContext): string | undefined {
  const server = c.got('server');
  if (server && /^cloudflare$/i.test(server)) return 'Cloudflare';
  if (server && PROXY_SERVERS.test(server)) return server;
  const hint = c.reading?.hints.find((h) => h.startsWith('server:'));
  if (c.got('cf-ray') || hint === 'server:cloudflare' || c.reading?.format === 'cloudflare') return 'Cloudflare';
  if (hint) return hint.slice(7);
  if (c.got('x-amz-cf-id') || /cloudfront/i.test(c.got('x-cache') ?? '')) return 'CloudFront';
  if (c.got('x-amz-apigw-id')) return 'API Gateway';
  const via = c.got('via');
  return via ? via.replace(/^[\d.]+\s+/, '').split(/[\s,(]/)[0] : undefined;
}

function gatewayEvidence(c: RuleContext): (string | undefined)[] {
  return [
    c.requestLine(),
    ...['server', 'via', 'x-cache', 'cf-ray', 'x-amz-cf-id'].filter((n) => c.got(n) !== undefined).map((n) => c.gotLine(n)),
    ...c.bodyEvidence(),
  ];
}

export function serverRules(c: RuleContext): Ranked[] {
  // For a 4xx the trace id is still worth quoting to the API owner, below the actual advice.
  if (c.status < 500) return c.trace ? [shareTrace(c, 20)] : [];
  const out: Ranked[] = [];
  const r = c.reading;
  const appBody = r !== undefined && (!PAGE_FORMATS.has(r.format) || r.exception !== undefined);
  const proxy = proxyName(c);
  const proxyPage = r !== undefined && PAGE_FORMATS.has(r.format) && (r.hints.some((h) => h.startsWith('server:') || h === 'gateway-text') || r.format === 'cloudflare');
  // Some gateways answer in JSON themselves (Kong, AWS API Gateway, Envoy's ext filters): a 502/504
  // JSON body is the gateway's when a gateway signs the response or the message talks about the upstream.
  const gatewaySigned = JSON_GATEWAYS.test(c.got('server') ?? '') || c.got('x-amz-apigw-id') !== undefined || /upstream server|upstream connect|no healthy upstream|endpoint request timed out|bad gateway|gateway time-?out/i.test(r?.message ?? '');
  // A 500 page is the server's own (Tomcat, IIS, Apache with PHP); a 503 page from a proxy means no backend.
  const gateway = GATEWAY_STATUSES.has(c.status) ? !appBody || gatewaySigned : c.status === 503 && proxyPage && !appBody;

  if (gateway) {
    out.push(c.make('gateway-failure', 100, c.m.gatewayFailure({ status: c.status, proxy }), gatewayEvidence(c)));
  } else if (c.status === 503) {
    if (c.got('retry-after') === undefined) out.push(c.make('service-unavailable', 70, c.m.serviceUnavailable({ message: r?.message }), [c.requestLine(), ...c.bodyEvidence()]));
  } else if (c.status === 500 || appBody) {
    const evidence = [...(r?.evidence.slice(0, 3) ?? []), r?.exception, c.requestLine()];
    out.push(c.make('origin-failure', 95, c.m.originFailure({ message: r?.message, exception: r?.exception, status: c.status }), evidence));
  }
  if (c.status === 505) out.push(c.make('http-version', 100, c.m.httpVersion(), [c.requestLine()]));
  if (c.status === 507) out.push(c.make('insufficient-storage', 100, c.m.insufficientStorage({ message: r?.message }), c.bodyEvidence()));
  if (c.status === 508) out.push(c.make('loop-detected', 100, c.m.loopDetected(), [c.requestLine(), ...c.bodyEvidence()]));
  if (c.trace) out.push(shareTrace(c, 80));
  return out;
}

function shareTrace(c: RuleContext, rank: number): Ranked {
  const trace = c.trace as NonNullable<RuleContext['trace']>;
  return c.make('share-trace-id', rank, c.m.shareTrace({ id: trace.id, server: c.status >= 500 }), [trace.evidence]);
}
