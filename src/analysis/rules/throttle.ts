import type { Ranked, RuleContext } from '../rule-context';
import { retryAfter } from '../retry-after';
import { readRateLimit } from '../rate-limit';

/**
 * Slow down or come back later: 429 Too Many Requests (RFC 6585 §4), 503 Service Unavailable
 * (RFC 9110 §15.6.4), both with Retry-After (§10.2.3) and the rate-limit headers; GitHub's 403
 * "API rate limit exceeded" with X-RateLimit-Remaining: 0 is a 429 in all but number.
 */

const RATE_WORDS = /rate.?limit|too many requests|throttl|quota|RESOURCE_EXHAUSTED/i;

interface Wait {
  seconds?: number;
  evidence: (string | undefined)[];
  limit?: number;
  remaining?: number;
  resetSeconds?: number;
}

/** How long to wait, by the most authoritative source: Retry-After, a spent window's reset, the body. */
function waitOf(c: RuleContext): Wait {
  const ra = retryAfter(c.got('retry-after'), c.got('date'), c.now);
  const rl = readRateLimit(c.response.responseHeaders, c.now);
  const wait: Wait = { evidence: [] };
  if (ra) wait.evidence.push(c.gotLine('retry-after'), ra.fromDate && c.got('date') ? c.gotLine('date') : undefined);
  if (rl) {
    wait.evidence.push(...rl.evidence);
    if (rl.limit !== undefined) wait.limit = rl.limit;
    if (rl.remaining !== undefined) wait.remaining = rl.remaining;
    if (rl.resetSeconds !== undefined) wait.resetSeconds = rl.resetSeconds;
  }
  const reset = rl?.remaining === 0 ? rl.resetSeconds : undefined;
  const seconds = ra?.seconds ?? reset ?? c.reading?.retryDelaySeconds ?? rl?.resetSeconds;
  if (seconds !== undefined) wait.seconds = seconds;
  return wait;
}

function rateLimited(c: RuleContext, rank: number): Ranked {
  const w = waitOf(c);
  const text = c.m.rateLimited({
    wait: w.seconds === undefined ? undefined : c.m.wait(w.seconds),
    limit: w.limit,
    remaining: w.remaining,
    reset: w.resetSeconds === undefined ? undefined : c.m.wait(w.resetSeconds),
  });
  return c.make('rate-limited', rank, text, [...w.evidence, ...c.bodyEvidence()]);
}

/** A 403 that is really a rate limit (GitHub's primary and secondary limits, quota errors). */
export function isRateLimited403(c: RuleContext): boolean {
  return c.status === 403 && (readRateLimit(c.response.responseHeaders, c.now)?.remaining === 0 || RATE_WORDS.test(c.words()));
}

export function throttleRules(c: RuleContext): Ranked[] {
  if (c.status === 429) return [rateLimited(c, 100)];
  if (isRateLimited403(c)) return [rateLimited(c, 100)];
  if (c.status >= 500) {
    const w = waitOf(c);
    if (w.seconds !== undefined && c.got('retry-after') !== undefined) {
      // The server says when it will be back: that beats guessing why it is down.
      return [c.make('retry-after', 100, c.m.retryLater({ wait: c.m.wait(w.seconds), status: c.status }), [...w.evidence, ...c.bodyEvidence()])];
    }
  }
  return [];
}
