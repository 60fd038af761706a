import type { Annotation, GlossaryTerm, RubySpan } from '../../core/types';
import { isKana } from '../../core/text/chars';
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

/** Glossary terms of annotated elements, for the popup. */
export const termOfElement = new WeakMap<Element, GlossaryTerm>();

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

function makeRuby(
  doc: Document,
  r: RubySpan,
  free: { before: boolean; after: boolean },
  decorate?: RubyDecorator,
): HTMLElement {
  const ruby = doc.createElement('ruby');
  ruby.className = RUBY_CLASS;
  ruby.appendChild(doc.createTextNode(r.base));
  const rt = doc.createElement('rt');
  if (decorate) decorate(ruby, rt, r, free);
  else rt.setAttribute('data-r', r.reading);
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
  decorate?: RubyDecorator,
): void {
  let i = from;
  for (let k = 0; k < ruby.length; k++) {
    const r = ruby[k]!;
    if (r.start < i || r.end > to || r.start < from) continue;
    if (r.start > i) parent.appendChild(doc.createTextNode(text.slice(i, r.start)));
    // A neighbour is free for an overhang when it is kana and not the base of the next/previous ruby.
    const free = {
      before: isKanaChar(text[r.start - 1]) && ruby[k - 1]?.end !== r.start,
      after: isKanaChar(text[r.end]) && ruby[k + 1]?.start !== r.end,
    };
    parent.appendChild(makeRuby(doc, { ...r, base: text.slice(r.start, r.end) }, free, decorate));
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
  decorate?: RubyDecorator,
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
    appendRubyRange(doc, frag, text, ruby, i, t.start, decorate);
    const mark = doc.createElement('span');
    mark.className = TERM_CLASS;
    mark.setAttribute('data-kind', t.kind);
    mark.tabIndex = 0;
    termOfElement.set(mark, t);
    appendRubyRange(doc, mark, text, ruby, t.start, t.end, decorate);
    frag.appendChild(mark);
    i = t.end;
  }
  appendRubyRange(doc, frag, text, ruby, i, text.length, decorate);
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
