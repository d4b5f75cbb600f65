import type { LogEntry, TabLogSnapshot } from '../shared/types';

/**
 * Prepares snapshots for storage.session within a budget of body characters: the newest
 * bodies are kept, older ones are stored without their text (marked `dropped: 'storage'`).
 * Chrome gives storage.session 10 MB in all (chrome.storage.session QUOTA_BYTES).
 */
export function fitToStorage(snapshots: TabLogSnapshot[], budgetChars: number): TabLogSnapshot[] {
  const all: { entry: LogEntry; tab: number; index: number }[] = [];
  snapshots.forEach((s, tab) => s.entries.forEach((entry, index) => all.push({ entry, tab, index })));
  all.sort((a, b) => b.entry.startTime - a.entry.startTime);
  let used = 0;
  const stripped = new Set<LogEntry>();
  for (const { entry } of all) {
    const size = entry.body?.text?.length ?? 0;
    if (!size) continue;
    if (used + size <= budgetChars) used += size;
    else stripped.add(entry);
  }
  if (!stripped.size) return snapshots;
  // Tabs that lose nothing keep their object, so the caller can tell which ones changed.
  return snapshots.map((s) =>
    s.entries.some((e) => stripped.has(e))
      ? {
          ...s,
          entries: s.entries.map((e) =>
            stripped.has(e) && e.body ? { ...e, body: { ...e.body, text: undefined, dropped: 'storage' as const } } : e,
          ),
        }
      : s,
  );
}

/** Is this value shaped like a snapshot we wrote? storage.session is ours, but a bad write must not crash a wake-up. */
export function isSnapshot(value: unknown): value is TabLogSnapshot {
  if (!value || typeof value !== 'object') return false;
  const v = value as Partial<TabLogSnapshot>;
  return typeof v.tabId === 'number' && Array.isArray(v.entries) && typeof v.dropped === 'number';
}
