/**
 * What the page hook's fetch and XHR parts share: the Proxy disguise (and the toString that keeps
 * it invisible), the report channel, and URL helpers. Built only from primordials.ts.
 */
import type { PageEvent } from '../shared/protocol';
import { openHookChannel } from './hook-channel';
import { applyHookConfig } from './hook-config';
import {
  ProxyCtor, URLCtor, WeakMapCtor, apply, baseURI, documentRef, now, ownKeys, record, stringToUpperCase, stringify, urlHref,
  weakMapGet, weakMapHas, weakMapSet,
} from './primordials';

/** The document's base URL now: a relative URL is resolved against it as the call made it, later, only if reported. */
export const baseNow = (): string => baseURI(documentRef);

// A second copy of this script in the same frame (extension reload) must not wrap twice. The mark
// is the Proxy itself, known only to the copy that made it; nothing is written to window.
export const win = window;
const nativeToString = Function.prototype.toString;
export const nativeOf = new WeakMapCtor<object, object>(); // our Proxy -> the function it stands for

// Reports go to the relay through a channel no page script can hear or write to (page-channel.ts).
const sendToRelay = openHookChannel(documentRef, applyHookConfig);

export function send(event: PageEvent): void {
  try {
    sendToRelay(stringify(event));
  } catch {
    // Never let our reporting break the page.
  }
}

/** Sets each field whose value is defined: a report leaves out what the hook could not read. */
export function withFields<T extends object>(event: T, fields: Record<string, unknown>): T {
  const keys = ownKeys(fields);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const value = fields[key as string];
    if (value !== undefined) (event as Record<PropertyKey, unknown>)[key] = value;
  }
  return event;
}

/**
 * A method as the browser will send it: undefined means none was given (GET); anything but a
 * string is unknown. Fetch and XHR upper-case only the six standard methods and send any other as
 * written (fetch.spec.whatwg.org/#concept-method-normalize), so the report matches the browser's
 * record of the request.
 */
export function methodName(raw: unknown): string | undefined {
  if (raw === undefined) return 'GET';
  if (typeof raw !== 'string') return undefined;
  const upper = stringToUpperCase(raw);
  return upper === 'DELETE' || upper === 'GET' || upper === 'HEAD' || upper === 'OPTIONS' || upper === 'POST' || upper === 'PUT' ? upper : raw;
}

/** Milliseconds from `start` to `end` (both now() values; `end` defaults to now), never negative (the clock may be set back). */
export function since(start: number, end: number = now()): number {
  const ms = end - start;
  return ms > 0 ? ms : 0;
}

/** `url` resolved against `base` (what baseNow gave when the call was made; '' when `url` is absolute already). */
export function absolute(url: string, base: string): string {
  if (!base) return url;
  try {
    return urlHref(new URLCtor(url, base));
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
