import { describe, expect, it } from 'vitest';
import { DIFF_LIMITS, comparable, diffHeaders, diffLines } from './diff';

const h = (name: string, value: string) => ({ name, value });

describe('diffHeaders', () => {
  it('marks each name as same, changed, removed or added, by name in any case', () => {
    const before = [h('Content-Type', 'application/json'), h('ETag', '"v12"'), h('Retry-After', '5'), h('Date', 'a')];
    const after = [h('content-type', 'application/json'), h('etag', '"v13"'), h('Date', 'b'), h('X-Seen-Origin', 'https://app.test')];
    expect(diffHeaders(before, after)).toEqual([
      { name: 'content-type', before: 'application/json', after: 'application/json', change: 'same' },
      { name: 'etag', before: '"v12"', after: '"v13"', change: 'changed' },
      { name: 'Retry-After', before: '5', change: 'removed' },
      { name: 'Date', before: 'a', after: 'b', change: 'changed' },
      { name: 'X-Seen-Origin', after: 'https://app.test', change: 'added' },
    ]);
  });

  it('joins repeated headers before comparing', () => {
    expect(diffHeaders([h('Vary', 'Accept'), h('Vary', 'Origin')], [h('Vary', 'Accept, Origin')])).toEqual([{ name: 'Vary', before: 'Accept, Origin', after: 'Accept, Origin', change: 'same' }]);
  });

  it('compares nothing with nothing', () => {
    expect(diffHeaders([], [])).toEqual([]);
  });
});

describe('diffLines', () => {
  it('keeps common lines and marks removed and added ones in order', () => {
    expect(diffLines('a\nb\nc\nd', 'a\nB\nc\nd\ne').lines).toEqual([
      { kind: 'same', text: 'a' },
      { kind: 'removed', text: 'b' },
      { kind: 'added', text: 'B' },
      { kind: 'same', text: 'c' },
      { kind: 'same', text: 'd' },
      { kind: 'added', text: 'e' },
    ]);
  });

  it('shows a JSON member that changed as one changed line', () => {
    const before = comparable('{"error":"edit_conflict","currentVersion":12}');
    const after = comparable('{"id":7,"title":"Q4 plan","version":13}');
    const { lines, cut } = diffLines(before, after);
    expect(cut).toBe(false);
    expect(lines.filter((l) => l.kind === 'removed').map((l) => l.text)).toEqual(['  "error": "edit_conflict",', '  "currentVersion": 12']);
    expect(lines.filter((l) => l.kind === 'added').map((l) => l.text)).toEqual(['  "id": 7,', '  "title": "Q4 plan",', '  "version": 13']);
    expect(lines.filter((l) => l.kind === 'same').map((l) => l.text)).toEqual(['{', '}']);
  });

  it('leaves text that is not JSON as it is, and handles empty bodies', () => {
    expect(comparable('{not json')).toBe('{not json');
    expect(comparable(undefined)).toBe('');
    expect(diffLines('', 'x').lines).toEqual([{ kind: 'added', text: 'x' }]);
    expect(diffLines('x', '').lines).toEqual([{ kind: 'removed', text: 'x' }]);
    expect(diffLines('', '').lines).toEqual([]);
  });

  it('stays bounded on large inputs: lines past the limit are not compared, and says so', () => {
    const many = Array.from({ length: DIFF_LIMITS.lines + 500 }, (_, i) => `line ${i}`).join('\n');
    const other = Array.from({ length: DIFF_LIMITS.lines + 500 }, (_, i) => `other ${i}`).join('\n');
    const started = Date.now();
    const { lines, cut } = diffLines(many, other);
    expect(cut).toBe(true);
    expect(lines).toHaveLength(2 * DIFF_LIMITS.lines);
    expect(Date.now() - started).toBeLessThan(3000);
  });
});
