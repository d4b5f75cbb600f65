/**
 * The schema of one entry in the status-code reference.
 * Every locale ships the same codes with the same sections; only the prose differs, so what does
 * not depend on the language (StatusFacts) is stored once and each language adds its StatusProse.
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

/** Every status code the reference explains: the IANA registry's codes, plus unofficial ones met in the wild. */
export type StatusCode =
  | 100 | 101 | 102 | 103 | 104
  | 200 | 201 | 202 | 203 | 204 | 205 | 206 | 207 | 208 | 226
  | 300 | 301 | 302 | 303 | 304 | 305 | 306 | 307 | 308
  | 400 | 401 | 402 | 403 | 404 | 405 | 406 | 407 | 408 | 409 | 410 | 411 | 412 | 413 | 414 | 415 | 416 | 417 | 418
  | 421 | 422 | 423 | 424 | 425 | 426 | 428 | 429 | 431 | 444 | 451 | 499
  | 500 | 501 | 502 | 503 | 504 | 505 | 506 | 507 | 508 | 509 | 510 | 511
  | 520 | 521 | 522 | 523 | 524 | 525 | 526;

/** A header as the defining document names it; its `why` is prose, written per language. */
export interface HeaderFacts {
  name: string;
  side: HeaderSide;
  requirement: HeaderRequirement;
}

/** The raw HTTP of an example; a language may give its own copy where it translates text inside the message (see ExampleProse). */
export interface ExampleFacts {
  request: string;
  response: string;
}

/**
 * A link: one URL for every language, or one per language where the page is translated (MDN).
 * The title is stored here when every language shows the same one; otherwise each language's
 * `linkTitles` gives it.
 */
export interface LinkFacts {
  url: string | Record<Locale, string>;
  title?: string;
}

/** What does not depend on the language in a status code's entry. Stored once, in data/status-codes/. */
export interface StatusFacts {
  code: StatusCode;
  /** The reason phrase as RFC 9110 (or the code's defining document) names it today. */
  reason: string;
  category: StatusCategory;
  standing: StatusStanding;
  headers: HeaderFacts[];
  examples: ExampleFacts[];
  related: StatusCode[];
  references: LinkFacts[];
  retry: RetryAdvice;
  cacheableByDefault: boolean;
}

/** The prose of one example: one per example of the facts, in the same order. */
export interface ExampleProse {
  title: string;
  note?: string;
  /**
   * This language's copy of the raw request or response, only where it translates text inside the
   * message (an error body's detail, an annotation); the request or status line and the header
   * names stay those of the facts, which the reference tests check.
   */
  request?: string;
  response?: string;
}

/** The prose of one status code's entry, written per language; the sections are StatusReference's. */
export interface StatusProse {
  localReason: string;
  origin?: string;
  summary: string;
  meaning: string;
  whenToUse: string[];
  howToRespond: string[];
  /** Each header's `why`, by the header's name: one for every header of the facts. */
  headers: Record<string, string>;
  responseBody: string;
  pitfalls: string[];
  clientFixes: string[];
  examples: ExampleProse[];
  /** The titles of the links that have none in the facts, in the facts' order. */
  linkTitles: string[];
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
  | 'content-length-mismatch'
  | 'page-request-failed';

/** What does not depend on the language: the names browsers report, links, and retry advice. Stored once. */
export interface NetworkErrorFacts {
  id: NetworkErrorId;
  /**
   * Exactly as browsers report them: Chrome's `net::ERR_*` (webRequest, DevTools), Firefox's
   * `NS_ERROR_*` / `NS_BINDING_*` (webRequest) or its certificate codes (`SEC_ERROR_*`, `SSL_ERROR_*`),
   * and DevTools' `blocked:*` reasons. The first is the one shown as the entry's name.
   */
  names: string[];
  /**
   * What the page's script is told instead, for a failure StatusLens saw only from inside the page
   * (light capture), where browsers give no error name: fetch()'s TypeError messages. An entry with
   * these may have no `names`.
   */
  pageMessages?: string[];
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
