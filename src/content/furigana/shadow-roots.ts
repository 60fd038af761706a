import { isInSkippedContext, isSkippedElement } from './find-text-nodes';

/**
 * Open shadow roots of a document. Those present when an element arrives are found while walking
 * (find-text-nodes); a root attached later to an element already on the page changes nothing a
 * MutationObserver outside it can see, and a content script cannot hook attachShadow without
 * patching the page's prototypes. So an occasional sweep looks for new roots: cheap (one native
 * querySelectorAll per tree), more often right after the page changed, rarer while it is quiet.
 */
const FIRST_DELAY_MS = 250;
const MAX_DELAY_MS = 4000;

export class ShadowRootWatch {
  private readonly known = new WeakSet<ShadowRoot>();
  private roots: ShadowRoot[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private delay = FIRST_DELAY_MS;
  private running = false;

  constructor(
    private readonly doc: Document,
    /** A root seen for the first time: observe it and read its text. */
    private readonly onNewRoot: (root: ShadowRoot, fresh: boolean) => void,
  ) {}

  /** Record a root found while walking. Returns false when it was known already. */
  add(root: ShadowRoot): boolean {
    if (this.known.has(root)) return false;
    this.known.add(root);
    this.roots.push(root);
    return true;
  }

  start(): void {
    this.running = true;
    this.delay = FIRST_DELAY_MS;
    this.schedule();
  }

  stop(): void {
    this.running = false;
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** The page changed: look again soon. */
  poke(): void {
    if (!this.running || this.delay === FIRST_DELAY_MS) return;
    this.delay = FIRST_DELAY_MS;
    clearTimeout(this.timer);
    this.schedule();
  }

  private schedule(): void {
    this.timer = setTimeout(() => {
      const started = performance.now();
      this.sweep();
      // A sweep that costs more (a huge DOM) runs proportionally less often.
      const cost = performance.now() - started;
      this.delay = Math.min(MAX_DELAY_MS, Math.max(this.delay * 2, cost * 200));
      if (this.running) this.schedule();
    }, this.delay);
  }

  sweep(): void {
    this.roots = this.roots.filter((r) => r.host.isConnected);
    const trees: (Document | ShadowRoot)[] = [this.doc, ...this.roots];
    const found: ShadowRoot[] = [];
    for (const tree of trees) {
      for (const el of Array.from(tree.querySelectorAll('*'))) {
        const s = el.shadowRoot;
        if (s && !this.known.has(s) && !isSkippedElement(el) && !isInSkippedContext(el)) found.push(s);
      }
    }
    for (const s of found) if (this.add(s)) this.onNewRoot(s, true);
  }
}
