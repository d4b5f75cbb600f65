import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { LogEntry, TabLogView, TabSummary } from '../shared/types';
import type { LogSource } from './source';
import { ruleKey, type IgnoreRule } from '../shared/noise';

export interface TabLogOptions {
  /** The tab whose log is shown first, if known. */
  tabId?: number;
  /** Also list the tabs that have a log (the pop-out's tab picker). */
  listTabs?: boolean;
  /** How often to ask the source for changes; 1 s by default. */
  refreshMs?: number;
  /** The rules the list hides entries by: the tab picker's counts leave those entries out too. */
  ignore?: readonly IgnoreRule[];
}

export interface TabLog {
  tabId: number | undefined;
  /** Shows another tab's log; nothing stays selected. */
  chooseTab(tabId: number): void;
  /** The last log read, with its version and the dropped and refused counts. */
  log: TabLogView | undefined;
  /** The shown tab's entries, newest first (empty while another tab's log is still on hand). */
  entries: LogEntry[];
  /** Tabs that have a log; filled only with `listTabs`. */
  tabsWithLogs: TabSummary[];
  /** Why the last read failed; cleared by the next read that succeeds. */
  error: string | undefined;
  selectedId: string | undefined;
  select(id: string | undefined): void;
  /** The selected entry in full (with its body), once read and while it is still in the log. */
  selected: LogEntry | undefined;
  /** True when the user asked to see the selected entry's secrets. */
  revealed: boolean;
  reveal(show: boolean): void;
  /** Empties the shown tab's log, deselects, and reads the log again. */
  clear(): Promise<void>;
}

/**
 * A tab's log kept up to date from a `LogSource`: polled every `refreshMs`, asking only for
 * changes since the version already shown, and the selected entry read in full whenever it,
 * the log or the reveal choice changes.
 */
export function useTabLog(source: LogSource, options: TabLogOptions = {}): TabLog {
  const { listTabs = false, refreshMs = 1000 } = options;
  // The rules by value: a new array with the same rules does not restart the poller.
  const ignoreKey = (options.ignore ?? []).map(ruleKey).join('\n');
  const ignore = useRef(options.ignore);
  ignore.current = options.ignore;
  const [tabId, setTabId] = useState<number | undefined>(options.tabId);
  const [log, setLog] = useState<TabLogView | undefined>();
  // The version the poller already has, read without making the poller depend on the log itself.
  const shown = useRef<{ tabId?: number; version?: number }>({});
  const [tabsWithLogs, setTabsWithLogs] = useState<TabSummary[]>([]);
  const [error, setError] = useState<string | undefined>();
  const [selectedId, setSelectedId] = useState<string | undefined>();
  const [detail, setDetail] = useState<LogEntry | undefined>();
  // The entry whose secrets the user chose to see; choosing another entry masks them again.
  const [revealedId, setRevealedId] = useState<string | undefined>();
  const revealed = revealedId !== undefined && revealedId === selectedId;

  const refresh = useCallback(async () => {
    try {
      // Both at once, each shown when it arrives: the list does not wait for the tab picker.
      await Promise.all([
        listTabs ? source.listTabs(ignore.current?.length ? [...ignore.current] : undefined).then(setTabsWithLogs) : undefined,
        tabId !== undefined
          ? source.getLog(tabId, shown.current.tabId === tabId ? shown.current.version : undefined).then((next) => {
              if (next.unchanged) return;
              shown.current = { tabId, version: next.version };
              setLog(next);
            })
          : undefined,
      ]);
      setError(undefined);
    } catch (e) {
      setError(String((e as Error)?.message ?? e));
    }
    // ignoreKey stands for the rules, which are read through the ref.
  }, [source, tabId, listTabs, ignoreKey]);

  useEffect(() => {
    void refresh();
    const timer = setInterval(() => void refresh(), refreshMs);
    return () => clearInterval(timer);
  }, [refresh, refreshMs]);

  const entries = log?.tabId === tabId ? (log?.entries ?? []) : [];
  const listed = entries.find((e) => e.id === selectedId);

  useEffect(() => {
    if (tabId === undefined || selectedId === undefined) return setDetail(undefined);
    let live = true;
    source.getEntry(tabId, selectedId, revealed).then((e) => live && setDetail(e ?? undefined), () => undefined);
    return () => {
      live = false;
    };
  }, [source, tabId, selectedId, log?.version, revealed]);
  const selected = listed && detail?.id === listed.id ? detail : undefined;

  const chooseTab = (next: number) => {
    setTabId(next);
    setSelectedId(undefined);
  };
  const reveal = (show: boolean) => setRevealedId(show ? selectedId : undefined);
  const clear = async () => {
    if (tabId === undefined) return;
    await source.clearLog(tabId);
    setSelectedId(undefined);
    await refresh();
  };

  return { tabId, chooseTab, log, entries, tabsWithLogs, error, selectedId, select: setSelectedId, selected, revealed, reveal, clear };
}
