import { describe, expect, test } from 'vitest';
import { captureStream } from './stream-capture';
import type { ResponseStreamFilter } from '../platform/browser';
import type { CapturedBody } from '../shared/types';

function fakeFilter() {
  const written: number[] = [];
  const filter: ResponseStreamFilter & { closed: number } = {
    ondata: null, onstop: null, onerror: null, error: '', closed: 0,
    write: (data) => written.push((data as ArrayBuffer).byteLength),
    close() { this.closed++; },
    disconnect() {},
  };
  return { filter, written };
}

describe('captureStream (Firefox filterResponseData)', () => {
  test('passes every chunk through at once, keeps a capped copy, and closes', () => {
    const { filter, written } = fakeFilter();
    let body: CapturedBody | undefined;
    captureStream(filter, 'text/plain; charset=utf-8', undefined, (b) => (body = b), 8);
    filter.ondata!({ data: new TextEncoder().encode('hello ').buffer as ArrayBuffer });
    expect(written).toEqual([6]); // written before the next chunk arrives
    filter.ondata!({ data: new TextEncoder().encode('world, and more').buffer as ArrayBuffer });
    expect(written).toEqual([6, 15]);
    expect(body).toBeUndefined();
    filter.onstop!();
    expect(filter.closed).toBe(1);
    expect(body).toMatchObject({ source: 'network', text: 'hello wo', truncated: true, fullSize: 21, keptSize: 8 });
  });

  test('closes on error too, and reports what it had', () => {
    const { filter } = fakeFilter();
    let body: CapturedBody | undefined;
    captureStream(filter, 'application/json', 100, (b) => (body = b));
    filter.ondata!({ data: new TextEncoder().encode('{"a":').buffer as ArrayBuffer });
    filter.onerror!();
    filter.onstop?.(); // a late stop must not report twice
    expect(filter.closed).toBe(1);
    expect(body).toMatchObject({ text: '{"a":', truncated: false });
  });
});
