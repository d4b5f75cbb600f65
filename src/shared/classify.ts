/**
 * Which responses StatusLens flags. This is the one place the rule lives: the background,
 * the page hook and the tests all ask here.
 */
export type StatusClass = 'client-error' | 'server-error' | 'network-error';

/** Every 4xx and 5xx is flagged by default (RFC 9110 §15: 4xx client error, 5xx server error). */
export function isFlaggedStatus(status: number): boolean {
  return Number.isInteger(status) && status >= 400 && status <= 599;
}

export function statusClassOf(status: number | undefined): StatusClass {
  if (status === undefined || status === 0) return 'network-error';
  return status >= 500 ? 'server-error' : 'client-error';
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
