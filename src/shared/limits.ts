/** Every bound on untrusted input, in one place. */
export const LIMITS = {
  /** Entries kept per tab; the oldest are dropped and counted. */
  entriesPerTab: 500,
  /** Bytes of a response body kept by default. */
  bodyBytes: 256 * 1024,
  /** Bytes of a request body kept (as the page hook read it). */
  requestBodyBytes: 16 * 1024,
  /** Header lines kept per request or response, characters kept per value, and in all per side. */
  headerCount: 100,
  headerValueChars: 8 * 1024,
  headerTotalChars: 32 * 1024,
  /** Characters of a header name, and of a status line's reason phrase, the page reports. */
  headerNameChars: 256,
  statusTextChars: 256,
  urlChars: 8 * 1024,
  /** Bodies that arrived from the page before the browser reported the response. */
  unmatchedBodiesPerTab: 50,
  unmatchedBodyAgeMs: 30_000,
  /**
   * Characters held in memory (URLs, headers, request and response bodies: every string of every
   * entry), per tab and across all tabs. A tab over its share gives up its own oldest bodies first,
   * so one tab cannot evict another's data.
   */
  memoryCharsPerTab: 12 * 1024 * 1024,
  memoryChars: 48 * 1024 * 1024,
  /**
   * Bytes (UTF-8 JSON) written to storage.session, per tab and in all (Chrome's quota is 10 MB for
   * everything). Each tab is saved in its own write; when the total would pass the budget, the
   * largest tabs are cut to a fair share, so a small tab is never cut for a big one.
   */
  storageBytesPerTab: 2 * 1024 * 1024,
  storageBytes: 7 * 1024 * 1024,
  /**
   * Logs kept across browser restarts (settings.capture.keepLogs) in storage.local, whose quota is
   * 10 MB without unlimitedStorage: entries and UTF-8 JSON bytes of all kept logs together, and
   * bytes of one log. When a write would pass a total, the oldest logs are deleted first.
   */
  keptEntries: 2000,
  keptBytes: 4 * 1024 * 1024,
  keptBytesPerLog: 1024 * 1024,
  /** Entries per message of the list view; a popup asks for the pages in turn. */
  listPageEntries: 100,
  /**
   * Failures a page may report on its own (no browser event saw them): per frame, a burst and a
   * refill rate; per tab, how many such entries the log holds. They never push out the browser's.
   */
  pageFailureBurst: 20,
  pageFailuresPerSecond: 2,
  pageFailuresPerTab: 50,
  /**
   * Where no webRequest listener watches (light capture), the page's reports are the log: each
   * frame may add a larger burst at a faster rate, up to the log's own size.
   */
  lightReportBurst: 100,
  lightReportsPerSecond: 20,
  /** Page events per relay message; the relay flushes earlier when it reaches this. */
  pageEventsPerMessage: 50,
  /** A page message larger than this is refused outright (a capped body JSON-escapes to at most ~6x). */
  pageMessageChars: 2 * 1024 * 1024,
} as const;
