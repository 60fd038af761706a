/** The sentence around the page's text selection, for the context-menu capture. */
import type { SelectionContext } from '../../shared/vocab-messages';
import { blockOf, sentenceAround } from '../popup/text-at-point';

/** Enough text either side of the selection for its sentence, bounded for very long blocks. */
const WINDOW = 1000;

export function selectionContext(doc: Document): SelectionContext | null {
  const selection = doc.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const raw = selection.toString();
  const text = raw.trim();
  if (!text) return null;
  const block = blockOf(range.startContainer) ?? doc.body;
  if (!block) return null;
  const before = doc.createRange();
  before.selectNodeContents(block);
  before.setEnd(range.startContainer, range.startOffset);
  const full = block.textContent ?? '';
  // Where the trimmed selection starts in the block's text.
  const start = before.toString().length + (raw.length - raw.trimStart().length);
  if (!full.startsWith(text, start)) {
    return { text, sentence: text, sentenceOffset: 0 };
  }
  const from = Math.max(0, start - WINDOW);
  const around = sentenceAround(full.slice(from, start + text.length + WINDOW), start - from);
  return { text, sentence: around.sentence, sentenceOffset: around.offset };
}
