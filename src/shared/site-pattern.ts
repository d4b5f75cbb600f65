/**
 * Site patterns, as a user types them in the settings: `localhost`, `127.0.0.1`, `example.com`,
 * `*.staging.example.com`, each with an optional port (`localhost:3000`). `*.x` matches x and every
 * subdomain of x, as in the browsers' match patterns. A pasted URL is reduced to its host and port.
 */
const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
const HOST = `(?:${LABEL})(?:\\.${LABEL})*`;
const PATTERN = new RegExp(`^(\\*\\.)?(${HOST})(?::(\\d{1,5}))?$`);

export function isSitePattern(value: string): boolean {
  const m = PATTERN.exec(value);
  return m !== null && value.length <= 253 && (m[3] === undefined || Number(m[3]) <= 65535);
}

/** A user's input as a pattern, or why it is not one. */
export function toSitePattern(input: string): { pattern: string } | { error: string } {
  let text = input.trim().toLowerCase();
  if (!text) return { error: 'Type a site, such as localhost:3000 or *.staging.example.com.' };
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(text)) {
    try {
      const url = new URL(text);
      text = url.port ? `${url.hostname}:${url.port}` : url.hostname;
    } catch {
      return { error: `"${input.trim()}" is not a URL or a site.` };
    }
  }
  text = text.replace(/\/.*$/, '').replace(/\.$/, '');
  if (isSitePattern(text)) return { pattern: text };
  return { error: `"${input.trim()}" is not a site. Use a host name with an optional leading "*." and port, such as *.example.com or localhost:3000.` };
}

/** The pattern that names a page's own site: its host, and its port when it has one. */
export function siteOf(url: string): string | undefined {
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return undefined;
    const host = u.hostname.replace(/^\[|\]$/g, '');
    return isSitePattern(host) ? (u.port ? `${host}:${u.port}` : host) : undefined;
  } catch {
    return undefined;
  }
}

export function siteMatches(pattern: string, url: string): boolean {
  const m = PATTERN.exec(pattern);
  if (!m) return false;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return false;
  const [, wildcard, host, port] = m;
  const h = u.hostname;
  const hostOk = h === host || (wildcard !== undefined && h.endsWith(`.${host}`));
  if (!hostOk) return false;
  if (port === undefined) return true;
  const actual = u.port || (u.protocol === 'https:' ? '443' : '80');
  return actual === port;
}

export const anyMatches = (patterns: readonly string[], url: string) => patterns.some((p) => siteMatches(p, url));

/**
 * The browsers' match pattern for a site pattern (developer.chrome.com/docs/extensions/develop/concepts/match-patterns).
 * Match patterns have no port in Firefox, so a pattern's port is dropped here and checked by
 * siteMatches where events arrive: the browser may send a little more than asked, never less.
 */
export function matchPatternOf(pattern: string): string | undefined {
  const m = PATTERN.exec(pattern);
  if (!m) return undefined;
  return `*://${m[1] ?? ''}${m[2]}/*`;
}

const isString = (v: string | undefined): v is string => typeof v === 'string';
export const uniqueMatchPatterns = (patterns: string[]) => [...new Set(patterns.map(matchPatternOf).filter(isString))];
