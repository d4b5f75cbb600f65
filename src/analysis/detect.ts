import type { ObservedResponse } from './types';
import type { ReadContext, Reading } from './reading';
import { parseJsonBody } from './json';
import { header } from './headers';
import { mediaType } from '../shared/media-type';
import { bodyTrace } from './trace';
import { readProblem } from './formats/problem';
import { readGraphql, readJsonApi } from './formats/errors-array';
import { readExpressValidator, readNodeServer, readRailsException, readSpring } from './formats/servers';
import { readDrf, readFastApi, readLaravel, readRailsErrors } from './formats/field-maps';
import { readGoogle, readOData, readStripe } from './formats/error-object';
import { readAwsJson, readCouch, readGenericJson, readGithub, readOAuth } from './formats/message';
import { readHtml } from './formats/html';
import { readXml } from './formats/xml';
import { readPlain, salvageJson } from './formats/plain';

/**
 * Which shape is this body? Decided by the content, not only by Content-Type: real servers label JSON
 * text/plain and HTML application/json. The JSON readers are tried from the most to the least
 * distinctive shape; the first that recognises the body wins, and generic JSON catches the rest.
 */
const JSON_READERS: ((root: unknown, ctx: ReadContext) => Reading | undefined)[] = [
  readProblem, // problem+json, or title/detail with type/status/instance
  readGraphql, // errors[] whose items all carry `message`, with locations/path/extensions or `data`
  readJsonApi, // errors[] of title/detail/source objects, and only JSON:API top-level members
  readSpring, // timestamp + status + error + path
  readStripe, // error{type: "*_error"}
  readGoogle, // error{code: number, status|message}
  readOData, // error{code: string, message}
  readGithub, // message + documentation_url
  readLaravel, // message + errors{field: [..]}, or exception + file + line
  readFastApi, // detail[{loc, msg}]
  readRailsErrors, // errors{field: [..]} without message
  readDrf, // {detail} alone, or a top-level field map
  readRailsException, // exactly status + error (+ exception, traces)
  readNodeServer, // statusCode + error (+ message, code, validation)
  readExpressValidator, // errors[{msg, location}]
  readCouch, // exactly error + reason
  readAwsJson, // __type
  readOAuth, // error: invalid_grant… + error_description
];

export interface BodyReading {
  reading?: Reading;
  /** The parsed JSON body, when there was one (for the rules that look for versions or ids). */
  json?: unknown;
}

export function readBody(r: ObservedResponse): BodyReading {
  const body = typeof r.body === 'string' ? r.body.replace(/^\ufeff/, '') : '';
  if (!/\S/.test(body)) return {};
  const contentType = mediaType(header(r.responseHeaders, 'content-type'));
  const ctx: ReadContext = contentType ? { contentType } : {};

  const json = parseJsonBody(body);
  if (json) {
    const reading = readJson(json.value, ctx);
    return { reading, json: json.value };
  }
  const start = body.trimStart().slice(0, 512).toLowerCase();
  if (start.startsWith('{') || start.startsWith('[')) {
    const salvaged = salvageJson(body);
    if (salvaged) return { reading: salvaged };
  }
  if (start.startsWith('<')) {
    const xmlish = start.startsWith('<?xml') && !/<html|<!doctype html/.test(body.slice(0, 2048).toLowerCase());
    if (xmlish || (contentType !== undefined && /xml/.test(contentType) && !/html/.test(contentType))) return { reading: readXml(body) };
    if (/^<(?:[a-z][\w:-]*:)?(?:error|errorresponse|response|errors|envelope)\b/.test(start)) return { reading: readXml(body) };
    const html = readHtml(body);
    // "<no response>" is not a page: with nothing to show as HTML, read it as text.
    return { reading: html.message ? html : (readPlain(body) ?? html) };
  }
  if (contentType === 'text/html' && /<(?:html|body|title|h1)\b/i.test(body.slice(0, 4096))) return { reading: readHtml(body) };
  const plain = readPlain(body);
  return plain ? { reading: plain } : {};
}

function readJson(root: unknown, ctx: ReadContext): Reading {
  let reading: Reading | undefined;
  for (const read of JSON_READERS) {
    try {
      reading = read(root, ctx);
    } catch {
      reading = undefined; // a reader meeting a shape it did not expect must not sink the others
    }
    if (reading) break;
  }
  const result = reading ?? readGenericJson(root); // total: every JSON value gives a reading
  const trace = bodyTrace(root);
  if (trace && result.traceId === undefined) {
    result.traceId = trace.id;
    result.traceEvidence = trace.evidence;
  }
  return result;
}
