import type { LogEntry, TabLogSnapshot } from '../shared/types';

/** The UTF-8 size of a value as JSON: what chrome.storage counts against its quota. */
export function jsonBytes(value: unknown): number {
  const json = JSON.stringify(value) ?? '';
  let bytes = json.length;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (c < 0x80) continue;
    // 2 bytes below U+0800; 3 for the rest of the BMP; a surrogate pair is 4 (2 + 2 here).
    bytes += c < 0x800 || (c >= 0xd800 && c <= 0xdfff) ? 1 : 2;
  }
  return bytes;
}

/**
 * One tab's snapshot cut to fit `budgetBytes` of storage: newest entries first, each kept whole
 * while it fits, then without its body text (marked `dropped: 'storage'`), and once even that
 * does not fit, the older entries are left out and counted as dropped. `prepare` turns a live
 * entry into what may be stored (secrets masked); live entries are never modified.
 */
export function fitTab(
  snapshot: TabLogSnapshot,
  budgetBytes: number,
  prepare: (e: LogEntry) => LogEntry = (e) => e,
): { snapshot: TabLogSnapshot; bytes: number } {
  let used = 64 + String(snapshot.tabId).length;
  const entries: LogEntry[] = [];
  for (const live of snapshot.entries) {
    const e = prepare(live);
    const text = e.body?.text;
    const withoutText = text === undefined ? e : { ...e, body: { ...e.body!, text: undefined, dropped: 'storage' as const } };
    const meta = jsonBytes(withoutText) + 1;
    const full = text === undefined ? meta : meta + jsonBytes(text) + 8;
    if (used + full <= budgetBytes) {
      entries.push(e);
      used += full;
    } else if (used + meta <= budgetBytes) {
      entries.push(withoutText);
      used += meta;
    } else break;
  }
  const left = snapshot.entries.length - entries.length;
  const out: TabLogSnapshot = { ...snapshot, entries, dropped: snapshot.dropped + left };
  return { snapshot: out, bytes: used };
}

/** Is this value shaped like a snapshot we wrote? storage.session is ours, but a bad write must not crash a wake-up. */
export function isSnapshot(value: unknown): value is TabLogSnapshot {
  if (!value || typeof value !== 'object') return false;
  const v = value as Partial<TabLogSnapshot>;
  return typeof v.tabId === 'number' && Array.isArray(v.entries) && typeof v.dropped === 'number';
}
