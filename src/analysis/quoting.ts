/**
 * Quoting untrusted text for the two places users paste our commands: a POSIX shell (bash, zsh) and a
 * JavaScript console. The text comes from pages and servers, so a quoted value must stay one literal
 * argument or string, and the clipboard must hold no character a terminal or an editor acts on or hides:
 * ESC (escape sequences, and `ESC[201~`, which ends a bracketed paste early and runs what follows),
 * CR and LF (run a line), TAB (completion), other C0 and C1 controls, DEL, and the bidirectional
 * controls that make code read differently from how it runs (CVE-2021-42574, "Trojan Source").
 */

// C0 (NUL..US), DEL, C1 (U+0080..U+009F), ALM U+061C, LRM/RLM U+200E/U+200F, LS/PS U+2028/U+2029,
// embeddings and overrides U+202A..U+202E, isolates U+2066..U+2069, and lone surrogates (not text).
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const UNSAFE_ALL = new RegExp(UNSAFE.source, 'g');
// In a JavaScript string literal only these need an escape beyond JSON's: C0, `"` and `\` are escaped
// by JSON.stringify, and it writes lone surrogates as \uXXXX (ES2019 well-formed JSON.stringify).
const JS_UNSAFE = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const encoder = new TextEncoder();

/** True when the text holds a character that must not reach the clipboard raw. */
export function hasUnsafeCharacter(text: string): boolean {
  return UNSAFE.test(text);
}

/** `\xHH` for each UTF-8 byte: bash and zsh turn these into the same bytes whatever the locale. */
function hexBytes(ch: string): string {
  let out = '';
  for (const byte of encoder.encode(ch)) out += `\\x${byte.toString(16).padStart(2, '0')}`;
  return out;
}

/**
 * One shell word holding exactly `text`. Plain single quotes when they suffice (everything inside is
 * literal, POSIX XCU §2.2.2); else bash's ANSI-C quoting `$'…'`, with every unsafe character, `'`, `\`
 * and `!` written as `\xHH` (so no `'` inside gives interactive history expansion a place to start).
 * NUL cannot be in a command-line argument (execve takes C strings): callers drop it first; here it
 * is dropped too, as the last line of defence. Lone surrogates become U+FFFD, as on any clipboard.
 */
export function shellQuote(text: string): string {
  const clean = text.includes('\0') ? text.replace(/\0/g, '') : text;
  if (!hasUnsafeCharacter(clean)) return `'${clean.replace(/'/g, `'\\''`)}'`;
  let out = "$'";
  for (const ch of clean) {
    if (ch === "'" || ch === '\\' || ch === '!' || UNSAFE.test(ch)) out += hexBytes(ch);
    else out += ch;
  }
  return `${out}'`;
}

/** A JavaScript string literal for `text`: JSON's escapes, plus \uXXXX for C1, DEL, bidi controls, LS and PS. */
export function jsString(text: string): string {
  return JSON.stringify(text).replace(JS_UNSAFE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Characters that must not reach the clipboard raw, for tests and callers that check finished text. */
export function unsafeCharacters(text: string): string[] {
  return text.match(UNSAFE_ALL) ?? [];
}
