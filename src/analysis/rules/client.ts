import type { Ranked, RuleContext } from '../rule-context';
import type { FormatId } from '../ids';
import { parseLinks } from '../headers';
import { mediaType } from '../../shared/media-type';
import { quote } from '../text';

/**
 * The rest of 4xx: field errors (400, 422), a request body that is not JSON, 404 and 410 (a wrong
 * route or a missing item), 408, 425, 451 with Link rel="blocked-by" (RFC 7725 §4), and an HTML page
 * answering an API call. RFC 9110 §15.5.
 */

// Signs that no route matched, as frameworks and servers word it.
const NO_ROUTE = /^Cannot (?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) |^Route \w+:\S* not found|No route matches|No static resource|no handler found|404 page not found|Unable to find the requested .* route|^(?:404 )?Not Found$|The requested URL was not found on (?:this|the) server/i;
// Signs that the route exists and the item does not.
const NO_ITEM = /\bno (?:such )?\w+ (?:with|found|for)|(?:could ?n[o']t|cannot|unable to) find|does not exist|doesn't exist|not found: |\b\w+_NOT_FOUND\b|resource_missing|NoSuchKey|NoSuchBucket|ResourceNotFound|missing|No query results/i;
// HTML pages, whatever the Content-Type said.
const HTML_FORMATS: ReadonlySet<FormatId> = new Set<FormatId>(['html', 'express', 'spring-boot-whitelabel', 'django-debug']);
// Pages a server or framework writes itself when no application route took the request.
const SERVER_PAGE_FORMATS: ReadonlySet<FormatId> = new Set<FormatId>(['express', 'html', 'spring-boot-whitelabel']);
// API error bodies: an application route answered, so what is missing is the item.
const API_FORMATS: ReadonlySet<FormatId> = new Set<FormatId>(['json', 'problem-details', 'jsonapi', 'google', 'stripe', 'odata', 'aws-xml', 'aws-json', 'couchdb', 'django-rest-framework']);

function fieldErrors(c: RuleContext): Ranked[] {
  const fields = c.reading?.fields ?? [];
  // Where other rules explain the status better, "fields" are names of headers, keys or conditions.
  if (fields.length === 0 || [401, 403, 404, 409, 412, 428, 429].includes(c.status)) return [];
  const rank = c.status === 422 ? 100 : c.status === 400 ? 95 : 60;
  const names = [...new Set(fields.map((f) => f.name))];
  const evidence = fields.slice(0, 6).map((f) => quote(f.name, f.value !== undefined && f.message ? `${f.message} (value: ${f.value})` : (f.message ?? f.value ?? '')));
  return [c.make('field-errors', rank, c.m.fieldErrors({ names, count: fields.length, message: c.reading?.message }), evidence)];
}

function invalidJsonBody(c: RuleContext): Ranked[] {
  const body = c.response.requestBody;
  const type = mediaType(c.sent('content-type')) ?? '';
  if (body === undefined || !(/json/.test(type) || /^\s*[[{]/.test(body))) return [];
  try {
    JSON.parse(body);
    return [];
  } catch (e) {
    const error = e instanceof Error ? e.message : String(e);
    return [c.make('invalid-json-body', 100, c.m.invalidJsonBody({ error }), [c.m.factInvalidJson(error), c.sent('content-type') ? c.sentLine('content-type') : undefined, ...c.bodyEvidence()])];
  }
}

/** An HTML page for a request that asked for JSON: a proxy, a login page or an SPA fallback answered. */
function htmlForApi(c: RuleContext): Ranked[] {
  const accept = c.sent('accept') ?? '';
  // Cloudflare's own pages are explained by the gateway and firewall rules.
  if (c.reading?.format === 'cloudflare') return [];
  const html = mediaType(c.got('content-type')) === 'text/html' || (c.reading !== undefined && HTML_FORMATS.has(c.reading.format));
  if (!html || !/json/.test(accept) || /text\/html/.test(accept)) return [];
  return [c.make('html-for-api', c.status === 404 ? 95 : 50, c.m.htmlForApi(), [c.sentLine('accept'), c.gotLine('content-type'), ...c.bodyEvidence()])];
}

function notFound(c: RuleContext): Ranked[] {
  const message = c.reading?.message ?? '';
  const words = c.words();
  // A server's or proxy's own page (no application body) means no application route took the request.
  const route = c.reading !== undefined && (NO_ROUTE.test(message) || SERVER_PAGE_FORMATS.has(c.reading.format));
  const item = !route && (NO_ITEM.test(words) || (c.reading !== undefined && API_FORMATS.has(c.reading.format)));
  const evidence = [c.requestLine(), ...c.bodyEvidence()];
  let path = c.response.url;
  const m = /^[a-z][\w+.-]*:\/\/[^/?#]*([^?#]*)/i.exec(path);
  if (m) path = m[1] || '/';
  if (route) return [c.make('not-found-route', 100, c.m.notFoundRoute({ method: c.method, path }), evidence)];
  if (item) return [c.make('not-found-resource', 100, c.m.notFoundResource({ message: c.reading?.message }), evidence)];
  return [c.make('not-found', 90, c.m.notFound({ path, message: c.reading?.message }), evidence)];
}

export function clientRules(c: RuleContext): Ranked[] {
  if (c.status >= 500) return [];
  const out: Ranked[] = [...fieldErrors(c), ...htmlForApi(c)];
  if (c.status === 400 || c.status === 422 || c.status === 415) out.push(...invalidJsonBody(c));
  const message = c.reading?.message;
  switch (c.status) {
    case 400:
      // Only when nothing more specific explains it (see GENERIC in suggest.ts).
      out.push(c.make('bad-request', 50, c.m.badRequest({ message }), [c.requestLine(), ...c.bodyEvidence()]));
      break;
    case 402:
      out.push(c.make('payment-required', 100, c.m.paymentRequired({ message }), c.bodyEvidence()));
      break;
    case 404:
      out.push(...notFound(c));
      break;
    case 410: {
      const links = ['link', 'sunset', 'deprecation'].filter((n) => c.got(n) !== undefined).map((n) => c.gotLine(n));
      const successor = parseLinks(c.got('link')).find((l) => l.rel.some((r) => r === 'successor-version' || r === 'alternate' || r === 'latest-version'));
      out.push(c.make('gone', 100, c.m.gone({ successor: successor?.url }), [c.requestLine(), ...links, ...c.bodyEvidence()]));
      break;
    }
    case 408:
      out.push(c.make('request-timeout', 100, c.m.requestTimeout(), [c.requestLine(), c.got('connection') ? c.gotLine('connection') : undefined]));
      break;
    case 422:
      if (out.length === 0) out.push(c.make('unprocessable', 90, c.m.unprocessable({ message }), c.bodyEvidence()));
      break;
    case 425:
      out.push(c.make('too-early', 100, c.m.tooEarly(), [c.requestLine()]));
      break;
    case 451: {
      const blocker = parseLinks(c.got('link')).find((l) => l.rel.includes('blocked-by'));
      out.push(c.make('legal-block', 100, c.m.legalBlock({ blockedBy: blocker?.url }), [c.got('link') ? c.gotLine('link') : undefined, ...c.bodyEvidence()]));
      break;
    }
  }
  return out;
}
