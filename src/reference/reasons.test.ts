import { describe, expect, test } from 'vitest';
import facts from './data/status-codes/index';
import { reasonPhrase } from './reasons';

describe('the reason phrase table', () => {
  test('has every code of the reference, with its reason, and nothing else', () => {
    for (const f of facts) expect(reasonPhrase(f.code), String(f.code)).toBe(f.reason);
    for (let code = 100; code < 600; code++) if (!facts.some((f) => f.code === code)) expect(reasonPhrase(code), String(code)).toBeUndefined();
  });
});
