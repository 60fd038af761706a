import { isInSkippedContext } from './find-text-nodes';

/**
 * How often one element may be re-annotated within WINDOW_MS before we leave it alone: a page that
 * undoes our changes as fast as we make them would otherwise loop with us, while a ticker that
 * updates every few seconds keeps its furigana.
 */
const MAX_REANNOTATIONS = 5;
const WINDOW_MS = 2000;
const MAX_STRIKES = 4;

interface Reannotation {
  count: number;
  since: number;
  /** Times the element was refused and looked at again later. */
  strikes: number;
  retrying: boolean;
}

/**
 * Decides whether new page text is taken. Counted per element whose content changed (the
 * mutation's target: a block that restores its saved markup makes new elements each time, but is
 * one target) and once per mutation batch. Text refused is looked at again later (`retry`), a few
 * times, ever more rarely: a ticker that paused gets its furigana, a page that keeps fighting is
 * left alone. A retry scheduled before furigana was turned off or on again (`generation`) is dropped.
 */
export class FightBackGuard {
  private readonly seen = new WeakMap<Element, Reannotation>();

  constructor(
    private readonly retry: (el: Element) => void,
    private readonly generation: () => number,
  ) {}

  admit(t: Text, key: Node | null, counted?: Map<Node, boolean>): boolean {
    if (!t.isConnected || isInSkippedContext(t)) return false;
    const el = key && key.nodeType === 1 ? (key as Element) : t.parentElement;
    if (!el) return true;
    const prior = counted?.get(el);
    if (prior !== undefined) return prior;
    const now = performance.now();
    let r = this.seen.get(el);
    if (!r || now - r.since > WINDOW_MS) {
      r = { count: 0, since: now, strikes: r?.strikes ?? 0, retrying: r?.retrying ?? false };
      this.seen.set(el, r);
    }
    const ok = ++r.count <= MAX_REANNOTATIONS;
    counted?.set(el, ok);
    if (!ok) this.retryLater(el, r);
    return ok;
  }

  private retryLater(el: Element, r: Reannotation): void {
    if (r.retrying || r.strikes >= MAX_STRIKES) return;
    r.retrying = true;
    const gen = this.generation();
    setTimeout(
      () => {
        r.retrying = false;
        if (gen !== this.generation() || !el.isConnected) return;
        r.strikes++;
        r.count = 0;
        r.since = performance.now();
        this.retry(el);
      },
      WINDOW_MS * 2 ** r.strikes,
    );
  }
}
