/**
 * The Yomitoki popup in Chromium, from outside the page. It lives in a closed shadow root, which page
 * scripts (and Playwright's locators, which run as page scripts) cannot enter: the tests read it over
 * the DevTools protocol (DOM.getDocument with pierce: true) and press its buttons with real mouse
 * input at their place on screen, as the reader would.
 */
import type { CDPSession, Page } from 'playwright-core';

interface DomNode {
  nodeId: number;
  nodeName: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();

function cdp(page: Page): Promise<CDPSession> {
  let s = sessions.get(page);
  if (!s) {
    s = page.context().newCDPSession(page);
    sessions.set(page, s);
  }
  return s;
}

function attr(node: DomNode, name: string): string | undefined {
  const a = node.attributes ?? [];
  for (let i = 0; i < a.length; i += 2) if (a[i] === name) return a[i + 1];
  return undefined;
}

function find(node: DomNode, match: (n: DomNode) => boolean, out: DomNode[] = []): DomNode[] {
  if (match(node)) out.push(node);
  for (const c of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) find(c, match, out);
  return out;
}

/** The popup's box (role=dialog, "Yomitoki dictionary") in the pierced DOM, or undefined. */
async function popupNode(page: Page): Promise<{ s: CDPSession; node: DomNode } | undefined> {
  const s = await cdp(page);
  const { root } = (await s.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const [node] = find(root, (n) => attr(n, 'aria-label') === 'Yomitoki dictionary');
  return node ? { s, node } : undefined;
}

async function textOf(s: CDPSession, nodeId: number): Promise<string> {
  const { object } = await s.send('DOM.resolveNode', { nodeId });
  const res = await s.send('Runtime.callFunctionOn', {
    objectId: object.objectId!,
    // The text as drawn: text nodes, and the private text shown from data-t (src/content/closed-host.ts).
    functionDeclaration: `function () {
      const out = [];
      const walk = (n) => {
        if (n.nodeType === 3) out.push(n.data);
        if (n.nodeType !== 1) return;
        if (n.localName === 'style') return;
        if (n.hasAttribute('data-t')) out.push(n.getAttribute('data-t'));
        for (const c of n.childNodes) walk(c);
      };
      walk(this);
      return out.join('');
    }`,
    returnByValue: true,
  });
  return String(res.result.value ?? '');
}

/** Text of the open popup, or '' when there is none. */
export async function popupText(page: Page): Promise<string> {
  const found = await popupNode(page);
  return found ? textOf(found.s, found.node.nodeId) : '';
}

/** Text of the popup element matching `selector` (e.g. '.status'), or ''. */
export async function popupPartText(page: Page, match: (n: DomNode) => boolean): Promise<string> {
  const found = await popupNode(page);
  const [node] = found ? find(found.node, match) : [];
  return node ? textOf(found!.s, node.nodeId) : '';
}

export const byClass = (cls: string) => (n: DomNode) => (attr(n, 'class') ?? '').split(/\s+/).includes(cls);
export const byAttr = (name: string, value: string) => (n: DomNode) => attr(n, name) === value;
export const byTag = (tag: string) => (n: DomNode) => n.nodeName.toLowerCase() === tag;

/** Centre of a popup element on screen, or null when the popup or the element is not there. */
export async function popupPoint(
  page: Page,
  match: (n: DomNode) => boolean,
): Promise<{ x: number; y: number } | null> {
  const found = await popupNode(page);
  const [node] = found ? find(found.node, match) : [];
  if (!node) return null;
  const { model } = await found!.s.send('DOM.getBoxModel', { nodeId: node.nodeId });
  const q = model.border;
  return { x: (q[0]! + q[4]!) / 2, y: (q[1]! + q[5]!) / 2 };
}

/** Click a popup element with the real mouse (trusted input, as the reader's). */
export async function clickInPopup(page: Page, match: (n: DomNode) => boolean): Promise<void> {
  const p = await popupPoint(page, match);
  if (!p) throw new Error('no such element in the popup');
  await page.mouse.click(p.x, p.y);
}

/** The label of the popup button with this data-action, or '' when it is not there. */
export function popupButtonText(page: Page, action: string): Promise<string> {
  return popupPartText(page, byAttr('data-action', action));
}
