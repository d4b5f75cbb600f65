import { findMembers } from './json';
import { isRecord } from './text';

/**
 * Optimistic concurrency often carries the version twice: in If-Match and in the body
 * (`"version": 11`, Rails' `lock_version`, CouchDB's `_rev`). A fixed request that changes only
 * If-Match still says the old version in its body, so the server either refuses it again or, worse,
 * takes it as a blind overwrite. This finds the body's version member and sets it to the server's
 * current one, touching nothing else in the text (re-serialising would round big numbers).
 */

type Family = 'version' | 'revision';

const FAMILY: Record<string, Family> = {
  version: 'version',
  currentversion: 'version',
  current_version: 'version',
  versionnumber: 'version',
  version_number: 'version',
  lock_version: 'version',
  lockversion: 'version',
  _rev: 'revision',
  rev: 'revision',
  revision: 'revision',
  etag: 'revision',
};
/** Names of version members, lower-case: in a request body, and in a response body that says the current one. */
export const VERSION_KEYS: ReadonlySet<string> = new Set(Object.keys(FAMILY));
const NUMBER = /^-?\d+(?:\.\d+)?$/;

/** A version member as found in a JSON body: its key as written, and its value as text. */
export interface VersionMember {
  key: string;
  value: string;
  /** True when the JSON holds a number (it is then written back as one). */
  numeric: boolean;
}

export interface VersionSync {
  /** The member as the request body names it, e.g. `version`. */
  field: string;
  /** What the request sent. */
  sent: string;
  /** The server's current version, when the response said it and it fits the member. */
  current?: string;
  /** The request body with the member set to `current`; absent when it could not be set safely. */
  body?: string;
}

const familyOf = (key: string): Family | undefined => FAMILY[key.toLowerCase()];

/** The first version member of a JSON object body (two levels deep), with a scalar value. */
export function versionMember(json: unknown, preferCurrent = false): VersionMember | undefined {
  if (!isRecord(json)) return undefined;
  const found = findMembers(json, VERSION_KEYS, 2).filter((m) => !m.path.startsWith('jsonapi.') && (typeof m.value === 'number' || typeof m.value === 'string'));
  // A response may echo what was sent beside what is current: the current one wins.
  const pick = (preferCurrent && found.find((m) => /^current/i.test(m.key))) || found[0];
  return pick ? { key: pick.key, value: String(pick.value), numeric: typeof pick.value === 'number' } : undefined;
}

function parse(text: string | undefined): unknown {
  if (!text || text.length > 256 * 1024 || !/^\s*\{/.test(text)) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The request body's version member, and the body with it set to `current` (the version the
 * response's body named, or for a revision the ETag: CouchDB's ETag is the document's `_rev`).
 * Undefined when the request body is not JSON or carries no version.
 */
export function syncRequestVersion(requestBody: string | undefined, current: VersionMember | undefined, etag?: string): VersionSync | undefined {
  const json = parse(requestBody);
  const sent = versionMember(json);
  if (!sent || requestBody === undefined) return undefined;
  const family = familyOf(sent.key);
  const numeric = sent.numeric;
  let value = current && familyOf(current.key) === family ? current.value : undefined;
  if (value === undefined && family === 'revision' && etag) value = etag.replace(/^W\//, '').replace(/^"|"$/g, '');
  const out: VersionSync = { field: sent.key, sent: sent.value };
  if (value === undefined || value === sent.value || (numeric && !NUMBER.test(value))) return out;
  out.current = value;
  const literal = numeric ? sent.value : JSON.stringify(sent.value);
  const member = new RegExp(`("${escape(sent.key)}"\\s*:\\s*)${escape(literal)}(?=\\s*[,}\\]])`, 'g');
  const matches = requestBody.match(member);
  // Only one place to change, or the body is left alone (and the description says what to set).
  if (matches?.length !== 1) return out;
  const replacement = numeric ? value : JSON.stringify(value);
  out.body = requestBody.replace(member, (_, head: string) => `${head}${replacement}`);
  return out;
}
