import type { Reading } from '../reading';
import { addHint, newReading, setCode, setMessage } from '../reading';
import { CAPS, clip } from '../text';

/**
 * Plain text bodies, and JSON too broken to parse. Only the first CAPS.scanChars are read: the first
 * meaningful line is near the top, and a 1 MB log dump must cost no more than a short message.
 */

// Lines that carry no message: blank, rules, lone punctuation.
const MEANINGFUL = /[\p{L}\p{N}]/u;

// Stack trace lines of common runtimes: Java/JS "at …", Python "File …, line n", Ruby "file.rb:12:in", Go "goroutine 1 [running]:".
const STACK_LINE = /^\s+at [\w$.<>/\\:[\]()-]+|^\s+File "[^"]*", line \d+|\.rb:\d+:in `|^goroutine \d+ \[|^Traceback \(most recent call last\)|^Stack trace:|^\s*#\d+ \//;
const EXCEPTION_LINE = /^(?:Exception in thread "[^"]*" )?((?:[\w$]+\.)*[\w$]*(?:Error|Exception|Exit|Interrupt|Fault|Panic))(?::\s*(.*))?$/;
// Proxies whose plain-text errors say the origin, not the proxy, failed (Envoy, Istio, Go's ReverseProxy).
const GATEWAY_TEXT = /upstream connect error|no healthy upstream|upstream request timeout|upstream prematurely closed|bad gateway|gateway time-?out/i;

export function readPlain(text: string): Reading | undefined {
  const head = text.length > CAPS.scanChars ? text.slice(0, CAPS.scanChars) : text;
  const lines = head.split(/\r?\n/, 2000);
  const r = newReading('plain-text');
  const hasStack = lines.some((line) => line.length <= 2000 && STACK_LINE.test(line));
  if (hasStack) {
    // Python prints the exception last; Java, Node and Go print it first.
    const python = lines.some((line) => line.startsWith('Traceback (most recent call last)'));
    // Long lines are skipped: no exception line is 500 characters before its colon, and the regex stays cheap.
    const candidates = lines.map((line) => line.trim()).filter((line) => line.length <= 500 && (EXCEPTION_LINE.test(line) || /^panic: /.test(line)));
    const exception = python ? candidates[candidates.length - 1] : candidates[0];
    if (exception) {
      r.exception = clip(exception);
      setMessage(r, exception);
      setCode(r, EXCEPTION_LINE.exec(exception)?.[1]?.replace(/^.*\./, ''));
    }
  }
  const first = lines.map((line) => line.trim()).find((line) => MEANINGFUL.test(line));
  if (!first) return r.message ? r : undefined;
  setMessage(r, first);
  if (r.message) r.evidence.push(clip(r.message, CAPS.evidenceChars));
  if (GATEWAY_TEXT.test(r.message ?? '')) addHint(r, 'gateway-text');
  return r;
}

// Members whose string value is worth salvaging, best first.
const MESSAGE_KEYS = ['message', 'detail', 'error_description', 'title', 'errorMessage', 'reason', 'msg', 'description', 'error'];

/**
 * JSON that neither parsed nor could be repaired (say, cut inside a key, or broken mid-way): pick
 * `"message": "…"`-like members out with a regex. The pattern's alternatives are disjoint, so it runs
 * in linear time; an unterminated string still yields what there is of it.
 */
export function salvageJson(text: string): Reading | undefined {
  const head = text.length > CAPS.scanChars ? text.slice(0, CAPS.scanChars) : text;
  const r = newReading('json-partial');
  let best: [number, string, string] | undefined;
  for (const m of head.matchAll(/"([\w-]{1,40})"\s*:\s*"((?:[^"\\]|\\.){0,2000})/g)) {
    const key = m[1] as string;
    const rank = MESSAGE_KEYS.indexOf(key);
    if (rank >= 0 && (!best || rank < best[0])) best = [rank, key, unescape(m[2] as string)];
    if (/^(code|errorCode|error_code)$/.test(key)) setCode(r, unescape(m[2] as string), key);
  }
  if (best) setMessage(r, best[2], best[1]);
  return r.message || r.code ? r : undefined;
}

function unescape(raw: string): string {
  const whole = raw.replace(/\\u?[0-9a-fA-F]{0,3}$|\\$/, '');
  try {
    return JSON.parse(`"${whole}"`) as string;
  } catch {
    return whole;
  }
}
