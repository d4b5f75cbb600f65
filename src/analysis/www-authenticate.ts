/**
 * WWW-Authenticate and Proxy-Authenticate (RFC 9110 §11.6.1 and §11.7.1):
 *
 *   challenge   = auth-scheme [ 1*SP ( token68 / #auth-param ) ]
 *   auth-param  = token BWS "=" BWS ( token / quoted-string )
 *
 * One header may carry several challenges, separated by the same commas that separate parameters:
 * `Newauth realm="apps", type=1, title="Login to \"apps\"", Basic realm="simple"` (the RFC's example).
 * A name followed by "=" is a parameter; a name followed by anything else starts a new challenge.
 */

export interface Challenge {
  /** Lower-case scheme: "bearer", "basic", "digest", "negotiate"… */
  scheme: string;
  /** The scheme as the server spelled it, for display. */
  schemeText: string;
  token68?: string;
  /** Parameter names are case-insensitive, so they are lower-cased here. */
  params: Record<string, string>;
}

const TOKEN = /^[!#$%&'*+\-.^_`|~\w]+/;
const TOKEN68 = /^[\w\-.~+/]+=*/;

export function parseChallenges(header: string | undefined): Challenge[] {
  const challenges: Challenge[] = [];
  const text = (header ?? '').slice(0, 8 * 1024);
  let at = 0;
  const ws = () => {
    while (text[at] === ' ' || text[at] === '\t') at++;
  };
  const take = (re: RegExp): string | undefined => {
    const m = re.exec(text.slice(at, at + 1024));
    if (m) at += m[0].length;
    return m?.[0];
  };

  while (at < text.length && challenges.length < 20) {
    ws();
    if (text[at] === ',') {
      at++;
      continue;
    }
    const scheme = take(TOKEN);
    if (!scheme) {
      at++; // not a token: skip the character rather than give up on the rest
      continue;
    }
    const challenge: Challenge = { scheme: scheme.toLowerCase(), schemeText: scheme, params: {} };
    challenges.push(challenge);
    if (text[at] !== ' ' && text[at] !== '\t') continue; // no parameters
    ws();
    // token68 (Basic/Negotiate blobs): only directly after the scheme, and followed by a comma or the end.
    const t68 = /^([\w\-.~+/]+=*)[ \t]*(?:,|$)/.exec(text.slice(at, at + 4096));
    if (t68 && !/^[!#$%&'*+\-.^_`|~\w]+[ \t]*=[ \t]*[^=\s,]/.test(text.slice(at, at + 1024))) {
      challenge.token68 = t68[1];
      at += (t68[1] as string).length;
      continue;
    }
    // auth-params until something that is not `name = value`.
    for (;;) {
      const start = at;
      ws();
      const name = take(TOKEN);
      ws();
      if (!name || text[at] !== '=') {
        at = start; // a new challenge begins here (or garbage the outer loop will skip)
        break;
      }
      at++;
      ws();
      challenge.params[name.toLowerCase()] = text[at] === '"' ? quoted() : (take(TOKEN68) ?? take(TOKEN) ?? '');
      ws();
      if (text[at] !== ',') break;
      at++;
    }
  }
  return challenges;

  /** A quoted-string: backslash escapes any character (RFC 9110 §5.6.4); an unclosed one runs to the end. */
  function quoted(): string {
    let out = '';
    at++;
    while (at < text.length && text[at] !== '"') {
      if (text[at] === '\\' && at + 1 < text.length) at++;
      out += text[at];
      at++;
    }
    at++;
    return out;
  }
}

/** The challenge a client would answer: Bearer first (it carries RFC 6750 error codes), else the first. */
export function mainChallenge(challenges: Challenge[]): Challenge | undefined {
  return challenges.find((c) => c.scheme === 'bearer' && c.params.error) ?? challenges.find((c) => c.params.error) ?? challenges[0];
}
