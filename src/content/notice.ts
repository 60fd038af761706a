/**
 * Notices in the page: a dismissible one for failures the reader must know about (the dictionary
 * did not load, a word was not saved) and a short-lived confirmation (a word saved from the context
 * menu). Each kind shows one at a time, in a closed shadow root (closed-host.ts).
 */
import { t } from '../shared/i18n';
import { createClosedHost, setPrivateText } from './closed-host';
import { onTrusted } from './trusted-events';

const BOX_CSS = `
  :host { all: initial; position: fixed; z-index: 2147483647; right: 16px; bottom: 16px; }
  .box { font: 14px/1.5 system-ui, sans-serif; border-radius: 8px; max-width: 360px;
    box-shadow: 0 2px 10px rgba(0,0,0,.2); }
  .error { background: #fff4f4; color: #5a1010; border: 1px solid #d33; padding: 10px 14px; }
  .info { background: #f3faf3; color: #163d16; border: 1px solid #5a9a5a; padding: 8px 12px; }
  button { margin-left: 8px; font: inherit; }
  @media (prefers-color-scheme: dark) {
    .error { background: #3a1515; color: #ffd9d9; border-color: #f66; }
    .info { background: #1d2f1d; color: #d6f5d6; border-color: #6fb36f; }
  }`;

/** How long a confirmation stays. */
export const INFO_MS = 3500;

export class PageNotices {
  private readonly shown: Partial<Record<'error' | 'info', HTMLElement>> = {};

  constructor(private readonly doc: Document) {}

  /** A failure, until the reader closes it. Returns its (closed) root, for our tests. */
  error(message: string): ShadowRoot {
    const { host, root, box } = this.show('error', message, 'alert');
    const close = this.doc.createElement('button');
    close.type = 'button';
    close.textContent = t('noticeClose');
    onTrusted(close, 'click', () => host.remove());
    box.append(close);
    return root;
  }

  /** A confirmation that goes by itself. */
  info(message: string): ShadowRoot {
    const { host, root } = this.show('info', message, 'status');
    setTimeout(() => host.remove(), INFO_MS);
    return root;
  }

  private show(kind: 'error' | 'info', message: string, role: string) {
    this.shown[kind]?.remove();
    const { host, root } = createClosedHost(this.doc, BOX_CSS);
    const box = this.doc.createElement('div');
    box.className = `box ${kind}`;
    box.setAttribute('role', role);
    const text = this.doc.createElement('span');
    // What was saved to which list is the reader's business: private text (closed-host.ts).
    setPrivateText(text, t('noticePrefix', message));
    box.append(text);
    root.append(box);
    (this.doc.body ?? this.doc.documentElement).appendChild(host);
    this.shown[kind] = host;
    return { host, root, box };
  }
}
