/**
 * What the page hook's fetch and XHR parts share: the Proxy disguise (and the toString that keeps
 * it invisible), the report channel, and URL helpers. Built only from primordials.ts.
 */
import type { PageEvent } from '../shared/protocol';
import { openHookChannel } from './hook-channel';
import { ProxyCtor, URLCtor, WeakMapCtor, apply, baseURI, documentRef, record, stringify, urlHref, weakMapGet, weakMapHas, weakMapSet } from './primordials';

// A second copy of this script in the same frame (extension reload) must not wrap twice. The mark
// is the Proxy itself, known only to the copy that made it; nothing is written to window.
export const win = window;
const nativeToString = Function.prototype.toString;
export const nativeOf = new WeakMapCtor<object, object>(); // our Proxy -> the function it stands for

// Reports go to the relay through a channel no page script can hear or write to (page-channel.ts).
const sendToRelay = openHookChannel(documentRef);

export function send(event: PageEvent): void {
  try {
    sendToRelay(stringify(event));
  } catch {
    // Never let our reporting break the page.
  }
}

/** A report names the method only when the hook could read it (PageEvent's `method` is optional). */
export function withMethod<T extends object>(event: T, method: string | undefined): T & { method?: string } {
  if (method !== undefined) (event as T & { method?: string }).method = method;
  return event;
}

export function absolute(url: string): string {
  try {
    return urlHref(new URLCtor(url, baseURI(documentRef)));
  } catch {
    return url;
  }
}

/** Wraps a native function in a Proxy whose apply trap is `call`; everything else is the native's. */
export function disguise<F extends (...args: never[]) => unknown>(native: F, call: (target: F, self: unknown, args: unknown[]) => unknown): F {
  const handler = record({ apply: call });
  const proxy = new ProxyCtor(native, handler as ProxyHandler<F>);
  weakMapSet(nativeOf, proxy, native);
  return proxy;
}

/** Function.prototype.toString: our Proxies print as the functions they stand for. */
export function disguiseToString(): void {
  if (weakMapHas(nativeOf, Function.prototype.toString)) return;
  Function.prototype.toString = disguise(nativeToString, (target, self, args) => apply(target, weakMapGet(nativeOf, self as object) ?? self, args));
}

/** A URL given as a string or a URL object; undefined for anything whose toString is the page's. */
export function urlOf(input: unknown): string | undefined {
  if (input === null || typeof input !== 'object') return typeof input === 'string' ? input : undefined;
  try {
    return urlHref(input as URL); // a URL object; any other object would run the page's toString
  } catch {
    return undefined;
  }
}
