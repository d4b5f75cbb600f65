import { SECTION_NAMES, type SectionName, type SectionState } from '../ui/sections';

/**
 * The detail's open sections, kept in the extension page's localStorage so they stay as the user
 * left them from one popup to the next (a web API, not the extension's: no permission, no message).
 * A value that is not ours is ignored; storage that fails (quota, disabled) just forgets.
 */
const KEY = 'statuslens.detailSections';

function read(storage: Storage): Partial<Record<SectionName, boolean>> {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(KEY) ?? '{}');
    if (typeof parsed !== 'object' || parsed === null) return {};
    const out: Partial<Record<SectionName, boolean>> = {};
    for (const name of SECTION_NAMES) {
      const value = (parsed as Record<string, unknown>)[name];
      if (typeof value === 'boolean') out[name] = value;
    }
    return out;
  } catch {
    return {};
  }
}

export function storedSections(storage: Storage): SectionState {
  let open = read(storage);
  return {
    isOpen: (name) => open[name],
    setOpen: (name, value) => {
      open = { ...read(storage), [name]: value };
      try {
        storage.setItem(KEY, JSON.stringify(open));
      } catch {
        // Remembered for this popup only.
      }
    },
  };
}
