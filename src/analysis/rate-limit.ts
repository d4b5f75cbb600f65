import type { Headers } from './headers';
import { header, received } from './headers';
import { parseHttpDate } from './retry-after';
import type { Member } from './structured-fields';
import { parseDictionary, parseList } from './structured-fields';

/**
 * Rate-limit state from the headers, in every spelling still in use:
 * - `RateLimit: "default";r=0;t=30` + `RateLimit-Policy: "default";q=100;w=60` (draft-ietf-httpapi-ratelimit-headers-08 and later)
 * - `RateLimit: limit=100, remaining=0, reset=30` (drafts 04–07, one dictionary)
 * - `RateLimit-Limit`, `RateLimit-Remaining`, `RateLimit-Reset` (drafts 00–03; reset is a delay in seconds)
 * - `X-RateLimit-Limit`, `-Remaining`, `-Reset` (GitHub, Twitter's X-Rate-Limit-*, Discord's -Reset-After…):
 *   reset is a delay, or an epoch in seconds or milliseconds.
 */
export interface RateLimit {
  limit?: number;
  remaining?: number;
  /** Seconds until the window resets (or the quota is restored). */
  resetSeconds?: number;
  /** The window of the policy, in seconds, when a policy names it. */
  windowSeconds?: number;
  evidence: string[];
}

export function readRateLimit(headers: Headers, now: number): RateLimit | undefined {
  const out: RateLimit = { evidence: [] };
  const cite = (name: string) => {
    if (header(headers, name) !== undefined && !out.evidence.includes(received(headers, name))) out.evidence.push(received(headers, name));
  };
  const base = parseHttpDate(header(headers, 'date')) ?? now;

  const combined = header(headers, 'ratelimit');
  if (combined) {
    const dict = parseDictionary(combined);
    const asDict = dict && dict.some((m) => m.key === 'remaining' || m.key === 'limit' || m.key === 'reset');
    if (asDict) {
      const get = (key: string) => num(dict.find((m) => m.key === key)?.value);
      set(out, get('limit'), get('remaining'), get('reset'));
      cite('ratelimit');
    } else {
      // One member per policy; the most exhausted one is the one that bites.
      const items = (parseList(combined) ?? []).filter((m) => num(m.params.r) !== undefined);
      const tightest = items.sort((a, b) => (num(a.params.r) ?? 0) - (num(b.params.r) ?? 0))[0];
      if (tightest) {
        set(out, undefined, num(tightest.params.r), num(tightest.params.t));
        const policy = findPolicy(header(headers, 'ratelimit-policy'), tightest);
        if (policy) set(out, num(policy.params.q), undefined, undefined, num(policy.params.w));
        cite('ratelimit');
        if (policy) cite('ratelimit-policy');
      }
    }
  }

  for (const prefix of ['ratelimit-', 'x-ratelimit-', 'x-rate-limit-']) {
    const limit = num(header(headers, `${prefix}limit`)?.split(/[,;]/)[0]);
    const remaining = num(header(headers, `${prefix}remaining`));
    const resetAfter = num(header(headers, `${prefix}reset-after`));
    const reset = resetAfter ?? resetDelay(num(header(headers, `${prefix}reset`)), base);
    if (limit === undefined && remaining === undefined && reset === undefined) continue;
    set(out, limit, remaining, reset);
    for (const name of ['limit', 'remaining', 'reset', 'reset-after']) cite(prefix + name);
  }
  return out.evidence.length > 0 ? out : undefined;
}

function num(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(value) ? Number(value) : NaN;
  return Number.isFinite(n) && n >= 0 ? n : undefined;
}

/** The first reading of each number wins: the newer header spellings are read first. */
function set(out: RateLimit, limit?: number, remaining?: number, reset?: number, windowSeconds?: number): void {
  out.limit ??= limit;
  out.remaining ??= remaining;
  out.resetSeconds ??= reset;
  out.windowSeconds ??= windowSeconds;
  for (const key of ['limit', 'remaining', 'resetSeconds', 'windowSeconds'] as const) if (out[key] === undefined) delete out[key];
}

/** The RateLimit-Policy member named like the RateLimit member (`"default"`), else the first. */
function findPolicy(policyHeader: string | undefined, item: Member): Member | undefined {
  const policies = policyHeader ? (parseList(policyHeader) ?? []) : [];
  return policies.find((p) => p.value === item.value) ?? policies[0];
}

/**
 * A reset value as a delay. The IETF drafts define it as seconds to wait; the X- headers often send
 * an epoch instead (GitHub: seconds, some gateways: milliseconds), which no sane delay reaches
 * (1e9 seconds is 31 years), so such a value is read as a point in time.
 */
function resetDelay(value: number | undefined, base: number): number | undefined {
  if (value === undefined) return undefined;
  if (value < 1e9) return value;
  const epochMs = value >= 1e12 ? value : value * 1000;
  return Math.max(0, Math.ceil((epochMs - base) / 1000));
}
