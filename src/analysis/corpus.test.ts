import { describe, expect, it } from 'vitest';
import { analyzeResponse } from './index';
import { corpus, toResponse } from './corpus/index';
import type { FormatId } from './ids';

const NOW = Date.UTC(2024, 4, 2, 9, 0, 0);

describe('corpus: real-shaped error bodies', () => {
  it('has at least two samples of each main format', () => {
    const counts = new Map<FormatId, number>();
    for (const s of corpus) counts.set(s.expect.format, (counts.get(s.expect.format) ?? 0) + 1);
    const required: FormatId[] = ['problem-details', 'jsonapi', 'graphql', 'spring-boot', 'django-rest-framework', 'rails', 'laravel', 'express', 'fastify', 'hapi-boom', 'couchdb', 'github', 'stripe', 'google', 'odata', 'aws-xml', 'html', 'plain-text'];
    for (const format of required) expect(counts.get(format) ?? 0, format).toBeGreaterThanOrEqual(2);
    expect((counts.get('aspnet-validation-problem') ?? 0) + (counts.get('aspnet-problem-details') ?? 0)).toBeGreaterThanOrEqual(2);
  });

  it.each(corpus.map((s) => [s.name, s] as const))('%s', (_name, sample) => {
    const result = analyzeResponse(toResponse(sample), { now: NOW });
    const e = sample.expect;
    expect(result.error?.format).toBe(e.format);
    if (e.message !== undefined) expect(result.error?.message).toBe(e.message);
    if (e.code !== undefined) expect(result.error?.code).toBe(e.code);
    if (e.fields !== undefined) expect(result.error?.fields).toEqual(e.fields);
    if (e.traceId !== undefined) expect(result.error?.traceId).toBe(e.traceId);
    if (e.docsUrl !== undefined) expect(result.error?.docsUrl).toBe(e.docsUrl);
    const ids = result.suggestions.map((s) => s.id);
    if (e.first !== undefined) expect(ids[0]).toBe(e.first);
    for (const id of e.ids ?? []) expect(ids).toContain(id);
    const evidence = result.suggestions.flatMap((s) => s.evidence);
    for (const line of e.evidence ?? []) expect(evidence).toContain(line);
    // Every failing response gets advice, and every piece of advice has evidence from this response.
    expect(result.suggestions.length).toBeGreaterThan(0);
    for (const s of result.suggestions) expect(s.evidence.length, s.id).toBeGreaterThan(0);
  });
});
