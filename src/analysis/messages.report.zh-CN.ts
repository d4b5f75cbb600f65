import type { ReportMessages } from './messages.report';

/** 错误报告(bug-report.ts)的中文标签,与 messages.report.ts 的英文表逐项对应。 */

export const reportZhCN: ReportMessages = {
  when: () => '时间',
  serverSaid: () => '服务器返回',
  code: () => '错误码',
  traceId: () => '追踪 ID',
  suggestion: () => '可能的原因',
  error: () => '错误',
  responseHeaders: () => '响应头',
  requestHeaders: () => '页面设置的请求头',
  body: () => '响应体',
  bodyCut: (shown, total) => `前 ${shown} 个字符${total ? `(共 ${total} 个)` : ''},已截断`,
  noBody: () => '没有捕获到响应体。',
  curl: () => '复现',
  masked: () => '敏感信息已遮盖。由 StatusLens 生成。',
};
