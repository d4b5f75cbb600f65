import { CAPS } from './text';

/**
 * Just enough HTML and XML reading for error pages, with string search instead of a DOM (the module
 * runs in plain Node and in a service worker). Every search is indexOf-based or uses regexes that
 * cannot backtrack, so a hostile 1 MB page costs linear time.
 */

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', copy: '©', reg: '®', hellip: '…', mdash: '—',
  ndash: '–', laquo: '«', raquo: '»', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', middot: '·', times: '×', bull: '•',
};

/** Decodes character references: named ones we know, and every numeric one (invalid code points → U+FFFD). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#\d{1,8}|#x[\da-f]{1,8}|[a-z]{2,8});/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED[ref.toLowerCase()] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
    return valid ? String.fromCodePoint(code) : '\ufffd';
  });
}

/** Text of markup: tags become spaces, entities are decoded. `[^<>]` keeps the regex linear. */
export function markupText(fragment: string): string {
  return decodeEntities(fragment.replace(/<!\[CDATA\[|\]\]>/g, '').replace(/<[^<>]*>/g, ' '));
}

/** A source and its lower-case twin, so tag searches are case-insensitive without regexes. */
export interface Markup {
  src: string;
  lower: string;
}

export function markup(text: string): Markup {
  const src = text.length > CAPS.scanChars ? text.slice(0, CAPS.scanChars) : text;
  return { src, lower: src.toLowerCase() };
}

/**
 * The inner markup of the first `<tag …>…</tag>` at or after `from`, with where it ends; an element
 * cut off by the end of the text keeps what there is (at most 4 KB).
 */
export function element(m: Markup, tag: string, from = 0): { inner: string; end: number } | undefined {
  const name = tag.toLowerCase();
  let at = m.lower.indexOf(`<${name}`, from);
  while (at >= 0) {
    const next = m.lower[at + name.length + 1];
    if (next === '>' || next === ' ' || next === '\t' || next === '\n' || next === '\r' || next === '/') break;
    at = m.lower.indexOf(`<${name}`, at + 1);
  }
  if (at < 0) return undefined;
  const open = m.lower.indexOf('>', at);
  if (open < 0) return undefined;
  const close = m.lower.indexOf(`</${name}`, open);
  const stop = close < 0 ? Math.min(m.src.length, open + 1 + 4096) : Math.min(close, open + 1 + 4096);
  return { inner: m.src.slice(open + 1, stop), end: close < 0 ? stop : close };
}

/** The text of the first such element, tags stripped, entities decoded, whitespace collapsed. */
export function elementText(m: Markup, tag: string, from = 0): string | undefined {
  const found = element(m, tag, from);
  if (!found) return undefined;
  const text = markupText(found.inner).replace(/\s+/g, ' ').trim();
  return text || undefined;
}

/** The visible text of a page: scripts, styles and comments dropped, then tags stripped. */
export function visibleText(m: Markup): string {
  let lower = m.lower;
  let src = m.src;
  for (const [open, close] of [['<script', '</script>'], ['<style', '</style>'], ['<!--', '-->']] as const) {
    [src, lower] = removeBlocks(src, lower, open, close);
  }
  return markupText(src);
}

/** Drops every open…close block with indexOf (a lazy regex would go quadratic on unclosed blocks). */
function removeBlocks(src: string, lower: string, open: string, close: string): [string, string] {
  let out = '';
  let outLower = '';
  let from = 0;
  for (;;) {
    const start = lower.indexOf(open, from);
    if (start < 0) break;
    out += `${src.slice(from, start)} `;
    outLower += `${lower.slice(from, start)} `;
    const end = lower.indexOf(close, start + open.length);
    from = end < 0 ? src.length : end + close.length;
  }
  return [out + src.slice(from), outLower + lower.slice(from)];
}
