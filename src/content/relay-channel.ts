/** The relay's end of the private channel to the page hook (see page-channel.ts). ISOLATED world. */
import { PAGE_CHANNEL } from './page-channel';

/**
 * Waits for the hook's node in `doc` (or asks for it, if the hook ran first) and passes each
 * report's JSON text to `onReport`. Only the first node offered is ever listened to, and nothing
 * stays listening on the document once it has arrived. Returns the function that tells the hook
 * its settings (JSON text): the latest is kept until the node arrives.
 */
export function joinHookChannel(doc: Document, onReport: (json: string) => void): (config: string) => void {
  let channel: Node | undefined;
  let pending: string | undefined;
  const tell = (config: string): void => {
    if (!channel) pending = config;
    else channel.dispatchEvent(new CustomEvent(PAGE_CHANNEL.config, { detail: config }));
  };
  const onOffer = (e: Event): void => {
    const node = e instanceof MouseEvent ? e.relatedTarget : null; // the ask (our own included) has none
    if (channel || !(node instanceof Node)) return;
    channel = node;
    doc.removeEventListener(PAGE_CHANNEL.rendezvous, onOffer);
    channel.addEventListener(PAGE_CHANNEL.report, (report) => {
      const detail = (report as CustomEvent<unknown>).detail;
      if (typeof detail === 'string') onReport(detail);
    });
    channel.dispatchEvent(new Event(PAGE_CHANNEL.joined));
    if (pending !== undefined) tell(pending);
    pending = undefined;
  };
  doc.addEventListener(PAGE_CHANNEL.rendezvous, onOffer);
  // The hook ran first: it waits to be asked.
  if (!channel) doc.dispatchEvent(new Event(PAGE_CHANNEL.rendezvous));
  return tell;
}
