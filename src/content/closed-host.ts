/**
 * The host of every piece of UI Yomitoki shows in a page (popup, notices): a bare element with a
 * **closed** shadow root. The page cannot reach into a closed root (`host.shadowRoot` is null), so
 * it can neither read what we show there (list names, "Saved in…", corrections) nor find our
 * buttons to press them; its CSS cannot restyle it either. The host carries no attribute or class of
 * ours (`all: initial` comes from the :host rule inside), so it tells the page nothing but that it is
 * there. Our own code keeps the root it is given here.
 */
export interface ClosedHost {
  host: HTMLElement;
  root: ShadowRoot;
}

export function createClosedHost(doc: Document, css: string): ClosedHost {
  const host = doc.createElement('div');
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = css;
  root.append(style);
  return { host, root };
}
