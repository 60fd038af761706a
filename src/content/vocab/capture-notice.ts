/**
 * What a context-menu capture did, shown in the page: a short-lived confirmation, or the failure
 * (storage full, refused) in the persistent error notice so it cannot be missed.
 */
import { t } from '../../shared/i18n';
import { showNotice } from '../notice';

const HOST = 'capture-notice';

export function showCaptureNotice(doc: Document, ok: boolean, message: string): void {
  doc.querySelector(`[data-ytk-host="${HOST}"]`)?.remove();
  if (!ok) {
    showNotice(doc, message);
    return;
  }
  const host = doc.createElement('div');
  host.setAttribute('data-ytk-host', HOST);
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = `
    :host { all: initial; position: fixed; z-index: 2147483647; right: 16px; bottom: 16px; }
    .box { font: 14px/1.5 system-ui, sans-serif; background: #f3faf3; color: #163d16; border: 1px solid #5a9a5a;
      border-radius: 8px; padding: 8px 12px; max-width: 360px; box-shadow: 0 2px 10px rgba(0,0,0,.2); }
    @media (prefers-color-scheme: dark) { .box { background: #1d2f1d; color: #d6f5d6; border-color: #6fb36f; } }`;
  const box = doc.createElement('div');
  box.className = 'box';
  box.setAttribute('role', 'status');
  box.textContent = t('noticePrefix', message);
  root.append(style, box);
  (doc.body ?? doc.documentElement).appendChild(host);
  setTimeout(() => host.remove(), 3500);
}
