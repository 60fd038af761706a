/**
 * Settings → Send to Anki: ask for the permission to reach AnkiConnect (127.0.0.1:8765) the first time,
 * then choose the deck and note type once and how our fields fill the note type's fields. Nothing
 * here touches the network by itself: every request follows a click.
 */
import { ANKI_FIELD_NAMES, type AnkiFieldName } from '../core/vocab/export/anki-fields';
import { t } from '../shared/i18n';
import type { AnkiSettings } from '../shared/vocab-messages';
import { button, h, uid } from '../popup/vocab/dom';
import { call, type Send } from '../popup/vocab/send';
import { StatusLine } from '../popup/vocab/status-line';

export interface AnkiSettingsDeps {
  send: Send;
  /** browser.permissions.request for the AnkiConnect origin; must run inside the click. */
  requestPermission: () => Promise<boolean>;
}

const DEFAULT_TAGS = 'yomitoki';

function labelled(doc: Document, text: string, control: HTMLElement): HTMLElement {
  const id = uid('anki');
  control.id = id;
  return h(doc, 'div', { className: 'row' }, [h(doc, 'label', { text, attrs: { for: id } }), control]);
}

function options(doc: Document, select: HTMLSelectElement, values: string[], chosen?: string): void {
  select.replaceChildren(
    ...values.map((v) => h(doc, 'option', { text: v || '(leave empty)', attrs: { value: v } })),
  );
  if (chosen !== undefined && values.includes(chosen)) select.value = chosen;
}

export function mountAnkiSettings(container: HTMLElement, deps: AnkiSettingsDeps): void {
  const doc = container.ownerDocument;
  const status = new StatusLine(doc);
  const deck = h(doc, 'select');
  const model = h(doc, 'select');
  const tags = h(doc, 'input', { attrs: { type: 'text', autocomplete: 'off' } });
  const mapping = h(doc, 'table', { className: 'anki-mapping' });
  const form = h(doc, 'div', { className: 'anki-form' });
  form.hidden = true;
  let saved: AnkiSettings | null = null;
  let fields: string[] = [];

  const renderMapping = (noteFields: string[], chosen: Record<string, AnkiFieldName | ''>) => {
    fields = noteFields;
    const ours: string[] = ['', ...ANKI_FIELD_NAMES];
    mapping.replaceChildren(
      h(doc, 'caption', {
        text: `Fields of “${model.value}”: the first one must be filled (Anki checks duplicates on it).`,
      }),
      ...noteFields.map((field) => {
        const select = h(doc, 'select', { attrs: { 'data-field': field } });
        options(doc, select, ours, chosen[field] ?? '');
        const id = uid('map');
        select.id = id;
        return h(doc, 'tr', {}, [
          h(doc, 'th', {}, [h(doc, 'label', { text: field, attrs: { for: id } })]),
          h(doc, 'td', {}, [select]),
        ]);
      }),
    );
  };

  const loadFields = async () => {
    const res = await call(deps.send, { type: 'anki-model-fields', modelName: model.value });
    const keep = saved && saved.modelName === model.value ? saved.fieldMapping : res.suggested;
    renderMapping(res.fields, keep);
  };

  model.addEventListener('change', () => {
    loadFields().catch((e: unknown) => status.error(e));
  });

  const connect = button(doc, 'Connect to Anki', async () => {
    // The permission prompt must be the first thing the click does (Firefox requires it).
    const granted = await deps.requestPermission().catch(() => false);
    if (!granted) {
      status.error('Yomitoki was not allowed to talk to Anki (127.0.0.1:8765), so it cannot send cards.');
      return;
    }
    status.info('Connecting to Anki…');
    try {
      const anki = await call(deps.send, { type: 'anki-connect' });
      options(doc, deck, anki.decks, saved?.deckName);
      options(doc, model, anki.models, saved?.modelName);
      form.hidden = false;
      await loadFields();
      status.info(
        `Connected to AnkiConnect (protocol ${anki.version}). Choose the deck, note type and fields.`,
      );
    } catch (e) {
      status.error(e);
    }
  });

  const createNoteType = button(doc, t('ankiCreateNoteType'), async () => {
    const granted = await deps.requestPermission().catch(() => false);
    if (!granted) {
      status.error(t('ankiNoPermission'));
      return;
    }
    status.info(t('ankiConnecting'));
    try {
      const r = await call(deps.send, { type: 'anki-create-note-type' });
      saved = r.settings;
      status.info(
        t(
          r.created ? 'ankiNoteTypeCreated' : 'ankiNoteTypeExists',
          r.settings.modelName,
          r.settings.deckName,
        ),
      );
    } catch (e) {
      status.error(e);
    }
  });

  const save = button(doc, 'Save', async () => {
    const fieldMapping: Record<string, AnkiFieldName | ''> = {};
    for (const select of mapping.querySelectorAll<HTMLSelectElement>('select[data-field]')) {
      fieldMapping[select.dataset.field!] = select.value as AnkiFieldName | '';
    }
    const first = fields[0];
    if (first !== undefined && !fieldMapping[first]) {
      status.error(`Choose what fills “${first}”: Anki needs the first field to find duplicates.`);
      return;
    }
    const settings: AnkiSettings = {
      deckName: deck.value,
      modelName: model.value,
      fieldMapping,
      extraTags: tags.value.split(/\s+/).filter(Boolean),
    };
    try {
      await call(deps.send, { type: 'anki-save-settings', settings });
      saved = settings;
      status.info('Saved. “Send to Anki” in the toolbar popup now sends your words to this deck.');
    } catch (e) {
      status.error(e);
    }
  });

  const sendAll = button(doc, 'Send all words to Anki now', async () => {
    status.info('Sending to Anki…');
    try {
      const r = await call(deps.send, { type: 'anki-send' });
      const parts = [`${r.added} added`, `${r.duplicates.length} already in Anki`];
      if (r.failed.length)
        parts.push(`${r.failed.length} failed: ${r.failed.map((f) => `${f.word} (${f.reason})`).join(', ')}`);
      const message = `Send to Anki: ${parts.join(', ')}.`;
      if (r.failed.length) status.error(message);
      else status.info(message);
    } catch (e) {
      status.error(e);
    }
  });

  form.append(
    labelled(doc, 'Deck', deck),
    labelled(doc, 'Note type', model),
    mapping,
    labelled(doc, 'Tags added to every card', tags),
    h(doc, 'div', { className: 'row' }, [save, sendAll]),
  );
  container.replaceChildren(
    h(doc, 'h2', { text: 'Send to Anki' }),
    h(doc, 'p', {
      text:
        'For Anki with the AnkiConnect add-on. Yomitoki asks once for permission to reach Anki on this ' +
        'computer (127.0.0.1:8765) and talks to it only when you press these buttons. Without Anki, ' +
        'export an Anki TSV file from the toolbar popup and import it in Anki.',
    }),
    h(doc, 'p', { text: t('ankiNoteTypeIntro') }),
    h(doc, 'div', { className: 'row' }, [createNoteType, connect]),
    status.el,
    form,
  );

  void call(deps.send, { type: 'anki-settings' })
    .then((r) => {
      saved = r.settings;
      tags.value = saved?.extraTags?.join(' ') ?? DEFAULT_TAGS;
      if (saved) {
        status.info(
          `Sending to deck “${saved.deckName}” with note type “${saved.modelName}”${r.permission ? '' : ' (permission to reach Anki not granted yet)'}. Connect to change.`,
        );
      }
    })
    .catch((e: unknown) => status.error(e));
}
