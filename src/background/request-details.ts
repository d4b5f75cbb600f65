import type { capHeaders } from './sanitize';

/** The parts of webRequest's details we read; both browsers give at least these. */
export interface RequestDetails {
  requestId: string;
  url: string;
  method: string;
  type: string;
  tabId: number;
  frameId: number;
  timeStamp: number;
  initiator?: string;
  originUrl?: string;
  documentUrl?: string;
  /** Chrome 106+: the document that made the request (absent for navigations). */
  documentId?: string;
  responseHeaders?: Parameters<typeof capHeaders>[0];
  statusCode?: number;
  statusLine?: string;
  fromCache?: boolean;
  ip?: string;
  error?: string;
}
