/**
 * The Yomitoki popup's text as lookup tests wait on it, read over the DevTools protocol
 * (helpers/closed-popup.ts: DOM.getDocument with pierce sees into the closed shadow root, as a page
 * script could not), and the position of a character to rest the real mouse on.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { popupText } from './closed-popup';

/** The popup's text over time, for tests that wait on what it shows (closed-popup.ts reads it). */
export class PopupReader {
  private constructor(private readonly page: Page) {}

  static attach(_context: BrowserContext, page: Page): Promise<PopupReader> {
    return Promise.resolve(new PopupReader(page));
  }

  /** The popup's text, '' when it is not open. */
  text(): Promise<string> {
    return popupText(this.page);
  }

  /** Waits until the popup's text satisfies `ok` (polling the protocol; no fixed sleep decides). */
  async waitFor(ok: (text: string) => boolean, timeoutMs = 15_000): Promise<string> {
    const until = Date.now() + timeoutMs;
    let last = '';
    while (Date.now() < until) {
      last = await this.text();
      if (ok(last)) return last;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`popup never matched; last text: ${JSON.stringify(last)}`);
  }
}

/** Viewport centre of the `index`-th character of the first occurrence of `needle` in the page's text. */
export async function charPoint(page: Page, needle: string, index = 0): Promise<{ x: number; y: number }> {
  const p = await page.evaluate(
    ([needle, index]) => {
      // Concatenate the text of the body (as a reader sees it, without our readings) to find the word.
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      let all = '';
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        if (n.parentElement?.closest('rt, script, style')) continue;
        nodes.push(n);
        all += n.data;
      }
      const compact = all.replace(/\s+/g, '');
      const at = compact.indexOf(needle as string);
      if (at < 0) return null;
      let target = at + (index as number);
      for (const n of nodes) {
        for (let i = 0; i < n.data.length; i++) {
          if (/\s/.test(n.data[i]!)) continue;
          if (target-- === 0) {
            const r = document.createRange();
            r.setStart(n, i);
            r.setEnd(n, i + 1);
            const b = r.getBoundingClientRect();
            return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
          }
        }
      }
      return null;
    },
    [needle, index] as const,
  );
  if (!p) throw new Error(`${needle} not on the page`);
  return p;
}
