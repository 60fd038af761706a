import type { Annotation } from '../../core/types';
import { splitLongText } from './split-text';
import { OwnNodes } from '../own-nodes';
import { findJapaneseTextNodes, findJapaneseTextNodesInSlices } from './find-text-nodes';
import { applyToRun, isOwnNode, joinRun, splitIntoPieces, type RubyDecorator } from './ruby-dom';
import { ShadowRootWatch } from './shadow-roots';
import { afterNextFrame, SLICE_BUDGET_MS, yieldToPage } from './slice-scheduler';
import { groupRuns, RUN_MAX_CHARS, runLength, type Run } from './text-runs';
import { AppliedRecords } from './applied-records';
import { NearQueue } from './near-queue';
import { FightBackGuard } from './fight-back-guard';
import { AnnotationRequests, type AnnotateTexts } from './annotation-requests';

export interface ControllerOptions {
  annotateTexts: AnnotateTexts;
  /** Reports a failure the user must see (dictionary missing…). */
  onError?: (err: unknown) => void;
  /** Characters per request: big enough to amortise messaging, small enough to apply in slices. */
  batchChars?: number;
  /** Annotate only what is near the viewport (IntersectionObserver); otherwise the whole page. */
  lazy?: boolean;
  /** Styles each new ruby for the reader (mode, known words, script, size): ruby-view.ts. */
  decorateRuby?: RubyDecorator;
  /** Whether new glossary terms are Tab stops (the reader's keyboard setting). */
  focusableTerms?: () => boolean;
  /** Where our ruby and term marks are registered (the popup trusts only those); one per content script. */
  own?: OwnNodes;
}

const PRUNE_INTERVAL_MS = 1000;
/**
 * Per frame: our script time and the text we put ruby into. The style and layout work of an
 * insertion follows it in the same frame and grows with the text touched, so both are capped.
 * Measured side by side (bench:compare, bench:pages): 8 ms / 3,000 characters puts a screen of
 * news in one or two frames and adds no long-animation-frame blocking; 4 ms / 1,500 spread it over
 * several frames, and Firefox's warm page took ~30% longer for it.
 */
const APPLY_BUDGET_MS = 8;
const APPLY_CHARS_PER_FRAME = 3000;
const PIECE_CHARS = 800;
const FIRST_BATCH_CHARS = 1200;
/**
 * Text asked for at the start of a lazy pass, before the viewport's first report: about what the
 * near window (the view and two screens ahead, viewport.ts) holds of a news page from its top.
 */
const EARLY_CHARS = 3600;

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
  private readonly records = new AppliedRecords((t) =>
    this.originalsObserver?.observe(t, { characterData: true }),
  );
  private readonly guard = new FightBackGuard(
    (el) => this.retry(el),
    () => this.generation,
  );
  private pending: Run[] = [];
  private observer: MutationObserver | undefined;
  private originalsObserver: MutationObserver | undefined;
  private near: NearQueue | undefined;
  private shadows: ShadowRootWatch | undefined;
  private enabled = false;
  /** Furigana were on before in this document: the reader may be anywhere in it, not at its top. */
  private enabledBefore = false;
  private scanning = false;
  private generation = 0;
  private draining: Promise<void> | undefined;
  private idleWaiters: (() => void)[] = [];
  private lastPrune = -Infinity;
  private readonly batchChars: number;
  private readonly own: OwnNodes;
  private readonly requests: AnnotationRequests;

  constructor(
    private readonly doc: Document,
    private readonly options: ControllerOptions,
  ) {
    this.batchChars = options.batchChars ?? 4000;
    this.own = options.own ?? new OwnNodes();
    this.requests = new AnnotationRequests(options.annotateTexts);
  }

  get isEnabled(): boolean {
    return this.enabled;
  }

  /** Number of text runs currently carrying our annotations. */
  get appliedCount(): number {
    return this.records.size;
  }

  /** Resolves once what is near the viewport (everything, when not lazy) is annotated. */
  enable(): Promise<void> {
    if (this.enabled) return this.idle();
    this.enabled = true;
    const newPage = !this.enabledBefore;
    this.enabledBefore = true;
    const gen = ++this.generation;
    const root = this.doc.body ?? this.doc.documentElement;
    if (!root) return Promise.resolve();
    const win = this.doc.defaultView;
    this.near = new NearQueue(win, !!this.options.lazy, (runs) => this.onNear(runs));
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
        this.addRuns(groupRuns(nodes), newPage);
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
    this.near?.disconnect();
    this.near = undefined;
    this.shadows?.stop();
    this.shadows = undefined;
    this.pending = [];
    this.requests.clear();
    this.scanning = false;
    // A runner of this pass may still wait for the host; it ends on its generation check.
    this.draining = undefined;
    // Newest first: a record made on pieces of another is undone before that other.
    this.records.restoreAll();
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
      (!this.scanning && !this.draining && this.pending.length === 0 && (this.near?.settled ?? true))
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
    this.addRuns(groupRuns(nodes.filter((t) => this.guard.admit(t, t.parentElement, counted))));
  }

  /**
   * Queue runs: at once when not lazy, else when their element comes near the viewport. The page's
   * first runs (`pageStart`) are also asked for at once, while the page renders for the first time.
   */
  private addRuns(runs: Run[], pageStart = false): void {
    if (!this.enabled || runs.length === 0 || !this.near) return;
    // A long text node is cut as soon as it is found: on a new page before its first layout is
    // done, and in any case one relayout of its block fewer than cutting it when it comes near.
    const out: Run[] = [];
    for (const run of runs) {
      const long = run.parts.length === 1 && (run.parts[0] as Text).data.length > RUN_MAX_CHARS;
      if (long && this.isCurrent(run)) out.push(...this.cutIntoPieces(run));
      else out.push(run);
    }
    if (pageStart && this.near.isLazy) {
      this.requests.askEarly(out, (run) => joinRun(run.parts).text, {
        maxChars: EARLY_CHARS,
        firstChars: FIRST_BATCH_CHARS,
        restChars: this.batchChars,
      });
    }
    this.near.add(out);
  }

  private onNear(runs: Run[]): void {
    if (!this.enabled) return;
    // What just came near goes first: after a jump the reader looks there, not where they were.
    if (runs.length) this.pending = [...runs, ...this.pending];
    void this.drain();
    this.checkIdle();
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
        const a = this.records.keptBy(t);
        if (a) {
          // Our own shortening of the node shows up here too: only a different text is the page's.
          if (this.records.isOurWrite(t)) continue;
          this.records.restore(a);
        } else if (this.records.isOurWrite(t)) continue;
        if (!this.records.ownNodes.has(t) && !isOwnNode(t) && this.guard.admit(t, t.parentElement, counted))
          found.push(t);
        continue;
      }
      for (const n of Array.from(rec.removedNodes)) {
        removedSome = true;
        // The page removed or moved a text node it owns that holds the end of one of our runs.
        const a = this.records.keptBy(n);
        if (a) {
          this.records.restore(a);
          if (this.guard.admit(n as Text, rec.target, counted)) found.push(n as Text);
        }
      }
      for (const n of Array.from(rec.addedNodes)) {
        if (this.records.ownNodes.has(n) || isOwnNode(n)) continue;
        // Inserted before its text node, the page means before all of that node's text.
        const next = this.records.keptBy(n.nextSibling);
        if (next && n.previousSibling && this.records.ownNodes.has(n.previousSibling)) {
          this.records.restore(next);
          if (this.guard.admit(next.kept, rec.target, counted)) found.push(next.kept);
        }
        if (n.nodeType === 1 || n.nodeType === 3) {
          for (const t of findJapaneseTextNodes(n, onShadow))
            if (this.guard.admit(t, rec.target, counted)) found.push(t);
        }
      }
    }
    this.shadows?.poke();
    // Pruning walks every annotation: at most once a second, however busy the page is.
    const now = performance.now();
    if (removedSome && now - this.lastPrune > PRUNE_INTERVAL_MS) {
      this.lastPrune = now;
      this.records.pruneDetached();
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
      const a = this.records.tookOut(rec.target);
      if (a) this.records.restore(a);
    }
  }

  /** Text of an element refused earlier, looked at again (FightBackGuard decides when). */
  private retry(el: Element): void {
    const nodes = findJapaneseTextNodes(el).filter((n) => !this.records.isAnnotated(n) && !isOwnNode(n));
    this.addRuns(groupRuns(nodes));
  }

  private drain(): Promise<void> {
    if (this.draining) return this.draining;
    if (this.pending.length === 0) {
      this.checkIdle();
      return Promise.resolve();
    }
    const gen = this.generation;
    const run = async () => {
      // The next request is sent before the current answer is applied: the host works on it while
      // the page draws ours.
      const ask = (batch: Unit[]) => ({ batch, answers: this.requests.answers(batch) });
      let next: ReturnType<typeof ask> | undefined = ask(this.takeBatch(FIRST_BATCH_CHARS));
      while (next && gen === this.generation) {
        const { batch, answers } = next;
        let results: Annotation[];
        try {
          results = await answers;
        } catch (err) {
          this.options.onError?.(err);
          this.pending = [];
          return;
        }
        if (gen !== this.generation) return;
        next = this.pending.length > 0 ? ask(this.takeBatch(this.batchChars)) : undefined;
        await this.applyInFrames(batch, results, gen);
        if (!next && this.pending.length > 0 && gen === this.generation) {
          next = ask(this.takeBatch(this.batchChars));
        }
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

  /** Next runs in queue order (nearest first), up to batchChars; stale runs dropped. */
  private takeBatch(maxChars: number): Unit[] {
    const batch: Unit[] = [];
    let chars = 0;
    while (this.pending.length > 0) {
      const run = this.pending[0]!;
      const len = runLength(run);
      if (batch.length > 0 && chars + len > maxChars) break;
      this.pending.shift();
      if (!this.isCurrent(run)) continue;
      if (run.parts.length === 1 && len > RUN_MAX_CHARS) {
        this.near?.add(this.cutIntoPieces(run));
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

  /** One long text node: cut it (as plain text of ours) at sentence ends; the pieces are runs. */
  private cutIntoPieces(run: Run): Run[] {
    const node = run.parts[0] as Text;
    const cuts: number[] = [];
    let at = 0;
    for (const p of splitLongText(node.data, PIECE_CHARS).slice(0, -1)) cuts.push((at += p.length));
    const { applied, pieces } = splitIntoPieces(node, cuts);
    this.records.addPieces(applied, pieces);
    return pieces.map((p) => ({ parts: [p], target: run.target }));
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
        const applied = applyToRun(run.parts, text, ann, this.own, {
          decorate: this.options.decorateRuby,
          focusableTerms: this.options.focusableTerms?.() ?? false,
        });
        if (applied) this.records.add(applied);
        chars += text.length;
      }
      if (
        i < batch.length &&
        (performance.now() - started > APPLY_BUDGET_MS || chars > APPLY_CHARS_PER_FRAME)
      ) {
        await (this.near?.isLazy ? afterNextFrame(win) : yieldToPage());
        if (gen !== this.generation) return;
        started = performance.now();
        chars = 0;
      }
    }
  }
}
