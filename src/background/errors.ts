/**
 * One place for errors in the background: every listener is wrapped, so one bad event cannot
 * stop the others, and what failed is reported with its context.
 */
export function reportError(context: string, error: unknown): void {
  console.error(`[StatusLens] ${context}:`, error);
}

export function guard<A extends unknown[]>(context: string, fn: (...args: A) => void): (...args: A) => void {
  return (...args: A) => {
    try {
      fn(...args);
    } catch (e) {
      reportError(context, e);
    }
  };
}
