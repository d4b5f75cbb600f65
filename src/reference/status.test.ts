import { describe, expect, test } from 'vitest';
import facts from './data/status-codes/index';
import en from './data/en/index';
import zhCN from './data/zh-CN/index';
import { getStatusReference, listStatusReferences } from './index';
import { loadReference } from './load';
import type { Locale, StatusCode, StatusProse } from './types';

/**
 * The status codes' facts are stored once and each language writes only prose for them: every
 * code has prose in each language and no prose is left without a code; each piece of prose
 * matches the part of the facts it belongs to (one `why` per header, one title per example, one
 * title per untitled link); and where a language keeps its own copy of an example's message, it
 * changes only text, never the request or status line or which headers are sent.
 */
const PROSE: [Locale, Record<StatusCode, StatusProse>][] = [['en', en], ['zh-CN', zhCN]];

/** The start line and the header names of a raw HTTP/1.1 message; an annotation such as "(no response…)" counts as its start line. */
function frame(message: string): { start: string; headers: string[] } {
  const [head = ''] = message.split('\n\n');
  const [start = '', ...fields] = head.split('\n');
  return { start: /^[(（]/.test(start) ? '(annotation)' : start, headers: fields.map((f) => f.slice(0, f.indexOf(':'))) };
}

test('the facts list each status code once, sorted by code', () => {
  const codes = facts.map((f) => f.code);
  expect(codes).toEqual([...codes].sort((a, b) => a - b));
  expect(new Set(codes).size).toBe(codes.length);
  expect(codes.length).toBeGreaterThan(70);
});

describe.each(PROSE)('%s prose', (locale, prose) => {
  test('covers exactly the codes of the facts', () => {
    expect(Object.keys(prose).map(Number).sort((a, b) => a - b)).toEqual(facts.map((f) => f.code));
  });

  test.each(facts.map((f) => [f.code, f] as const))('%i matches its facts piece by piece', (code, f) => {
    const p = prose[code];
    expect(Object.keys(p.headers), 'one why per header, in the same order').toEqual(f.headers.map((h) => h.name));
    expect(p.examples.length, 'one title per example').toBe(f.examples.length);
    expect(p.linkTitles.length, 'one title per link without one').toBe(f.references.filter((l) => l.title === undefined).length);
    for (const l of f.references) if (typeof l.url !== 'string') expect(Object.keys(l.url).sort()).toEqual(['en', 'zh-CN']);
    p.examples.forEach((x, i) => {
      for (const part of ['request', 'response'] as const) {
        const own = x[part];
        if (own === undefined) continue;
        const neutral = f.examples[i]![part];
        expect(own, `${code} example ${i} ${part}: a copy that changes nothing`).not.toBe(neutral);
        expect(frame(own), `${code} example ${i} ${part}`).toEqual(frame(neutral));
      }
    });
  });
});

test('English is the language of the facts: its reason is the official one, and it keeps no copy of a message', () => {
  for (const f of facts) {
    expect(en[f.code].localReason, `${f.code}`).toBe(f.reason);
    for (const x of en[f.code].examples) expect([x.request, x.response], `${f.code}`).toEqual([undefined, undefined]);
  }
});

test('assembled entries carry the shared facts and each language\'s prose and links', () => {
  const enEntry = getStatusReference(400, 'en')!;
  const zhEntry = getStatusReference(400, 'zh-CN')!;
  expect(zhEntry.examples[0]!.request).toBe(enEntry.examples[0]!.request);
  expect(zhEntry.examples[0]!.title).toBe('JSON 格式错误');
  expect(enEntry.references.at(-1)).toEqual({ title: 'MDN: 400 Bad Request', url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/400' });
  expect(zhEntry.references.at(-1)).toEqual({ title: 'MDN：400 Bad Request', url: 'https://developer.mozilla.org/zh-CN/docs/Web/HTTP/Reference/Status/400' });
  expect(zhEntry.headers.map((h) => [h.name, h.requirement])).toEqual(enEntry.headers.map((h) => [h.name, h.requirement]));
});

test.each(['en', 'zh-CN'] as const)('the lazily loaded %s reference is the same as the one index.ts builds', async (locale) => {
  expect(await loadReference(locale)).toEqual(listStatusReferences(locale));
});
