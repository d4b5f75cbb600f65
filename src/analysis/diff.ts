/**
 * What changed between two responses to (nearly) the same request: headers by name, bodies line by
 * line. For the compare view after "Retry in page". Pure, and bounded: bodies are capped by the log
 * already, and the line diff gives up (all removed, then all added) past DIFF_LIMITS.cells.
 */

export type Change = 'same' | 'added' | 'removed' | 'changed';

export interface HeaderChange {
  /** As the response spelled it (the after side's spelling when both have it). */
  name: string;
  before?: string;
  after?: string;
  change: Change;
}

export interface LineChange {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

export interface BodyDiff {
  lines: LineChange[];
  /** True when a side had more than DIFF_LIMITS.lines lines (the rest is not compared) or the table would be too big. */
  cut: boolean;
}

export const DIFF_LIMITS = { lines: 2000, cells: 2_000_000, prettyChars: 256 * 1024 } as const;

/** Repeated headers are one value joined by ", " (RFC 9110 §5.3), so order within a name does not count as a change. */
function byName(headers: readonly { name: string; value: string }[]): Map<string, { name: string; value: string }> {
  const out = new Map<string, { name: string; value: string }>();
  for (const h of headers) {
    const key = h.name.toLowerCase();
    const had = out.get(key);
    out.set(key, had ? { name: had.name, value: `${had.value}, ${h.value}` } : { name: h.name, value: h.value });
  }
  return out;
}

/** Every header name of either side once: the before side's order, then names only the after side has. */
export function diffHeaders(before: readonly { name: string; value: string }[], after: readonly { name: string; value: string }[]): HeaderChange[] {
  const a = byName(before);
  const b = byName(after);
  const out: HeaderChange[] = [];
  for (const [key, x] of a) {
    const y = b.get(key);
    if (!y) out.push({ name: x.name, before: x.value, change: 'removed' });
    else out.push({ name: y.name, before: x.value, after: y.value, change: x.value === y.value ? 'same' : 'changed' });
  }
  for (const [key, y] of b) if (!a.has(key)) out.push({ name: y.name, after: y.value, change: 'added' });
  return out;
}

/** JSON bodies are compared pretty-printed, one member a line, so a changed member is one changed line. */
export function comparable(text: string | undefined): string {
  if (text === undefined) return '';
  if (text.length <= DIFF_LIMITS.prettyChars && /^\s*[[{]/.test(text)) {
    try {
      return JSON.stringify(JSON.parse(text), null, 2);
    } catch {
      // not JSON after all: compared as it is
    }
  }
  return text;
}

/** A line diff (longest common subsequence), with the common head and tail taken off first. */
export function diffLines(beforeText: string, afterText: string): BodyDiff {
  const a0 = beforeText === '' ? [] : beforeText.split('\n');
  const b0 = afterText === '' ? [] : afterText.split('\n');
  let cut = a0.length > DIFF_LIMITS.lines || b0.length > DIFF_LIMITS.lines;
  const a = a0.slice(0, DIFF_LIMITS.lines);
  const b = b0.slice(0, DIFF_LIMITS.lines);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const x = a.slice(head, a.length - tail);
  const y = b.slice(head, b.length - tail);
  const same = (lines: string[]): LineChange[] => lines.map((text) => ({ kind: 'same', text }));
  let middle: LineChange[];
  if ((x.length + 1) * (y.length + 1) > DIFF_LIMITS.cells) {
    cut = true;
    middle = [...x.map((text): LineChange => ({ kind: 'removed', text })), ...y.map((text): LineChange => ({ kind: 'added', text }))];
  } else {
    middle = lcs(x, y);
  }
  return { lines: [...same(a.slice(0, head)), ...middle, ...same(a.slice(a.length - tail))], cut };
}

function lcs(x: string[], y: string[]): LineChange[] {
  const n = x.length;
  const m = y.length;
  const w = m + 1;
  // len[i][j]: common lines of x[i..] and y[j..]; Uint32 since a side holds at most DIFF_LIMITS.lines lines.
  const len = new Uint32Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) len[i * w + j] = x[i] === y[j] ? len[(i + 1) * w + j + 1]! + 1 : Math.max(len[(i + 1) * w + j]!, len[i * w + j + 1]!);
  }
  const out: LineChange[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (x[i] === y[j]) {
      out.push({ kind: 'same', text: x[i]! });
      i++;
      j++;
    } else if (len[(i + 1) * w + j]! >= len[i * w + j + 1]!) out.push({ kind: 'removed', text: x[i++]! });
    else out.push({ kind: 'added', text: y[j++]! });
  }
  while (i < n) out.push({ kind: 'removed', text: x[i++]! });
  while (j < m) out.push({ kind: 'added', text: y[j++]! });
  return out;
}
