import { describe, expect, test } from 'vitest';
import { entryClassOf, isFlaggedNetworkError, isFlaggedStatus, statusClassOf, worstClassOf } from './classify';

describe('isFlaggedStatus', () => {
  test.each([
    [399, false], [400, true], [409, true], [499, true], [500, true], [599, true], [600, false],
    [200, false], [304, false], [0, false], [409.5, false], [Number.NaN, false],
  ])('%s → %s', (status, flagged) => expect(isFlaggedStatus(status)).toBe(flagged));
});

describe('statusClassOf', () => {
  test('splits 4xx, 5xx and no status', () => {
    expect(statusClassOf(404)).toBe('client-error');
    expect(statusClassOf(503)).toBe('server-error');
    expect(statusClassOf(undefined)).toBe('network-error');
    expect(statusClassOf(0)).toBe('network-error');
  });
});

describe('isFlaggedNetworkError', () => {
  test('a cancelled request is not a failure; a refused or blocked one is', () => {
    expect(isFlaggedNetworkError('net::ERR_ABORTED')).toBe(false);
    expect(isFlaggedNetworkError('NS_BINDING_ABORTED')).toBe(false);
    expect(isFlaggedNetworkError('net::ERR_CONNECTION_REFUSED')).toBe(true);
    expect(isFlaggedNetworkError('NS_ERROR_UNKNOWN_HOST')).toBe(true);
    expect(isFlaggedNetworkError('net::ERR_BLOCKED_BY_CLIENT')).toBe(true);
  });
});

describe('entryClassOf and worstClassOf', () => {
  const http = (statusCode: number) => ({ kind: 'http-error' as const, statusCode });
  const network = { kind: 'network-error' as const, statusCode: undefined };
  test('a network error outranks a 5xx, which outranks a 4xx', () => {
    expect(entryClassOf(network)).toBe('network-error');
    expect(entryClassOf(http(409))).toBe('client-error');
    expect(worstClassOf([http(404), http(409)])).toBe('client-error');
    expect(worstClassOf([http(404), http(502), http(409)])).toBe('server-error');
    expect(worstClassOf([http(502), network, http(404)])).toBe('network-error');
    expect(worstClassOf([])).toBeUndefined();
  });
});
