/**
 * Settings → Send to Anki: ask for the permission to reach AnkiConnect (127.0.0.1:8765) the first time,
 * then choose the deck and note type once and how our fields fill the note type's fields. Nothing
 * here touches the network by itself: every request follows a click.
 */
import { ANKI_FIELD_NAMES, type AnkiFieldName } from '../core/vocab/export/anki-fields';
import { t } from '../shared/i18n';
import type { AnkiSettings } from '../shared/vocab-messages';
import { button, h, uid } from '../ui/dom';
import { call } from '../ui/background-call';
import type { Send } from '../shared/send';
import { StatusLine } from '../ui/status-line';

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
    ...values.map((v) => h(doc, 'option', { text: v || t('ankiLeaveEmpty'), attrs: { value: v } })),
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
        text: t('ankiFieldsCaption', model.value),
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

  /**
   * Ask for AnkiConnect's host permission, then talk to Anki. The permission prompt must be the
   * first thing the click does (Firefox requires it).
   */
  const withAnki = (talk: () => Promise<void>) => async () => {
    const granted = await deps.requestPermission().catch(() => false);
    if (!granted) {
      status.error(t('ankiNoPermission'));
      return;
    }
    status.info(t('ankiConnecting'));
    try {
      await talk();
    } catch (e) {
      status.error(e);
    }
  };

  const connect = button(
    doc,
    t('ankiConnect'),
    withAnki(async () => {
      const anki = await call(deps.send, { type: 'anki-connect' });
      options(doc, deck, anki.decks, saved?.deckName);
      options(doc, model, anki.models, saved?.modelName);
      form.hidden = false;
      await loadFields();
      status.info(t('ankiConnected', String(anki.version)));
    }),
  );

  const createNoteType = button(
    doc,
    t('ankiCreateNoteType'),
    withAnki(async () => {
      const r = await call(deps.send, { type: 'anki-create-note-type' });
      saved = r.settings;
      status.info(
        t(
          r.created ? 'ankiNoteTypeCreated' : 'ankiNoteTypeExists',
          r.settings.modelName,
          r.settings.deckName,
        ),
      );
    }),
  );

  const save = button(doc, t('ankiSave'), async () => {
    const fieldMapping: Record<string, AnkiFieldName | ''> = {};
    for (const select of mapping.querySelectorAll<HTMLSelectElement>('select[data-field]')) {
      fieldMapping[select.dataset.field!] = select.value as AnkiFieldName | '';
    }
    const first = fields[0];
    if (first !== undefined && !fieldMapping[first]) {
      status.error(t('ankiFirstFieldNeeded', first));
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
      status.info(t('ankiSaved'));
    } catch (e) {
      status.error(e);
    }
  });

  const sendAll = button(doc, t('ankiSendAll'), async () => {
    status.info(t('ankiSending'));
    try {
      const r = await call(deps.send, { type: 'anki-send' });
      const failed = r.failed.length
        ? t(
            'ankiSendFailed',
            String(r.failed.length),
            r.failed.map((f) => `${f.word} (${f.reason})`).join(', '),
          )
        : '';
      const message = t('ankiSendReport', String(r.added), String(r.duplicates.length), failed);
      if (r.failed.length) status.error(message);
      else status.info(message);
    } catch (e) {
      status.error(e);
    }
  });

  form.append(
    labelled(doc, t('ankiDeck'), deck),
    labelled(doc, t('ankiNoteType'), model),
    mapping,
    labelled(doc, t('ankiTags'), tags),
    h(doc, 'div', { className: 'row' }, [save, sendAll]),
  );
  container.replaceChildren(
    h(doc, 'h2', { text: t('ankiTitle') }),
    h(doc, 'p', {
      text: t('ankiIntro'),
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
          t('ankiCurrent', saved.deckName, saved.modelName, r.permission ? '' : t('ankiPermissionPending')),
        );
      }
    })
    .catch((e: unknown) => status.error(e));
}
