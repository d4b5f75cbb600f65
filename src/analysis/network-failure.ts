import type { CorsFailure } from '../shared/types';
import type { NetworkErrorId } from '../reference/types';
import type { AnalysisOptions, FailureAnalysis, ObservedFailure, Suggestion } from './types';
import networkErrors from '../reference/data/network-errors';
import { networkErrorIn, shownName } from '../reference/network';
import { messagesFor } from './languages';
import { corsAdvice, crossOrigin } from './cors';
import { FailureContext, pageOriginLine, reachAdvice, targetOf, type Target } from './failure-context';
import { CAPS, clip } from './text';

/**
 * What to do about a request that got no HTTP status: CORS, a refused connection (a dev server that
 * is not running), DNS, timeouts, certificates, an extension. Pure, like analyzeResponse: it reads
 * the URL, the page's origin, the browser's error name and what the background learnt of CORS, and
 * it never throws. The error names come from the reference's facts, the one list of them.
 */

const CERTIFICATE: ReadonlySet<NetworkErrorId> = new Set(['cert-authority-invalid', 'cert-date-invalid', 'cert-common-name-invalid']);

/** Why the request failed and what to do, most likely cause first. Never throws, never empty. */
export function analyzeFailure(observed: ObservedFailure, options: AnalysisOptions = {}): FailureAnalysis {
  const m = messagesFor(options.locale);
  const failure = withPageOrigin(observed);
  const known = attempt(() => networkErrorIn(networkErrors, typeof failure.error === 'string' ? failure.error : undefined));
  const referenceId = known?.id;
  const found = attempt(() => {
    const target = targetOf(failure.url);
    if (!target) return undefined;
    const c = new FailureContext(failure, target, m);
    const cors = failure.cors ?? likelyCors(failure, referenceId, target);
    if (cors) return corsAdvice(c, cors);
    return { ...(referenceId ? { referenceId } : {}), suggestions: byError(c, referenceId, known ? shownName(known) : undefined) };
  });
  if (found) return found;
  // Not an http(s) URL, or a failure the helpers could not quote: still say what is known.
  const error = clip(String(failure.error ?? '?'), 120);
  const text = m.networkFailure({ error });
  return { ...(referenceId ? { referenceId } : {}), suggestions: [{ id: 'network-failure', title: text.title, detail: text.detail, evidence: [clip(m.factError(error), CAPS.evidenceChars)] }] };
}

/** The page's origin as an origin (a document URL or initiator gives its origin), or none. */
function withPageOrigin(f: ObservedFailure): ObservedFailure {
  const origin = typeof f.pageOrigin === 'string' ? attempt(() => targetOf(f.pageOrigin as string)?.origin) : undefined;
  const out = { ...f };
  if (origin) out.pageOrigin = origin;
  else delete out.pageOrigin;
  return out;
}

function attempt<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch {
    return undefined;
  }
}

/**
 * A CORS refusal the background could not confirm: Chrome's net::ERR_FAILED, Firefox's
 * NS_ERROR_DOM_BAD_URI, or a bare TypeError the page saw, on a script's cross-origin request.
 */
function likelyCors(f: ObservedFailure, id: NetworkErrorId | undefined, target: Target): CorsFailure | undefined {
  if (f.navigation || (id !== 'failed-cors' && id !== 'page-request-failed')) return undefined;
  if (!f.pageOrigin || !crossOrigin(f.pageOrigin, target.origin)) return undefined;
  return { problem: 'unverified', origin: f.pageOrigin };
}

function byError(c: FailureContext, id: NetworkErrorId | undefined, name: string | undefined): Suggestion[] {
  const { target, m } = c;
  if (id === 'connection-refused') return [reachAdvice(c)];
  if (id === 'name-not-resolved') return [c.make('dns-failed', m.dnsFailed({ hostname: target.hostname }), [c.errorLine()])];
  if (id === 'connection-timed-out') return [c.make('network-timeout', m.networkTimeout({ host: target.host }), [c.errorLine()], { check: c.check(m.checkReach(), '-v') })];
  if (id && CERTIFICATE.has(id)) return [c.make('certificate-rejected', m.certificateRejected({ hostname: target.hostname, local: target.local }), [c.errorLine()])];
  if (id === 'blocked-by-client') return [c.make('blocked-by-extension', m.blockedByExtension(), [c.errorLine()])];
  const pageOrigin = c.failure.pageOrigin;
  if ((id === 'page-request-failed' || id === 'failed-cors') && pageOrigin && !crossOrigin(pageOrigin, target.origin)) {
    // Same-origin: not CORS. On a local server, most likely nothing listens.
    const same = c.make('network-failure', m.pageFailure({ host: target.host }), [c.errorLine(), pageOriginLine(c)], { check: c.check(m.checkReach(), '-v') });
    return target.local ? [reachAdvice(c), same] : [same];
  }
  const error = clip(name ?? c.failure.error ?? '?', 120);
  return [c.make('network-failure', m.networkFailure({ error }), [c.errorLine()], { check: c.check(m.checkReach(), '-v') })];
}
