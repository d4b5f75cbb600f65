import type { ObservedResponse } from '../types';
import type { Sample } from './sample';
import { standards } from './standards';
import { frameworks } from './frameworks';
import { vendors } from './vendors';
import { pages } from './pages';

/**
 * Real-shaped error responses, as the frameworks and APIs emit them, with what the analysis must read
 * from each. Shared by the table-driven corpus test, the truncation fuzz test and the messages test.
 */
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
