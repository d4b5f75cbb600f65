/**
 * Collects the tabs that changed and hands them over in one batch after `delayMs`, so a burst of
 * events costs one storage write or one badge redraw per tab, not one per event. Timers are
 * injected so tests run them by hand.
 */
export class TabBatch {
  private readonly changed = new Set<number>();
  private readonly removed = new Set<number>();
  private timer: unknown;

  constructor(
    private readonly setTimer: (fn: () => void, ms: number) => unknown,
    private readonly delayMs: number,
    private readonly flushTo: (changed: number[], removed: number[]) => void,
  ) {}

  change(tabId: number): void {
    this.changed.add(tabId);
    this.removed.delete(tabId);
    this.schedule();
  }

  remove(tabId: number): void {
    this.changed.delete(tabId);
    this.removed.add(tabId);
    this.schedule();
  }

  private schedule(): void {
    if (this.timer !== undefined) return;
    this.timer = this.setTimer(() => this.flush(), this.delayMs);
  }

  flush(): void {
    this.timer = undefined;
    const changed = [...this.changed];
    const removed = [...this.removed];
    this.changed.clear();
    this.removed.clear();
    if (changed.length || removed.length) this.flushTo(changed, removed);
  }
}
