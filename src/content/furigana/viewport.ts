import { onTrusted } from '../trusted-events';
import type { Run } from './text-runs';

/**
 * What the reader is about to see: the viewport plus a margin ahead (and a little behind, for
 * scrolling back). Only runs in it are annotated, so the cost of a page grows with what is read,
 * not with its length.
 */
const MARGIN_BEHIND = 0.5; // viewport heights above
const MARGIN_AHEAD = 2; // viewport heights below

/** Elements taller than this many viewports have their runs checked one by one. */
const TALL = 2;

export interface ViewportWatcher {
  /** Report `target` when it comes near the viewport (at once if it is near now). */
  watch(target: Element): void;
  unwatch(target: Element): void;
  /** Runs of a tall element that are near the viewport (runs in document order). */
  runsInView(runs: readonly Run[]): Run[];
  isTall(target: Element): boolean;
  disconnect(): void;
}

function rectOfRun(doc: Document, run: Run): DOMRect {
  const range = doc.createRange();
  range.setStartBefore(run.parts[0]!);
  range.setEndAfter(run.parts[run.parts.length - 1]!);
  return range.getBoundingClientRect();
}

/**
 * IntersectionObserver on the runs' parent elements; for the few elements taller than the view (one
 * huge text node, a long <div> of <br> lines) a rAF-throttled scroll check finds which runs are near,
 * by binary search over their rectangles (runs follow each other down the page).
 */
export function intersectionWatcher(
  win: Window,
  onChange: (near: Element[], far: Element[]) => void,
  onScrollInTall: () => void,
): ViewportWatcher {
  const doc = win.document;
  // The content script's own constructor (the page may have replaced the one on its window).
  const io = new IntersectionObserver(
    (entries) => {
      // On screen first, then ahead, then behind: the first request then carries what is seen.
      const h = win.innerHeight;
      const distance = (r: DOMRectReadOnly) => (r.bottom < 0 ? h - r.bottom : r.top > h ? r.top - h : 0);
      const near = entries.filter((e) => e.isIntersecting);
      near.sort((a, b) => distance(a.boundingClientRect) - distance(b.boundingClientRect));
      onChange(
        near.map((e) => e.target),
        entries.filter((e) => !e.isIntersecting).map((e) => e.target),
      );
    },
    { rootMargin: `${MARGIN_BEHIND * 100}% 0px ${MARGIN_AHEAD * 100}% 0px` },
  );
  let scheduled = false;
  const onScroll = () => {
    if (scheduled) return;
    scheduled = true;
    win.requestAnimationFrame(() => {
      scheduled = false;
      onScrollInTall();
    });
  };
  // Trusted scrolls only (the reader's): a page cannot make us re-measure by dispatching events.
  const unlistenScroll = onTrusted(win, 'scroll', onScroll, { passive: true, capture: true });
  const near = (r: DOMRect) => {
    const h = win.innerHeight;
    return r.bottom >= -MARGIN_BEHIND * h && r.top <= h * (1 + MARGIN_AHEAD);
  };
  return {
    watch: (t) => io.observe(t),
    unwatch: (t) => io.unobserve(t),
    isTall: (t) => t.getBoundingClientRect().height > TALL * win.innerHeight,
    runsInView(runs) {
      const h = win.innerHeight;
      // First run whose bottom reaches the zone; then take runs while they start inside it.
      let lo = 0;
      let hi = runs.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (rectOfRun(doc, runs[mid]!).bottom < -MARGIN_BEHIND * h) lo = mid + 1;
        else hi = mid;
      }
      const out: { run: Run; distance: number }[] = [];
      for (let i = lo; i < runs.length; i++) {
        const r = rectOfRun(doc, runs[i]!);
        if (r.top > h * (1 + MARGIN_AHEAD)) break;
        // On screen first, then ahead, then behind.
        const distance = r.bottom < 0 ? h - r.bottom : r.top > h ? r.top - h : 0;
        if (near(r)) out.push({ run: runs[i]!, distance });
      }
      return out.sort((a, b) => a.distance - b.distance).map((o) => o.run);
    },
    disconnect() {
      io.disconnect();
      unlistenScroll();
    },
  };
}
