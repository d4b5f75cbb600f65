import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from './i18n';

export interface LazyComponent<P> {
  (props: P): preact.JSX.Element;
  /** Starts loading the component's chunk (once), e.g. when the browser is idle. */
  preload(): Promise<unknown>;
}

/**
 * A component whose code is loaded on first use with a dynamic `import()` (Preact has no `lazy`):
 * it shows a short "Loading…" until its chunk has arrived, and an error if the chunk cannot load.
 */
export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>): LazyComponent<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  const preload = () =>
    (pending ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        pending = undefined; // the next use tries again
        throw error;
      },
    ));

  function Lazy(props: P) {
    const { t } = useI18n();
    const [, setReady] = useState(false);
    const [error, setError] = useState<string | undefined>();
    useEffect(() => {
      if (loaded) return;
      let live = true;
      preload().then(
        () => live && setReady(true),
        (e: unknown) => live && setError(String((e as Error)?.message ?? e)),
      );
      return () => {
        live = false;
      };
    }, []);
    const Component = loaded;
    if (Component) return <Component {...props} />;
    return error ? <p class="notice error">{t('loadError', { error })}</p> : <p class="notice" data-testid="loading">{t('loading')}</p>;
  }
  return Object.assign(Lazy, { preload });
}

/** Runs `task` when the browser is idle (soon after the first paint), or after a short delay where it cannot tell. */
export function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(task, { timeout: 2000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(task, 200);
  return () => clearTimeout(id);
}

/** Runs `task` once the next frame has been painted (a frame, then a task). */
export function afterPaint(task: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => (timer = setTimeout(task)));
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}
