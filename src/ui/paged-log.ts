import type { TabLogView } from '../shared/types';

/** Asks the background for one page of a tab's log (see the `getLog` message). */
export type LogPageReader = (tabId: number, knownVersion: number | undefined, offset: number) => Promise<TabLogView>;

/**
 * Reads a whole tab log page by page, so no single message has to carry all of it. The first page
 * tells the total; the others are asked for all at once (the popup waits for one round trip, not
 * five). If the log changes between pages (a new failure arrives), it starts over, at most a few
 * times; then it returns what the last pass read, which is still a consistent newest-first prefix.
 */
export async function readWholeLog(read: LogPageReader, tabId: number, knownVersion?: number, tries = 3): Promise<TabLogView> {
  let first = await read(tabId, knownVersion, 0);
  for (let attempt = 0; ; attempt++) {
    if (first.unchanged || first.entries === undefined) return first;
    const entries = [...first.entries];
    const pageSize = first.entries.length;
    const offsets: number[] = [];
    if (first.total !== undefined && pageSize > 0) for (let offset = pageSize; offset < first.total; offset += pageSize) offsets.push(offset);
    const pages = await Promise.all(offsets.map((offset) => read(tabId, undefined, offset)));
    let consistent = true;
    for (const [i, page] of pages.entries()) {
      if (page.version !== first.version || !page.entries?.length || page.offset !== offsets[i]) {
        consistent = page.version === first.version;
        break;
      }
      entries.push(...page.entries);
    }
    if (consistent || attempt + 1 >= tries) return { ...first, entries, offset: 0, total: entries.length };
    first = await read(tabId, undefined, 0);
  }
}
