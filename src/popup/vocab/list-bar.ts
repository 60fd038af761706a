/**
 * Lists: choose one (or all), with counts; create, rename, delete (after an explicit confirmation)
 * and make default. Forms open inline (no window.prompt/confirm, which popups handle badly) and work
 * from the keyboard: Enter confirms, Escape cancels and gives focus back.
 */
import { t } from '../../shared/i18n';
import type { ListCounts, VocabList } from '../../core/vocab';
import { button, h, onEnterEscape, onEscape, uid } from '../../ui/dom';

/** "1 word", "2 words" (the UI language's own count form). */
export function wordCount(n: number): string {
  return t(n === 1 ? 'vocabWordsOne' : 'vocabWordsMany', n.toLocaleString('en'));
}

export const ALL_LISTS = '';

export interface ListBarHandlers {
  select(listId: string): void;
  create(name: string): Promise<void>;
  rename(listId: string, name: string): Promise<void>;
  remove(listId: string): Promise<void>;
  makeDefault(listId: string): Promise<void>;
}

export class ListBar {
  readonly el: HTMLElement;
  private readonly select: HTMLSelectElement;
  private readonly actions: HTMLElement;
  private readonly form: HTMLElement;
  private lists: VocabList[] = [];
  private counts: Record<string, ListCounts> = {};

  constructor(
    private readonly doc: Document,
    private readonly handlers: ListBarHandlers,
  ) {
    const id = uid('list');
    this.select = h(doc, 'select', { attrs: { id, name: 'list' } });
    this.select.addEventListener('change', () => {
      this.closeForm();
      this.renderActions();
      handlers.select(this.select.value);
    });
    this.actions = h(doc, 'div', { className: 'list-actions' });
    this.form = h(doc, 'div', { className: 'list-form' });
    this.el = h(doc, 'section', { className: 'lists', attrs: { 'aria-label': 'Lists' } }, [
      h(doc, 'div', { className: 'row' }, [
        h(doc, 'label', { text: t('vocabList'), attrs: { for: id } }),
        this.select,
      ]),
      this.actions,
      this.form,
    ]);
  }

  get selected(): string {
    return this.select.value;
  }

  private get selectedList(): VocabList | undefined {
    return this.lists.find((l) => l.id === this.select.value);
  }

  update(lists: VocabList[], counts: { all: ListCounts; byList: Record<string, ListCounts> }): void {
    const keep = this.select.value;
    this.lists = lists;
    this.counts = counts.byList;
    const options = [
      h(this.doc, 'option', {
        text: t('vocabAllLists', counts.all.total.toLocaleString('en')),
        attrs: { value: ALL_LISTS },
      }),
      ...lists.map((l) =>
        h(this.doc, 'option', {
          text: `${l.name}${l.isDefault ? ' ★' : ''} (${(counts.byList[l.id]?.total ?? 0).toLocaleString('en')})`,
          attrs: { value: l.id },
        }),
      ),
    ];
    this.select.replaceChildren(...options);
    this.select.value = lists.some((l) => l.id === keep) ? keep : ALL_LISTS;
    this.renderActions();
  }

  private renderActions(): void {
    const list = this.selectedList;
    const doc = this.doc;
    const buttons: HTMLElement[] = [button(doc, t('vocabNewList'), () => this.openNameForm('create'))];
    if (list) {
      buttons.push(button(doc, t('vocabRename'), () => this.openNameForm('rename')));
      if (!list.isDefault) {
        buttons.push(button(doc, t('vocabMakeDefault'), () => void this.handlers.makeDefault(list.id)));
        buttons.push(button(doc, 'Delete list…', () => this.openDeleteConfirm(), { className: 'danger' }));
      } else {
        buttons.push(h(doc, 'span', { className: 'hint', text: 'Default list: new words go here.' }));
      }
    }
    this.actions.replaceChildren(...buttons);
  }

  private closeForm(focus?: HTMLElement): void {
    this.form.replaceChildren();
    focus?.focus();
  }

  private openNameForm(mode: 'create' | 'rename'): void {
    const doc = this.doc;
    const list = this.selectedList;
    const id = uid('list-name');
    const input = h(doc, 'input', {
      attrs: {
        id,
        type: 'text',
        maxlength: '100',
        autocomplete: 'off',
        value: mode === 'rename' ? (list?.name ?? '') : '',
      },
    });
    if (mode === 'rename') input.value = list?.name ?? '';
    const error = h(doc, 'span', { className: 'form-error', attrs: { role: 'alert' } });
    const save = async () => {
      try {
        if (mode === 'create') await this.handlers.create(input.value);
        else if (list) await this.handlers.rename(list.id, input.value);
        this.closeForm(this.select);
      } catch (e) {
        error.textContent = e instanceof Error ? e.message : String(e);
        input.focus();
      }
    };
    const cancel = () => this.closeForm(this.select);
    onEnterEscape(input, () => void save(), cancel);
    this.form.replaceChildren(
      h(doc, 'label', {
        text: mode === 'create' ? t('vocabNewListName') : t('vocabNewName'),
        attrs: { for: id },
      }),
      input,
      button(doc, mode === 'create' ? t('vocabCreate') : t('vocabRename'), () => void save()),
      button(doc, t('vocabCancel'), cancel),
      error,
    );
    input.focus();
  }

  private openDeleteConfirm(): void {
    const list = this.selectedList;
    if (!list) return;
    const doc = this.doc;
    const n = this.counts[list.id]?.total ?? 0;
    const cancelButton = button(doc, t('vocabCancel'), () => this.closeForm(this.select));
    const confirm = button(
      doc,
      t('vocabDeleteList', list.name),
      async () => {
        await this.handlers.remove(list.id);
        this.closeForm(this.select);
      },
      { className: 'danger' },
    );
    const box = h(
      doc,
      'div',
      { className: 'confirm', attrs: { role: 'alertdialog', 'aria-label': t('vocabDeleteListLabel') } },
      [
        h(doc, 'span', {
          text: t('vocabDeleteListConfirm', list.name, wordCount(n)),
        }),
        confirm,
        cancelButton,
      ],
    );
    onEscape(box, () => this.closeForm(this.select));
    this.form.replaceChildren(box);
    // Cancel first: Enter on an accidental open must not delete.
    cancelButton.focus();
  }
}
