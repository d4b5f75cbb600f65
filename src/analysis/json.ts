import { isRecord } from './text';

/**
 * JSON bodies: parsing, including cut ones, and finding members in them. A capture cap can end a body
 * mid-string; the start of an error body (message, code, field errors) is usually whole, so we close
 * what was open and parse that.
 */

/** A parsed body: the whole, or, when the text was cut or broken, its repaired start. */
export interface JsonBody {
  value: unknown;
}

// Anti-JSON-hijacking prefixes some servers put before JSON (Google's `)]}'`, Facebook's `for (;;);`).
const XSSI = /^\s*(?:\)\]\}'[^\n]*\n?|while\s*\(\s*1\s*\)\s*;|for\s*\(\s*;\s*;\s*\)\s*;)/;

/** Parses a body that looks like a JSON object or array; undefined when it does not. */
export function parseJsonBody(text: string): JsonBody | undefined {
  const body = text.replace(XSSI, '');
  const start = body.search(/\S/);
  if (start < 0 || (body[start] !== '{' && body[start] !== '[')) return undefined;
  try {
    // JSON.parse builds every level of a hostile `[[[[…` (a 1 MB one costs 100–200 ms) before it
    // returns or fails; such a body is only repaired. Eight nested arrays in a row are rare enough
    // in real bodies that only then the exact (slower) depth scan runs.
    if (/\[(?:\s*\[){7}/.test(body) && nestsDeeperThan(body, MAX_DEPTH)) throw new RangeError('too deep');
    return { value: JSON.parse(body) };
  } catch {
    // First keep a cut string's text; if that does not parse (say, a raw control character in it), drop it.
    for (const keepCutString of [true, false]) {
      const repaired = repairJson(body.slice(start), keepCutString);
      if (repaired === undefined) continue;
      try {
        return { value: JSON.parse(repaired) };
      } catch {
        // try the next, more conservative repair
      }
    }
    return undefined;
  }
}

type Expect = 'value' | 'key' | 'colon' | 'comma' | 'done';
const MAX_DEPTH = 256;

/**
 * The longest readable prefix of a cut or broken JSON text, closed: `{"a":[1,{"b":"x` → `{"a":[1,{"b":"x"}]}`.
 * One linear pass. It remembers the last point where a value was complete; every push and pop of a
 * container moves that point, so the containers open there are exactly those open at the end.
 */
export function repairJson(text: string, keepCutString = true): string | undefined {
  const closers: string[] = [];
  let expect: Expect = 'value';
  let cut = -1;
  let i = 0;
  let justOpened = false; // `{` or `[` was the last token, so its closer may follow at once
  const n = text.length;
  // After a complete value: the end of the text (top level) or a comma or closer inside a container.
  const afterValue = (): Expect => (closers.length === 0 ? 'done' : 'comma');
  while (i < n && expect !== 'done') {
    const c = text[i] as string;
    if (c === ' ' || c === '\n' || c === '\r' || c === '\t') {
      i++;
      continue;
    }
    const top = closers[closers.length - 1];
    const empty = justOpened;
    justOpened = false;
    if (expect === 'comma' || (empty && c === top)) {
      if (c === ',' && expect === 'comma') {
        expect = top === '}' ? 'key' : 'value';
        i++;
      } else if (c === top) {
        closers.pop();
        cut = ++i;
        expect = afterValue();
      } else break;
    } else if (expect === 'colon') {
      if (c !== ':') break;
      expect = 'value';
      i++;
    } else if (c === '"') {
      const end = stringEnd(text, i);
      if (end < 0) {
        // Cut inside a string: keep the text of a value, drop a half key.
        if (expect === 'key' || !keepCutString) break;
        return `${dropBrokenEscape(text.slice(0, n))}"${closers.reverse().join('')}`;
      }
      i = end + 1;
      if (expect === 'key') expect = 'colon';
      else {
        cut = i;
        expect = afterValue();
      }
    } else if (expect === 'key') {
      break;
    } else if (c === '{' || c === '[') {
      // No error body nests this deep; a body that does is hostile, and closing it would cost more than it tells.
      if (closers.length >= MAX_DEPTH) break;
      closers.push(c === '{' ? '}' : ']');
      expect = c === '{' ? 'key' : 'value';
      justOpened = true;
      cut = ++i;
    } else {
      // A number or a literal: complete only when something follows it.
      const m = /^[-+.\w]+/.exec(text.slice(i, i + 64));
      if (!m || i + m[0].length >= n) break;
      cut = i += m[0].length;
      expect = afterValue();
    }
  }
  if (cut < 0) return undefined;
  return text.slice(0, cut) + closers.reverse().join('');
}

/** Whether brackets outside strings nest deeper than `limit`: one pass over the character codes. */
function nestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > limit) return true;
    } else if (c === 125 || c === 93) depth--;
  }
  return false;
}

/** Index of the quote closing the string opened at `open`, or -1 when the text ends first. */
function stringEnd(text: string, open: number): number {
  let from = open + 1;
  for (;;) {
    const q = text.indexOf('"', from);
    if (q < 0) return -1;
    let slashes = 0;
    while (text.charCodeAt(q - 1 - slashes) === 92) slashes++;
    if (slashes % 2 === 0) return q;
    from = q + 1;
  }
}

/** A cut string may end in half an escape (`\` or `\u00`); drop it so the closed string parses. */
function dropBrokenEscape(text: string): string {
  const m = /\\u[0-9a-fA-F]{0,3}$/.exec(text);
  if (m) return text.slice(0, m.index);
  let slashes = 0;
  while (text.charCodeAt(text.length - 1 - slashes) === 92) slashes++;
  return slashes % 2 === 1 ? text.slice(0, -1) : text;
}

export interface Member {
  /** Where it was: `error.innerError.request-id`. */
  path: string;
  key: string;
  value: unknown;
}

/**
 * Members anywhere in a parsed body whose (case-insensitive) name is wanted, shallowest first.
 * Bounded in depth and in nodes visited: a 1 MB body may hold 100 000 objects and we need the top.
 */
export function findMembers(root: unknown, wanted: ReadonlySet<string>, maxDepth = 4, maxNodes = 400): Member[] {
  const found: Member[] = [];
  const queue: { value: unknown; path: string; depth: number }[] = [{ value: root, path: '', depth: 0 }];
  let visited = 0;
  for (let head = 0; head < queue.length && visited < maxNodes; head++) {
    const { value, path, depth } = queue[head] as (typeof queue)[number];
    visited++;
    if (Array.isArray(value)) {
      if (depth >= maxDepth) continue;
      if (queue.length < maxNodes * 4) value.slice(0, 10).forEach((item, i) => queue.push({ value: item, path: `${path}[${i}]`, depth: depth + 1 }));
    } else if (isRecord(value)) {
      let keys = 0;
      for (const key in value) {
        if (++keys > 200) break;
        const child = value[key];
        const childPath = path ? `${path}.${key}` : key;
        if (wanted.has(key.toLowerCase())) found.push({ path: childPath, key, value: child });
        if (depth < maxDepth && queue.length < maxNodes * 4 && typeof child === 'object' && child !== null) queue.push({ value: child, path: childPath, depth: depth + 1 });
      }
    }
  }
  return found;
}
