/**
 * The page hook's end of the private channel to the relay (see page-channel.ts). Runs in the MAIN
 * world and uses only built-ins captured at document_start (primordials.ts).
 */
import { PAGE_CHANNEL } from './page-channel';
import {
  CustomEventCtor, MouseEventCtor, addEventListener, createElement, customEventDetail, dispatchEvent, record, removeEventListener,
} from './primordials';

/**
 * Opens the channel in `doc` and returns the function that sends one report (a JSON string) through
 * it; `onConfig` is given the text of each settings message the relay sends on it.
 */
export function openHookChannel(doc: Document, onConfig?: (json: string) => void): (json: string) => void {
  const channel = createElement(doc, 'span'); // never inserted: no page script can reach it
  if (onConfig) {
    addEventListener(channel, PAGE_CHANNEL.config, (event) => {
      try {
        const detail = customEventDetail(event as CustomEvent<unknown>);
        if (typeof detail === 'string') onConfig(detail);
      } catch {
        // Never let our reporting break the page.
      }
    });
  }
  let joined = false;
  let offering = false;
  const offer = (): void => {
    if (joined || offering) return; // one relay, once; and our own offer is not an ask
    offering = true;
    try {
      dispatchEvent(doc, new MouseEventCtor(PAGE_CHANNEL.rendezvous, record({ relatedTarget: channel })));
    } catch {
      // Never let our reporting break the page.
    }
    offering = false;
  };
  const onJoined = (): void => {
    joined = true;
    removeEventListener(doc, PAGE_CHANNEL.rendezvous, offer);
    removeEventListener(channel, PAGE_CHANNEL.joined, onJoined);
  };
  addEventListener(channel, PAGE_CHANNEL.joined, onJoined);
  addEventListener(doc, PAGE_CHANNEL.rendezvous, offer); // the hook ran first: the relay asks when it starts
  offer(); // the relay ran first and waits

  return (json: string) => {
    if (!joined) return; // no relay: reports are dropped, never sent where the page could hear them
    try {
      dispatchEvent(channel, new CustomEventCtor(PAGE_CHANNEL.report, record({ detail: json })));
    } catch {
      // Never let our reporting break the page.
    }
  };
}
