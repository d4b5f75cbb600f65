/**
 * Retry-After (RFC 9110 §10.2.3): delay-seconds or an HTTP-date. A date is read against the response's
 * own Date header when there is one (the server's clock), else against now.
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * The three HTTP-date forms (RFC 9110 §5.6.7): IMF-fixdate, obsolete RFC 850 and asctime. Parsed by
 * hand because Date.parse reads asctime as local time and varies between engines. Milliseconds, or
 * undefined when the text is not a date.
 */
export function parseHttpDate(text: string | undefined): number | undefined {
  const value = text?.trim() ?? '';
  let m = /^[a-z]{3}, (\d{1,2}) ([a-z]{3}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) gmt$/i.exec(value);
  let day: string, month: string, year: number, time: string[];
  if (m) {
    [day, month, year, time] = [m[1] as string, m[2] as string, Number(m[3]), m.slice(4, 7) as string[]];
  } else if ((m = /^[a-z]{6,9}, (\d{2})-([a-z]{3})-(\d{2}) (\d{2}):(\d{2}):(\d{2}) gmt$/i.exec(value))) {
    // A two-digit year more than 50 years ahead is in the past (RFC 9110 §5.6.7).
    const yy = Number(m[3]);
    const thisYear = new Date().getUTCFullYear();
    year = 2000 + yy > thisYear + 50 ? 1900 + yy : 2000 + yy;
    [day, month, time] = [m[1] as string, m[2] as string, m.slice(4, 7) as string[]];
  } else if ((m = /^[a-z]{3} ([a-z]{3}) {1,2}(\d{1,2}) (\d{2}):(\d{2}):(\d{2}) (\d{4})$/i.exec(value))) {
    [month, day, time, year] = [m[1] as string, m[2] as string, m.slice(3, 6) as string[], Number(m[6])];
  } else return undefined;
  const monthIndex = MONTHS.indexOf(month.toLowerCase());
  const [hh, mm, ss] = time.map(Number) as [number, number, number];
  if (monthIndex < 0 || hh > 23 || mm > 59 || ss > 60) return undefined;
  const ms = Date.UTC(year, monthIndex, Number(day), hh, mm, ss);
  return Number.isFinite(ms) ? ms : undefined;
}

export interface RetryAfter {
  seconds: number;
  /** The value was a date (so the wait depends on clocks), not a number of seconds. */
  fromDate: boolean;
}

/** Seconds to wait, never negative; undefined when the header is absent or unreadable. */
export function retryAfter(value: string | undefined, dateHeader: string | undefined, now: number): RetryAfter | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d{1,12}$/.test(text)) return { seconds: Number(text), fromDate: false };
  const at = parseHttpDate(text);
  if (at === undefined) return undefined;
  const base = parseHttpDate(dateHeader) ?? now;
  return { seconds: Math.max(0, Math.ceil((at - base) / 1000)), fromDate: true };
}

/** Seconds split into hours, minutes and seconds for display: 90 → {h: 0, min: 1, s: 30}. */
export function splitDuration(seconds: number): { h: number; min: number; s: number } {
  const total = Math.max(0, Math.ceil(seconds));
  return { h: Math.floor(total / 3600), min: Math.floor((total % 3600) / 60), s: total % 60 };
}
