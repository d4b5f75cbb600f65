import type { CapturedBody } from '../shared/types';
import { BodyCollector, decodeBody } from '../shared/body';
import { LIMITS } from '../shared/limits';
import type { ResponseStreamFilter } from '../platform/browser';

/**
 * Copies a response body off a Firefox StreamFilter while passing every chunk through to the
 * page at once, so the page sees the same bytes at the same pace. The filter is always closed,
 * on success and on error (MDN: webRequest.StreamFilter; an unclosed filter stalls the page).
 */
export function captureStream(
  filter: ResponseStreamFilter,
  contentType: string | undefined,
  contentLength: number | undefined,
  done: (body: CapturedBody) => void,
  cap: number = LIMITS.bodyBytes,
): void {
  const collector = new BodyCollector(cap);
  let finished = false;
  const finish = () => {
    if (finished) return;
    finished = true;
    try {
      filter.close();
    } catch {
      // Already closed or disconnected: nothing left to release.
    }
    const truncated = collector.totalBytes > cap;
    done(
      decodeBody(collector.bytes(), {
        contentType,
        source: 'network',
        fullSize: truncated ? Math.max(collector.totalBytes, contentLength ?? 0) : collector.totalBytes,
        truncated,
      }),
    );
  };
  filter.ondata = (event) => {
    try {
      filter.write(event.data);
    } finally {
      // A view, not a copy: past the cap the collector only counts the bytes.
      collector.push(new Uint8Array(event.data));
    }
  };
  filter.onstop = finish;
  filter.onerror = finish;
}

/** The body's type and declared length, read from the response headers the browser gave. */
export function bodyHeaders(headers: readonly { name: string; value?: string }[] | undefined): { contentType?: string; contentLength?: number } {
  let contentType: string | undefined;
  let contentLength: number | undefined;
  for (const h of headers ?? []) {
    const name = h.name.toLowerCase();
    if (name === 'content-type') contentType ??= h.value;
    else if (name === 'content-length' && contentLength === undefined) {
      const n = Number(h.value);
      if (Number.isFinite(n) && n >= 0) contentLength = n;
    }
  }
  return { contentType, contentLength };
}
