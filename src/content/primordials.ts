/**
 * The built-ins the page hook uses, taken once at document_start, before any page script runs.
 * The page may later replace any global or prototype method; the hook only calls these copies,
 * so page code never runs because of the hook and never sees the hook's frames on its stack.
 * (Node.js keeps its own "primordials" for the same reason: lib/internal/per_context/primordials.js.)
 *
 * Rules for code that uses this file: no `for…of`, spread or array destructuring (they call the
 * page-writable Array iterator); no `await` or `.then` on promises (they read `constructor`);
 * objects handed to built-ins (dictionaries, JSON) have a null prototype, so nothing is looked up
 * on Object.prototype.
 */
const R = Reflect;
export const apply = R.apply;
export const getOwnPropertyDescriptor = R.getOwnPropertyDescriptor;
export const getPrototypeOf = R.getPrototypeOf;
export const setPrototypeOf = R.setPrototypeOf;
export const ownKeys = R.ownKeys;
export const hasOwn = Object.hasOwn;
export const isArray = Array.isArray;

type Method<T, A extends unknown[], Res> = (this: T, ...args: A) => Res;

// uncurryThis(method) is `call` bound to the method: it calls the method with its first argument as
// `this`, with no array made per call (Node.js's uncurryThis). The bound `call` is the native one,
// whatever the page later does to Function.prototype.
const { bind, call } = Function.prototype;
const uncurryThis = R.apply(bind, bind, [call]) as (method: unknown) => (...args: unknown[]) => unknown;

/** `f(self, ...args)` calls the captured method with `self` as `this`. */
export function uncurry<T, A extends unknown[], Res>(method: Method<T, A, Res>): (self: T, ...args: A) => Res {
  return uncurryThis(method) as (self: T, ...args: A) => Res;
}

/** A getter of a built-in prototype, callable as `get(self)`; throws on objects of another kind (a brand check). */
export function getter<T, V>(proto: object, name: string): (self: T) => V {
  let get: (() => unknown) | undefined;
  for (let o: object | null = proto; o && !get; o = getPrototypeOf(o)) get = getOwnPropertyDescriptor(o, name)?.get;
  if (!get) {
    return () => {
      throw new TypeError(`no getter ${name}`); // not in this environment (a unit-test DOM): that path is skipped
    };
  }
  return uncurry(get) as (self: T) => V;
}

export const WeakMapCtor = WeakMap;
export const weakMapGet = uncurry(WeakMap.prototype.get) as <K extends object, V>(map: WeakMap<K, V>, key: K) => V | undefined;
export const weakMapSet = uncurry(WeakMap.prototype.set) as <K extends object, V>(map: WeakMap<K, V>, key: K, value: V) => WeakMap<K, V>;
export const weakMapHas = uncurry(WeakMap.prototype.has) as <K extends object, V>(map: WeakMap<K, V>, key: K) => boolean;

export const PromiseCtor = Promise;
export const promiseThen = uncurry(Promise.prototype.then) as <T, R = void>(p: Promise<T>, ok: (v: T) => R, err: (e: unknown) => R) => Promise<R>;

export const ProxyCtor = Proxy;
export const stringify = JSON.stringify;
export const parseJson = JSON.parse as (text: string) => unknown;
export const StringCtor = String;
export const stringSlice = uncurry(String.prototype.slice);
export const stringIndexOf = uncurry(String.prototype.indexOf);
export const stringTrim = uncurry(String.prototype.trim);
export const stringToLowerCase = uncurry(String.prototype.toLowerCase);
export const stringToUpperCase = uncurry(String.prototype.toUpperCase);
export const stringCharCodeAt = uncurry(String.prototype.charCodeAt);
export const regExpExec = uncurry(RegExp.prototype.exec);

export const Uint8ArrayCtor = Uint8Array;
const TypedArrayProto = getPrototypeOf(Uint8Array.prototype) as object;
export const typedArrayLength = getter<Uint8Array, number>(TypedArrayProto, 'length');
export const arrayBufferByteLength = getter<ArrayBuffer, number>(ArrayBuffer.prototype, 'byteLength');

export const TextDecoderCtor = TextDecoder;
export const textDecoderDecode = uncurry(TextDecoder.prototype.decode);

export const URLCtor = URL;
export const urlHref = getter<URL, string>(URL.prototype, 'href');
export const documentRef = document;
export const baseURI = getter<Node, string>(Node.prototype, 'baseURI');

export const createElement = uncurry(Document.prototype.createElement) as (doc: Document, tagName: string) => HTMLElement;

export const CustomEventCtor = CustomEvent;
export const customEventDetail = getter<CustomEvent<unknown>, unknown>(CustomEvent.prototype, 'detail');
export const MouseEventCtor = MouseEvent;
export const dispatchEvent = uncurry(EventTarget.prototype.dispatchEvent);
export const addEventListener = uncurry(EventTarget.prototype.addEventListener) as (
  target: EventTarget,
  type: string,
  listener: (event: Event) => void,
  options?: AddEventListenerOptions,
) => void;
export const removeEventListener = uncurry(EventTarget.prototype.removeEventListener) as (target: EventTarget, type: string, listener: (event: Event) => void) => void;

export const ResponseProto = Response.prototype;
export const responseStatus = getter<Response, number>(Response.prototype, 'status');
export const responseUrl = getter<Response, string>(Response.prototype, 'url');
export const responseHeaders = getter<Response, Headers>(Response.prototype, 'headers');
export const responseBody = getter<Response, ReadableStream<Uint8Array> | null>(Response.prototype, 'body');
export const responseClone = uncurry(Response.prototype.clone);
export const responseStatusText = getter<Response, string>(Response.prototype, 'statusText');
export const headersGet = uncurry(Headers.prototype.get);
/** Every line of a Headers object (names lower-cased, as the page reads them); a brand check: throws on anything else. */
export const headersForEach = uncurry(Headers.prototype.forEach) as (headers: Headers, visit: (value: string, name: string) => void) => void;
export const requestUrl = getter<Request, string>(Request.prototype, 'url');
export const requestMethod = getter<Request, string>(Request.prototype, 'method');
export const requestHeaders = getter<Request, Headers>(Request.prototype, 'headers');
export const requestMode = getter<Request, string>(Request.prototype, 'mode');
export const urlSearchParamsToString = uncurry(URLSearchParams.prototype.toString) as (params: URLSearchParams) => string;
export const streamGetReader = uncurry(ReadableStream.prototype.getReader) as (s: ReadableStream<Uint8Array>) => ReadableStreamDefaultReader<Uint8Array>;
export const readerRead = uncurry(ReadableStreamDefaultReader.prototype.read) as (r: ReadableStreamDefaultReader<Uint8Array>) => Promise<ReadableStreamReadResult<Uint8Array>>;
export const readerCancel = uncurry(ReadableStreamDefaultReader.prototype.cancel) as (r: ReadableStreamDefaultReader<Uint8Array>) => Promise<void>;
export const DOMExceptionProto = DOMException.prototype;
export const domExceptionName = getter<DOMException, string>(DOMException.prototype, 'name');

export const blobSize = getter<Blob, number>(Blob.prototype, 'size');
const XhrProto = XMLHttpRequest.prototype;
export const xhrStatus = getter<XMLHttpRequest, number>(XhrProto, 'status');
export const xhrReadyState = getter<XMLHttpRequest, number>(XhrProto, 'readyState');
export const xhrResponseType = getter<XMLHttpRequest, XMLHttpRequestResponseType>(XhrProto, 'responseType');
export const xhrResponse = getter<XMLHttpRequest, unknown>(XhrProto, 'response');
export const xhrResponseText = getter<XMLHttpRequest, string>(XhrProto, 'responseText');
export const xhrResponseURL = getter<XMLHttpRequest, string>(XhrProto, 'responseURL');
export const xhrStatusText = getter<XMLHttpRequest, string>(XhrProto, 'statusText');
export const xhrGetResponseHeader = uncurry(XhrProto.getResponseHeader);
export const xhrGetAllResponseHeaders = uncurry(XhrProto.getAllResponseHeaders);

/**
 * Milliseconds, whole. Date.now, not performance.now: Chromium jitters every performance.now() it
 * returns (several hundred ns a call, against tens for Date.now), and the hook reads the clock on
 * every call the page makes.
 */
export const now = Date.now;

/** A plain record with no prototype: nothing on Object.prototype is ever consulted through it. */
export function record<T extends object>(fields: T): T {
  const out = { __proto__: null } as unknown as T;
  const keys = ownKeys(fields);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    (out as Record<PropertyKey, unknown>)[key] = (fields as Record<PropertyKey, unknown>)[key];
  }
  return out;
}
