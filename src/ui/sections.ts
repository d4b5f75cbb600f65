/**
 * Which parts of the detail are open. Each section remembers its state by name, across detail
 * openings and, where the host stores it (the popup: src/popup/section-state.ts), across popups.
 * The UI itself holds no browser API: without a host store, state lives in memory.
 */

export type SectionName = 'evidence' | 'response-body' | 'response-headers' | 'reference' | 'request-headers' | 'request-body' | 'details';

export const SECTION_NAMES: readonly SectionName[] = ['evidence', 'response-body', 'response-headers', 'reference', 'request-headers', 'request-body', 'details'];

export interface SectionState {
  /** The remembered state, or undefined when the user never toggled it. */
  isOpen(name: SectionName): boolean | undefined;
  setOpen(name: SectionName, open: boolean): void;
}

/** Until the user says otherwise: the body is open (it is what the server sent), the rest is on demand. */
export const OPEN_BY_DEFAULT: Record<SectionName, boolean> = {
  evidence: false,
  'response-body': true,
  'response-headers': false,
  reference: false,
  'request-headers': false,
  'request-body': false,
  details: false,
};

export function memorySections(): SectionState {
  const open = new Map<SectionName, boolean>();
  return { isOpen: (name) => open.get(name), setOpen: (name, value) => void open.set(name, value) };
}

/** The default: one store for the page, so a section stays as left from one detail to the next. */
export const pageSections: SectionState = memorySections();
