import type { Run } from './text-runs';
import { intersectionWatcher, type ViewportWatcher } from './viewport';

/**
 * Holds runs until the reader is about to see them. Runs wait by the element watched for them;
 * when it comes near the viewport they are handed on (for an element taller than the view, only
 * its runs that are near, the others as the reader scrolls). Without a watcher (not lazy, or no
 * IntersectionObserver) runs are handed on at once.
 */
export class NearQueue {
  private readonly waiting = new Map<Element, Run[]>();
  /** Watched elements taller than the view that are near it: their runs are checked one by one. */
  private readonly tallNear = new Set<Element>();
  /** Watched elements whose first visibility report has not come yet. */
  private readonly unsettled = new Set<Element>();
  private readonly viewport: ViewportWatcher | undefined;

  constructor(
    win: Window | null,
    lazy: boolean,
    /** Runs now near (possibly none: the queue's state changed). */
    private readonly onNear: (runs: Run[]) => void,
  ) {
    if (lazy && win && typeof IntersectionObserver === 'function') {
      this.viewport = intersectionWatcher(
        win,
        (near, far) => this.onChange(near, far),
        () => this.onNear(this.recheckTall()),
      );
    }
  }

  get isLazy(): boolean {
    return !!this.viewport;
  }

  /** Every element watched has had its first report. */
  get settled(): boolean {
    return this.unsettled.size === 0;
  }

  add(runs: Run[]): void {
    const viewport = this.viewport;
    if (!viewport) {
      this.onNear(runs);
      return;
    }
    const recheck = new Set<Element>();
    for (const run of runs) {
      const list = this.waiting.get(run.target);
      if (list) {
        list.push(run);
        if (this.tallNear.has(run.target)) recheck.add(run.target);
        continue;
      }
      this.waiting.set(run.target, [run]);
      this.unsettled.add(run.target);
      viewport.watch(run.target);
    }
    const near: Run[] = [];
    for (const t of recheck) near.push(...this.takeRunsInView(t));
    if (near.length) this.onNear(near);
  }

  disconnect(): void {
    this.viewport?.disconnect();
    this.waiting.clear();
    this.tallNear.clear();
    this.unsettled.clear();
  }

  private onChange(near: Element[], far: Element[]): void {
    const viewport = this.viewport!;
    for (const t of far) {
      this.unsettled.delete(t);
      this.tallNear.delete(t);
    }
    const ready: Run[] = [];
    for (const t of near) {
      this.unsettled.delete(t);
      const runs = this.waiting.get(t);
      if (!runs) {
        viewport.unwatch(t);
        continue;
      }
      if (viewport.isTall(t)) {
        this.tallNear.add(t);
        ready.push(...this.takeRunsInView(t));
      } else {
        this.waiting.delete(t);
        viewport.unwatch(t);
        ready.push(...runs);
      }
    }
    this.onNear(ready);
  }

  private takeRunsInView(target: Element): Run[] {
    const runs = this.waiting.get(target);
    if (!runs || !this.viewport) return [];
    const near = new Set(this.viewport.runsInView(runs.filter((r) => r.parts[0]!.isConnected)));
    if (near.size === 0) return [];
    const rest = runs.filter((r) => !near.has(r));
    if (rest.length > 0) {
      this.waiting.set(target, rest);
    } else {
      this.waiting.delete(target);
      this.tallNear.delete(target);
      this.viewport.unwatch(target);
    }
    return [...near];
  }

  private recheckTall(): Run[] {
    const near: Run[] = [];
    for (const t of Array.from(this.tallNear)) near.push(...this.takeRunsInView(t));
    return near;
  }
}
