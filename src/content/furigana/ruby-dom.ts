import type { Annotation, GlossaryTerm, RubySpan } from '../../core/types';
import { isKana } from '../../core/text/chars';
import type { OwnNodes } from '../own-nodes';
import { OWN_CLASS } from './find-text-nodes';

/**
 * Applying and removing annotations: the one place where ruby enters and leaves a page. The page's
 * own nodes are kept and put back on removal, so turning furigana off leaves the very same nodes
 * the page had. The last text node of a run even stays in the page, holding the text after our
 * nodes: frameworks keep references to their text nodes and insert before them, remove them or
 * write to them, and all of that keeps working (the controller notices and steps back).
 *
 * Readings live in a `data-r` attribute shown by CSS `rt::before { content: attr(data-r) }`:
 * generated content is never selected, copied, found by Ctrl+F or read by `textContent`, so the
 * page's text stays exactly the page's text.
 */
export interface AppliedAnnotation {
  /** The page's nodes taken out (text nodes before the last one, separators), in order. */
  originals: Node[];
  inserted: Node[];
  /** The run's last text node, left in place; its data before we shortened it and after. */
  kept: Text;
  keptData: string;
  keptNow: string;
}

export const RUBY_CLASS = `${OWN_CLASS}-ruby`;
export const TERM_CLASS = `${OWN_CLASS}-term`;

/**
 * A term is a Tab stop (a button that opens its popup) only when the reader asked for keyboard
 * navigation of terms: otherwise a news page would get dozens of extra Tab stops between its links.
 */
export function setTermFocusable(mark: HTMLElement, focusable: boolean): void {
  if (focusable) {
    mark.tabIndex = 0;
    mark.setAttribute('role', 'button');
    mark.setAttribute('aria-haspopup', 'dialog');
  } else {
    mark.removeAttribute('tabindex');
    mark.removeAttribute('role');
    mark.removeAttribute('aria-haspopup');
  }
}

/**
 * Styles a ruby for the reader (ruby-view.ts): visibility, script, size, overhang. `free` says on
 * which sides the base has a kana neighbour without ruby in the same text.
 */
export type RubyDecorator = (
  ruby: HTMLElement,
  rt: HTMLElement,
  span: RubySpan,
  free: { before: boolean; after: boolean },
) => void;

/**
 * Characters a reading may overhang (JIS X 4051): kana, and punctuation and brackets, whose glyphs
 * leave half their box blank.
 */
const OVERHANG_PUNCTUATION = /^[、。，．・：；「」『』（）()【】〈〉《》〔〕！？]$/;
const isKanaChar = (ch: string | undefined) =>
  ch !== undefined && (isKana(ch) || OVERHANG_PUNCTUATION.test(ch));

function makeRuby(doc: Document, reading: string, own: OwnNodes): HTMLElement {
  const ruby = doc.createElement('ruby');
  ruby.className = RUBY_CLASS;
  // Known by identity (the class is for our stylesheet only): see own-nodes.ts.
  own.addRuby(ruby, reading);
  return ruby;
}

function makeTermMark(doc: Document, t: GlossaryTerm, focusable: boolean, own: OwnNodes): HTMLElement {
  const mark = doc.createElement('span');
  mark.className = TERM_CLASS;
  mark.setAttribute('data-kind', t.kind);
  if (focusable) setTermFocusable(mark, true);
  own.addTerm(mark, t);
  return mark;
}

/**
 * Writes the joined text of a run into our containers. The page's separators (comments, empty
 * inline elements) between its text nodes go back at their offsets, inside a ruby when the word
 * they split is one: 岸<!---->田 becomes <ruby>岸<!---->田<rt></ruby> and keeps the comment.
 */
class RunWriter {
  private i = 0;
  private sep = 0;

  constructor(
    private readonly doc: Document,
    private readonly text: string,
    private readonly separators: { at: number; node: Node }[],
    private readonly own: OwnNodes,
    private readonly decorate?: RubyDecorator,
  ) {}

  /**
   * Append text [this.i, to) to `parent` with the separators inside it. A separator exactly at
   * `to` goes in too when `closing` is false (plain text), and is left for what follows otherwise
   * (a ruby base: a separator at its end belongs outside it).
   */
  write(parent: Node, to: number, closing = false): void {
    for (;;) {
      const next = this.separators[this.sep];
      const take = next !== undefined && (next.at < to || (!closing && next.at === to));
      const end = take ? next.at : to;
      if (end > this.i) parent.appendChild(this.doc.createTextNode(this.text.slice(this.i, end)));
      this.i = end;
      if (!take) return;
      parent.appendChild(next.node);
      this.sep++;
    }
  }

  get pos(): number {
    return this.i;
  }

  /** Ruby spans inside [this.i, to), with the text between them. */
  rubyRange(parent: Node, ruby: RubySpan[], to: number): void {
    const from = this.i;
    const text = this.text;
    for (let k = 0; k < ruby.length; k++) {
      const r = ruby[k]!;
      if (r.start < this.i || r.end > to || r.start < from || r.start >= r.end) continue;
      this.write(parent, r.start);
      const el = makeRuby(this.doc, r.reading, this.own);
      this.write(el, r.end, true);
      const rt = this.doc.createElement('rt');
      if (this.decorate) {
        // A neighbour is free for an overhang when it is kana and not the base of the next/previous ruby.
        const free = {
          before: isKanaChar(text[r.start - 1]) && ruby[k - 1]?.end !== r.start,
          after: isKanaChar(text[r.end]) && ruby[k + 1]?.start !== r.end,
        };
        this.decorate(el, rt, { ...r, base: text.slice(r.start, r.end) }, free);
      } else rt.setAttribute('data-r', r.reading);
      el.appendChild(rt);
      parent.appendChild(el);
    }
    this.write(parent, to);
  }
}

/**
 * Variation selectors (葛󠄀, 神︀) and combining marks belong to the character before them: a span
 * ending just before one is extended over it, or the mark would be cut from its base.
 */
const MARK = /^(?:[\u0300-\u036f]|[\u20d0-\u20ff]|\u3099|\u309a|[\ufe00-\ufe0f]|\udb40[\udd00-\uddef])/;

function afterMarks(text: string, end: number): number {
  let at = end;
  for (let m = MARK.exec(text.slice(at, at + 2)); m; m = MARK.exec(text.slice(at, at + 2))) at += m[0].length;
  return at;
}

/** The run's text: its text nodes joined, with where each separator sits in it. */
export function joinRun(parts: readonly Node[]): { text: string; separators: { at: number; node: Node }[] } {
  let text = '';
  const separators: { at: number; node: Node }[] = [];
  for (const p of parts) {
    if (p.nodeType === 3) text += (p as Text).data;
    else separators.push({ at: text.length, node: p });
  }
  return { text, separators };
}

/**
 * Put ruby (and term marks) over a run of sibling nodes: our nodes go in before the run's last text
 * node, which keeps only the text after the last annotation. Returns null when nothing applies or
 * the run no longer holds `text` (the page changed it meanwhile).
 */
export interface ApplyOptions {
  /** Styles each new ruby for the reader (ruby-view.ts). */
  decorate?: RubyDecorator;
  /** New glossary terms are Tab stops (the reader's keyboard setting). */
  focusableTerms?: boolean;
}

export function applyToRun(
  parts: readonly Node[],
  text: string,
  ann: Annotation,
  own: OwnNodes,
  opts: ApplyOptions = {},
): AppliedAnnotation | null {
  const kept = parts[parts.length - 1];
  const parent = kept?.parentNode;
  if (!kept || kept.nodeType !== 3 || !parent || parts.some((p) => p.parentNode !== parent)) return null;
  const joined = joinRun(parts);
  if (joined.text !== text) return null;
  const doc = kept.ownerDocument!;
  const ruby = [...ann.ruby]
    .sort((a, b) => a.start - b.start)
    .filter((r) => r.start < r.end && r.end <= text.length)
    .map((r) => ({ ...r, end: afterMarks(text, r.end) }));
  // Terms must not cut through a ruby span; such a term is dropped rather than breaking the ruby.
  const terms = [...ann.terms]
    .sort((a, b) => a.start - b.start)
    .map((t) => ({ ...t, end: afterMarks(text, t.end) }))
    .filter(
      (t) =>
        t.start < t.end &&
        t.end <= text.length &&
        !ruby.some((r) => (r.start < t.start && t.start < r.end) || (r.start < t.end && t.end < r.end)),
    );
  if (ruby.length === 0 && terms.length === 0) return null;
  const keptText = kept as Text;
  const keptStart = text.length - keptText.data.length;
  const lastEnd = Math.max(0, ...ruby.map((r) => r.end), ...terms.map((t) => t.end));
  const keepFrom = Math.max(keptStart, lastEnd);
  const frag = doc.createDocumentFragment();
  const w = new RunWriter(doc, text, joined.separators, own, opts.decorate);
  for (const t of terms) {
    if (t.start < w.pos) continue;
    w.rubyRange(frag, ruby, t.start);
    const mark = makeTermMark(doc, t, opts.focusableTerms ?? false, own);
    w.rubyRange(mark, ruby, t.end);
    frag.appendChild(mark);
  }
  w.rubyRange(frag, ruby, keepFrom);
  const originals = parts.slice(0, -1);
  const inserted = Array.from(frag.childNodes).filter((n) => !originals.includes(n));
  for (const p of originals) if (p.nodeType === 3 && p.parentNode) p.parentNode.removeChild(p);
  const keptData = keptText.data;
  const keptNow = text.slice(keepFrom);
  if (keptNow !== keptData) keptText.data = keptNow;
  parent.insertBefore(frag, kept);
  return { originals: [...originals], inserted, kept: keptText, keptData, keptNow };
}

/** One text node: the common case of a run. */
export function applyAnnotation(
  node: Text,
  text: string,
  ann: Annotation,
  own: OwnNodes,
  opts: ApplyOptions = {},
): AppliedAnnotation | null {
  return applyToRun([node], text, ann, own, opts);
}

/**
 * Cut one long text node at `cuts` into plain text nodes of our own (the node itself keeps the
 * last piece): each piece is then annotated on its own when the reader gets to it.
 */
export function splitIntoPieces(
  node: Text,
  cuts: readonly number[],
): { applied: AppliedAnnotation; pieces: Text[] } {
  const doc = node.ownerDocument;
  const keptData = node.data;
  const pieces: Text[] = [];
  let from = 0;
  for (const cut of cuts) {
    if (cut > from) pieces.push(doc.createTextNode(keptData.slice(from, cut)));
    from = cut;
  }
  const frag = doc.createDocumentFragment();
  frag.append(...pieces);
  const keptNow = keptData.slice(from);
  node.data = keptNow;
  node.parentNode!.insertBefore(frag, node);
  return {
    applied: { originals: [], inserted: [...pieces], kept: node, keptData, keptNow },
    pieces: [...pieces, node],
  };
}

/**
 * Put the page's nodes back: the kept node gets its text again (unless the page wrote to it since,
 * then the page's text stands), the nodes taken out go back before it, ours leave. Records made on
 * top of this one must be removed first (newest first).
 */
export function removeAnnotation(applied: AppliedAnnotation): void {
  const { kept } = applied;
  if (kept.data === applied.keptNow && applied.keptNow !== applied.keptData) kept.data = applied.keptData;
  const ref: Node | undefined = kept.parentNode ? kept : applied.inserted.find((n) => n.parentNode);
  const parent = ref?.parentNode;
  if (ref && parent) for (const o of applied.originals) parent.insertBefore(o, ref);
  for (const n of applied.inserted) {
    if (n.parentNode) n.parentNode.removeChild(n);
  }
}

/** Whether a node is (inside) something Yomitoki inserted. */
export function isOwnNode(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return !!el?.closest(`.${RUBY_CLASS}, .${TERM_CLASS}`);
}
