import { describe, expect, test } from 'vitest';
import { readWholeLog, type LogPageReader } from './paged-log';
import type { LogEntry, TabLogView } from '../shared/types';
import { entry } from '../background/test-helpers';

/** A fake background holding `log`, answering pages of `size` entries. */
function server(log: LogEntry[], size: number, version = { v: 1 }) {
  const calls: number[] = [];
  const read: LogPageReader = async (tabId, known, offset) => {
    calls.push(offset);
    if (known === version.v && offset === 0) return { tabId, version: version.v, unchanged: true };
    const view: TabLogView = { tabId, version: version.v, entries: log.slice(offset, offset + size), offset, total: log.length, dropped: 0 };
    return view;
  };
  return { read, calls, version };
}

describe('reading a log page by page', () => {
  test('joins all pages in order', async () => {
    const log = Array.from({ length: 250 }, () => entry());
    const s = server(log, 100);
    const view = await readWholeLog(s.read, 1);
    expect(view.entries!.map((e) => e.id)).toEqual(log.map((e) => e.id));
    expect(s.calls).toEqual([0, 100, 200]);
  });

  test('an unchanged log costs one call', async () => {
    const s = server([entry()], 100);
    expect(await readWholeLog(s.read, 1, 1)).toMatchObject({ unchanged: true });
    expect(s.calls).toEqual([0]);
  });

  test('starts over when the log changes between pages', async () => {
    const log = Array.from({ length: 150 }, () => entry());
    const s = server(log, 100);
    const read: LogPageReader = async (tabId, known, offset) => {
      const page = await s.read(tabId, known, offset);
      if (s.calls.length === 1) {
        log.unshift(entry()); // a new failure arrives after the first page
        s.version.v++;
      }
      return page;
    };
    const view = await readWholeLog(read, 1);
    expect(view.entries).toHaveLength(151);
    expect(view.entries![0]!.id).toBe(log[0]!.id);
    expect(new Set(view.entries!.map((e) => e.id)).size).toBe(151);
  });

  test('asks for the pages after the first all at once', async () => {
    const s = server(Array.from({ length: 450 }, () => entry()), 100);
    let inFlight = 0, most = 0;
    const read: LogPageReader = async (...args) => {
      most = Math.max(most, ++inFlight);
      await new Promise((r) => setTimeout(r, 1));
      inFlight--;
      return s.read(...args);
    };
    expect((await readWholeLog(read, 1)).entries).toHaveLength(450);
    expect(s.calls).toEqual([0, 100, 200, 300, 400]);
    expect(most).toBe(4);
  });
});
