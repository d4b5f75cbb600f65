import { useEffect, useState } from 'preact/hooks';
import type { LogSource } from './source';

/** The background is asked once typing pauses this long. */
export const BODY_SEARCH_DELAY_MS = 150;

const NONE: ReadonlySet<string> = new Set();

/**
 * Ids of the entries whose bodies hold the filter text: list entries carry no body text, so the
 * source searches the log it keeps. Asked again when the text pauses, and when the log changes
 * (new entries); until an answer for this very text arrives, none are counted as found.
 */
export function useBodySearch(source: LogSource, tabId: number | undefined, text: string, logVersion: number | undefined): ReadonlySet<string> {
  const query = text.trim();
  const key = `${tabId}\u0000${query}`;
  const [found, setFound] = useState<{ key: string; ids: ReadonlySet<string> } | undefined>();

  useEffect(() => {
    if (!source.searchLog || tabId === undefined || !query) return;
    let live = true;
    const timer = setTimeout(() => {
      source.searchLog!(tabId, query).then(
        (ids) => live && setFound({ key, ids: new Set(ids) }),
        () => undefined, // the text still filters by what the list shows
      );
    }, BODY_SEARCH_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [source, tabId, query, key, logVersion]);

  return query && found?.key === key ? found.ids : NONE;
}
