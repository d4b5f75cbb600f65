import { useState } from 'preact/hooks';
import { HAR_FILE_BYTES, IMPORTED_TAB_ID, readHar } from '../shared/har-import';
import { HarLogSource } from './har-source';
import { useI18n } from './i18n';
import type { ImportedHar, ImportedLogInfo } from './source';

/** "Open HAR…": a file input that reads a HAR file and hands over its failures, or says why it cannot. */
export function HarImportInput({ onImported }: { onImported(har: ImportedHar): void }) {
  const { t } = useI18n();
  const [problem, setProblem] = useState<string>();

  const open = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = ''; // the same file can be opened again
    if (!file) return;
    setProblem(undefined);
    if (file.size > HAR_FILE_BYTES) return setProblem(t('importHarTooLarge', { mb: HAR_FILE_BYTES / 1024 / 1024 }));
    let text: string;
    try {
      text = await file.text();
    } catch (e) {
      return setProblem(t('importHarUnreadable', { error: String((e as Error)?.message ?? e) }));
    }
    const read = readHar(text);
    if (!read.ok) return setProblem(t(read.problem === 'too-large' ? 'importHarTooLarge' : read.problem === 'not-json' ? 'importHarNotJson' : 'importHarNotHar', { mb: HAR_FILE_BYTES / 1024 / 1024 }));
    // The rows say the server's message as for the live tab; read here as the background reads it there,
    // in a chunk of its own, loaded only when a file is opened.
    const { serverMessageOf } = await import('../background/server-message');
    const entries = read.entries.map((e) => {
      const serverMessage = serverMessageOf(e);
      return serverMessage === undefined ? e : { ...e, serverMessage };
    });
    const fileName = file.name.slice(0, 200);
    onImported({ fileName, source: new HarLogSource(IMPORTED_TAB_ID, entries, fileName), failed: read.failed, total: read.total, kept: entries.length });
  };

  return (
    <>
      <label class="button file-button">
        {t('importHar')}
        <input type="file" accept=".har,application/json" class="file-input" data-testid="import-har" onChange={(e) => void open(e.currentTarget)} />
      </label>
      {problem && (
        <span class="notice error" role="alert" data-testid="import-har-error">
          {problem}
        </span>
      )}
    </>
  );
}

/** Above an imported log: which file (or earlier session) it is, how many of its entries failed, and the way back. */
export function ImportedBanner({ info }: { info: ImportedLogInfo }) {
  const { t, locale } = useI18n();
  return (
    <p class="notice imported" data-testid="imported-banner">
      {info.savedAt === undefined ? (
        <span>{t('importedFrom', { name: info.fileName, n: info.failed, m: info.total })}</span>
      ) : (
        <span data-testid="kept-from">{t('keptFrom', { name: info.fileName, time: new Date(info.savedAt).toLocaleString(locale), n: info.kept })}</span>
      )}
      {info.kept < info.failed && <span> {t('importedKept', { n: info.kept })}</span>}{' '}
      <button type="button" class="button small" data-testid="back-to-live" onClick={info.onClose}>
        {t('backToLive')}
      </button>
    </p>
  );
}
