import type { ObservedFailure, Suggestion, Text } from './types';
import type { SuggestionId } from './ids';
import type { Messages } from './messages';
import { toCurl } from './curl';
import { maskUrl } from './secrets';
import { CAPS, clip } from './text';

/**
 * What the network-failure advice (network-failure.ts, cors.ts) is given: the failure, the parts of
 * its URL, the messages, and helpers that quote evidence and build check commands the same way.
 */

/** The parts of the URL the advice names; the port as the connection used it. */
export interface Target {
  origin: string;
  host: string;
  hostname: string;
  port: string;
  local: boolean;
}

export function targetOf(url: string): Target | undefined {
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:' && u.protocol !== 'ws:' && u.protocol !== 'wss:') return undefined;
    const port = u.port || (u.protocol === 'https:' || u.protocol === 'wss:' ? '443' : '80');
    const hostname = u.hostname.replace(/^\[|\]$/g, '');
    const local = hostname === 'localhost' || hostname.endsWith('.localhost') || /^127\.\d+\.\d+\.\d+$/.test(hostname) || hostname === '::1' || hostname === '0.0.0.0';
    return { origin: u.origin, host: clip(u.host, 300), hostname: clip(hostname, 300), port, local };
  } catch {
    return undefined;
  }
}

/** Builds the suggestions of one failure, quoting the same facts everywhere. */
export class FailureContext {
  constructor(
    readonly failure: ObservedFailure,
    readonly target: Target,
    readonly m: Messages,
  ) {}
  /** `> GET /path`, as the request-line evidence of the status analysis (secret query values masked). */
  requestLine(): string {
    const u = new URL(maskUrl(this.failure.url));
    return clip(`> ${this.failure.method} ${u.pathname}${u.search}`, CAPS.evidenceChars);
  }
  errorLine(): string | undefined {
    return this.failure.error ? clip(this.m.factError(this.failure.error), CAPS.evidenceChars) : undefined;
  }
  /** A GET (or a preflight) of the same URL, as a command that shows what the server does. */
  check(description: string, flag: '-i' | '-v', method = 'GET', headers: Record<string, string> = {}): Suggestion['check'] {
    const command = toCurl({ url: this.failure.url, method, headers });
    return { description, curl: command.replace(/^curl /m, `curl ${flag} `) };
  }
  make(id: SuggestionId, text: Text, evidence: (string | undefined)[], more: Pick<Suggestion, 'serverFix' | 'check'> = {}): Suggestion {
    const lines = [...new Set([this.requestLine(), ...evidence].filter((e): e is string => !!e))].slice(0, CAPS.evidenceItems);
    return { id, title: clip(text.title, 300), detail: clip(text.detail, 1200), evidence: lines, ...more };
  }
}

/** Nothing accepted the connection: a dev server that is not running, or a server down. */
export function reachAdvice(c: FailureContext): Suggestion {
  const { target, m } = c;
  const check = c.check(m.checkReach(), '-v');
  if (target.local) return c.make('dev-server-down', m.devServerDown({ host: target.hostname, port: target.port }), [c.errorLine()], { check });
  return c.make('connection-refused', m.connectionRefused({ host: target.hostname, port: target.port }), [c.errorLine()], { check });
}

export function pageOriginLine(c: FailureContext): string | undefined {
  return c.failure.pageOrigin ? clip(c.m.factPageOrigin(c.failure.pageOrigin), CAPS.evidenceChars) : undefined;
}
