import type { TabLogView } from '../shared/types';

/** Asks the background for one page of a tab's log (see the `getLog` message). */
export type LogPageReader = (tabId: number, knownVersion: number | undefined, offset: number) => Promise<TabLogView>;

/**
 * Reads a whole tab log page by page, so no single message has to carry all of it. If the log
 * changes between pages (a new failure arrives), it starts over, at most a few times; then it
 * returns what the last pass read, which is still a consistent newest-first prefix.
 */
export async function readWholeLog(read: LogPageReader, tabId: number, knownVersion?: number, tries = 3): Promise<TabLogView> {
  let first = await read(tabId, knownVersion, 0);
  for (let attempt = 0; ; attempt++) {
    if (first.unchanged || first.entries === undefined) return first;
    const entries = [...first.entries];
    let consistent = true;
    while (first.total !== undefined && entries.length < first.total) {
      const page = await read(tabId, undefined, entries.length);
      if (page.version !== first.version || !page.entries?.length) {
        consistent = page.version === first.version;
        break;
      }
      entries.push(...page.entries);
    }
    if (consistent || attempt + 1 >= tries) return { ...first, entries, offset: 0, total: entries.length };
    first = await read(tabId, undefined, 0);
  }
}
