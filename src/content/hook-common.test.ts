// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import { methodName } from './hook-common';

test('a method is reported as the browser sends it: the six standard ones upper-cased, others as written', () => {
  expect(methodName(undefined)).toBe('GET');
  expect(methodName('post')).toBe('POST');
  expect(methodName('Delete')).toBe('DELETE');
  expect(methodName('patch')).toBe('patch'); // fetch sends "patch" as written, and so does the browser's record
  expect(methodName("X|touch$IFS'pwned'|#")).toBe("X|touch$IFS'pwned'|#");
  expect(methodName(42)).toBeUndefined();
});
