import { describe, expect, test } from 'vitest';
import { storedSections } from './section-state';

/** A Storage as localStorage behaves, optionally failing on write (quota, disabled storage). */
function fakeStorage(initial: Record<string, string> = {}, failWrites = false): Storage {
  const data = new Map(Object.entries(initial));
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (key) => data.get(key) ?? null,
    key: (i) => [...data.keys()][i] ?? null,
    removeItem: (key) => void data.delete(key),
    setItem: (key, value) => {
      if (failWrites) throw new DOMException('quota', 'QuotaExceededError');
      data.set(key, String(value));
    },
  };
}

describe("the popup's remembered sections", () => {
  test('a state set in one popup is read by the next', () => {
    const storage = fakeStorage();
    const first = storedSections(storage);
    expect(first.isOpen('response-headers')).toBeUndefined();
    first.setOpen('response-headers', true);
    first.setOpen('response-body', false);
    const next = storedSections(storage);
    expect(next.isOpen('response-headers')).toBe(true);
    expect(next.isOpen('response-body')).toBe(false);
    expect(next.isOpen('evidence')).toBeUndefined();
  });

  test('two popups open at once do not undo each other', () => {
    const storage = fakeStorage();
    const a = storedSections(storage);
    const b = storedSections(storage);
    a.setOpen('details', true);
    b.setOpen('reference', true);
    const c = storedSections(storage);
    expect([c.isOpen('details'), c.isOpen('reference')]).toEqual([true, true]);
  });

  test('what is not ours, or not a boolean, is ignored', () => {
    for (const stored of ['not json', '[1,2]', 'null', '{"details":"yes","evidence":true,"__proto__":{"reference":true},"other":true}']) {
      const s = storedSections(fakeStorage({ 'statuslens.detailSections': stored }));
      expect(s.isOpen('details')).toBeUndefined();
      expect(s.isOpen('reference')).toBeUndefined();
    }
    expect(storedSections(fakeStorage({ 'statuslens.detailSections': '{"evidence":true}' })).isOpen('evidence')).toBe(true);
  });

  test('storage that refuses writes still remembers for this popup', () => {
    const s = storedSections(fakeStorage({}, true));
    s.setOpen('details', true);
    expect(s.isOpen('details')).toBe(true);
  });
});
