import type { Ranked, RuleContext } from '../rule-context';
import { parseContentRange, splitList } from '../headers';
import { mediaType } from '../../shared/media-type';
import { suggestableMethod } from '../http-token';

/**
 * What the server will take and give: 405 with Allow (RFC 9110 §15.5.6, §10.2.1), 406 against the
 * Accept sent (§15.5.7), 415 against Accept-Post (W3C LDP §7.1) or Accept-Patch (RFC 5789 §3.1),
 * 416 with a Content-Range that gives the real size (§15.5.17), 501 for a method the server does not know.
 */

// The method to try instead, by the one that failed: the nearest meaning first.
const ALTERNATIVES: Record<string, string[]> = {
  PUT: ['PATCH', 'POST'],
  PATCH: ['PUT', 'POST'],
  POST: ['PUT', 'PATCH', 'GET'],
  DELETE: ['POST', 'PATCH'],
  GET: ['POST', 'HEAD'],
  HEAD: ['GET'],
};

function on405(c: RuleContext): Ranked[] {
  // An empty Allow is meaningful: no method is allowed right now (§10.2.1).
  const hasAllow = typeof c.response.responseHeaders.allow === 'string';
  // Allow lists methods (§10.2.1); an entry that is not a plain method name (`X|$SHELL|#` is a token,
  // `\101` is not even that) is not one we would suggest, and it would end up in the fixed request's
  // commands: left out. Case is kept except for the methods Fetch normalises (§9.1: case-sensitive).
  const listed = splitList(c.response.responseHeaders.allow);
  const allowed = listed.flatMap((m) => {
    const method = suggestableMethod(m);
    return method === undefined ? [] : [method];
  });
  const evidence = [c.requestLine(), hasAllow ? c.gotLine('allow') : undefined, ...c.bodyEvidence()];
  const usable = allowed.filter((m) => m !== c.method && m !== 'OPTIONS');
  const choice = (ALTERNATIVES[c.method] ?? []).find((m) => usable.includes(m)) ?? usable.find((m) => m !== 'HEAD') ?? usable[0];
  let fix;
  if (choice) {
    const spec = c.request();
    spec.method = choice;
    if (choice === 'GET' || choice === 'HEAD') delete spec.body; // a GET or HEAD request has no content (§9.3.1)
    fix = c.fix(c.m.fixMethod(choice), spec);
  }
  return [c.make('method-not-allowed', 100, c.m.methodNotAllowed({ method: c.method, allowed: hasAllow && (allowed.length > 0 || listed.length === 0) ? allowed : undefined }), evidence, fix)];
}

/** Media types named in a message: "Supported types: application/json, text/csv". */
function typesIn(text: string | undefined): string[] {
  return [...new Set((text ?? '').match(/\b(?:application|text|image|audio|video|multipart|font|model)\/[\w.+-]+/gi)?.map((t) => t.toLowerCase()) ?? [])];
}

function on406(c: RuleContext): Ranked[] {
  const accept = c.sent('accept');
  const responseType = mediaType(c.got('content-type'));
  const offered = [...new Set([...typesIn(c.reading?.message), ...(responseType ? [responseType] : [])])];
  const evidence = [accept !== undefined ? c.sentLine('accept') : undefined, responseType ? c.gotLine('content-type') : undefined, ...c.bodyEvidence()];
  for (const name of ['accept-language', 'accept-charset', 'accept-encoding']) if (c.sent(name)) evidence.push(c.sentLine(name));
  const target = offered[0] ?? '*/*';
  const spec = c.request();
  spec.headers.accept = target;
  return [c.make('not-acceptable', 100, c.m.notAcceptable({ sent: accept, offered }), evidence, c.fix(c.m.fixAccept(target), spec))];
}

function on415(c: RuleContext): Ranked[] {
  const sentType = c.sent('content-type');
  const acceptHeader = c.method === 'PATCH' ? 'accept-patch' : c.got('accept-post') !== undefined ? 'accept-post' : 'accept-patch';
  const accepted = [...splitList(c.got(acceptHeader)).map((t) => mediaType(t) ?? t), ...typesIn(c.reading?.message)].filter((t) => t !== mediaType(sentType));
  const evidence = [sentType !== undefined ? c.sentLine('content-type') : c.m.factNoContentType(), c.got(acceptHeader) !== undefined ? c.gotLine(acceptHeader) : undefined, ...c.bodyEvidence()];
  // Content-Encoding the server cannot decode is a 415 as well; it answers with Accept-Encoding (§12.5.3).
  const encoding = c.sent('content-encoding');
  if (encoding && c.got('accept-encoding') !== undefined) {
    return [c.make('unsupported-encoding', 100, c.m.unsupportedEncoding({ sent: encoding, accepted: c.got('accept-encoding') }), [c.sentLine('content-encoding'), c.gotLine('accept-encoding')])];
  }
  const body = c.response.requestBody?.trim() ?? '';
  const guess = /^[[{]/.test(body) ? 'application/json' : /^[\w.%-]+=[^&]*(&|$)/.test(body) ? 'application/x-www-form-urlencoded' : undefined;
  const target = accepted.find((t) => !t.includes('*')) ?? guess;
  let fix;
  if (target) {
    const spec = c.request();
    spec.headers['content-type'] = target;
    fix = c.fix(c.m.fixContentType(target), spec);
  }
  return [c.make('unsupported-media-type', 100, c.m.unsupportedMediaType({ sent: sentType, accepted: [...new Set(accepted)] }), evidence, fix)];
}

function on416(c: RuleContext): Ranked[] {
  const range = c.sent('range');
  const contentRange = parseContentRange(c.got('content-range'));
  const size = contentRange?.size;
  const start = /^bytes=(\d+)-/.exec(range ?? '')?.[1];
  const complete = size !== undefined && start !== undefined && Number(start) >= size;
  const spec = c.request();
  delete spec.headers.range;
  delete spec.headers['if-range'];
  const evidence = [range !== undefined ? c.sentLine('range') : undefined, c.got('content-range') !== undefined ? c.gotLine('content-range') : undefined];
  return [c.make('range-not-satisfiable', 100, c.m.rangeNotSatisfiable({ range, size, complete }), evidence, c.fix(c.m.fixNoRange(), spec))];
}

export function negotiationRules(c: RuleContext): Ranked[] {
  switch (c.status) {
    case 405:
      return on405(c);
    case 406:
      return on406(c);
    case 415:
      return on415(c);
    case 416:
      return on416(c);
    case 501:
      return [c.make('not-implemented', 100, c.m.notImplemented({ method: c.method }), [c.requestLine(), ...c.bodyEvidence()])];
    default:
      return [];
  }
}
