/**
 * The English labels of the bug report (bug-report.ts): what a developer pastes into an issue, a
 * ticket or a chat. messages.report.zh-CN.ts has the same entries (its type is this table's).
 * Quotes from the response stay as received.
 */

export const reportEn = {
  when: (): string => 'When',
  serverSaid: (): string => 'Server said',
  code: (): string => 'Code',
  traceId: (): string => 'Trace id',
  suggestion: (): string => 'Likely cause',
  error: (): string => 'Error',
  responseHeaders: (): string => 'Response headers',
  requestHeaders: (): string => 'Request headers set by the page',
  body: (): string => 'Response body',
  bodyCut: (shown: number, total: number | undefined): string => `first ${shown} characters${total ? ` of ${total}` : ''}, cut`,
  noBody: (): string => 'No response body was captured.',
  curl: (): string => 'Reproduce',
  masked: (): string => 'Secrets are masked. Reported with StatusLens.',
};

export type ReportMessages = typeof reportEn;
