import { describe, expect, test } from 'vitest';
import { CORS_MEMO_AGE_MS, CORS_MEMO_SIZE, CorsMemo } from './cors-memo';
import type { CorsFacts } from './cors';

const facts = (requestId: string, at: number, over: Partial<CorsFacts> = {}): CorsFacts => ({
  requestId, tabId: 1, frameId: 0, url: `https://api.example.test/${requestId}`, method: 'GET', origin: 'http://localhost:3000', status: 200, preflight: false, at, ...over,
});

describe('the bounded memory of responses that may yet be refused', () => {
  test('holds at most its size, dropping the oldest first', () => {
    const memo = new CorsMemo();
    for (let i = 0; i < CORS_MEMO_SIZE + 50; i++) memo.remember(facts(String(i), 1000 + i));
    expect(memo.count).toBe(CORS_MEMO_SIZE);
    expect(memo.get('0', 2000)).toBeUndefined();
    expect(memo.get('49', 2000)).toBeUndefined();
    expect(memo.get('50', 2000)).toMatchObject({ requestId: '50' });
    expect(memo.get(String(CORS_MEMO_SIZE + 49), 2000)).toBeDefined();
  });

  test('forgets what is older than its age, on read and as new facts arrive', () => {
    const memo = new CorsMemo();
    memo.remember(facts('old', 0));
    expect(memo.get('old', CORS_MEMO_AGE_MS)).toBeDefined();
    expect(memo.get('old', CORS_MEMO_AGE_MS + 1)).toBeUndefined();
    memo.remember(facts('new', CORS_MEMO_AGE_MS + 5));
    expect(memo.count).toBe(1);
  });

  test('take removes; a second take finds nothing', () => {
    const memo = new CorsMemo();
    memo.remember(facts('1', 0));
    expect(memo.take('1', 10)).toMatchObject({ requestId: '1' });
    expect(memo.take('1', 10)).toBeUndefined();
    expect(memo.count).toBe(0);
  });

  test('a redirect reports headers again under the same id: the newest facts are kept', () => {
    const memo = new CorsMemo();
    memo.remember(facts('1', 0, { status: 302 }));
    memo.remember(facts('1', 5, { status: 200 }));
    expect(memo.count).toBe(1);
    expect(memo.get('1', 10)?.status).toBe(200);
  });

  test('takeNewest takes the newest fresh match only', () => {
    const memo = new CorsMemo();
    memo.remember(facts('a', 0, { url: 'https://api.example.test/x', preflight: true }));
    memo.remember(facts('b', 10, { url: 'https://api.example.test/x', preflight: true }));
    memo.remember(facts('c', 20, { url: 'https://api.example.test/y', preflight: true }));
    const isX = (f: CorsFacts) => f.url === 'https://api.example.test/x';
    expect(memo.takeNewest(isX, 30)?.requestId).toBe('b');
    expect(memo.takeNewest(isX, 30)?.requestId).toBe('a');
    expect(memo.takeNewest(isX, 30)).toBeUndefined();
    expect(memo.takeNewest(() => true, 20 + CORS_MEMO_AGE_MS + 1)).toBeUndefined(); // 'c' is too old
  });
});
