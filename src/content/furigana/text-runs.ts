/**
 * Units of annotation. A run is a sequence of sibling nodes read as one text: Japanese text nodes
 * and, between them, only what does not break a word (comments, empty inline elements): a name a
 * wire service writes as 岸<!---->田<!---->文<!---->雄 is analysed as 岸田文雄. A run is bounded in
 * length so one unit never costs much; a longer single text node is cut into pieces later.
 */
export interface Run {
  /** The run's nodes in order; the first and last are text nodes. */
  parts: Node[];
  /** The element whose visibility decides when the run is annotated (its parent). */
  target: Element;
}

/** Longest joined text of a run, and longest text node analysed in one piece. */
export const RUN_MAX_CHARS = 1200;

/** Inline elements that, when empty, sit inside a word without breaking it. */
const EMPTY_INLINE = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'DFN', 'EM', 'FONT', 'I', 'INS', 'DEL', 'MARK', 'Q', 'S',
  'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'WBR',
]); // prettier-ignore

/** Most separators crossed between two text nodes of one run. */
const MAX_SEPARATORS = 8;

function isWordSeparator(n: Node): boolean {
  if (n.nodeType === 8) return true;
  if (n.nodeType === 3) return (n as Text).data.length === 0;
  if (n.nodeType !== 1) return false;
  const el = n as Element;
  return !el.firstChild && EMPTY_INLINE.has(el.tagName.toUpperCase());
}

/** The separators between `a` and its later sibling `b`, or null when something else lies between. */
function separatorsBetween(a: Node, b: Node): Node[] | null {
  const out: Node[] = [];
  for (let n = a.nextSibling; n && out.length <= MAX_SEPARATORS; n = n.nextSibling) {
    if (n === b) return out;
    if (!isWordSeparator(n)) return null;
    out.push(n);
  }
  return null;
}

/** Group text nodes (in document order) into runs. Linear in the number of nodes. */
export function groupRuns(nodes: readonly Text[]): Run[] {
  const runs: Run[] = [];
  let cur: Run | undefined;
  let chars = 0;
  for (const t of nodes) {
    const target = t.parentElement;
    if (!target) continue;
    const last = cur?.parts[cur.parts.length - 1];
    const seps =
      cur && last && last.parentNode === t.parentNode && chars + t.data.length <= RUN_MAX_CHARS
        ? separatorsBetween(last, t)
        : null;
    if (cur && seps) {
      cur.parts.push(...seps, t);
      chars += t.data.length;
      continue;
    }
    cur = { parts: [t], target };
    chars = t.data.length;
    runs.push(cur);
  }
  return runs;
}

/** The run's text nodes' joined length. */
export function runLength(run: Run): number {
  let n = 0;
  for (const p of run.parts) if (p.nodeType === 3) n += (p as Text).data.length;
  return n;
}
