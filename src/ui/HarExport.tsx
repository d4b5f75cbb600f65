import { useState } from 'preact/hooks';
import type { LogEntry } from '../shared/types';
import { harFileName, toHar } from '../shared/har';
import { hostOf } from './list-model';
import type { LogSource } from './source';
import { useI18n } from './i18n';

interface Props {
  source: LogSource;
  tabId: number | undefined;
  /** The entries the list shows, after filters and ignore rules (no body text); each is read again in full. */
  entries: readonly LogEntry[];
  /** The page's address when known (the tab picker's), for the file's name. */
  pageUrl?: string;
}

/**
 * "Export HAR": the given entries read in full, masked as the detail shows them, written as a
 * HAR 1.2 file and handed to the browser as a download through an <a download> (no downloads permission).
 */
export function HarExportButton({ source, tabId, entries, pageUrl }: Props) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();

  const exportHar = async () => {
    if (tabId === undefined) return;
    setBusy(true);
    setFailure(undefined);
    try {
      const full = await Promise.all(entries.map((e) => source.getEntry(tabId, e.id, false)));
      const kept = full.filter((e): e is LogEntry => e !== null);
      const text = JSON.stringify(toHar(kept), null, 2);
      download(new Blob([text], { type: 'application/json' }), harFileName(pageHost(pageUrl, entries), new Date()));
    } catch (e) {
      setFailure(String((e as Error)?.message ?? e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button type="button" class="button" data-testid="export-har" disabled={busy || tabId === undefined || entries.length === 0} title={t('exportHarTitle')} onClick={() => void exportHar()}>
        {t('exportHar')}
      </button>
      {failure && (
        <span class="notice error" role="alert" data-testid="export-har-error">
          {t('exportHarFailed', { error: failure })}
        </span>
      )}
    </>
  );
}

/** The page's host: the tab's address, else the document that made the newest request, else that request's own host. */
function pageHost(pageUrl: string | undefined, entries: readonly LogEntry[]): string {
  const first = entries[0];
  const candidate = pageUrl ?? first?.documentUrl ?? first?.initiator ?? first?.url;
  return candidate ? hostOf(candidate) : '';
}

function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser reads the blob when the download starts; let it go a while after.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
