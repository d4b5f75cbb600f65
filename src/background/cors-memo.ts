import type { CorsFacts } from './cors';

/** At most this many responses are remembered, all tabs together; the oldest go first. */
export const CORS_MEMO_SIZE = 200;
/** A request still in flight after this long is not waited for. */
export const CORS_MEMO_AGE_MS = 60_000;

/**
 * Cross-origin responses that may yet be refused under CORS (cors.ts: corsFactsOf), by requestId,
 * until the request ends: Chrome's onErrorOccurred takes them by requestId, a failed request whose
 * preflight was refused takes its preflight by URL, and in Firefox the page's report of a failure
 * takes them by tab, frame, URL and method. Bounded in size and age; a Map keeps insertion order, so
 * the oldest entry is always the first.
 */
export class CorsMemo {
  private readonly byId = new Map<string, CorsFacts>();

  constructor(private readonly size = CORS_MEMO_SIZE, private readonly ageMs = CORS_MEMO_AGE_MS) {}

  remember(facts: CorsFacts): void {
    this.byId.delete(facts.requestId); // a redirect reports headers again under the same id: keep the newest
    this.byId.set(facts.requestId, facts);
    this.expire(facts.at);
    while (this.byId.size > this.size) this.byId.delete(this.byId.keys().next().value!);
  }

  get(requestId: string, now: number): CorsFacts | undefined {
    const facts = this.byId.get(requestId);
    return facts && now - facts.at <= this.ageMs ? facts : undefined;
  }

  take(requestId: string, now: number): CorsFacts | undefined {
    const facts = this.get(requestId, now);
    this.byId.delete(requestId);
    return facts;
  }

  /** Takes the newest fresh facts that `match`; undefined when none does. */
  takeNewest(match: (facts: CorsFacts) => boolean, now: number): CorsFacts | undefined {
    let found: CorsFacts | undefined;
    for (const facts of this.byId.values()) if (now - facts.at <= this.ageMs && match(facts)) found = facts;
    if (found) this.byId.delete(found.requestId);
    return found;
  }

  get count(): number {
    return this.byId.size;
  }

  /** Drops what is older than the age limit, oldest first, stopping at the first fresh one. */
  private expire(now: number): void {
    for (const [id, facts] of this.byId) {
      if (now - facts.at <= this.ageMs) return;
      this.byId.delete(id);
    }
  }
}
