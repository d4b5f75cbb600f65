import type { LogEntry } from '../shared/types';
import { joinHeaders } from '../analysis/headers';

/** A readable size in binary units, as the body limits are set: 512 B, 3.0 KiB, 2.9 MiB. */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${(n / 1024 / 1024).toFixed(1)} MiB`;
}

/** The URL as developers scan it: path and query first, then the host. */
export function splitUrl(url: string): { path: string; host: string } {
  try {
    const u = new URL(url);
    return { path: `${u.pathname}${u.search}` || '/', host: u.host || u.protocol };
  } catch {
    return { path: url, host: '' };
  }
}

export function formatTime(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}.${pad(d.getMilliseconds(), 3)}`;
}

export function formatDuration(entry: LogEntry): string | undefined {
  if (entry.endTime === undefined) return undefined;
  const ms = Math.max(0, entry.endTime - entry.startTime);
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(2)} s`;
}

/** The body size column: the full size when known, else what was kept. */
export function bodySizeOf(entry: LogEntry): string {
  const b = entry.body;
  if (!b) return '—';
  const size = b.fullSize ?? b.keptSize;
  return `${formatBytes(size)}${b.truncated ? '+' : ''}`;
}

/** Pretty-prints JSON text; undefined when the text is not JSON. */
export function prettyJson(text: string): string | undefined {
  const t = text.trim();
  if (!t || (t[0] !== '{' && t[0] !== '[')) return undefined;
  try {
    return JSON.stringify(JSON.parse(t), null, 2);
  } catch {
    return undefined;
  }
}

/**
 * A long text cut into blocks of about `lines` lines (a block also ends after `chars` characters,
 * for text with few line breaks), so the body view lays out only the blocks in view. The blocks
 * join back to the text exactly; a short text is one block.
 */
export function textBlocks(text: string, lines = 100, chars = 16 * 1024): string[] {
  const blocks: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = start;
    for (let n = 0; n < lines && end < text.length && end - start < chars; n++) {
      const newline = text.indexOf('\n', end);
      end = newline < 0 ? text.length : newline + 1;
    }
    end = Math.min(end, start + chars);
    blocks.push(text.slice(start, end));
    start = end;
  }
  return blocks;
}

/** Headers as the analysis wants them: lower-case names, repeated ones joined. */
export function headerRecord(lines: { name: string; value: string }[]): Record<string, string> {
  return joinHeaders(lines.map((h) => [h.name, h.value] as const));
}

/** "HTTP/1.1 409 Conflict" → "Conflict": the server's own reason phrase, for codes the reference lacks. */
export function reasonFromStatusLine(statusLine: string | undefined): string {
  return statusLine?.replace(/^(HTTP\/[\d.]+\s+)?\d{3}\s*/i, '') ?? '';
}
