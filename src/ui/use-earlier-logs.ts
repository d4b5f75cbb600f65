import { useCallback, useEffect, useState } from 'preact/hooks';
import type { KeptLogSummary } from '../shared/types';
import { HarLogSource } from './har-source';
import type { EarlierLogs, ImportedHar } from './source';

/** The tab id a kept log is shown under: never a browser tab's, nor an imported file's (-2). */
export const KEPT_TAB_ID = -3;

export interface EarlierLogsState {
  /** Kept logs of earlier sessions, newest first; empty where there are none or none can be opened. */
  list: KeptLogSummary[];
  /** Reads the list again (the picker is opened: Clear all may have emptied it meanwhile). */
  refresh(): void;
  /** Opens one in place of the live tab, read-only, as an imported HAR file is. */
  open(id: string): Promise<void>;
  /** True when the last log asked for could not be read (deleted meanwhile, or unreadable). */
  failed: boolean;
}

/** The pop-out's "Earlier sessions": listed from the background, each opened as a read-only log. */
export function useEarlierLogs(earlier: EarlierLogs | undefined, onOpen: ((log: ImportedHar) => void) | undefined): EarlierLogsState {
  const [list, setList] = useState<KeptLogSummary[]>([]);
  const [failed, setFailed] = useState(false);
  const refresh = useCallback(() => {
    if (earlier && onOpen) earlier.list().then(setList, () => setList([]));
  }, [earlier, onOpen]);
  useEffect(refresh, [refresh]);

  const open = async (id: string) => {
    if (!earlier || !onOpen) return;
    setFailed(false);
    const log = await earlier.open(id).catch(() => null);
    if (!log) {
      setFailed(true);
      return refresh();
    }
    const name = log.title?.trim() || log.url || id;
    onOpen({ fileName: name, source: new HarLogSource(KEPT_TAB_ID, log.entries, name), failed: log.count, total: log.count, kept: log.count, savedAt: log.savedAt });
  };
  return { list, refresh, open, failed };
}
