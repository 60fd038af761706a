/**
 * One saved word: the word, reading and meaning, the sentence with the word marked, its source and
 * date; edit meaning and notes inline, mark known, delete. Each row talks to the panel through
 * handlers, so it can be rendered and tested with a fake background.
 */
import { t } from '../../shared/i18n';
import type { ItemPatch, VocabItem } from '../../core/vocab';
import { button, h, onEnterEscape, uid } from '../../ui/dom';

export interface ItemRowHandlers {
  edit(item: VocabItem, patch: ItemPatch): Promise<VocabItem>;
  setKnown(item: VocabItem, known: boolean): Promise<VocabItem>;
  remove(item: VocabItem, row: HTMLElement): Promise<void>;
}

/** The sentence with the saved form marked (<mark>), built from text nodes only. */
function sentenceNode(doc: Document, item: VocabItem): HTMLElement {
  const p = h(doc, 'p', { className: 'sentence' });
  const at = item.sentenceOffset;
  if (at === undefined || !item.sentence.startsWith(item.surface, at) || !item.surface) {
    p.textContent = item.sentence;
    return p;
  }
  p.append(
    item.sentence.slice(0, at),
    h(doc, 'mark', { text: item.surface }),
    item.sentence.slice(at + item.surface.length),
  );
  return p;
}

function dateLabel(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : d.toLocaleDateString('en-CA');
}

export function renderItemRow(doc: Document, item: VocabItem, handlers: ItemRowHandlers): HTMLElement {
  const row = h(doc, 'li', { className: 'item', attrs: { 'data-item-id': item.id } });
  fill(doc, row, item, handlers);
  return row;
}

function fill(doc: Document, row: HTMLElement, item: VocabItem, handlers: ItemRowHandlers): void {
  row.classList.toggle('known', item.known);
  const head = h(doc, 'div', { className: 'item-head' }, [
    h(doc, 'span', { className: 'word', text: item.dictionaryForm, attrs: { lang: 'ja' } }),
    item.reading ? h(doc, 'span', { className: 'reading', text: item.reading, attrs: { lang: 'ja' } }) : null,
    item.surface !== item.dictionaryForm
      ? h(doc, 'span', { className: 'surface', text: `(${item.surface})`, attrs: { lang: 'ja' } })
      : null,
  ]);
  const meaning = h(doc, 'p', { className: 'meaning', text: item.meaning || 'No meaning yet.' });
  meaning.classList.toggle('empty', !item.meaning);
  const notes = item.notes ? h(doc, 'p', { className: 'notes', text: item.notes }) : null;
  const sentence = item.sentence ? sentenceNode(doc, item) : null;
  if (sentence) sentence.setAttribute('lang', 'ja');
  const source = h(doc, 'p', { className: 'source' }, [
    item.url
      ? h(doc, 'a', {
          text: item.pageTitle || item.url,
          attrs: { href: item.url, target: '_blank', rel: 'noopener noreferrer' },
        })
      : item.pageTitle || null,
    h(doc, 'time', { text: ` · ${dateLabel(item.addedAt)}`, attrs: { datetime: item.addedAt } }),
  ]);

  const knownId = uid('known');
  const known = h(doc, 'input', { attrs: { type: 'checkbox', id: knownId } });
  known.checked = item.known;
  known.addEventListener('change', async () => {
    known.disabled = true;
    try {
      const next = await handlers.setKnown(item, known.checked);
      fill(doc, row, next, handlers);
      row.querySelector<HTMLInputElement>('input[type=checkbox]')?.focus();
    } catch {
      known.checked = item.known;
      known.disabled = false;
    }
  });
  const edit = button(doc, t('vocabEdit'), () => openEditor(doc, row, item, handlers), {
    attrs: { 'aria-label': t('vocabEditLabel', item.dictionaryForm) },
  });
  const del = button(doc, t('vocabDelete'), () => void handlers.remove(item, row), {
    className: 'danger',
    attrs: { 'aria-label': t('vocabDeleteLabel', item.dictionaryForm) },
  });
  const tools = h(doc, 'div', { className: 'item-tools' }, [
    h(doc, 'label', { className: 'known-toggle' }, [known, ' Known']),
    edit,
    del,
  ]);
  row.replaceChildren(
    head,
    meaning,
    ...(notes ? [notes] : []),
    ...(sentence ? [sentence] : []),
    source,
    tools,
  );
}

/** Inline editor: meaning (Enter saves) and notes (Ctrl+Enter saves); Escape cancels. */
function openEditor(doc: Document, row: HTMLElement, item: VocabItem, handlers: ItemRowHandlers): void {
  const mId = uid('meaning');
  const nId = uid('notes');
  const meaning = h(doc, 'input', { attrs: { id: mId, type: 'text', autocomplete: 'off' } });
  meaning.value = item.meaning;
  const notes = h(doc, 'textarea', { attrs: { id: nId, rows: '2' } });
  notes.value = item.notes;
  const error = h(doc, 'p', { className: 'form-error', attrs: { role: 'alert' } });
  const done = (next: VocabItem) => {
    fill(doc, row, next, handlers);
    row.querySelector<HTMLButtonElement>('.item-tools button')?.focus();
  };
  const save = async () => {
    try {
      done(await handlers.edit(item, { meaning: meaning.value, notes: notes.value }));
    } catch (e) {
      error.textContent = e instanceof Error ? e.message : String(e);
    }
  };
  const cancel = () => done(item);
  onEnterEscape(meaning, () => void save(), cancel);
  onEnterEscape(notes, () => void save(), cancel);
  const form = h(doc, 'div', { className: 'item-editor' }, [
    h(doc, 'label', { text: t('vocabMeaning'), attrs: { for: mId } }),
    meaning,
    h(doc, 'label', { text: t('vocabNotes'), attrs: { for: nId } }),
    notes,
    h(doc, 'div', { className: 'item-tools' }, [
      button(doc, t('vocabSave'), () => void save()),
      button(doc, t('vocabCancel'), cancel),
    ]),
    error,
  ]);
  const head = row.querySelector('.item-head');
  row.replaceChildren(...(head ? [head] : []), form);
  meaning.focus();
}
