/**
 * A small, dismissible notice for failures the reader must know about (e.g. the dictionary did not
 * load). It lives in a shadow root so the page's CSS cannot restyle it.
 */
import { t } from '../shared/i18n';

export function showNotice(doc: Document, message: string): void {
  doc.querySelector('[data-ytk-host="notice"]')?.remove();
  const host = doc.createElement('div');
  host.setAttribute('data-ytk-host', 'notice');
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = `
    :host { all: initial; position: fixed; z-index: 2147483647; right: 16px; bottom: 16px; }
    .box { font: 14px/1.5 system-ui, sans-serif; background: #fff4f4; color: #5a1010; border: 1px solid #d33;
      border-radius: 8px; padding: 10px 14px; max-width: 360px; box-shadow: 0 2px 10px rgba(0,0,0,.2); }
    button { margin-left: 8px; font: inherit; }
    @media (prefers-color-scheme: dark) { .box { background: #3a1515; color: #ffd9d9; border-color: #f66; } }`;
  const box = doc.createElement('div');
  box.className = 'box';
  box.setAttribute('role', 'alert');
  const text = doc.createElement('span');
  text.textContent = t('noticePrefix', message);
  const close = doc.createElement('button');
  close.type = 'button';
  close.textContent = t('noticeClose');
  close.addEventListener('click', () => host.remove());
  box.append(text, close);
  root.append(style, box);
  (doc.body ?? doc.documentElement).appendChild(host);
}
