import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { FORMAT_IDS, SUGGESTION_IDS } from './ids';

/** The id lists hold no duplicate and no id that nothing returns any more. */

const dir = new URL('./', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, dir), 'utf8');
const folder = (sub: string) => readdirSync(new URL(sub, dir)).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts')).map((name) => read(sub + name));
// Where ids are produced: suggestions by the rules and the fallback, formats by the readers and analyzeResponse.
const suggesting = [...folder('rules/'), read('suggest.ts'), read('cors.ts'), read('failure-context.ts'), read('network-failure.ts')].join('\n');
const reading = [...folder('formats/'), read('index.ts')].join('\n');

describe('ids', () => {
  it('are unique', () => {
    expect(new Set(FORMAT_IDS).size).toBe(FORMAT_IDS.length);
    expect(new Set(SUGGESTION_IDS).size).toBe(SUGGESTION_IDS.length);
  });

  // `.make('id'`, or an id table such as cors.ts's problem → id.
  it('every suggestion id is made by a rule (or the fallback)', () => {
    const made = new Set([...suggesting.matchAll(/\.make\('([a-z-]+)'/g), ...suggesting.matchAll(/^\s+'?[a-z-]+'?: '([a-z-]+)',$/gm)].map((m) => m[1]));
    expect(SUGGESTION_IDS.filter((id) => !made.has(id))).toEqual([]);
  });

  it('every format id is named by a reader (or by analyzeResponse for `empty`)', () => {
    expect(FORMAT_IDS.filter((id) => !reading.includes(`'${id}'`))).toEqual([]);
  });
});
