import type { LogEntry } from '../shared/types';
import type { AnalysisLocale, FailureAnalysis, ResponseAnalysis } from './types';
import { toCurl } from './curl';
import { joinHeaders } from './headers';
import { maskBodyText, maskHeaderValue, maskUrl } from './secrets';
import { clip } from './text';
import { reportEn, type ReportMessages } from './messages.report';
import { reportZhCN } from './messages.report.zh-CN';

/**
 * "Copy as bug report": one failing request as Markdown (GitHub, Jira, Slack) and as plain text, for
 * the backend team. The entry comes in masked as the detail shows it; header values and the body
 * excerpt are masked again here, since this text leaves the browser. Everything from the page or the
 * server is hostile: free text is escaped, code is fenced with a fence longer than any backtick run
 * inside it (CommonMark §4.5), header values lose their line breaks and control characters. Pure.
 */

export interface BugReportInput {
  entry: LogEntry;
  /** analyzeResponse's result for an entry with a status, analyzeFailure's for one without. */
  analysis?: ResponseAnalysis | FailureAnalysis;
  /** What the detail calls it: the reason phrase ("Conflict") or the failure's name ("Connection refused"). */
  title: string;
  /** The request body as sent (text, or a form as a query string). */
  requestBody?: string;
  locale?: AnalysisLocale;
}

export interface BugReport {
  markdown: string;
  text: string;
}

export const REPORT_CAPS = { body: 1500, headers: 10, value: 300, line: 300 } as const;

// Set by the browser, not by the page's code: left out of "request headers set by the page".
const BROWSER_SET = /^(?:user-agent|accept-encoding|accept-language|connection|host|origin|referer|cookie|cookie2|content-length|priority|pragma|cache-control|dnt|upgrade-insecure-requests|te|sec-.*|:.*)$/;
// An evidence line quoting a received header: "< Allow: GET, POST".
const CITED = /^<\s*([!#$%&'*+.^_`|~0-9A-Za-z-]+):/;
// Everything but tab and line feed that could change how the pasted text reads or renders.
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

const TABLES: Record<AnalysisLocale, ReportMessages> = { en: reportEn, 'zh-CN': reportZhCN };

interface Parts {
  headline: string;
  method: string;
  url: string;
  facts: [label: string, value: string, code: boolean][];
  blocks: { label: string; note?: string; text: string; lang: string }[];
  note: string;
}

export function bugReport(input: BugReportInput): BugReport {
  const parts = collect(input);
  return { markdown: toMarkdown(parts), text: toText(parts) };
}

function collect({ entry, analysis, title, requestBody, locale }: BugReportInput): Parts {
  const m = TABLES[locale ?? 'en'] ?? reportEn;
  const url = clip(maskUrl(entry.url), 2000);
  const status = entry.statusCode !== undefined ? `${entry.statusCode} ` : '';
  const headline = clip(`${status}${title || entry.error || ''}`, REPORT_CAPS.line);
  const facts: Parts['facts'] = [[m.when(), Number.isFinite(entry.startTime) ? new Date(entry.startTime).toISOString() : '?', false]];
  const said = analysis && 'error' in analysis ? analysis.error : undefined;
  if (entry.statusCode === undefined && entry.error) facts.push([m.error(), clip(entry.error, REPORT_CAPS.line), true]);
  if (said?.message) facts.push([m.serverSaid(), clip(said.message, REPORT_CAPS.line), false]);
  if (said?.code) facts.push([m.code(), clip(said.code, REPORT_CAPS.line), true]);
  if (said?.traceId) facts.push([m.traceId(), clip(said.traceId, REPORT_CAPS.line), true]);
  const top = analysis?.suggestions[0];
  if (top) facts.push([m.suggestion(), `${clip(top.title, REPORT_CAPS.line)} — ${firstSentence(top.detail)}`, false]);

  const blocks: Parts['blocks'] = [];
  const cited = new Set(['content-type', ...(analysis?.suggestions ?? []).flatMap((s) => s.evidence.map((e) => CITED.exec(e)?.[1]?.toLowerCase() ?? ''))]);
  const received = headerLines(entry.responseHeaders, (name) => cited.has(name));
  if (received) blocks.push({ label: m.responseHeaders(), text: received, lang: 'http' });
  const sent = headerLines(entry.requestHeaders, (name) => !BROWSER_SET.test(name));
  if (sent) blocks.push({ label: m.requestHeaders(), text: sent, lang: 'http' });
  const body = entry.body?.text;
  if (body !== undefined && body !== '') {
    const masked = maskBodyText(body, entry.body?.mimeType).replace(/\r\n?/g, '\n').replace(CONTROLS, '');
    const cut = masked.length > REPORT_CAPS.body;
    // Not through the middle of a surrogate pair (an emoji cut in half shows as U+FFFD).
    const shown = cut ? masked.slice(0, /[\uD800-\uDBFF]/.test(masked[REPORT_CAPS.body - 1] ?? '') ? REPORT_CAPS.body - 1 : REPORT_CAPS.body) : masked;
    const total = entry.body?.truncated ? entry.body.fullSize : masked.length;
    blocks.push({ label: m.body(), ...(cut || entry.body?.truncated ? { note: m.bodyCut(shown.length, total) } : {}), text: shown, lang: '' });
  } else if (entry.statusCode !== undefined) facts.push([m.body(), m.noBody(), false]);
  const request = { url: entry.url, method: entry.method, headers: joinHeaders(entry.requestHeaders.map((h) => [h.name, h.value] as const)), body: requestBody };
  blocks.push({ label: m.curl(), text: toCurl(request), lang: 'sh' });
  return { headline, method: clip(entry.method, 40), url, facts, blocks, note: m.masked() };
}

/** The request or response headers worth showing, masked, one per line, at most REPORT_CAPS.headers. */
function headerLines(headers: LogEntry['responseHeaders'], wanted: (lowerName: string) => boolean): string {
  return headers
    .filter((h) => wanted(h.name.toLowerCase()))
    .slice(0, REPORT_CAPS.headers)
    .map((h) => `${clip(h.name, 100)}: ${clip(maskHeaderValue(h.name, h.value), REPORT_CAPS.value)}`)
    .join('\n');
}

function firstSentence(detail: string): string {
  const flat = clip(detail, REPORT_CAPS.line * 2);
  const end = flat.search(/[.!?。!?](\s|$)/);
  return clip(end >= 0 ? flat.slice(0, end + 1) : flat, REPORT_CAPS.line);
}

/**
 * Markdown that only means what it says: emphasis, code, HTML, links and tables in server text become
 * literal. Only what can start syntax mid-line is escaped (a link needs its `[`), since Slack shows the
 * backslashes. Lines start with our own labels, so `#`, `+` and `-` at a line's start cannot occur.
 */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|~]/g, '\\$&');
}

/** A code span or fence longer than any run of backticks in the text, so the text cannot close it. */
function fence(text: string, min: number): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((r) => r[0].length));
  return '`'.repeat(Math.max(min, longest + 1));
}

function inlineCode(text: string): string {
  const f = fence(text, 1);
  // CommonMark §6.1 strips one space on each side; it is needed only when the text starts or ends with a backtick.
  return /^`|`$/.test(text) ? `${f} ${text} ${f}` : `${f}${text}${f}`;
}

function toMarkdown(p: Parts): string {
  const lines = [`**${escapeMarkdown(p.headline)}** — ${escapeMarkdown(p.method)} ${inlineCode(p.url)}`, ''];
  for (const [label, value, code] of p.facts) lines.push(`- **${escapeMarkdown(label)}:** ${code ? inlineCode(value) : escapeMarkdown(value)}`);
  for (const b of p.blocks) {
    const f = fence(b.text, 3);
    lines.push('', `**${escapeMarkdown(b.label)}**${b.note ? ` (${escapeMarkdown(b.note)})` : ''}`, `${f}${b.lang}`, b.text, f);
  }
  lines.push('', escapeMarkdown(p.note));
  return lines.join('\n');
}

function toText(p: Parts): string {
  const lines = [`${p.headline} — ${p.method} ${p.url}`, ''];
  for (const [label, value] of p.facts) lines.push(`${label}: ${value}`);
  for (const b of p.blocks) lines.push('', `${b.label}${b.note ? ` (${b.note})` : ''}:`, ...b.text.split('\n').map((l) => `    ${l}`));
  lines.push('', p.note);
  return lines.join('\n');
}
