/**
 * HTTP Archive 1.2, the parts StatusLens writes and reads
 * (http://www.softwareishard.com/blog/har-12-spec/). Fields starting with `_` are custom, as the
 * spec allows; `_error` and `_resourceType` are the names Chrome's DevTools write.
 */
export interface HarNameValue {
  name: string;
  value: string;
}

export interface HarPostData {
  mimeType: string;
  text?: string;
  params?: HarNameValue[];
  comment?: string;
}

export interface HarContent {
  size: number;
  mimeType: string;
  text?: string;
  comment?: string;
  /** Where StatusLens read the body, and what it kept of it. */
  _statuslens?: { source: string; binary: boolean; keptSize: number; truncated: boolean; dropped?: string; reportedBy?: string };
}

export interface HarEntry {
  startedDateTime: string;
  time: number;
  request: {
    method: string;
    url: string;
    httpVersion: string;
    cookies: HarNameValue[];
    headers: HarNameValue[];
    queryString: HarNameValue[];
    postData?: HarPostData;
    headersSize: number;
    bodySize: number;
  };
  response: {
    status: number;
    statusText: string;
    httpVersion: string;
    cookies: HarNameValue[];
    headers: HarNameValue[];
    content: HarContent;
    redirectURL: string;
    headersSize: number;
    bodySize: number;
    /** For a network failure: the browser's error, e.g. net::ERR_CONNECTION_REFUSED (status 0). */
    _error?: string;
  };
  cache: Record<string, never>;
  timings: { send: number; wait: number; receive: number };
  serverIPAddress?: string;
  _resourceType?: string;
  _statuslens?: { kind: string; type: string; masked?: string; seenBy?: string; frameId: number; durationUnknown?: boolean };
}

export interface Har {
  log: {
    version: '1.2';
    creator: { name: string; version: string };
    entries: HarEntry[];
    comment?: string;
  };
}
