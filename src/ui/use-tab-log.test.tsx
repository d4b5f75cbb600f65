// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { useTabLog, type TabLog, type TabLogOptions } from './use-tab-log';
import { FakeLogSource } from './fake-source';
import { entry } from '../background/test-helpers';

let root: HTMLElement | undefined;
afterEach(() => {
  if (root) render(null, root);
  root?.remove();
  root = undefined;
});

/** Renders the hook in a bare component and hands back its latest result. */
async function mountHook(source: FakeLogSource, options: TabLogOptions) {
  const state: { current?: TabLog } = {};
  function Probe() {
    state.current = useTabLog(source, options);
    return null;
  }
  root = document.createElement('div');
  document.body.append(root);
  await act(() => render(<Probe />, root!));
  await settle();
  return { get log() { return state.current!; } };
}

/** Lets pending source calls answer and the effects they trigger run. */
const settle = () => act(() => new Promise((r) => setTimeout(r, 0)));

/** Waits, in real time, until `ok` holds. */
async function eventually(ok: () => boolean, ms = 2000) {
  const until = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > until) throw new Error('timed out');
    await act(() => new Promise((r) => setTimeout(r, 10)));
  }
}

const SLOW = 60_000; // no second poll during a test, unless the test asks for one

describe('useTabLog', () => {
  test('reads the tab log on mount, then asks only for changes', async () => {
    const a = entry({ statusCode: 500 });
    const b = entry({ statusCode: 404, previousPage: true });
    const source = new FakeLogSource(7, [a, b]);
    const hook = await mountHook(source, { tabId: 7, refreshMs: 20 });
    expect(hook.log.tabId).toBe(7);
    expect(hook.log.entries.map((e) => e.id)).toEqual([a.id, b.id]);
    expect(hook.log.log?.version).toBe(1);
    expect(source.calls.getLog[0]).toEqual([7, undefined]);
    await eventually(() => source.calls.getLog.length >= 3);
    expect(source.calls.getLog.slice(1).every(([tab, known]) => tab === 7 && known === 1)).toBe(true);

    const c = entry({ statusCode: 503 });
    source.add(7, c);
    await eventually(() => hook.log.entries.length === 3);
    expect(hook.log.entries[0]!.id).toBe(c.id);
    expect(hook.log.log?.version).toBe(2);
  });

  test('lists tabs only when asked', async () => {
    const source = new FakeLogSource(1);
    source.tabs = [{ tabId: 1, count: 0 }];
    let hook = await mountHook(source, { tabId: 1, refreshMs: SLOW });
    expect(source.calls.listTabs).toBe(0);
    expect(hook.log.tabsWithLogs).toEqual([]);
    render(null, root!);
    hook = await mountHook(source, { tabId: 1, listTabs: true, refreshMs: SLOW });
    expect(source.calls.listTabs).toBe(1);
    expect(hook.log.tabsWithLogs).toEqual(source.tabs);
  });

  test('without a tab, no log is read', async () => {
    const source = new FakeLogSource();
    const hook = await mountHook(source, { refreshMs: SLOW });
    expect(source.calls.getLog).toEqual([]);
    expect(hook.log.entries).toEqual([]);
    expect(hook.log.error).toBeUndefined();
  });

  test('a failing source shows its error until a read succeeds', async () => {
    const source = new FakeLogSource(1, [entry()]);
    source.failure = 'Could not establish connection';
    const hook = await mountHook(source, { tabId: 1, refreshMs: 20 });
    expect(hook.log.error).toBe('Could not establish connection');
    expect(hook.log.entries).toEqual([]);
    source.failure = undefined;
    await eventually(() => hook.log.error === undefined);
    expect(hook.log.entries).toHaveLength(1);
  });

  test('the selected entry is read in full, and again, revealed, when asked', async () => {
    const a = entry({ masked: 'revealable', body: { source: 'network', binary: false, keptSize: 2, truncated: false, text: '{}' } });
    const source = new FakeLogSource(3, [a, entry()]);
    const hook = await mountHook(source, { tabId: 3, refreshMs: SLOW });
    expect(hook.log.entries[0]!.body?.text).toBeUndefined(); // the list carries no body text
    await act(() => hook.log.select(a.id));
    await settle();
    expect(hook.log.selectedId).toBe(a.id);
    expect(hook.log.selected?.body?.text).toBe('{}');
    expect(source.calls.getEntry).toEqual([[3, a.id, false]]);
    expect(hook.log.revealed).toBe(false);

    await act(() => hook.log.reveal(true));
    await settle();
    expect(hook.log.revealed).toBe(true);
    expect(source.calls.getEntry.at(-1)).toEqual([3, a.id, true]);

    // Choosing another entry masks secrets again.
    const other = hook.log.entries[1]!.id;
    await act(() => hook.log.select(other));
    await settle();
    expect(hook.log.revealed).toBe(false);
    expect(source.calls.getEntry.at(-1)).toEqual([3, other, false]);

    await act(() => hook.log.select(undefined));
    await settle();
    expect(hook.log.selected).toBeUndefined();
  });

  test('an entry gone from the log is no longer shown', async () => {
    const a = entry();
    const source = new FakeLogSource(1, [a]);
    const hook = await mountHook(source, { tabId: 1, refreshMs: 20 });
    await act(() => hook.log.select(a.id));
    await settle();
    expect(hook.log.selected?.id).toBe(a.id);
    source.logs.set(1, []);
    source.version++;
    await eventually(() => hook.log.entries.length === 0);
    expect(hook.log.selected).toBeUndefined();
  });

  test('clear empties the log through the source and deselects', async () => {
    const a = entry();
    const source = new FakeLogSource(5, [a]);
    const hook = await mountHook(source, { tabId: 5, refreshMs: SLOW });
    await act(() => hook.log.select(a.id));
    await act(() => hook.log.clear());
    await settle();
    expect(source.calls.clearLog).toEqual([5]);
    expect(hook.log.selectedId).toBeUndefined();
    expect(hook.log.entries).toEqual([]);
  });

  test('choosing another tab shows its log and deselects', async () => {
    const a = entry({ tabId: 1 });
    const b = entry({ tabId: 2 });
    const source = new FakeLogSource(1, [a]);
    source.logs.set(2, [b]);
    const hook = await mountHook(source, { tabId: 1, refreshMs: SLOW });
    await act(() => hook.log.select(a.id));
    await act(() => hook.log.chooseTab(2));
    await settle();
    expect(hook.log.tabId).toBe(2);
    expect(hook.log.selectedId).toBeUndefined();
    expect(hook.log.entries.map((e) => e.id)).toEqual([b.id]);
    expect(source.calls.getLog.at(-1)).toEqual([2, undefined]); // a new tab's log is read whole
  });
});
