import type { HeaderLine, LogEntry } from '../shared/types';

/**
 * What an entry costs in memory, counted in characters of every string it holds: URL, headers,
 * request body, response body text and the small fields. Counting everything (not only bodies)
 * is what stops a server from filling memory with headers or a page with long URLs.
 */
export function entryChars(e: LogEntry): number {
  let n = 256; // the object and its numbers
  n += e.url.length + e.method.length + e.type.length;
  n += (e.statusLine?.length ?? 0) + (e.error?.length ?? 0) + (e.initiator?.length ?? 0);
  n += (e.documentId?.length ?? 0) + (e.documentUrl?.length ?? 0) + (e.reportedBy?.length ?? 0);
  n += headerChars(e.requestHeaders) + headerChars(e.responseHeaders);
  const rb = e.requestBody;
  if (rb) {
    n += rb.text?.length ?? 0;
    if (rb.form) for (const [name, values] of Object.entries(rb.form)) for (const v of values) n += name.length + v.length;
  }
  n += e.body?.text?.length ?? 0;
  return n;
}

function headerChars(headers: readonly HeaderLine[]): number {
  let n = 0;
  for (const h of headers) n += h.name.length + h.value.length + 16;
  return n;
}

/**
 * Per-tab and global totals of what the logs hold, and the fair share each tab must shrink to
 * when the global total is over budget: the largest tabs are cut to a common level ("water
 * filling"), so a small tab never loses anything because another tab is big.
 */
export class MemoryBudget {
  private readonly perTab = new Map<number, number>();
  private sum = 0;

  constructor(
    readonly perTabLimit: number,
    readonly totalLimit: number,
  ) {}

  add(tabId: number, delta: number): void {
    if (!delta) return;
    this.perTab.set(tabId, (this.perTab.get(tabId) ?? 0) + delta);
    this.sum += delta;
  }

  forget(tabId: number): void {
    this.sum -= this.perTab.get(tabId) ?? 0;
    this.perTab.delete(tabId);
  }

  tab(tabId: number): number {
    return this.perTab.get(tabId) ?? 0;
  }

  get total(): number {
    return this.sum;
  }

  /**
   * The tabs that must give memory back, each with the size to shrink to. A tab over its own limit
   * shrinks to three quarters of it; when all tabs together are over, the largest shrink to the
   * level that brings the total to three quarters of the global limit. Empty when all is well.
   */
  cuts(): Map<number, number> {
    const out = new Map<number, number>();
    for (const [tabId, chars] of this.perTab) if (chars > this.perTabLimit) out.set(tabId, Math.floor(this.perTabLimit * 0.75));
    const sizes = [...this.perTab].map(([tabId, chars]) => [tabId, Math.min(chars, out.get(tabId) ?? chars)] as const);
    const total = sizes.reduce((s, [, c]) => s + c, 0);
    if (total <= this.totalLimit) return out;
    const level = waterLevel(
      sizes.map(([, c]) => c),
      Math.floor(this.totalLimit * 0.75),
    );
    for (const [tabId, chars] of sizes) if (chars > level) out.set(tabId, level);
    return out;
  }
}

/** The largest level L with sum(min(size, L)) <= target. */
export function waterLevel(sizes: number[], target: number): number {
  const sorted = [...sizes].sort((a, b) => a - b);
  let below = 0; // sum of the sizes already under the level
  for (let i = 0; i < sorted.length; i++) {
    const rest = sorted.length - i;
    const level = Math.floor((target - below) / rest);
    if (level < sorted[i]!) return Math.max(0, level);
    below += sorted[i]!;
  }
  return Number.POSITIVE_INFINITY;
}
