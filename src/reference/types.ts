/**
 * The schema of one entry in the status-code reference.
 * Every locale ships the same codes with the same sections; only the prose differs.
 */
export type Locale = 'en' | 'zh-CN';

export type StatusCategory =
  | 'informational'
  | 'success'
  | 'redirection'
  | 'client-error'
  | 'server-error';

/**
 * standard: permanently in the IANA registry and in force; temporary: a temporary IANA registration
 * for a draft (e.g. 104) that lapses unless renewed or the draft is published;
 * obsolete: registered but deprecated or unused; unofficial: not registered, but met in the wild.
 */
export type StatusStanding = 'standard' | 'temporary' | 'obsolete' | 'unofficial';

/**
 * The level the defining document itself gives the header for this status code, in BCP 14 terms
 * (RFC 2119, RFC 8174): MUST = required, SHOULD = recommended, MAY = optional. A condition the
 * document attaches ("if a 200 would have sent it", "if the condition is temporary") is told in
 * `why`, and so is our own advice: a header the spec only permits stays 'optional' even when we say
 * "send it anyway". Where the status code's section names no level, the header's general rule
 * applies (Content-Type: SHOULD, RFC 9110 §8.3); failing that, 'optional', except where the
 * definition itself is made of the header (303 is "a URI in the Location header field"), which is
 * 'required' and says so in `why`. The table in levels.test.ts checks every level a document names.
 * Unofficial codes have no defining RFC: their level is what the vendor's software does.
 */
export type HeaderRequirement = 'required' | 'recommended' | 'optional';

/** Which message carries the header: the request that led to this status, or the response with it. */
export type HeaderSide = 'request' | 'response';

export interface ReferenceHeader {
  name: string;
  side: HeaderSide;
  requirement: HeaderRequirement;
  /** Why it matters, the condition the spec attaches, and our advice where it is stricter than the spec. */
  why: string;
}

export interface ReferenceExample {
  title: string;
  /** A raw HTTP/1.1 request, lines separated by \n. */
  request: string;
  /** A raw HTTP/1.1 response, lines separated by \n. */
  response: string;
  note?: string;
}

export interface ReferenceLink {
  title: string;
  url: string;
}

/** safe: the same request may be repeated as is; after-delay: wait, then repeat; after-change: change the request first; never: retrying will not help. */
export type RetryAdvice = 'safe' | 'after-delay' | 'after-change' | 'never';

export interface StatusReference {
  code: number;
  /** The reason phrase as RFC 9110 (or the code's defining document) names it today. */
  reason: string;
  /** The reason phrase as developers say it in this entry's language (zh-CN: "冲突"); equals `reason` in English. */
  localReason: string;
  category: StatusCategory;
  standing: StatusStanding;
  /** Who uses an unofficial code (e.g. "nginx"), or why a registered code is obsolete. */
  origin?: string;
  /** One plain sentence a developer understands at a glance. */
  summary: string;
  /** What the defining spec says it means. */
  meaning: string;
  /** From the server's side: when to send it. */
  whenToUse: string[];
  /** What the server should send with it. */
  howToRespond: string[];
  headers: ReferenceHeader[];
  /** What the body should carry (problem+json per RFC 9457 where it fits). */
  responseBody: string;
  /** Includes the codes it is confused with, and how to tell them apart. */
  pitfalls: string[];
  /** What the developer who received it should do next. */
  clientFixes: string[];
  examples: ReferenceExample[];
  related: number[];
  /** The defining RFC section (rfc-editor.org anchor), MDN, style guides. */
  references: ReferenceLink[];
  retry: RetryAdvice;
  cacheableByDefault: boolean;
}

/** The network failures the reference explains: a request that ended without any HTTP status. */
export type NetworkErrorId =
  | 'failed-cors'
  | 'connection-refused'
  | 'connection-reset'
  | 'connection-closed'
  | 'connection-timed-out'
  | 'name-not-resolved'
  | 'internet-disconnected'
  | 'cert-authority-invalid'
  | 'cert-date-invalid'
  | 'cert-common-name-invalid'
  | 'ssl-protocol-error'
  | 'blocked-by-client'
  | 'blocked-by-csp'
  | 'blocked-by-orb'
  | 'blocked-by-response'
  | 'mixed-content'
  | 'aborted'
  | 'too-many-redirects'
  | 'http2-protocol-error'
  | 'quic-protocol-error'
  | 'empty-response'
  | 'content-length-mismatch';

/** What does not depend on the language: the names browsers report, links, and retry advice. Stored once. */
export interface NetworkErrorFacts {
  id: NetworkErrorId;
  /**
   * Exactly as browsers report them: Chrome's `net::ERR_*` (webRequest, DevTools), Firefox's
   * `NS_ERROR_*` / `NS_BINDING_*` (webRequest) or its certificate codes (`SEC_ERROR_*`, `SSL_ERROR_*`),
   * and DevTools' `blocked:*` reasons. The first is the one shown as the entry's name.
   */
  names: string[];
  relatedErrors: NetworkErrorId[];
  /** Status codes that are confused with it, or that the server should have sent instead. */
  relatedCodes: number[];
  /** MDN, Chromium's net_error_list.h, Firefox's ErrorList.py, and the spec the browser enforces. */
  references: ReferenceLink[];
  retry: RetryAdvice;
}

/** The prose of one network-error entry, written per language; same spirit as a status code's sections. */
export interface NetworkErrorProse {
  title: string;
  /** One plain sentence a developer understands at a glance. */
  summary: string;
  /** What happened, in terms of the connection and the browser's checks. */
  meaning: string;
  causes: string[];
  /** How to tell it apart from the errors and status codes it is mistaken for. */
  tellApart: string[];
  /** What the developer whose request failed should do next. */
  clientFixes: string[];
  /** What the server or its operator should change. */
  serverFixes: string[];
}

export interface NetworkErrorReference extends NetworkErrorFacts, NetworkErrorProse {}
