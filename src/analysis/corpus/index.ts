import type { FieldError, ObservedResponse } from '../types';
import { standards } from './standards';
import { frameworks } from './frameworks';
import { vendors } from './vendors';
import { pages } from './pages';

/**
 * Real-shaped error responses, as the frameworks and APIs emit them, with what the analysis must read
 * from each. Shared by the table-driven corpus test, the truncation fuzz test and the messages test.
 */
export interface Sample {
  name: string;
  status: number;
  body: string;
  /** Response headers, lower-case names. */
  headers?: Record<string, string>;
  request?: { method?: string; url?: string; headers?: Record<string, string>; body?: string };
  truncated?: boolean;
  expect: {
    format: string;
    message?: string;
    code?: string;
    fields?: FieldError[];
    traceId?: string;
    docsUrl?: string;
    /** The id of the top suggestion. */
    first?: string;
    /** Ids that must be among the suggestions. */
    ids?: string[];
    /** Lines that must appear in the evidence of some suggestion. */
    evidence?: string[];
  };
}


export const corpus: Sample[] = [...standards, ...frameworks, ...vendors, ...pages];

export function toResponse(s: Sample): ObservedResponse {
  const r: ObservedResponse = {
    url: s.request?.url ?? 'https://api.example.com/v1/resource',
    method: s.request?.method ?? 'GET',
    status: s.status,
    requestHeaders: s.request?.headers ?? { accept: 'application/json' },
    responseHeaders: s.headers ?? {},
    body: s.body,
  };
  if (s.request?.body !== undefined) r.requestBody = s.request.body;
  if (s.truncated) r.bodyTruncated = true;
  return r;
}
