/**
 * Reading a page as a reader does: Yomitoki annotates what is near the viewport, so tests that
 * measure a whole page scroll through it and wait, at each screen, until what is shown is annotated.
 * Works with Playwright and Puppeteer pages alike (only `evaluate` is used).
 */
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';

export type EvaluatingPage = PlaywrightPage | PuppeteerPage;

/** `page.evaluate(fn, arg)` for either driver (their typings differ, their calls do not). */
export function evaluate<R, A>(page: EvaluatingPage, fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
  return (page.evaluate as unknown as (f: (arg: A) => R | Promise<R>, a: A) => Promise<R>).call(
    page,
    fn,
    arg,
  );
}

/**
 * Kanji coverage of the text on screen (or of the whole document with `whole`), through open shadow
 * roots and same-origin frames. Text the extension must leave alone (code, editors, the page's own
 * ruby, form fields) is not counted, nor what a page fights over (marked data-fights in the
 * corpus). Evaluated in the page: no closures.
 */
export function deepKanjiCoverage(whole: boolean): { kanji: number; covered: number } {
  const KANJI = /[\u3400-\u9fff\uf900-\ufaff\u3005]|[\ud840-\ud87f][\udc00-\udfff]/g;
  const KANJI_TEST = /[\u3400-\u9fff\uf900-\ufaff\u3005]|[\ud840-\ud87f][\udc00-\udfff]/;
  const LEFT_ALONE =
    'code,pre,textarea,select,script,style,svg,[contenteditable=""],[contenteditable="true"],rt,noscript,template,[data-fights]';
  let kanji = 0;
  let covered = 0;
  const visit = (root: Document | ShadowRoot, win: Window, dx: number, dy: number) => {
    const doc = root instanceof Document ? root : root.ownerDocument;
    const walker = doc.createTreeWalker(root, 1 | 4);
    const range = doc.createRange();
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.nodeType === 1) {
        const el = n as Element;
        if (el.shadowRoot) visit(el.shadowRoot, win, dx, dy);
        if (el.tagName === 'IFRAME') {
          try {
            const inner = (el as HTMLIFrameElement).contentDocument;
            const r = el.getBoundingClientRect();
            if (inner?.defaultView) visit(inner, inner.defaultView, dx + r.left, dy + r.top);
          } catch {
            /* cross-origin: not ours to measure */
          }
        }
        continue;
      }
      const t = n as Text;
      const parent = t.parentElement;
      if (!parent || !KANJI_TEST.test(t.data)) continue;
      if (!whole) {
        // Cheap first: a paragraph wholly off screen holds nothing on screen.
        const pr = parent.getBoundingClientRect();
        if (pr.bottom + dy < 0 || pr.top + dy > window.innerHeight) continue;
      }
      if (parent.closest(LEFT_ALONE)) continue;
      const ruby = parent.closest('ruby');
      if (ruby && !ruby.classList.contains('ytk-ruby')) continue;
      const inOurs = !!ruby;
      const style = win.getComputedStyle(parent);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      // Long nodes are measured in pieces: only the part on screen counts.
      for (let i = 0; i < t.data.length; i += 200) {
        const part = t.data.slice(i, i + 200);
        const count = part.match(KANJI)?.length ?? 0;
        if (!count) continue;
        if (!whole) {
          range.setStart(t, i);
          range.setEnd(t, Math.min(t.data.length, i + 200));
          const r = range.getBoundingClientRect();
          const top = r.top + dy;
          const bottom = r.bottom + dy;
          if (r.width + r.height === 0 || bottom < 0 || top > window.innerHeight) continue;
        }
        kanji += count;
        if (inOurs) covered += count;
      }
    }
  };
  visit(document, window, 0, 0);
  return { kanji, covered };
}

/** Poll `check` until it returns true (observable state, not a fixed sleep); throws on timeout. */
export async function waitUntil(
  check: () => Promise<boolean>,
  timeoutMs: number,
  what: string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Wait until the kanji on screen are annotated (share `min`). */
export async function waitScreenAnnotated(
  page: EvaluatingPage,
  min = 0.97,
  timeoutMs = 20_000,
): Promise<void> {
  await waitUntil(
    async () => {
      const { kanji, covered } = await evaluate(page, deepKanjiCoverage, false);
      return kanji === 0 || covered / kanji >= min;
    },
    timeoutMs,
    'the text on screen to be annotated',
  );
}

/**
 * Scroll from top to bottom a screen at a time, waiting at each for the text shown to be annotated
 * (`min` 0: just scroll, as in the page-alone run). The page may grow meanwhile (infinite scroll).
 */
export async function readThrough(page: EvaluatingPage, min = 0.97): Promise<void> {
  const step = await evaluate(page, () => Math.round(window.innerHeight * 0.9), undefined);
  for (let y = 0; ; y += step) {
    await evaluate(page, (to: number) => window.scrollTo(0, to), y);
    await waitScreenAnnotated(page, min);
    const height = await evaluate(page, () => document.documentElement.scrollHeight, undefined);
    if (y + step >= height) break;
  }
  await evaluate(page, () => window.scrollTo(0, 0), undefined);
}

/** The page's text as a reader's tools see it: the document, its open shadow roots and same-origin frames. */
export function deepText(): string {
  const parts: string[] = [];
  const visit = (root: Document | ShadowRoot) => {
    const doc = root instanceof Document ? root : root.ownerDocument;
    const walker = doc.createTreeWalker(root, 1 | 4);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.nodeType === 3) {
        parts.push((n as Text).data);
        continue;
      }
      const el = n as Element;
      if (el.shadowRoot) visit(el.shadowRoot);
      if (el.tagName === 'IFRAME') {
        try {
          const inner = (el as HTMLIFrameElement).contentDocument;
          if (inner) visit(inner);
        } catch {
          /* cross-origin */
        }
      }
    }
  };
  visit(document);
  return parts.join('');
}
