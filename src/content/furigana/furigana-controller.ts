import type { Annotation } from '../../core/types';
import type { TextContext } from '../../shared/messages';
import { OwnNodes } from '../own-nodes';
import { findJapaneseTextNodes, findJapaneseTextNodesInSlices, isInSkippedContext } from './find-text-nodes';
import { applyAnnotation, isOwnNode, removeAnnotation, type AppliedAnnotation } from './ruby-dom';
import { forEachInSlices, SLICE_BUDGET_MS, yieldToPage } from './slice-scheduler';
import { textContextOf } from './text-context';

/** Sends texts (with the text around each) to the tokenizer host and returns their annotations. */
export type AnnotateTexts = (texts: string[], contexts: TextContext[]) => Promise<Annotation[]>;

export interface ControllerOptions {
  annotateTexts: AnnotateTexts;
  /** Reports a failure the user must see (dictionary missing…). */
  onError?: (err: unknown) => void;
  /** Characters per request: big enough to amortise messaging, small enough to apply in slices. */
  batchChars?: number;
  /** Is this element on screen? On-screen text is annotated first. */
  isVisible?: (el: Element) => boolean;
  /** Where our ruby and term marks are registered (the popup trusts only those); one per content script. */
  own?: OwnNodes;
}

/**
 * How often one element may be re-annotated within REANNOTATION_WINDOW_MS before we leave it
 * alone: a page that undoes our changes as fast as we make them would otherwise loop with us,
 * while a ticker that updates every few seconds keeps its furigana.
 */
const MAX_REANNOTATIONS = 5;
const REANNOTATION_WINDOW_MS = 2000;
const PRUNE_INTERVAL_MS = 1000;

/**
 * Furigana for one document: annotate what is on screen first, the rest in small slices, follow
 * the page's mutations without reacting to our own, and remove everything on disable.
 */
export class FuriganaController {
  private readonly applied = new Set<AppliedAnnotation>();
  private readonly ownNodes = new WeakSet<Node>();
  private readonly reannotations = new WeakMap<Element, { count: number; since: number }>();
  private readonly pending = new Set<Text>();
  private observer: MutationObserver | undefined;
  private enabled = false;
  private generation = 0;
  private draining: Promise<void> | undefined;
  private readonly batchChars: number;
  private readonly own: OwnNodes;

  constructor(
    private readonly doc: Document,
    private readonly options: ControllerOptions,
  ) {
    this.batchChars = options.batchChars ?? 4000;
    this.own = options.own ?? new OwnNodes();
  }

  get isEnabled(): boolean {
    return this.enabled;
  }

  /** Number of text nodes currently carrying our annotations. */
  get appliedCount(): number {
    return this.applied.size;
  }

  enable(): Promise<void> {
    if (this.enabled) return this.idle();
    this.enabled = true;
    const gen = ++this.generation;
    const root = this.doc.body ?? this.doc.documentElement;
    if (!root) return Promise.resolve();
    this.observe(root);
    this.draining = this.untilSettled(this.scanPage(root, gen));
    return this.draining.then(() => this.drain());
  }

  /**
   * Marks `work` as the one running pass until it settles. A pass of an earlier generation that ends
   * later must not clear the mark of the current one (a second runner would start beside it).
   */
  private untilSettled(work: Promise<void>): Promise<void> {
    const marked = work.finally(() => {
      if (this.draining === marked) this.draining = undefined;
    });
    return marked;
  }

  /** Queue the page's text: what the reader sees first, the rest in document order. */
  private async scanPage(root: Node, gen: number): Promise<void> {
    const nodes = await findJapaneseTextNodesInSlices(root, SLICE_BUDGET_MS, yieldToPage);
    if (gen !== this.generation) return;
    const isVisible = this.options.isVisible;
    const visible = new Set<Text>();
    if (isVisible) {
      await forEachInSlices(
        nodes,
        (t) => {
          if (t.parentElement && isVisible(t.parentElement)) visible.add(t);
        },
        () => gen !== this.generation,
      );
    }
    for (const t of visible) this.pending.add(t);
    for (const t of nodes) if (!visible.has(t)) this.pending.add(t);
  }

  /** Remove every annotation, restoring the page's own text nodes. */
  disable(): void {
    this.enabled = false;
    this.generation++;
    this.observer?.disconnect();
    this.observer = undefined;
    this.pending.clear();
    for (const a of this.applied) removeAnnotation(a);
    this.applied.clear();
  }

  /** Resolves when all queued work is done (tests and benchmarks wait on it). */
  idle(): Promise<void> {
    return this.draining ?? Promise.resolve();
  }

  private observe(root: Node): void {
    const Observer = this.doc.defaultView?.MutationObserver ?? MutationObserver;
    this.observer = new Observer((records) => this.onMutations(records));
    this.observer.observe(root, { childList: true, subtree: true, characterData: true });
  }

  private onMutations(records: MutationRecord[]): void {
    if (!this.enabled) return;
    let queued = false;
    let removedSome = false;
    for (const rec of records) {
      if (rec.type === 'characterData') {
        const t = rec.target as Text;
        if (!this.ownNodes.has(t) && !isOwnNode(t)) queued = this.queue(t) || queued;
        continue;
      }
      if (rec.removedNodes.length) removedSome = true;
      for (const n of Array.from(rec.addedNodes)) {
        if (this.ownNodes.has(n) || isOwnNode(n)) continue;
        if (n.nodeType === 1 || n.nodeType === 3) {
          for (const t of findJapaneseTextNodes(n)) queued = this.queue(t) || queued;
        }
      }
    }
    // Pruning walks every annotation: at most once a second, however busy the page is.
    const now = performance.now();
    if (removedSome && now - this.lastPrune > PRUNE_INTERVAL_MS) {
      this.lastPrune = now;
      this.pruneDetached();
    }
    if (queued) void this.drain();
  }

  private queue(t: Text): boolean {
    if (!t.isConnected || isInSkippedContext(t)) return false;
    const parent = t.parentElement;
    if (parent) {
      const now = performance.now();
      let r = this.reannotations.get(parent);
      if (!r || now - r.since > REANNOTATION_WINDOW_MS) {
        r = { count: 0, since: now };
        this.reannotations.set(parent, r);
      }
      if (++r.count > MAX_REANNOTATIONS) return false;
    }
    this.pending.add(t);
    return true;
  }

  /** Forget annotations whose nodes the page removed (SPA navigation), so memory stays bounded. */
  private lastPrune = -Infinity;

  private pruneDetached(): void {
    for (const a of this.applied) {
      if (!a.inserted.some((n) => n.isConnected)) this.applied.delete(a);
    }
  }

  private drain(): Promise<void> {
    if (this.draining) return this.draining;
    const gen = this.generation;
    const run = async () => {
      while (this.pending.size > 0 && gen === this.generation) {
        const batch = this.takeBatch();
        if (batch.length === 0) break;
        const texts = batch.map((t) => t.data);
        const contexts = batch.map((t) => textContextOf(t));
        let results: Annotation[];
        try {
          results = await this.options.annotateTexts(texts, contexts);
        } catch (err) {
          this.options.onError?.(err);
          this.pending.clear();
          return;
        }
        if (gen !== this.generation) return;
        const pairs = batch.map((node, i) => ({ node, text: texts[i]!, ann: results[i] }));
        await forEachInSlices(
          pairs,
          ({ node, text, ann }) => {
            if (!ann) return;
            const applied = applyAnnotation(node, text, ann, this.own);
            if (!applied) return;
            for (const n of applied.inserted) this.ownNodes.add(n);
            this.applied.add(applied);
          },
          () => gen !== this.generation,
        );
      }
    };
    // Marked only once run() has returned: a pass with nothing to do finishes synchronously, and a
    // mark cleared inside it would then be set again, stale, and block every later drain.
    this.draining = this.untilSettled(run());
    return this.draining;
  }

  /** Next batch in queue order (on-screen first), up to batchChars; stale nodes dropped. */
  private takeBatch(): Text[] {
    const batch: Text[] = [];
    let chars = 0;
    const started = performance.now();
    for (const t of this.pending) {
      if (batch.length > 0 && chars + t.data.length > this.batchChars) break;
      this.pending.delete(t);
      if (!t.isConnected || isOwnNode(t)) continue;
      batch.push(t);
      chars += t.data.length;
      if (performance.now() - started > SLICE_BUDGET_MS) break;
    }
    return batch;
  }
}
