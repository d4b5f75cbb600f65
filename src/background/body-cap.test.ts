import { describe, expect, test } from 'vitest';
import { bodyCapBytes, capBody } from './body-cap';
import { LIMITS } from '../shared/limits';
import type { CapturedBody } from '../shared/types';

const body = (text: string, over: Partial<CapturedBody> = {}): CapturedBody => ({ source: 'network', binary: false, text, keptSize: new TextEncoder().encode(text).length, truncated: false, ...over });

describe('capBody', () => {
  test('a body within the cap is the same object', () => {
    const b = body('x'.repeat(100));
    expect(capBody(b, 100)).toBe(b);
    const binary: CapturedBody = { source: 'network', binary: true, keptSize: 0, fullSize: 5000, truncated: false };
    expect(capBody(binary, 16)).toBe(binary);
  });

  test('a longer one is cut, says so, and keeps its full size', () => {
    const cut = capBody(body('a'.repeat(5000)), 1024);
    expect(cut).toMatchObject({ text: 'a'.repeat(1024), keptSize: 1024, fullSize: 5000, truncated: true });
  });

  test('the cut never splits a character, and counts bytes, not characters', () => {
    const text = '€'.repeat(400); // 3 bytes each
    const cut = capBody(body(text), 1000);
    expect(cut.text).toBe('€'.repeat(333));
    expect(cut.keptSize).toBe(999);
    expect(cut.fullSize).toBe(1200);
    const emoji = capBody(body('😀'.repeat(10)), 10); // 4 bytes each
    expect(emoji.text).toBe('😀😀');
    expect(emoji.text).not.toContain('\uFFFD');
  });

  test('a body the capture had already cut keeps the size the capture counted, or none if unknown', () => {
    expect(capBody(body('b'.repeat(3000), { truncated: true, fullSize: 3_000_000 }), 1024)).toMatchObject({ keptSize: 1024, fullSize: 3_000_000, truncated: true });
    expect(capBody(body('b'.repeat(3000), { truncated: true }), 1024).fullSize).toBeUndefined();
  });

  test('a rendered document counts characters, as its kept size always has', () => {
    const cut = capBody(body('é'.repeat(2000), { source: 'rendered-document', keptSize: 2000 }), 1024);
    expect(cut).toMatchObject({ keptSize: 512, fullSize: 2000, truncated: true });
  });
});

test('the setting never lifts the hard ceiling', () => {
  expect(bodyCapBytes(16)).toBe(16 * 1024);
  expect(bodyCapBytes(256)).toBe(LIMITS.bodyBytes);
  expect(bodyCapBytes(1024 as never)).toBe(LIMITS.bodyBytes);
});
