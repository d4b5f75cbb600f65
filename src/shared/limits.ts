/** Every bound on untrusted input, in one place. */
export const LIMITS = {
  /** Entries kept per tab; the oldest are dropped and counted. */
  entriesPerTab: 500,
  /** Bytes of a response body kept by default. */
  bodyBytes: 256 * 1024,
  /** Bytes of a request body kept (onBeforeRequest). */
  requestBodyBytes: 16 * 1024,
  /** Header lines kept per request or response, and bytes kept per value. */
  headerCount: 100,
  headerValueChars: 8 * 1024,
  urlChars: 8 * 1024,
  /** In-flight requests tracked at once; beyond this the oldest is forgotten. */
  pendingRequests: 4000,
  /** Bodies that arrived from the page before the browser reported the response. */
  unmatchedBodiesPerTab: 50,
  unmatchedBodyAgeMs: 30_000,
  /** Total body text held in memory across all tabs; older bodies give their text up first. */
  memoryBodyChars: 48 * 1024 * 1024,
  /** Total body text written to storage.session (Chrome's quota is 10 MB for everything). */
  storageBodyChars: 3 * 1024 * 1024,
  /** Page events per relay message; the relay flushes earlier when it reaches this. */
  pageEventsPerMessage: 50,
  /** A page message larger than this is refused outright (a capped body JSON-escapes to at most ~6x). */
  pageMessageChars: 2 * 1024 * 1024,
} as const;
