/**
 * Which responses StatusLens flags. This is the one place the rule lives: the background,
 * the page hook and the tests all ask here.
 */
import type { LogEntry, StatusClass } from './types';
import type { Settings } from './settings';

export type { StatusClass };

/** Every 4xx and 5xx is flagged by default (RFC 9110 §15: 4xx client error, 5xx server error). */
export function isFlaggedStatus(status: number): boolean {
  // No Number.isInteger: the page hook calls this after page scripts may have replaced it.
  return typeof status === 'number' && status >= 400 && status <= 599 && status % 1 === 0;
}

export function statusClassOf(status: number | undefined): StatusClass {
  if (status === undefined || status === 0) return 'network-error';
  return status >= 500 ? 'server-error' : 'client-error';
}

/**
 * A retry the user asked for ("Retry in page") that the server answered without a flagged status:
 * it stays in the log, beside the failure it retried, but is not a failure to count.
 */
export function isAnsweredRetry(entry: Pick<LogEntry, 'kind' | 'statusCode' | 'retryOf'>): boolean {
  return entry.retryOf !== undefined && entry.kind !== 'network-error' && entry.statusCode !== undefined && entry.statusCode !== 0 && !isFlaggedStatus(entry.statusCode);
}

/** The class of one logged entry: a network error has no status of its own. */
export function entryClassOf(entry: Pick<LogEntry, 'kind' | 'statusCode'>): StatusClass {
  return entry.kind === 'network-error' ? 'network-error' : statusClassOf(entry.statusCode);
}

/** The worst class among entries (network error, then 5xx, then 4xx); undefined when there are none. */
export function worstClassOf(entries: Iterable<Pick<LogEntry, 'kind' | 'statusCode'>>): StatusClass | undefined {
  let worst: StatusClass | undefined;
  for (const e of entries) {
    const cls = entryClassOf(e);
    if (cls === 'network-error') return cls;
    if (cls === 'server-error' || worst === undefined) worst = cls;
  }
  return worst;
}

/**
 * Network errors that are the page's or user's own doing (navigation away, a cancelled
 * fetch). Recording them would bury real failures in noise.
 */
const BENIGN_NETWORK_ERRORS = new Set([
  'net::ERR_ABORTED',
  'NS_BINDING_ABORTED',
  'NS_ERROR_ABORT',
]);

export function isFlaggedNetworkError(error: string): boolean {
  return !BENIGN_NETWORK_ERRORS.has(error);
}

/** What the user asks to be told about (settings.flag). */
export type FailureFlags = Settings['flag'];

/**
 * Should this new entry be logged, given what the user flags? Every path that makes an entry asks
 * here (the browser's events, the page's reports, resource timing, navigation errors). A 3xx is
 * logged only when redirects are flagged, and a 200 only when GraphQL errors are (the one kind of
 * 200 that becomes an entry: a GraphQL response whose body lists errors).
 */
export function isFlaggedEntry(entry: Pick<LogEntry, 'kind' | 'statusCode' | 'error'>, flags: FailureFlags): boolean {
  if (entry.kind === 'network-error') return flags.networkErrors && (entry.error === undefined || isFlaggedNetworkError(entry.error));
  const status = entry.statusCode;
  if (status === undefined) return false;
  if (status >= 500 && status <= 599) return flags.serverErrors;
  if (status >= 400 && status <= 499) return flags.clientErrors;
  if (status >= 300 && status <= 399) return flags.redirects;
  return status === 200 && flags.graphqlErrors;
}
