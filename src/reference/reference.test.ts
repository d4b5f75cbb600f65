import { describe, expect, test } from 'vitest';
import { STATUS_CODES } from 'node:http';
import statuses from 'statuses';
import { getStatusReference, listStatusReferences } from './index';
import { searchReferences } from './search';
import type { Locale, StatusReference } from './types';

const LOCALES: Locale[] = ['en', 'zh-CN'];

/** The IANA registry's codes, cross-checked against two independent lists, plus the ones they omit. */
const nodeCodes = Object.keys(STATUS_CODES).map(Number);
const statusesCodes = statuses.codes;
const IANA_EXTRA = [104, 306]; // 104 (temporary registration) and 306 (Unused) are in the registry but in neither list
const UNOFFICIAL = [444, 499, 509, 520, 521, 522, 523, 524, 525, 526];
const REQUIRED = [...new Set([...nodeCodes, ...statusesCodes, ...IANA_EXTRA, ...UNOFFICIAL])].sort((a, b) => a - b);

const isFull = (code: number) => code >= 400;

describe.each(LOCALES)('reference data (%s)', (locale) => {
  const entries = listStatusReferences(locale);

  test('every registry code and every common unofficial code is present', () => {
    const codes = entries.map((e) => e.code);
    for (const code of REQUIRED) expect(codes, `missing ${code}`).toContain(code);
    expect(nodeCodes.length).toBeGreaterThan(55); // the outside lists really were read
    expect(statusesCodes.length).toBeGreaterThan(55);
  });

  test('sorted by code, each code once, category matching its class', () => {
    const codes = entries.map((e) => e.code);
    expect(codes).toEqual([...codes].sort((a, b) => a - b));
    expect(new Set(codes).size).toBe(codes.length);
    const category = ['informational', 'success', 'redirection', 'client-error', 'server-error'];
    for (const e of entries) expect(e.category, `${e.code}`).toBe(category[Math.floor(e.code / 100) - 1]);
  });

  test('standing: obsolete and unofficial codes are marked, unofficial ones with their origin', () => {
    for (const code of [305, 306, 418, 510]) expect(getStatusReference(code, locale)?.standing, `${code}`).toBe('obsolete');
    for (const code of UNOFFICIAL) {
      const e = getStatusReference(code, locale)!;
      expect(e.standing, `${code}`).toBe('unofficial');
      expect(e.origin?.trim(), `${code} origin`).toBeTruthy();
    }
    for (const code of [200, 404, 409, 429, 503]) expect(getStatusReference(code, locale)?.standing).toBe('standard');
  });

  test('reason phrases as RFC 9110 names them today', () => {
    expect(getStatusReference(413, locale)?.reason).toBe('Content Too Large');
    expect(getStatusReference(422, locale)?.reason).toBe('Unprocessable Content');
    expect(getStatusReference(409, locale)?.reason).toBe('Conflict');
    expect(getStatusReference(306, locale)?.reason).toBe('(Unused)');
  });

  test('no required section is empty', () => {
    const filled = (s: string | undefined) => typeof s === 'string' && s.trim().length > 0;
    for (const e of entries) {
      const where = `${locale} ${e.code}`;
      for (const field of ['reason', 'localReason', 'summary', 'meaning'] as const) expect(filled(e[field]), `${where} ${field}`).toBe(true);
      expect(e.headers.length, `${where} headers`).toBeGreaterThan(0);
      expect(e.references.length, `${where} references`).toBeGreaterThan(0);
      for (const h of e.headers) expect(filled(h.name) && filled(h.why), `${where} header ${h.name}`).toBe(true);
      if (!isFull(e.code)) continue;
      expect(filled(e.responseBody), `${where} responseBody`).toBe(true);
      for (const list of ['whenToUse', 'howToRespond', 'pitfalls', 'clientFixes', 'examples', 'related'] as const) {
        expect(e[list].length, `${where} ${list}`).toBeGreaterThan(0);
      }
      for (const list of [e.whenToUse, e.howToRespond, e.pitfalls, e.clientFixes]) for (const item of list) expect(filled(item), where).toBe(true);
      for (const x of e.examples) expect(filled(x.title) && filled(x.request) && filled(x.response), `${where} example`).toBe(true);
    }
  });

  test('every URL is well formed, and each standard code links its RFC', () => {
    for (const e of entries) {
      for (const r of e.references) {
        expect(() => new URL(r.url), `${e.code} ${r.url}`).not.toThrow();
        expect(new URL(r.url).protocol, `${e.code} ${r.url}`).toBe('https:');
        expect(r.title.trim(), `${e.code} link title`).toBeTruthy();
      }
      if (e.standing !== 'unofficial') expect(e.references.some((r) => r.url.startsWith('https://www.rfc-editor.org/rfc/')), `${e.code} RFC link`).toBe(true);
    }
    const mdn = getStatusReference(409, locale)!.references.find((r) => r.url.includes('developer.mozilla.org'));
    expect(mdn?.url).toMatch(/\/Status\/409$/);
  });

  test('every related code exists, and none is the code itself', () => {
    const codes = new Set(entries.map((e) => e.code));
    for (const e of entries) for (const r of e.related) {
      expect(codes.has(r), `${e.code} → ${r}`).toBe(true);
      expect(r).not.toBe(e.code);
    }
  });

  test('the summary is one short sentence', () => {
    for (const e of entries) expect(e.summary.length, `${e.code}`).toBeLessThanOrEqual(200);
  });
});

describe('both languages', () => {
  const en = listStatusReferences('en');
  const zh = listStatusReferences('zh-CN');
  const shape = (e: StatusReference) => ({
    code: e.code, reason: e.reason, category: e.category, standing: e.standing, related: e.related, retry: e.retry,
    cacheableByDefault: e.cacheableByDefault, headers: e.headers.map((h) => [h.name, h.requirement]), examples: e.examples.length,
    keys: Object.keys(e).filter((k) => (e as unknown as Record<string, unknown>)[k] !== undefined).sort(),
    lists: [e.whenToUse, e.howToRespond, e.pitfalls, e.clientFixes].map((l) => l.length > 0),
  });

  test('have the same codes and the same sections', () => {
    expect(zh.map((e) => e.code)).toEqual(en.map((e) => e.code));
    zh.forEach((e, i) => expect(shape(e), `${e.code}`).toEqual(shape(en[i]!)));
  });

  test('the Chinese is written in Chinese', () => {
    const han = /[\u4e00-\u9fff]/;
    for (const e of zh) {
      expect(han.test(e.summary), `${e.code} summary`).toBe(true);
      expect(han.test(e.meaning), `${e.code} meaning`).toBe(true);
    }
    expect(getStatusReference(409, 'zh-CN')?.localReason).toContain('冲突');
  });
});

describe('search', () => {
  const codes = (locale: Locale, q: string) => searchReferences(listStatusReferences(locale), q).map((e) => e.code);
  test('by number, name and words, in both languages', () => {
    expect(codes('en', '409')[0]).toBe(409);
    expect(codes('en', '50')).toEqual(expect.arrayContaining([500, 501, 502, 503, 504]));
    expect(codes('en', 'conflict')[0]).toBe(409);
    expect(codes('en', 'duplicate')).toContain(409);
    expect(codes('en', 'rate limit')).toContain(429);
    expect(codes('en', 'expired token')).toContain(401);
    expect(codes('en', 'teapot')).toContain(418);
    expect(codes('zh-CN', '冲突')).toContain(409);
    expect(codes('zh-CN', '限流')).toContain(429);
    expect(codes('en', 'no such words anywhere qqq')).toEqual([]);
  });
});
