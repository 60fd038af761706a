/** Runs in a page (serialised by the browser driver): `npm start` and the tests wait on it. */
/**
 * When the page's first annotation pass is over: the time (performance.now(), ms since navigation)
 * once the last text with kanji (within two screens of the top) that Yomitoki annotates (document order, outside form fields, code,
 * editors, SVG and the page's own ruby) sits under our ruby, else 0. The content script queues the
 * page's text in document order (what is on screen first), so this is the end of its first pass.
 * Observable state that exists anyway: the extension puts no marker on the page.
 */
export function annotatedAt(): number {
  const SKIP =
    'script, style, noscript, template, textarea, input, select, button, code, kbd, samp, pre, svg, math, iframe, title, [contenteditable="true"], [contenteditable=""]';
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let last: Text | null = null;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!/[\u4e00-\u9fff\u3005]/.test((n as Text).data)) continue;
    const parent = n.parentElement;
    if (!parent || parent.closest(SKIP)) continue;
    const ruby = parent.closest('ruby');
    if (ruby && !ruby.classList.contains('ytk-ruby')) continue;
    if (parent.closest('rt, rp')) continue;
    // Furigana follow the reader (viewport + 2 screens ahead, see src/content/furigana/viewport.ts):
    // the first pass ends with the last such text in that window, not at the end of a long page.
    if (parent.getBoundingClientRect().top > 2 * innerHeight) break;
    last = n as Text;
  }
  return last?.parentElement?.closest('ruby.ytk-ruby') ? performance.now() : 0;
}
