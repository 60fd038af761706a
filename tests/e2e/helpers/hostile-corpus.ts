/**
 * The hostile-page corpus (tests/fixtures/hostile): which pages, and what each must show. Used by
 * the Chromium and Firefox end-to-end tests and by `npm run bench` (blocking time against the page
 * alone). `firefox` marks the main pages also run in Firefox ESR.
 */
export interface CorpusPage {
  file: string;
  what: string;
  firefox?: boolean;
  /** Least share of kanji under our ruby after reading the page through. */
  minCoverage?: number;
  /** In the bench: the long pages whose blocking budget is ≤ 100 ms. */
  budget?: boolean;
}

export const CORPUS: CorpusPage[] = [
  { file: 'long-article.html', what: '100,000-character article', firefox: true, budget: true },
  { file: 'single-node.html', what: 'one 50,000-character text node', firefox: true, budget: true },
  { file: 'many-blocks.html', what: '3,000 short list items' },
  {
    file: 'shadow-roots.html',
    what: 'open shadow roots (declarative, custom element, nested)',
    firefox: true,
  },
  { file: 'shadow-late.html', what: 'shadow roots attached after load', firefox: true },
  { file: 'iframes.html', what: 'same-origin, srcdoc and about:blank frames', firefox: true },
  { file: 'spa-app.html', what: 'client-rendered app re-rendering in place', firefox: true },
  { file: 'infinite-scroll.html', what: 'infinite scroll' },
  { file: 'strict-csp.html', what: 'strict CSP with Trusted Types', firefox: true },
  { file: 'monkey-patched.html', what: 'page-replaced prototypes and observers', firefox: true },
  // IPADIC has no reading for the three kanji outside the BMP (𠮟, 𩸽, 𠀋): 66 of 69 at most.
  {
    file: 'scripts-mixed.html',
    what: 'emoji, combining marks, variation selectors, non-BMP kanji',
    minCoverage: 0.94,
  },
  { file: 'rtl-mixed.html', what: 'right-to-left text around Japanese' },
  { file: 'comment-split.html', what: 'words split by comments, empty spans, <wbr>', firefox: true },
  { file: 'vertical.html', what: 'vertical writing' },
  { file: 'node-fighter.html', what: 'a page that removes and rewrites our nodes' },
  { file: 'untouchables.html', what: 'own ruby, editors, form fields, code, SVG' },
  { file: 'hidden-reveal.html', what: 'text hidden at first, shown later' },
];
