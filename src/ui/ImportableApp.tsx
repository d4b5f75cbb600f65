import { useState } from 'preact/hooks';
import { App } from './App';
import type { HostOptions, ImportedHar } from './source';

/**
 * The popup's view, plus, in the pop-out, a HAR file or a log kept from an earlier session opened
 * in place of the live tab: the same list and detail over its failures, read-only (no watch bar, no clearing, no ignore
 * rules), until the user goes back to the live tab.
 */
export function ImportableApp(props: HostOptions) {
  const [imported, setImported] = useState<ImportedHar>();
  const [locale, setLocale] = useState(props.locale);
  const saveLocale: HostOptions['saveLocale'] = (next) => {
    setLocale(next);
    props.saveLocale(next);
  };
  if (!imported) return <App {...props} locale={locale} saveLocale={saveLocale} onImportHar={props.fullTab ? setImported : undefined} />;
  return (
    <App
      key={imported.source.tabId + imported.fileName}
      source={imported.source}
      tabId={imported.source.tabId}
      fullTab={props.fullTab}
      locale={locale}
      saveLocale={saveLocale}
      sections={props.sections}
      refreshMs={props.refreshMs}
      imported={{ fileName: imported.fileName, failed: imported.failed, total: imported.total, kept: imported.kept, savedAt: imported.savedAt, onClose: () => setImported(undefined) }}
    />
  );
}
