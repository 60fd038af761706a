/** "Deleted 経済 — Undo" after a deletion, for a few seconds; focus moves to Undo for keyboard users. */
import { t } from '../../shared/i18n';
import { button, h } from '../../ui/dom';

const UNDO_MS = 8000;

export class UndoBar {
  readonly el: HTMLElement;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly doc: Document,
    private readonly ms = UNDO_MS,
  ) {
    this.el = h(doc, 'div', { className: 'undo-bar', attrs: { 'aria-live': 'polite' } });
  }

  offer(message: string, undo: () => Promise<void>): void {
    clearTimeout(this.timer);
    const undoButton = button(this.doc, t('vocabUndo'), async () => {
      this.hide();
      await undo();
    });
    this.el.replaceChildren(h(this.doc, 'span', { text: message }), undoButton);
    undoButton.focus();
    this.timer = setTimeout(() => this.hide(), this.ms);
  }

  hide(): void {
    clearTimeout(this.timer);
    this.el.replaceChildren();
  }
}
