import { expect, test } from 'vitest';
import { PAGE_BODY_TYPES, pageCanReportBody } from './page-body-types';

test('fetch/XHR and documents can carry a page-reported body; subresources cannot', () => {
  for (const type of ['xmlhttprequest', 'fetch', 'other', 'main_frame', 'sub_frame']) expect(pageCanReportBody(type), type).toBe(true);
  for (const type of ['image', 'script', 'stylesheet', 'font', 'media', 'ping', 'websocket', '']) expect(pageCanReportBody(type), type).toBe(false);
  expect(PAGE_BODY_TYPES.size).toBe(5);
});
