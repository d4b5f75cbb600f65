import { isSecretField } from './secret-names';

/**
 * Masks the values of secret members in JSON text (`"password": "hunter2"` → `"password": "***"`), at
 * any depth, without parsing: the text may be cut by the capture cap or not be JSON at all. One pass
 * over the characters, no backtracking regex, so a hostile megabyte costs a megabyte of work. Everything
 * but the masked values is copied byte for byte, so valid JSON stays valid and keeps its layout.
 */

// JSON whitespace (RFC 8259 §2) and the characters of a number (§6), by char code.
const isWhitespace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
const isNumberChar = (c: number) => (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2b || c === 0x2e || c === 0x65 || c === 0x45;

/** Index just past the string that opens at `start` (a `"`), or text.length when it is never closed. */
function stringEnd(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    const ch = text.charCodeAt(i);
    if (ch === 0x5c) i += 2; // a backslash escapes the next character (RFC 8259 §7)
    else if (ch === 0x22) return i + 1;
    else i++;
  }
  return text.length;
}

function skipWhitespace(text: string, i: number): number {
  while (i < text.length && isWhitespace(text.charCodeAt(i))) i++;
  return i;
}

/** The member name of a string token, decoded when it is a complete JSON string. */
function memberName(token: string): string {
  try {
    const decoded: unknown = JSON.parse(token);
    if (typeof decoded === 'string') return decoded;
  } catch {
    // cut or malformed: compare the raw text between the quotes
  }
  return token.slice(1, token.endsWith('"') && token.length > 1 ? -1 : undefined);
}

/**
 * `replacement(name)` is the text put in place of a secret value, as a JSON string; a secret member
 * whose value is an object or array has every string and number inside it masked (keys kept).
 */
export function maskJsonText(text: string, replacement: (name: string) => string): string {
  const out: string[] = [];
  let copied = 0; // text before this index is already in `out`
  let depth = 0;
  let maskBelow = Infinity; // inside a secret member's object or array: every scalar deeper than this
  let pendingSecret: string | undefined; // a secret member name whose value comes next
  let i = 0;
  const replace = (from: number, to: number, name: string) => {
    out.push(text.slice(copied, from), JSON.stringify(replacement(name)));
    copied = to;
  };
  while (i < text.length) {
    const ch = text[i] as string;
    if (ch === '"') {
      const end = stringEnd(text, i);
      const after = skipWhitespace(text, end);
      if (text[after] === ':') {
        // A member name: its value is a secret if the name is, or if a secret container holds it.
        const name = memberName(text.slice(i, end));
        pendingSecret = isSecretField(name) ? name : undefined;
        i = after + 1;
        continue;
      }
      if (pendingSecret !== undefined) replace(i, end, pendingSecret);
      else if (depth > maskBelow) replace(i, end, 'value');
      pendingSecret = undefined;
      i = end;
      continue;
    }
    if (ch === '-' || (ch >= '0' && ch <= '9')) {
      let end = i + 1;
      while (end < text.length && isNumberChar(text.charCodeAt(end))) end++;
      if (pendingSecret !== undefined) replace(i, end, pendingSecret);
      else if (depth > maskBelow) replace(i, end, 'value');
      pendingSecret = undefined;
      i = end;
      continue;
    }
    if (ch === '{' || ch === '[') {
      if (pendingSecret !== undefined && maskBelow === Infinity) maskBelow = depth;
      pendingSecret = undefined;
      depth++;
    } else if (ch === '}' || ch === ']') {
      depth = Math.max(0, depth - 1);
      if (depth <= maskBelow) maskBelow = Infinity;
    } else if (!isWhitespace(text.charCodeAt(i))) {
      pendingSecret = undefined; // true, false, null, a comma or junk: the secret value (if any) is not a string
    }
    i++;
  }
  if (copied === 0) return text;
  out.push(text.slice(copied));
  return out.join('');
}
