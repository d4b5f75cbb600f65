import { expect, test } from 'vitest';
import { DOCUMENT_TYPES, HOOK_BODY_TYPES, pageCanReportBody } from './page-body-types';

test('fetch/XHR and documents can carry a page-reported body; subresources cannot', () => {
  for (const type of ['xmlhttprequest', 'fetch', 'other', 'main_frame', 'sub_frame']) expect(pageCanReportBody(type), type).toBe(true);
  for (const type of ['image', 'script', 'stylesheet', 'font', 'media', 'ping', 'websocket', '']) expect(pageCanReportBody(type), type).toBe(false);
  // The hook's bodies never land on documents, nor rendered documents on fetches.
  for (const type of HOOK_BODY_TYPES) expect(DOCUMENT_TYPES.has(type)).toBe(false);
});
