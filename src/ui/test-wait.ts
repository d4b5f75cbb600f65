import { act } from 'preact/test-utils';

/** For component tests: lets pending source calls answer, and the effects they trigger run. */
export async function settle(rounds = 3): Promise<void> {
  for (let i = 0; i < rounds; i++) await act(() => new Promise((r) => setTimeout(r, 0)));
}

/** Waits, in real time, until `ok` holds (lazily loaded chunks, debounced searches). */
export async function eventually(ok: () => boolean, ms = 5000): Promise<void> {
  const until = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > until) throw new Error('timed out');
    await act(() => new Promise((r) => setTimeout(r, 10)));
  }
}
