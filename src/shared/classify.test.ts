import { describe, expect, test } from 'vitest';
import { entryClassOf, isFlaggedEntry, isFlaggedNetworkError, isFlaggedStatus, statusClassOf, worstClassOf, type FailureFlags } from './classify';
import { DEFAULT_SETTINGS } from './settings';

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

describe('isFlaggedEntry', () => {
  const http = (statusCode: number) => ({ kind: 'http-error' as const, statusCode });
  const network = (error?: string) => ({ kind: 'network-error' as const, error });
  const only = (flag: keyof FailureFlags): FailureFlags => ({ clientErrors: false, serverErrors: false, networkErrors: false, redirects: false, graphqlErrors: false, [flag]: true });

  test('by default: every 4xx, 5xx and network failure; no redirect, no 200', () => {
    const flags = DEFAULT_SETTINGS.flag;
    for (const s of [400, 404, 499, 500, 503, 599]) expect(isFlaggedEntry(http(s), flags)).toBe(true);
    expect(isFlaggedEntry(network('net::ERR_CONNECTION_REFUSED'), flags)).toBe(true);
    expect(isFlaggedEntry(network(), flags)).toBe(true);
    for (const s of [200, 204, 301, 302, 304, 600, 0]) expect(isFlaggedEntry(http(s), flags)).toBe(false);
    expect(isFlaggedEntry({ kind: 'http-error' }, flags)).toBe(false);
  });

  test('each flag lets through its own class and nothing else', () => {
    const cases: [keyof FailureFlags, { kind: 'http-error' | 'network-error'; statusCode?: number; error?: string }][] = [
      ['clientErrors', http(409)],
      ['serverErrors', http(502)],
      ['networkErrors', network('NS_ERROR_UNKNOWN_HOST')],
      ['redirects', http(302)],
      ['graphqlErrors', http(200)],
    ];
    for (const [flag] of cases) {
      const flagged = cases.filter(([, e]) => isFlaggedEntry(e, only(flag))).map(([f]) => f);
      expect(flagged).toEqual([flag]);
    }
  });

  test('a cancelled request is never a failure, whatever the flags', () => {
    expect(isFlaggedEntry(network('net::ERR_ABORTED'), DEFAULT_SETTINGS.flag)).toBe(false);
    expect(isFlaggedEntry(network('NS_BINDING_ABORTED'), only('networkErrors'))).toBe(false);
  });
});
