/**
 * MAIN world, document_start, every frame: watches the page's own fetch and XMLHttpRequest and,
 * for flagged statuses, reads a capped copy of the body. The page must not notice: the original
 * promise is returned as is, the body is read from a clone, and XHR gains only an event listener.
 */
import type { PageEvent } from '../shared/protocol';
import { isFlaggedStatus } from '../shared/classify';
import { BodyCollector, decodeBody } from '../shared/body';
import { LIMITS } from '../shared/limits';
import { PAGE_EVENT_NAME } from './page-channel';

(() => {
  const w = window as Window & { __statusLensHooked?: boolean };
  if (w.__statusLensHooked) return;
  Object.defineProperty(w, '__statusLensHooked', { value: true });

  // Keep our own references: the page may replace these globals later.
  const dispatch = EventTarget.prototype.dispatchEvent.bind(window);
  const Custom = CustomEvent;
  const stringify = JSON.stringify;

  function send(event: PageEvent): void {
    try {
      dispatch(new Custom(PAGE_EVENT_NAME, { detail: stringify(event) }));
    } catch {
      // Never let our reporting break the page.
    }
  }

  function absolute(url: string): string {
    try {
      return new URL(url, location.href).href;
    } catch {
      return url;
    }
  }

  // ---- fetch ----
  const originalFetch = window.fetch;
  if (typeof originalFetch === 'function') {
    const hooked = function fetch(this: unknown, input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
      const promise = originalFetch.apply(this, [input, init] as [RequestInfo | URL, RequestInit?]);
      let method = 'GET';
      let url = '';
      try {
        method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
        url = absolute(input instanceof Request ? input.url : String(input));
      } catch {
        // An odd input: the browser will reject it itself.
      }
      // A side branch: the page keeps the very promise fetch returned, with its timing and errors.
      promise.then(
        (response) => {
          if (isFlaggedStatus(response.status)) void readFetchBody(response, method);
        },
        (error: unknown) => {
          const name = (error as { name?: string } | null)?.name;
          if (name === 'AbortError') return; // the page cancelled it
          send({ kind: 'failure', api: 'fetch', url, method, message: String((error as Error)?.message ?? error).slice(0, 300) });
        },
      );
      return promise;
    };
    Object.defineProperty(hooked, 'length', { value: originalFetch.length });
    window.fetch = hooked as typeof window.fetch;
  }

  async function readFetchBody(response: Response, method: string): Promise<void> {
    const contentType = response.headers.get('content-type') ?? undefined;
    const lengthHeader = Number(response.headers.get('content-length'));
    const declared = Number.isFinite(lengthHeader) && lengthHeader > 0 ? lengthHeader : undefined;
    let copy: Response;
    try {
      copy = response.clone(); // before any page handler can consume the body
    } catch {
      return;
    }
    const collector = new BodyCollector(LIMITS.bodyBytes);
    let truncated = false;
    try {
      const reader = copy.body?.getReader();
      if (reader) {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          collector.push(value);
          if (collector.totalBytes > LIMITS.bodyBytes) {
            // Stop past the cap: cancelling our branch of the tee leaves the page's branch untouched.
            truncated = true;
            void reader.cancel().catch(() => undefined);
            break;
          }
        }
      }
    } catch {
      // The page aborted, or the network failed mid-body: report what was read.
    }
    const body = decodeBody(collector.bytes(), {
      contentType,
      source: 'page-fetch',
      fullSize: truncated ? declared : collector.totalBytes, // unknown past the cap without Content-Length
      truncated,
    });
    send({ kind: 'response', api: 'fetch', url: response.url || '', method, status: response.status, contentType, body: { ...body, source: 'page-fetch' } });
  }

  // ---- XMLHttpRequest ----
  const XHR = window.XMLHttpRequest;
  if (typeof XHR === 'function') {
    const requests = new WeakMap<XMLHttpRequest, { method: string; url: string; aborted: boolean }>();
    const open = XHR.prototype.open;
    const sendXhr = XHR.prototype.send;
    XHR.prototype.open = function (this: XMLHttpRequest, method: string, url: string | URL, ...rest: unknown[]) {
      requests.set(this, { method: String(method).toUpperCase(), url: absolute(String(url)), aborted: false });
      return (open as (...a: unknown[]) => void).call(this, method, url, ...rest);
    } as typeof XHR.prototype.open;
    XHR.prototype.send = function (this: XMLHttpRequest, body?: Document | XMLHttpRequestBodyInit | null) {
      const info = requests.get(this);
      if (info) {
        this.addEventListener('abort', () => (info.aborted = true));
        this.addEventListener('loadend', () => onXhrEnd(this, info));
      }
      return sendXhr.call(this, body);
    };
  }

  function onXhrEnd(xhr: XMLHttpRequest, info: { method: string; url: string; aborted: boolean }): void {
    try {
      if (xhr.status === 0) {
        if (!info.aborted) send({ kind: 'failure', api: 'xhr', url: info.url, method: info.method, message: 'network error (status 0)' });
        return;
      }
      if (!isFlaggedStatus(xhr.status)) return;
      const contentType = xhr.getResponseHeader('content-type') ?? undefined;
      const bytes = xhrBytes(xhr);
      const declared = Number(xhr.getResponseHeader('content-length'));
      const truncated = bytes.cut || bytes.data.byteLength > LIMITS.bodyBytes;
      const kept = bytes.data.subarray(0, LIMITS.bodyBytes);
      const fullSize = Number.isFinite(declared) && declared > 0 ? declared : truncated ? undefined : bytes.data.byteLength;
      const body = bytes.binary
        ? { source: 'page-xhr' as const, binary: true, keptSize: 0, fullSize: bytes.blobSize, truncated: false, mimeType: contentType?.split(';')[0]?.trim() }
        : decodeBody(kept, { contentType: bytes.utf8 ? withUtf8(contentType) : contentType, source: 'page-xhr', fullSize, truncated });
      send({ kind: 'response', api: 'xhr', url: xhr.responseURL || info.url, method: info.method, status: xhr.status, contentType, body: { ...body, source: 'page-xhr' } });
    } catch {
      // A body we cannot read (e.g. responseType 'document' on a non-XML reply): skip it.
    }
  }

  /** The XHR body as bytes. Text bodies were already decoded by the browser, so re-encode as UTF-8. */
  function xhrBytes(xhr: XMLHttpRequest): { data: Uint8Array; cut: boolean; binary: boolean; utf8: boolean; blobSize?: number } {
    const type = xhr.responseType;
    if (type === 'arraybuffer' && xhr.response instanceof ArrayBuffer) {
      return { data: new Uint8Array(xhr.response), cut: false, binary: false, utf8: false };
    }
    if (type === 'blob') {
      return { data: new Uint8Array(0), cut: false, binary: true, utf8: false, blobSize: (xhr.response as Blob | null)?.size };
    }
    const text = type === 'json' ? (stringify(xhr.response) ?? '') : type === '' || type === 'text' ? xhr.responseText : '';
    // Encode only what can fit: a 3 MB responseText costs one slice, not a full copy.
    const cut = text.length > LIMITS.bodyBytes;
    return { data: new TextEncoder().encode(cut ? text.slice(0, LIMITS.bodyBytes) : text), cut, binary: false, utf8: true };
  }

  function withUtf8(contentType: string | undefined): string {
    const mime = contentType?.split(';')[0]?.trim() || 'text/plain';
    return `${mime}; charset=utf-8`;
  }
})();
