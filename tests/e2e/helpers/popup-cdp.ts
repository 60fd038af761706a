/**
 * Reads the Yomitoki popup's text over the DevTools protocol (DOM.getDocument with pierce), which
 * sees into shadow roots whether they are open or closed, as a page script could not.
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

interface CdpNode {
  nodeType: number;
  nodeName: string;
  nodeValue?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

function textOf(node: CdpNode): string {
  if (node.nodeType === 3) return node.nodeValue ?? '';
  if (node.nodeName === 'STYLE') return '';
  return [...(node.shadowRoots ?? []), ...(node.children ?? [])].map(textOf).join('');
}

function findHost(node: CdpNode): CdpNode | undefined {
  const attrs = node.attributes ?? [];
  for (let i = 0; i < attrs.length; i += 2) {
    if (attrs[i] === 'data-ytk-host' && attrs[i + 1] === 'popup') return node;
  }
  for (const child of node.children ?? []) {
    const hit = findHost(child);
    if (hit) return hit;
  }
  return undefined;
}

export class PopupReader {
  private constructor(private readonly cdp: CDPSession) {}

  static async attach(context: BrowserContext, page: Page): Promise<PopupReader> {
    return new PopupReader(await context.newCDPSession(page));
  }

  /** The popup's text, '' when it is not open. */
  async text(): Promise<string> {
    const { root } = (await this.cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as {
      root: CdpNode;
    };
    const host = findHost(root);
    return host ? textOf(host) : '';
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
