import type { LogEntry } from '../shared/types';
import { ruleCounts, type IgnoreRule } from '../shared/noise';
import type { TabLogs } from './tab-log';

type Logs = Pick<TabLogs, 'tabIds' | 'size' | 'snapshotIterator'>;

/**
 * How many failures each rule hides now, across every tab's log: the live counts of the settings
 * page. An entry counts for the first rule that matches it (noise.ts ruleCounts), as the list and
 * the badge decide.
 */
export function ignoreCounts(rules: readonly IgnoreRule[], logs: Logs): number[] {
  return ruleCounts(rules, everyEntry(logs));
}

function* everyEntry(logs: Logs): Generator<LogEntry> {
  for (const tabId of logs.tabIds()) {
    // size() trims a log past its bound first, so nothing the list no longer shows is counted.
    if (logs.size(tabId) > 0) yield* logs.snapshotIterator(tabId);
  }
}
