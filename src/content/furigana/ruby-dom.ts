import type { Annotation, RubySpan } from '../../core/types';
import type { OwnNodes } from '../own-nodes';
import { OWN_CLASS } from './find-text-nodes';

/**
 * Applying and removing annotations. The original Text node is kept and put back on removal, so
 * turning furigana off leaves the very same nodes the page had (frameworks keep references to them).
 *
 * Readings live in a `data-r` attribute shown by CSS `rt::before { content: attr(data-r) }`:
 * generated content is never selected, copied, found by Ctrl+F or read by `textContent`, so the
 * page's text stays exactly the page's text.
 */
export interface AppliedAnnotation {
  original: Text;
  inserted: Node[];
}

export const RUBY_CLASS = `${OWN_CLASS}-ruby`;
export const TERM_CLASS = `${OWN_CLASS}-term`;

/**
 * Ruby text size (em) for a reading: 0.5em while the reading fits over its base, smaller when it
 * is longer, so the base is not spread apart (Firefox widens the base to fit the ruby).
 */
export function rubyFontSize(base: string, reading: string): number {
  const ratio = reading.length / Math.max(1, base.length);
  return Math.max(0.3, Math.min(0.5, Math.round((1.15 / ratio) * 100) / 100));
}

function makeRuby(doc: Document, r: RubySpan, own: OwnNodes): HTMLElement {
  const ruby = doc.createElement('ruby');
  ruby.className = RUBY_CLASS;
  // Known by identity (the class is for our stylesheet only): see own-nodes.ts.
  own.addRuby(ruby, r.reading);
  ruby.appendChild(doc.createTextNode(r.base));
  const rt = doc.createElement('rt');
  rt.setAttribute('data-r', r.reading);
  const size = rubyFontSize(r.base, r.reading);
  // CSSOM, not a style attribute string: allowed by strict page CSPs.
  if (size < 0.5) rt.style.setProperty('font-size', `${size}em`);
  ruby.appendChild(rt);
  return ruby;
}

/** Build the nodes for `text` with ruby over `ruby` spans, inside `[from, to)`. */
function appendRubyRange(
  doc: Document,
  parent: Node,
  text: string,
  ruby: RubySpan[],
  from: number,
  to: number,
  own: OwnNodes,
): void {
  let i = from;
  for (const r of ruby) {
    if (r.start < i || r.end > to || r.start < from) continue;
    if (r.start > i) parent.appendChild(doc.createTextNode(text.slice(i, r.start)));
    parent.appendChild(makeRuby(doc, { ...r, base: text.slice(r.start, r.end) }, own));
    i = r.end;
  }
  if (i < to) parent.appendChild(doc.createTextNode(text.slice(i, to)));
}

/**
 * Replace a text node by text + <ruby> (+ term marks). Returns null when nothing applies or the
 * annotation no longer matches the node's text (the page changed it meanwhile).
 */
export function applyAnnotation(
  node: Text,
  text: string,
  ann: Annotation,
  own: OwnNodes,
): AppliedAnnotation | null {
  const parent = node.parentNode;
  if (!parent || node.data !== text) return null;
  if (ann.ruby.length === 0 && ann.terms.length === 0) return null;
  const doc = node.ownerDocument;
  const frag = doc.createDocumentFragment();
  const ruby = [...ann.ruby].sort((a, b) => a.start - b.start);
  // Terms must not cut through a ruby span; such a term is dropped rather than breaking the ruby.
  const terms = [...ann.terms]
    .sort((a, b) => a.start - b.start)
    .filter(
      (t) => !ruby.some((r) => (r.start < t.start && t.start < r.end) || (r.start < t.end && t.end < r.end)),
    );
  let i = 0;
  for (const t of terms) {
    if (t.start < i || t.end > text.length || t.start >= t.end) continue;
    appendRubyRange(doc, frag, text, ruby, i, t.start, own);
    const mark = doc.createElement('span');
    mark.className = TERM_CLASS;
    mark.setAttribute('data-kind', t.kind);
    mark.tabIndex = 0;
    own.addTerm(mark, t);
    appendRubyRange(doc, mark, text, ruby, t.start, t.end, own);
    frag.appendChild(mark);
    i = t.end;
  }
  appendRubyRange(doc, frag, text, ruby, i, text.length, own);
  const inserted = Array.from(frag.childNodes);
  parent.replaceChild(frag, node);
  return { original: node, inserted };
}

/** Put the original text node back. Tolerates pages that moved or removed our nodes meanwhile. */
export function removeAnnotation(applied: AppliedAnnotation): void {
  const first = applied.inserted.find((n) => n.parentNode);
  const parent = first?.parentNode;
  if (first && parent) parent.insertBefore(applied.original, first);
  for (const n of applied.inserted) {
    if (n.parentNode) n.parentNode.removeChild(n);
  }
}

/** Whether a node is (inside) something Yomitoki inserted. */
export function isOwnNode(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return !!el?.closest(`.${RUBY_CLASS}, .${TERM_CLASS}`);
}
