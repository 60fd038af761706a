import { removeAnnotation, type AppliedAnnotation } from './ruby-dom';

/**
 * What Yomitoki changed in one document, and how to undo it: every applied annotation, our own
 * nodes (known by identity), the page's text nodes left in place (shortened) or taken out, and the
 * records made on pieces of a long node (undone with, and before, the record that cut it).
 */
export class AppliedRecords {
  private readonly applied = new Set<AppliedAnnotation>();
  /** Nodes we created. */
  readonly ownNodes = new WeakSet<Node>();
  private readonly children = new WeakMap<AppliedAnnotation, AppliedAnnotation[]>();
  private readonly pieceOf = new WeakMap<Node, AppliedAnnotation>();
  /** Page text nodes taken out of the page, to their record: the page may still write to them. */
  private readonly takenOut = new WeakMap<Node, AppliedAnnotation>();
  /** Kept text nodes (left in the page, shortened) to their outermost record, and what we left in them. */
  private readonly keptRecord = new WeakMap<Node, AppliedAnnotation>();
  private readonly keptNowOf = new WeakMap<Node, string>();

  constructor(
    /** A page text node we took out: watch it for the page's writes. */
    private readonly watchTakenOut: (t: Text) => void,
  ) {}

  get size(): number {
    return this.applied.size;
  }

  add(a: AppliedAnnotation): void {
    for (const n of a.inserted) this.ownNodes.add(n);
    this.applied.add(a);
    this.keptNowOf.set(a.kept, a.keptNow);
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
      this.takenOut.set(o, a);
      this.watchTakenOut(o as Text);
    }
  }

  /** A long node cut into `pieces` (plain text of ours, and the node itself holding the last). */
  addPieces(a: AppliedAnnotation, pieces: readonly Text[]): void {
    this.add(a);
    for (const p of pieces) this.pieceOf.set(p, a);
  }

  /** The live record whose kept node `n` is. */
  keptBy(n: Node | null): AppliedAnnotation | undefined {
    const a = n ? this.keptRecord.get(n) : undefined;
    return a && this.applied.has(a) ? a : undefined;
  }

  /** The live record that took `n` out of the page. */
  tookOut(n: Node): AppliedAnnotation | undefined {
    const a = this.takenOut.get(n);
    return a && this.applied.has(a) ? a : undefined;
  }

  /** Whether the text `t` holds is the text we last left in it (our own write, not the page's). */
  isOurWrite(t: Text): boolean {
    return this.keptNowOf.get(t) === t.data;
  }

  /** Whether text is already ours or annotated (a node we made, or a kept node with live record). */
  isAnnotated(t: Node): boolean {
    return this.ownNodes.has(t) || !!this.keptBy(t);
  }

  /** Undo one record (and the records made on its pieces), leaving the page's nodes as they were. */
  restore(a: AppliedAnnotation): void {
    for (const c of (this.children.get(a) ?? []).slice().reverse()) if (this.applied.has(c)) this.restore(c);
    removeAnnotation(a);
    this.applied.delete(a);
    this.keptNowOf.set(a.kept, a.kept.data);
    if (this.keptRecord.get(a.kept) === a) this.keptRecord.delete(a.kept);
    for (const n of a.inserted) this.pieceOf.delete(n);
    if (this.pieceOf.get(a.kept) === a) this.pieceOf.delete(a.kept);
  }

  /** Undo everything, newest first (a record made on pieces of another before that other). */
  restoreAll(): void {
    for (const a of Array.from(this.applied).reverse()) removeAnnotation(a);
    this.applied.clear();
  }

  /** Forget records whose nodes the page removed (SPA navigation), so memory stays bounded. */
  pruneDetached(): void {
    const detached = (a: AppliedAnnotation): boolean =>
      !a.kept.isConnected &&
      !a.inserted.some((n) => n.isConnected) &&
      (this.children.get(a) ?? []).every(detached);
    for (const a of this.applied) if (detached(a)) this.applied.delete(a);
  }
}
