/** One polite live region for outcomes, and errors that stay until the next outcome. */
import { h } from './dom';

export class StatusLine {
  readonly el: HTMLElement;

  constructor(doc: Document) {
    this.el = h(doc, 'p', { className: 'vocab-status', attrs: { role: 'status', 'aria-live': 'polite' } });
  }

  info(message: string): void {
    this.el.classList.remove('error');
    this.el.textContent = message;
  }

  error(error: unknown): void {
    this.el.classList.add('error');
    this.el.textContent = error instanceof Error ? error.message : String(error);
  }

  clear(): void {
    this.info('');
  }
}
