import { hasJapanese } from '../../core/text/chars';

/**
 * Which parts of a page may carry furigana. We never touch code, form fields, editors, SVG or
 * existing ruby: changing them would break the page or the user's input.
 */
const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'CODE',
  'KBD',
  'SAMP',
  'VAR',
  'PRE',
  'SVG',
  'MATH',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'RUBY',
  'RT',
  'RP',
  'TITLE',
  'HEAD',
]);

/** Class prefix of every element Yomitoki inserts in a page. */
export const OWN_CLASS = 'ytk';

export function isSkippedElement(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (SKIPPED_TAGS.has(tag)) return true;
  if (el.namespaceURI && el.namespaceURI !== 'http://www.w3.org/1999/xhtml') return true;
  if ((el as HTMLElement).isContentEditable) return true;
  const ce = el.getAttribute('contenteditable');
  if (ce !== null && ce !== 'false') return true;
  if (el.getAttribute('translate') === 'no' && el.classList.contains('notranslate')) return true;
  if (el.classList.contains(OWN_CLASS)) return true;
  return false;
}

/** True when the node sits inside an element we must not touch (checked up to the root). */
export function isInSkippedContext(node: Node): boolean {
  for (let el = node.parentElement; el; el = el.parentElement) {
    if (isSkippedElement(el)) return true;
  }
  return false;
}

/**
 * Walks one tree (a document, element or shadow root). Open shadow roots of the elements it passes
 * are handed to `onShadowRoot`: a TreeWalker does not enter them, and their text is page text too.
 */
function japaneseTextWalker(root: Node, onShadowRoot?: (root: ShadowRoot) => void): TreeWalker {
  const doc = root.ownerDocument ?? (root as Document);
  return doc.createTreeWalker(root, 1 | 4 /* SHOW_ELEMENT | SHOW_TEXT */, {
    acceptNode(node) {
      if (node.nodeType === 1) {
        if (isSkippedElement(node as Element)) return 2; /* REJECT */
        const shadow = (node as Element).shadowRoot;
        if (shadow && onShadowRoot) onShadowRoot(shadow);
        return 3; /* SKIP */
      }
      return hasJapanese((node as Text).data) ? 1 /* ACCEPT */ : 3;
    },
  });
}

/** Whether `root` itself may hold annotatable text (it is not skipped, nor inside something skipped). */
function rootAllowed(root: Node): boolean {
  if (root.nodeType === 11) return true; // a shadow root: its host was allowed when we found it
  if (root.nodeType === 1) return !isSkippedElement(root as Element) && !isInSkippedContext(root);
  return !isInSkippedContext(root);
}

/**
 * Text nodes under `root` that contain Japanese and may be annotated, in document order, followed
 * by those in the open shadow roots found on the way (each also reported to `onShadowRoot`).
 */
export function findJapaneseTextNodes(root: Node, onShadowRoot?: (root: ShadowRoot) => void): Text[] {
  if (root.nodeType === 3) {
    const t = root as Text;
    return hasJapanese(t.data) && rootAllowed(t) ? [t] : [];
  }
  if (!rootAllowed(root)) return [];
  const out: Text[] = [];
  const roots: Node[] = [root];
  const found = (shadow: ShadowRoot) => {
    roots.push(shadow);
    onShadowRoot?.(shadow);
  };
  if (root.nodeType === 1 && (root as Element).shadowRoot) found((root as Element).shadowRoot!);
  for (let i = 0; i < roots.length; i++) {
    const walker = japaneseTextWalker(roots[i]!, found);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  }
  return out;
}

/**
 * Same as findJapaneseTextNodes, for a whole page: walks in slices of `budgetMs`, yielding to
 * the page in between, so scanning a very long page never blocks its main thread.
 */
export async function findJapaneseTextNodesInSlices(
  root: Node,
  budgetMs: number,
  yieldToPage: () => Promise<void>,
  now: () => number = () => performance.now(),
  onShadowRoot?: (root: ShadowRoot) => void,
): Promise<Text[]> {
  if (root.nodeType === 3 || !rootAllowed(root)) return findJapaneseTextNodes(root, onShadowRoot);
  const out: Text[] = [];
  const roots: Node[] = [root];
  const found = (shadow: ShadowRoot) => {
    roots.push(shadow);
    onShadowRoot?.(shadow);
  };
  let sliceStart = now();
  let n = 0;
  for (let i = 0; i < roots.length; i++) {
    const walker = japaneseTextWalker(roots[i]!, found);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      out.push(node as Text);
      // Reading the clock is not free: check it every 64 nodes.
      if (++n % 64 === 0 && now() - sliceStart > budgetMs) {
        await yieldToPage();
        sliceStart = now();
      }
    }
  }
  return out;
}
