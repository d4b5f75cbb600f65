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

/** standard: in the IANA registry and in force; obsolete: registered but deprecated or unused; unofficial: not registered, but met in the wild. */
export type StatusStanding = 'standard' | 'obsolete' | 'unofficial';

export type HeaderRequirement = 'required' | 'recommended' | 'optional';

export interface ReferenceHeader {
  name: string;
  requirement: HeaderRequirement;
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
