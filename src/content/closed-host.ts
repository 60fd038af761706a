/**
 * The host of every piece of UI Yomitoki shows in a page (popup, notices): a bare element with a
 * **closed** shadow root. The page cannot reach into a closed root (`host.shadowRoot` is null), so
 * it can neither read what we show there (list names, "Saved in…", corrections) nor find our
 * buttons to press them; its CSS cannot restyle it either. The host carries no attribute or class of
 * ours (`all: initial` comes from the :host rule inside), so it tells the page nothing but that it is
 * there. Our own code keeps the root it is given here.
 */
/**
 * A closed root keeps nodes out of reach, but not text: `window.find()` searches it and selects what
 * it finds, and the page reads the selection (measured in Chromium and Firefox ESR: both find
 * "EDRDG" in the closed popup). So what is private — list names, "Saved in…", "marked known", what
 * was saved — is shown as CSS generated content from an attribute (as the furigana readings are):
 * never found, selected or copied, yet drawn and read out by screen readers.
 */
const PRIVATE_TEXT_CSS = `[data-t]::before { content: attr(data-t); }`;

export function setPrivateText(el: Element, text: string): void {
  el.replaceChildren();
  el.setAttribute('data-t', text);
}

/** What setPrivateText showed (our own code and tests; the page cannot reach the element). */
export function privateText(el: Element | null | undefined): string {
  return el?.getAttribute('data-t') ?? '';
}

export interface ClosedHost {
  host: HTMLElement;
  root: ShadowRoot;
}

export function createClosedHost(doc: Document, css: string): ClosedHost {
  const host = doc.createElement('div');
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = `${PRIVATE_TEXT_CSS}\n${css}`;
  root.append(style);
  return { host, root };
}
