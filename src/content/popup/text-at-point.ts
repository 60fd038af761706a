import { hasJapanese } from '../../core/text/chars';
import { isInSkippedContext } from '../furigana/find-text-nodes';
import type { OwnNodes } from '../own-nodes';

/** A reading Yomitoki shows over `text.slice(start, end)` of a TextPosition's text. */
export interface PageRuby {
  start: number;
  end: number;
  reading: string;
}

/** A position in the page's text: the paragraph's text and the offset of the pointer in it. */
export interface TextPosition {
  text: string;
  offset: number;
  /** Rectangle of the character under the pointer (viewport coordinates). */
  rect: DOMRect;
  /** Our ruby in `text`, in order (the popup's "Fix reading" starts from the reading shown). */
  ruby: PageRuby[];
}

/**
 * The reading of one of our ruby elements when `t` is its base text. Ours by identity only: a page's
 * `<ruby class="ytk-ruby"><rt data-r>` is page text like any other (see own-nodes.ts).
 */
function rubyReadingOf(t: Text, own: OwnNodes): string | null {
  const ruby = t.parentElement;
  return (ruby && own.readingOf(ruby)) ?? null;
}

const BLOCK_DISPLAY = /^(block|list-item|table|table-cell|flex|grid|flow-root)/;
const MAX_CONTEXT = 400;

/** The caret (text node + offset) under a viewport point, in Chromium and Firefox. */
export function caretAt(doc: Document, x: number, y: number): { node: Text; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  let node: Node | undefined;
  let offset = 0;
  if (d.caretPositionFromPoint) {
    const p = d.caretPositionFromPoint(x, y);
    if (p) ({ offsetNode: node, offset } = p);
  } else if (d.caretRangeFromPoint) {
    const r = d.caretRangeFromPoint(x, y);
    if (r) ({ startContainer: node, startOffset: offset } = r);
  }
  if (!node || node.nodeType !== 3) return null;
  return { node: node as Text, offset };
}

/** The nearest block-level ancestor of a node (or the element itself): the paragraph it belongs to. */
export function blockOf(node: Node): Element | null {
  const win = node.ownerDocument?.defaultView;
  for (let el = node instanceof Element ? node : node.parentElement; el; el = el.parentElement) {
    if (!win || BLOCK_DISPLAY.test(win.getComputedStyle(el).display)) return el;
  }
  return null;
}

/**
 * The text of the paragraph around a caret, with the caret's offset in it. Ruby bases count as
 * text; readings are generated content and not in the DOM text, so they never get in the way.
 * The character under the caret must be the one the pointer is on (checked by its rectangle).
 */
export function textAtCaret(
  doc: Document,
  own: OwnNodes,
  caret: { node: Text; offset: number },
  x: number,
  y: number,
): TextPosition | null {
  const { node } = caret;
  let { offset } = caret;
  // Ruby bases (ours or the page's own) are text to look up; their readings (<rt>, <rp>) are not.
  // (Which ruby is ours, and so which readings count as shown, is known by identity only: below.)
  const rubyEl = node.parentElement?.closest('ruby');
  if (node.parentElement?.closest('rt, rp') || isInSkippedContext(rubyEl ?? node)) return null;
  if (offset >= node.data.length) offset = node.data.length - 1;
  if (offset < 0) return null;
  const range = doc.createRange();
  // The caret may sit just after the hovered character: prefer the character whose box holds the point.
  let rect: DOMRect | undefined;
  for (const o of [offset, offset - 1]) {
    if (o < 0 || o >= node.data.length) continue;
    range.setStart(node, o);
    range.setEnd(node, o + 1);
    const r = range.getBoundingClientRect();
    if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) {
      offset = o;
      rect = r;
      break;
    }
  }
  if (!rect) return null;
  const block = blockOf(node) ?? node.parentElement;
  if (!block) return null;
  let before = '';
  let after = '';
  let seen = false;
  const ruby: PageRuby[] = [];
  const walker = doc.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  for (let t = walker.nextNode() as Text | null; t; t = walker.nextNode() as Text | null) {
    // A page's own furigana (<rt>, <rp>) is not part of the sentence: 漢字 stays one word.
    if (t !== node && t.parentElement?.closest('rt, rp')) continue;
    const reading = rubyReadingOf(t, own);
    if (reading !== null) {
      const start = before.length + after.length;
      ruby.push({ start, end: start + t.data.length, reading });
    }
    if (t === node) {
      before += t.data.slice(0, offset);
      after += t.data.slice(offset);
      seen = true;
    } else if (seen) {
      after += t.data;
      if (after.length > MAX_CONTEXT) break;
    } else {
      before += t.data;
    }
  }
  const cut = Math.max(0, before.length - MAX_CONTEXT);
  before = before.slice(-MAX_CONTEXT);
  after = after.slice(0, MAX_CONTEXT);
  const joined = joinLineBreaks(before + after);
  const text = joined.text;
  return {
    text,
    offset: joined.at(before.length),
    rect,
    ruby: ruby
      .map((r) => ({ ...r, start: joined.at(r.start - cut), end: joined.at(r.end - cut) }))
      .filter((r) => r.start >= 0 && r.end <= text.length && r.start < r.end),
  };
}

/**
 * Japanese has no spaces between words, so a line break (with the indentation around it) between
 * two Japanese characters is the page's source layout, not a word boundary: ゲオルギ⏎エワ is read
 * as one name. Returns the text without such breaks and a map from old offsets to new ones.
 */
export function joinLineBreaks(text: string): { text: string; at: (offset: number) => number } {
  const removed: [start: number, end: number][] = [];
  for (const m of text.matchAll(/[ \t\r\f]*\n\s*/g)) {
    const start = m.index;
    const end = start + m[0].length;
    if (start > 0 && end < text.length && hasJapanese(text[start - 1]!) && hasJapanese(text[end]!)) {
      removed.push([start, end]);
    }
  }
  if (removed.length === 0) return { text, at: (o) => o };
  let out = '';
  let from = 0;
  for (const [start, end] of removed) {
    out += text.slice(from, start);
    from = end;
  }
  out += text.slice(from);
  const at = (offset: number) => {
    let shift = 0;
    for (const [start, end] of removed) {
      if (offset >= end) shift += end - start;
      else if (offset > start) shift += offset - start;
    }
    return offset - shift;
  };
  return { text: out, at };
}

const SENTENCE_END = /[。！？!?\n]/;
const CLOSERS = /[」』）)]/;

/** The sentence around an offset (for saving a word with its context), and the offset in it. */
export function sentenceAround(text: string, offset: number): { sentence: string; offset: number } {
  let start = offset;
  while (start > 0 && !SENTENCE_END.test(text[start - 1]!)) start--;
  // Closing quotes and spaces left over from the previous sentence belong to it.
  while (start < offset && (CLOSERS.test(text[start]!) || /\s/.test(text[start]!))) start++;
  let end = offset;
  while (end < text.length && !SENTENCE_END.test(text[end]!)) end++;
  if (end < text.length && text[end] !== '\n') end++;
  while (end < text.length && CLOSERS.test(text[end]!)) end++;
  return { sentence: text.slice(start, end).trimEnd(), offset: offset - start };
}
