import type { TextContext } from '../../shared/messages';
import { isSkippedElement } from './find-text-nodes';

/**
 * Inline elements a sentence flows through (`<a>首相</a>は`, `<b>行</b>われる`). Context is
 * gathered across these and stops at anything else (blocks, <br>, images, skipped elements).
 */
const INLINE = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'DATA', 'DFN', 'EM', 'FONT', 'I', 'INS', 'DEL', 'MARK', 'Q',
  'RUBY', 'S', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U',
]); // prettier-ignore

const CONTEXT_CHARS = 24;

function isInline(el: Element): boolean {
  return INLINE.has(el.tagName.toUpperCase()) && !isSkippedElement(el);
}

/** Text of siblings on one side of `node`, climbing out of inline parents, up to `limit` chars. */
function gather(node: Node, forward: boolean, limit: number): string {
  let out = '';
  let cur: Node | null = node;
  while (cur && out.length < limit) {
    const sib: Node | null = forward ? cur.nextSibling : cur.previousSibling;
    if (!sib) {
      const parent: HTMLElement | null = cur.parentElement;
      if (!parent || !isInline(parent)) break;
      cur = parent;
      continue;
    }
    if (sib.nodeType === 3) {
      out = forward ? out + (sib as Text).data : (sib as Text).data + out;
    } else if (sib.nodeType === 1) {
      if (!isInline(sib as Element)) break;
      const t = sib.textContent ?? '';
      out = forward ? out + t : t + out;
    }
    cur = sib;
  }
  return forward ? out.slice(0, limit) : out.slice(-limit);
}

/** The sentence text around a text node, so markup that splits a word does not change its reading. */
export function textContextOf(node: Text, limit = CONTEXT_CHARS): TextContext {
  return { before: gather(node, false, limit), after: gather(node, true, limit) };
}
