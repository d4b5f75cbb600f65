import type { Ranked, RuleContext } from '../rule-context';
import type { SuggestedFix } from '../types';
import { findMembers } from '../json';
import { VERSION_KEYS, syncRequestVersion, versionMember } from '../request-version';
import { CAPS, quote, scalarText } from '../text';

/**
 * 409 Conflict, 412 Precondition Failed, 423 Locked, 428 Precondition Required: the request collides
 * with the resource's current state. RFC 9110 §15.5.10 and §13.1, RFC 6585 §3, RFC 4918 §11.3.
 */

// A duplicate: a unique value is taken. Postgres, MySQL, MongoDB and SQLite spell it their own way.
const DUPLICATE = /duplicate|already (?:exists?|taken|registered|in use|used|been taken)|\bunique\b|\btaken\b|ALREADY_EXISTS|E11000|\bexists\b/i;
// An edit conflict: the resource changed since the client read it (lost-update prevention).
const EDIT = /version|stale|modified|concurren|out of date|outdated|edit_conflict|update conflict|\brev(?:ision)?\b|etag|ABORTED|changed since|mid-air/i;
const LOCKED = /\block(?:ed)?\b|checked out/i;

type Kind = 'locked' | 'duplicate' | 'edit' | 'unknown';

function kindOf(c: RuleContext): Kind {
  const words = c.words();
  if (LOCKED.test(words)) return 'locked';
  if (DUPLICATE.test(words)) return 'duplicate';
  if (EDIT.test(words)) return 'edit';
  return 'unknown';
}

/** The field and value that collide: from the body's field errors, or from a database message. */
function conflictingValue(c: RuleContext): { field?: string; value?: string } {
  const fields = c.reading?.fields ?? [];
  const withValue = fields.find((f) => f.value !== undefined);
  const message = c.reading?.message ?? '';
  const db =
    /Key \(([^)]{1,100})\)=\(([^)]{0,200})\) already exists/.exec(message) ?? // PostgreSQL
    /dup key: \{ ?"?(\w{1,100})"?: "?([^"}]{0,200}?)"? ?\}/.exec(message) ?? // MongoDB E11000
    /UNIQUE constraint failed: (?:\w+\.)?(\w{1,100})()/.exec(message); // SQLite
  const mysql = /Duplicate entry '([^']{0,200})' for key '(?:(\w{1,64})\.)?(\w{1,100}?)(?:_unique|_key|_idx|_index)?'/.exec(message);
  // Laravel and Rails name unique indexes table_column_unique: strip the table to get the column.
  const mysqlField = mysql?.[3] && mysql[2] && mysql[3].startsWith(`${mysql[2]}_`) ? mysql[3].slice(mysql[2].length + 1) : mysql?.[3];
  // A quoted value, not an apostrophe: the quote opens after a space or punctuation and closes before one.
  const quoted = /(?:^|[\s(:=])["“'‘]([^"”'’]{1,100})["”'’](?=$|[\s).,;:!?])/.exec(message)?.[1];
  const field = withValue?.name ?? fields[0]?.name ?? db?.[1] ?? mysqlField;
  const value = withValue?.value ?? (db?.[2] || undefined) ?? mysql?.[1] ?? quoted;
  const out: { field?: string; value?: string } = {};
  if (field) out.field = field;
  if (value) out.value = value;
  return out;
}

/** Version information in the body: `_rev` (CouchDB), `etag`, `version`, `currentVersion`… */
function bodyVersion(c: RuleContext): { key: string; name: string; value: string; evidence: string } | undefined {
  // JSON:API's `jsonapi.version` is the spec's version, not the resource's.
  const found = findMembers(c.json, VERSION_KEYS, 2).find((m) => !m.path.startsWith('jsonapi.') && scalarText(m.value, CAPS.code) !== undefined);
  if (!found) return undefined;
  const value = scalarText(found.value, CAPS.code) as string;
  return { key: found.key.toLowerCase(), name: found.key, value, evidence: quote(found.path, value) };
}

/** The value to send in If-Match: the ETag header, else a body etag or CouchDB `_rev` (which CouchDB accepts there). */
function ifMatchValue(c: RuleContext, version: ReturnType<typeof bodyVersion>): string | undefined {
  const etag = c.got('etag');
  if (etag) return etag;
  if (version && (version.key === 'etag' || version.key === '_rev')) return /^(W\/)?"/.test(version.value) ? version.value : `"${version.value}"`;
  return undefined;
}

function on409(c: RuleContext): Ranked[] {
  const kind = kindOf(c);
  const message = c.reading?.message;
  const version = bodyVersion(c);
  const etag = ifMatchValue(c, version);
  const versionEvidence = [c.got('etag') ? c.gotLine('etag') : undefined, version?.evidence, c.sent('if-match') ? c.sentLine('if-match') : undefined];
  const unsafe = c.method === 'PUT' || c.method === 'PATCH' || c.method === 'DELETE';
  const ifMatchFix = etag && unsafe ? updateFix(c, etag) : undefined;
  const out: Ranked[] = [];
  if (kind === 'locked') out.push(c.make('conflict-locked', 100, c.m.conflictLocked({ message }), c.bodyEvidence()));
  if (kind === 'duplicate') {
    const { field, value } = conflictingValue(c);
    const fieldEvidence = field && value ? quote(field, value) : undefined;
    out.push(c.make('conflict-duplicate', 100, c.m.conflictDuplicate({ field, value, message }), [...c.bodyEvidence(), fieldEvidence]));
    if (etag) out.push(c.make('conflict-if-match', 70, c.m.conflictIfMatch({ etag }), versionEvidence, ifMatchFix));
  }
  if (kind === 'edit' || (kind === 'unknown' && (etag || version))) {
    const text = c.m.conflictEdit({ etag, version: version && version.key !== 'etag' ? `${version.name} ${version.value}` : undefined, sentIfMatch: c.sent('if-match') });
    out.push(c.make('conflict-edit', kind === 'edit' ? 100 : 85, text, [...c.bodyEvidence(), ...versionEvidence], ifMatchFix));
  }
  if (kind === 'unknown') out.push(c.make('conflict-state', 90, c.m.conflictState({ message }), c.bodyEvidence()));
  return out;
}

/**
 * The update to retry after a conflict: If-Match set to the current ETag and, where the JSON body
 * carries a version too, that version set to the server's current one, so that the request agrees
 * with itself. It still sends the user's edit as it was: the description says to merge first.
 */
function updateFix(c: RuleContext, etag: string): SuggestedFix {
  const spec = withHeader(c, 'if-match', etag);
  const sync = syncRequestVersion(spec.body, versionMember(c.json, true), c.got('etag'));
  let description = c.m.fixIfMatch(etag);
  if (sync?.body !== undefined && sync.current !== undefined) {
    spec.body = sync.body;
    description += c.m.fixVersionSet(sync.field, sync.sent, sync.current);
  } else if (sync) {
    description += c.m.fixVersionStale(sync.field, sync.sent, sync.current);
  }
  return c.fix(description, spec);
}

function withHeader(c: RuleContext, name: string, value: string) {
  const spec = c.request();
  spec.headers[name] = value;
  return spec;
}

function on412(c: RuleContext): Ranked[] {
  const etag = c.got('etag');
  const conditions = ['if-match', 'if-unmodified-since', 'if-none-match'].filter((n) => c.sent(n) !== undefined);
  const evidence = [...conditions.map((n) => c.sentLine(n)), etag ? c.gotLine('etag') : undefined, c.got('last-modified') ? c.gotLine('last-modified') : undefined, ...c.bodyEvidence()];
  if (c.sent('if-none-match') === '*' && c.method !== 'GET' && c.method !== 'HEAD') {
    return [c.make('precondition-exists', 100, c.m.preconditionExists(), evidence)];
  }
  const sentText = conditions.map((n) => `${n === 'if-match' ? 'If-Match' : n === 'if-none-match' ? 'If-None-Match' : 'If-Unmodified-Since'}: ${c.sent(n)}`).join(', ') || 'a precondition';
  const fix = etag && c.sent('if-match') !== undefined ? updateFix(c, etag) : undefined;
  return [c.make('precondition-failed', 100, c.m.preconditionFailed({ sent: sentText, etag }), evidence, fix)];
}

function on428(c: RuleContext): Ranked[] {
  const etag = c.got('etag');
  const spec = withHeader(c, 'if-match', etag ?? '"<ETag from a GET>"');
  const fix = c.fix(etag ? c.m.fixIfMatch(etag) : c.m.fixIfMatchFromGet(), spec);
  return [c.make('precondition-required', 100, c.m.preconditionRequired({ etag }), [etag ? c.gotLine('etag') : undefined, ...c.bodyEvidence()], fix)];
}

// A unique violation that escaped as a 5xx: PostgreSQL 23505, MySQL 1062, SQLite, MongoDB E11000, ORMs.
const DB_DUPLICATE = /duplicate key|Duplicate entry|UNIQUE constraint failed|unique constraint|E11000|UniqueConstraintViolation|IntegrityError.*unique|SQLSTATE\[23(?:000|505)\]/i;

export function conflictRules(c: RuleContext): Ranked[] {
  if (c.status >= 500 && DB_DUPLICATE.test(c.words())) {
    const { field, value } = conflictingValue(c);
    return [c.make('unhandled-duplicate', 97, c.m.unhandledDuplicate({ field, value, status: c.status }), c.bodyEvidence())];
  }
  if (c.status === 409) return on409(c);
  if (c.status === 412) return on412(c);
  if (c.status === 428) return on428(c);
  if (c.status === 423) return [c.make('conflict-locked', 100, c.m.conflictLocked({ message: c.reading?.message }), c.bodyEvidence())];
  return [];
}
