import { describe, expect, it } from 'vitest';
import { analyzeResponse, messagesFor } from './index';
import { en } from './messages';
import type { Messages, Text } from './messages';
import { zhCN } from './messages.zh-CN';
import { corpus, toResponse } from './corpus/index';

// Every parameter any message takes, so each Text entry can be rendered in both languages.
const PARAMS = {
  field: 'email', value: 'ada@example.com', message: 'Taken', etag: '"v2"', version: 'version 2', sentIfMatch: '"v1"', sent: 'Basic', wanted: 'Bearer',
  scheme: 'Bearer', realm: 'api', description: 'expired', scope: 'repo', header: 'X-CSRF-Token', by: 'cloudflare', method: 'PUT', allowed: ['GET', 'POST'],
  offered: ['application/json'], accepted: ['application/json'], range: 'bytes=10-', size: 5, complete: true, temporary: true, server: 'nginx', length: 9000,
  largest: ['Cookie'], total: '9 KB', cookies: true, wait: '30 s', limit: 100, remaining: 0, reset: '30 s', status: 502, proxy: 'nginx', exception: 'NPE',
  id: 'abc123', names: ['email', 'age'], count: 2, error: 'Unexpected token', path: '/x', successor: 'https://x.test/v2', blockedBy: 'https://court.example/',
  origin: 'http://localhost:5173', host: 'api.example.com', hostname: 'api.example.com', port: '49151', allowOrigin: 'https://app.example.com', headers: ['content-type'], local: true,
};

type Key = keyof Messages;
// Entries that return a plain string (waits, sizes, facts shown as evidence, fix descriptions); the rest return a Text.
type StringKey = { [K in Key]: ReturnType<Messages[K]> extends string ? K : never }[Key];

// Arguments for every string entry: a new one is a type error here until it has its own.
const STRING_ARGS: { [K in StringKey]: Parameters<Messages[K]> } = {
  wait: [90], bytes: [10], factUrlLength: [9000, 8000], factBodySize: ['5.0 MB'], factHeaderSize: ['Cookie', '9 KB', 3], factNoContentType: [],
  factNoAuthorization: [], factInvalidJson: ['Unexpected token'], fixIfMatch: ['"v2"'], fixVersionSet: ['version', '11', '12'], fixVersionStale: ['version', '11', '12'], fixIfMatchFromGet: [], fixAddAuthorization: ['Bearer'],
  fixCsrf: ['X-CSRF-Token'], fixMethod: ['PATCH'], fixAccept: ['application/json'], fixContentType: ['application/json'], fixNoRange: [], fixQueryToBody: [],
  headlineCors: [], headlinePreflight: [], headlineCorsLikely: [], headlineCorsOrDown: ['49151'], fixCorsHeaders: [], fixPreflightHeaders: [], fixCorsIfSo: [], checkCors: ['http://localhost:5173'],
  checkPreflight: [], checkReach: [], factPageOrigin: ['http://localhost:5173'], factError: ['net::ERR_FAILED'], factPreflight: [403], factResponseStatus: [200],
  placeholderOrigin: [],
};
const stringKeys = Object.keys(STRING_ARGS) as StringKey[];
const textKeys = (Object.keys(en) as Key[]).filter((key) => !stringKeys.includes(key as StringKey));
const TABLES = [[en, false], [zhCN, true]] as const;

describe('messages', () => {
  // Both tables have exactly the same entries: zhCN is typed `Messages`, so the type check sees to that.

  it.each(textKeys)('%s renders a title and a detail in both languages', (key) => {
    for (const [table, cjk] of TABLES) {
      const text = (table[key] as (p: typeof PARAMS) => Text)(PARAMS);
      expect(text.title.trim().length).toBeGreaterThan(3);
      expect(text.detail.trim().length).toBeGreaterThan(20);
      expect(`${text.title}${text.detail}`).not.toMatch(/undefined|NaN|\[object Object\]/);
      expect(/[\u4e00-\u9fff]/.test(text.title + text.detail)).toBe(cjk);
    }
  });

  it.each(stringKeys)('%s renders a string in both languages', (key) => {
    for (const [table, cjk] of TABLES) {
      const out = (table[key] as (...args: unknown[]) => string)(...STRING_ARGS[key]);
      expect(out.trim().length).toBeGreaterThan(3);
      expect(out).not.toMatch(/undefined|NaN|\[object Object\]/);
      expect(/[\u4e00-\u9fff]/.test(out)).toBe(cjk);
    }
  });

  it('formats waits and sizes in each language', () => {
    expect([0, 45, 60, 90, 3600, 3725, 29.2].map(en.wait)).toEqual(['0 s', '45 s', '1 min', '1 min 30 s', '1 h', '1 h 2 min', '30 s']);
    expect(zhCN.wait(90)).toBe('1 分钟 30 秒');
    expect([512, 2048, 5 * 1048576].map(en.bytes)).toEqual(['512 bytes', '2.0 KB', '5.0 MB']);
    expect(zhCN.bytes(10)).toBe('10 字节');
  });

  it('does not repeat a full stop after a quoted sentence', () => {
    expect(en.badRequest({ message: 'Name is required.' }).detail).toContain('The server said: “Name is required.” Check');
    expect(en.badRequest({ message: 'Name is required' }).detail).toContain('The server said: “Name is required”. Check');
  });

  it('analyzeResponse speaks Chinese on request; evidence stays as received', () => {
    for (const sample of corpus.slice(0, 40)) {
      const r = toResponse(sample);
      const english = analyzeResponse(r, { now: 0 });
      const chinese = analyzeResponse(r, { locale: 'zh-CN', now: 0 });
      expect(chinese.suggestions.length, sample.name).toBeGreaterThan(0);
      expect(chinese.error).toEqual(english.error);
      expect(chinese.suggestions.map((s) => s.id)).toEqual(english.suggestions.map((s) => s.id));
      for (const [i, s] of chinese.suggestions.entries()) {
        expect(/[\u4e00-\u9fff]/.test(s.title + s.detail), `${sample.name} ${s.id}`).toBe(true);
        expect(s.evidence.filter((e) => !e.startsWith('> ('))).toEqual(english.suggestions[i]?.evidence.filter((e) => !e.startsWith('> (')));
        expect(s.fix?.curl).toBe(english.suggestions[i]?.fix?.curl);
      }
    }
    expect(analyzeResponse({ url: 'https://x.test/', method: 'GET', status: 429, requestHeaders: {}, responseHeaders: { 'retry-after': '30' } }, { locale: 'zh-CN' }).suggestions[0]?.title).toBe('请求过于频繁:请等待 30 秒');
  });

  it('falls back to English for any other locale', () => {
    expect(messagesFor('fr')).toBe(en);
    expect(messagesFor('zh')).toBe(en);
    expect(messagesFor('constructor')).toBe(en);
    expect(messagesFor(undefined)).toBe(en);
    expect(messagesFor('zh-CN')).toBe(zhCN);
  });
});
