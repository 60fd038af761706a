import type { Annotation } from '../../core/types';
import type { TextContext } from '../../shared/messages';
import { splitLongText } from '../../shared/split-text';
import { findJapaneseTextNodes, findJapaneseTextNodesInSlices, isInSkippedContext } from './find-text-nodes';
import {
  applyToRun,
  isOwnNode,
  joinRun,
  removeAnnotation,
  splitIntoPieces,
  type AppliedAnnotation,
} from './ruby-dom';
import { ShadowRootWatch } from './shadow-roots';
import { afterNextFrame, SLICE_BUDGET_MS, yieldToPage } from './slice-scheduler';
import { textContextOf } from './text-context';
import { groupRuns, RUN_MAX_CHARS, runLength, type Run } from './text-runs';
import { intersectionWatcher, type ViewportWatcher } from './viewport';

/** Sends texts (with the text around each) to the tokenizer host and returns their annotations. */
export type AnnotateTexts = (texts: string[], contexts: TextContext[]) => Promise<Annotation[]>;

export interface ControllerOptions {
  annotateTexts: AnnotateTexts;
  /** Reports a failure the user must see (dictionary missing…). */
  onError?: (err: unknown) => void;
  /** Characters per request: big enough to amortise messaging, small enough to apply in slices. */
  batchChars?: number;
  /** Annotate only what is near the viewport (IntersectionObserver); otherwise the whole page. */
  lazy?: boolean;
}

/**
 * How often one element may be re-annotated within REANNOTATION_WINDOW_MS before we leave it
 * alone: a page that undoes our changes as fast as we make them would otherwise loop with us,
 * while a ticker that updates every few seconds keeps its furigana.
 */
const MAX_REANNOTATIONS = 5;
const REANNOTATION_WINDOW_MS = 2000;
const MAX_STRIKES = 4;

interface Reannotation {
  count: number;
  since: number;
  /** Times the element was refused and looked at again later. */
  strikes: number;
  retrying: boolean;
}
const PRUNE_INTERVAL_MS = 1000;
/**
 * Per frame: our script time and the text we put ruby into. The style and layout work of an
 * insertion follows it in the same frame and grows with the text touched, so both are capped.
 */
const APPLY_BUDGET_MS = 4;
const APPLY_CHARS_PER_FRAME = 1500;
const PIECE_CHARS = 800;

interface Unit {
  run: Run;
  text: string;
}

/**
 * Furigana for one document: annotate what the reader is about to see, follow the page's
 * mutations (and its open shadow roots) without reacting to our own, and remove everything on
 * disable.
 */
export class FuriganaController {
  private readonly applied = new Set<AppliedAnnotation>();
  private readonly ownNodes = new WeakSet<Node>();
  /** Records applied on top of pieces of another record (a long text node cut up). */
  private readonly children = new WeakMap<AppliedAnnotation, AppliedAnnotation[]>();
  private readonly pieceOf = new WeakMap<Node, AppliedAnnotation>();
  /** Page text nodes we took out of the page, to their record: the page may still write to them. */
  private readonly recordOf = new WeakMap<Node, AppliedAnnotation>();
  /** Kept text nodes (left in the page, shortened) to their outermost record, and what we left in them. */
  private readonly keptRecord = new WeakMap<Node, AppliedAnnotation>();
  private readonly keptNowOf = new WeakMap<Node, string>();
  private readonly reannotations = new WeakMap<Element, Reannotation>();
  /** Runs not yet near the viewport, by the element watched for them. */
  private readonly waiting = new Map<Element, Run[]>();
  /** Watched elements taller than the view that are near it: their runs are checked one by one. */
  private readonly tallNear = new Set<Element>();
  /** Watched elements whose first visibility report has not come yet. */
  private readonly unsettled = new Set<Element>();
  private pending: Run[] = [];
  private observer: MutationObserver | undefined;
  private originalsObserver: MutationObserver | undefined;
  private viewport: ViewportWatcher | undefined;
  private shadows: ShadowRootWatch | undefined;
  private enabled = false;
  private scanning = false;
  private generation = 0;
  private draining: Promise<void> | undefined;
  private idleWaiters: (() => void)[] = [];
  private lastPrune = -Infinity;
  private readonly batchChars: number;

  constructor(
    private readonly doc: Document,
    private readonly options: ControllerOptions,
  ) {
    this.batchChars = options.batchChars ?? 4000;
  }

  get isEnabled(): boolean {
    return this.enabled;
  }

  /** Number of text runs currently carrying our annotations. */
  get appliedCount(): number {
    return this.applied.size;
  }

  /** Resolves once what is near the viewport (everything, when not lazy) is annotated. */
  enable(): Promise<void> {
    if (this.enabled) return this.idle();
    this.enabled = true;
    const gen = ++this.generation;
    const root = this.doc.body ?? this.doc.documentElement;
    if (!root) return Promise.resolve();
    const win = this.doc.defaultView;
    if (this.options.lazy && win && typeof IntersectionObserver === 'function') {
      this.viewport = intersectionWatcher(
        win,
        (near, far) => this.onViewportChange(near, far),
        () => this.recheckTall(),
      );
    }
    const Observer = win?.MutationObserver ?? MutationObserver;
    this.observer = new Observer((records) => this.onMutations(records));
    this.observer.observe(root, { childList: true, subtree: true, characterData: true });
    this.originalsObserver = new Observer((records) => this.onOriginalsChanged(records));
    this.shadows = new ShadowRootWatch(this.doc, (s) => this.onShadowRoot(s, true));
    this.scanning = true;
    const onShadow = (s: ShadowRoot) => {
      if (this.shadows?.add(s)) this.onShadowRoot(s, false);
    };
    void findJapaneseTextNodesInSlices(root, SLICE_BUDGET_MS, yieldToPage, undefined, onShadow).then(
      (nodes) => {
        if (gen !== this.generation) return;
        this.scanning = false;
        this.addRuns(groupRuns(nodes));
        this.shadows?.start();
        this.checkIdle();
      },
    );
    return this.idle();
  }

  /** Remove every annotation, restoring the page's own nodes. */
  disable(): void {
    this.enabled = false;
    this.generation++;
    this.observer?.disconnect();
    this.observer = undefined;
    this.originalsObserver?.disconnect();
    this.originalsObserver = undefined;
    this.viewport?.disconnect();
    this.viewport = undefined;
    this.shadows?.stop();
    this.shadows = undefined;
    this.pending = [];
    this.waiting.clear();
    this.tallNear.clear();
    this.unsettled.clear();
    this.scanning = false;
    // A runner of this pass may still wait for the host; it ends on its generation check.
    this.draining = undefined;
    // Newest first: a record made on pieces of another is undone before that other.
    for (const a of Array.from(this.applied).reverse()) removeAnnotation(a);
    this.applied.clear();
    this.checkIdle();
  }

  /** Resolves when all queued work is done (tests and benchmarks wait on it). */
  idle(): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private isIdle(): boolean {
    return (
      !this.enabled ||
      (!this.scanning && !this.draining && this.pending.length === 0 && this.unsettled.size === 0)
    );
  }

  private checkIdle(): void {
    if (this.isIdle()) for (const resolve of this.idleWaiters.splice(0)) resolve();
  }

  private onShadowRoot(root: ShadowRoot, readText: boolean): void {
    this.observer?.observe(root, { childList: true, subtree: true, characterData: true });
    if (!readText) return;
    const nodes = findJapaneseTextNodes(root, (s) => {
      if (this.shadows?.add(s)) this.onShadowRoot(s, false);
    });
    const counted = new Map<Node, boolean>();
    this.addRuns(groupRuns(nodes.filter((t) => this.admit(t, t.parentElement, counted))));
  }

  /** Queue runs: at once without a viewport watcher, else when their element comes near. */
  private addRuns(runs: Run[]): void {
    if (!this.enabled || runs.length === 0) return;
    const viewport = this.viewport;
    if (!viewport) {
      this.pending.push(...runs);
      void this.drain();
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
    for (const t of recheck) this.takeRunsInView(t);
    void this.drain();
  }

  private onViewportChange(near: Element[], far: Element[]): void {
    if (!this.viewport) return;
    for (const t of far) {
      this.unsettled.delete(t);
      this.tallNear.delete(t);
    }
    for (const t of near) {
      this.unsettled.delete(t);
      const runs = this.waiting.get(t);
      if (!runs) {
        this.viewport.unwatch(t);
        continue;
      }
      if (this.viewport.isTall(t)) {
        this.tallNear.add(t);
        this.takeRunsInView(t);
      } else {
        this.waiting.delete(t);
        this.viewport.unwatch(t);
        this.pending.push(...runs);
      }
    }
    void this.drain();
    this.checkIdle();
  }

  private takeRunsInView(target: Element): void {
    const runs = this.waiting.get(target);
    if (!runs || !this.viewport) return;
    const near = new Set(this.viewport.runsInView(runs.filter((r) => r.parts[0]!.isConnected)));
    if (near.size === 0) return;
    this.pending.push(...near);
    const rest = runs.filter((r) => !near.has(r));
    if (rest.length > 0) {
      this.waiting.set(target, rest);
      return;
    }
    this.waiting.delete(target);
    this.tallNear.delete(target);
    this.viewport.unwatch(target);
  }

  private recheckTall(): void {
    for (const t of Array.from(this.tallNear)) this.takeRunsInView(t);
    void this.drain();
  }

  private onMutations(records: MutationRecord[]): void {
    if (!this.enabled) return;
    const found: Text[] = [];
    const counted = new Map<Node, boolean>();
    let removedSome = false;
    const onShadow = (s: ShadowRoot) => {
      if (this.shadows?.add(s)) this.onShadowRoot(s, false);
    };
    for (const rec of records) {
      if (rec.type === 'characterData') {
        const t = rec.target as Text;
        const a = this.liveKept(t);
        if (a) {
          // Our own shortening of the node shows up here too: only a different text is the page's.
          if (t.data === this.keptNowOf.get(t)) continue;
          this.restore(a);
        } else if (this.keptNowOf.get(t) === t.data) continue;
        if (!this.ownNodes.has(t) && !isOwnNode(t) && this.admit(t, t.parentElement, counted)) found.push(t);
        continue;
      }
      for (const n of Array.from(rec.removedNodes)) {
        removedSome = true;
        // The page removed or moved a text node it owns that holds the end of one of our runs.
        const a = this.liveKept(n);
        if (a) {
          this.restore(a);
          if (this.admit(n as Text, rec.target, counted)) found.push(n as Text);
        }
      }
      for (const n of Array.from(rec.addedNodes)) {
        if (this.ownNodes.has(n) || isOwnNode(n)) continue;
        // Inserted before its text node, the page means before all of that node's text.
        const next = this.liveKept(n.nextSibling);
        if (next && n.previousSibling && this.ownNodes.has(n.previousSibling)) {
          this.restore(next);
          if (this.admit(next.kept, rec.target, counted)) found.push(next.kept);
        }
        if (n.nodeType === 1 || n.nodeType === 3) {
          for (const t of findJapaneseTextNodes(n, onShadow))
            if (this.admit(t, rec.target, counted)) found.push(t);
        }
      }
    }
    this.shadows?.poke();
    // Pruning walks every annotation: at most once a second, however busy the page is.
    const now = performance.now();
    if (removedSome && now - this.lastPrune > PRUNE_INTERVAL_MS) {
      this.lastPrune = now;
      this.pruneDetached();
    }
    this.addRuns(groupRuns(found));
  }

  /**
   * The page wrote to a text node we had taken out (frameworks keep references to their nodes and
   * update them in place): put the page's nodes back, so its text shows; the re-insertion is seen
   * by the page observer and annotated again.
   */
  private onOriginalsChanged(records: MutationRecord[]): void {
    if (!this.enabled) return;
    for (const rec of records) {
      const a = this.recordOf.get(rec.target);
      if (a && this.applied.has(a)) this.restore(a);
    }
  }

  private liveKept(n: Node | null): AppliedAnnotation | undefined {
    const a = n ? this.keptRecord.get(n) : undefined;
    return a && this.applied.has(a) ? a : undefined;
  }

  /** Undo one record (and the records made on its pieces), leaving the page's nodes as they were. */
  private restore(a: AppliedAnnotation): void {
    for (const c of (this.children.get(a) ?? []).slice().reverse()) if (this.applied.has(c)) this.restore(c);
    removeAnnotation(a);
    this.applied.delete(a);
    this.keptNowOf.set(a.kept, a.kept.data);
    if (this.keptRecord.get(a.kept) === a) this.keptRecord.delete(a.kept);
    for (const n of a.inserted) this.pieceOf.delete(n);
    if (this.pieceOf.get(a.kept) === a) this.pieceOf.delete(a.kept);
  }

  /**
   * Whether new page text is taken. Counted per element whose content changed (the mutation's
   * target: a block that restores its saved markup makes new elements each time, but is one target)
   * and once per mutation batch. Text refused is looked at again later, a few times, ever more
   * rarely: a ticker that paused gets its furigana, a page that keeps fighting is left alone.
   */
  private admit(t: Text, key: Node | null, counted?: Map<Node, boolean>): boolean {
    if (!t.isConnected || isInSkippedContext(t)) return false;
    const el = key && key.nodeType === 1 ? (key as Element) : t.parentElement;
    if (!el) return true;
    const prior = counted?.get(el);
    if (prior !== undefined) return prior;
    const now = performance.now();
    let r = this.reannotations.get(el);
    if (!r || now - r.since > REANNOTATION_WINDOW_MS) {
      r = { count: 0, since: now, strikes: r?.strikes ?? 0, retrying: r?.retrying ?? false };
      this.reannotations.set(el, r);
    }
    const ok = ++r.count <= MAX_REANNOTATIONS;
    counted?.set(el, ok);
    if (!ok) this.retryLater(el, r);
    return ok;
  }

  private retryLater(el: Element, r: Reannotation): void {
    if (r.retrying || r.strikes >= MAX_STRIKES) return;
    r.retrying = true;
    const gen = this.generation;
    setTimeout(
      () => {
        r.retrying = false;
        if (gen !== this.generation || !el.isConnected) return;
        r.strikes++;
        r.count = 0;
        r.since = performance.now();
        const nodes = findJapaneseTextNodes(el).filter(
          (n) => !this.ownNodes.has(n) && !isOwnNode(n) && !this.liveKept(n),
        );
        this.addRuns(groupRuns(nodes));
      },
      REANNOTATION_WINDOW_MS * 2 ** r.strikes,
    );
  }

  /** Forget annotations whose nodes the page removed (SPA navigation), so memory stays bounded. */
  private pruneDetached(): void {
    const detached = (a: AppliedAnnotation): boolean =>
      !a.kept.isConnected &&
      !a.inserted.some((n) => n.isConnected) &&
      (this.children.get(a) ?? []).every(detached);
    for (const a of this.applied) if (detached(a)) this.applied.delete(a);
  }

  private drain(): Promise<void> {
    if (this.draining) return this.draining;
    if (this.pending.length === 0) {
      this.checkIdle();
      return Promise.resolve();
    }
    const gen = this.generation;
    const run = async () => {
      while (this.pending.length > 0 && gen === this.generation) {
        const batch = this.takeBatch();
        if (batch.length === 0) continue;
        let results: Annotation[];
        try {
          results = await this.options.annotateTexts(
            batch.map((u) => u.text),
            batch.map((u) => this.contextOf(u.run)),
          );
        } catch (err) {
          this.options.onError?.(err);
          this.pending = [];
          return;
        }
        if (gen !== this.generation) return;
        await this.applyInFrames(batch, results, gen);
      }
    };
    const marked = run().finally(() => {
      if (this.draining !== marked) return;
      this.draining = undefined;
      // Runs queued after the loop's last check but before this point would otherwise wait.
      if (this.pending.length > 0 && gen === this.generation) void this.drain();
      else this.checkIdle();
    });
    this.draining = marked;
    return marked;
  }

  private contextOf(run: Run): TextContext {
    return {
      before: textContextOf(run.parts[0] as Text).before,
      after: textContextOf(run.parts[run.parts.length - 1] as Text).after,
    };
  }

  /** Next runs in queue order (nearest first), up to batchChars; stale runs dropped. */
  private takeBatch(): Unit[] {
    const batch: Unit[] = [];
    let chars = 0;
    while (this.pending.length > 0) {
      const run = this.pending[0]!;
      const len = runLength(run);
      if (batch.length > 0 && chars + len > this.batchChars) break;
      this.pending.shift();
      if (!this.isCurrent(run)) continue;
      if (run.parts.length === 1 && len > RUN_MAX_CHARS) {
        this.cutIntoPieces(run);
        continue;
      }
      batch.push({ run, text: joinRun(run.parts).text });
      chars += len;
    }
    return batch;
  }

  /** Whether the run is still in the page as found: its nodes siblings, none of them ours. */
  private isCurrent(run: Run): boolean {
    const parent = run.parts[0]!.parentNode;
    return !!parent && run.parts.every((p) => p.parentNode === parent) && !isOwnNode(run.parts[0]!);
  }

  /** One long text node: cut it (as plain text of ours) at sentence ends; pieces queue as runs. */
  private cutIntoPieces(run: Run): void {
    const node = run.parts[0] as Text;
    const cuts: number[] = [];
    let at = 0;
    for (const p of splitLongText(node.data, PIECE_CHARS).slice(0, -1)) cuts.push((at += p.length));
    const { applied, pieces } = splitIntoPieces(node, cuts);
    this.record(applied);
    for (const p of pieces) this.pieceOf.set(p, applied);
    this.addRuns(pieces.map((p) => ({ parts: [p], target: run.target })));
  }

  private record(a: AppliedAnnotation): void {
    for (const n of a.inserted) this.ownNodes.add(n);
    this.applied.add(a);
    this.keptNowOf.set(a.kept, a.keptNow);
    // Made on pieces of a long node: undone with (and before) the record that cut it.
    const split = [a.kept, ...a.originals]
      .map((n) => this.pieceOf.get(n))
      .find((x) => x && this.applied.has(x));
    if (split) {
      const list = this.children.get(split) ?? [];
      list.push(a);
      this.children.set(split, list);
      return;
    }
    this.keptRecord.set(a.kept, a);
    for (const o of a.originals) {
      if (o.nodeType !== 3) continue;
      this.recordOf.set(o, a);
      this.originalsObserver?.observe(o, { characterData: true });
    }
  }

  /**
   * Apply results a paragraph at a time, a few per frame: the runs of one element go in together
   * (one relayout, no half-annotated line drawn), and each frame's extra work stays small.
   */
  private async applyInFrames(batch: Unit[], results: Annotation[], gen: number): Promise<void> {
    const win = this.doc.defaultView;
    let started = performance.now();
    let chars = 0;
    for (let i = 0; i < batch.length;) {
      const target = batch[i]!.run.target;
      for (; i < batch.length && batch[i]!.run.target === target; i++) {
        const { run, text } = batch[i]!;
        const ann = results[i];
        if (!ann) continue;
        const applied = applyToRun(run.parts, text, ann);
        if (applied) this.record(applied);
        chars += text.length;
      }
      if (
        i < batch.length &&
        (performance.now() - started > APPLY_BUDGET_MS || chars > APPLY_CHARS_PER_FRAME)
      ) {
        await (this.viewport ? afterNextFrame(win) : yieldToPage());
        if (gen !== this.generation) return;
        started = performance.now();
        chars = 0;
      }
    }
  }
}
