/**
 * The popup's "Add to list" button: saves the looked-up word with its sentence through the background
 * (the one writer of the lists) and shows whether the word is saved already.
 */
import { t } from '../../shared/i18n';
import type { NewVocabItem } from '../../core/vocab';
import { captureFromLookup } from '../../shared/vocab-capture';
import type { Send } from '../../shared/send';
import type { PopupAction, PopupContext } from '../popup/popup-view';

export const ADD_WORD_ACTION_ID = 'vocab-add';
export const ADD_LABEL = t('actionAdd');
export const SAVED_LABEL = t('actionSaved');

export interface AddWordDeps {
  send: Send;
  /** The page the word is read on, at the moment of the capture. */
  page: () => { title: string; url: string };
}

function itemFor(ctx: PopupContext, page: { title: string; url: string }): NewVocabItem | null {
  return captureFromLookup(ctx.lookup, {
    sentence: ctx.sentence,
    sentenceOffset: ctx.sentenceOffset,
    pageTitle: page.title,
    url: page.url,
  });
}

export function addWordAction(deps: AddWordDeps): PopupAction {
  return {
    id: ADD_WORD_ACTION_ID,
    label: ADD_LABEL,
    applies: (ctx) => itemFor(ctx, { title: '', url: '' }) !== null,
    async run(ctx) {
      const item = itemFor(ctx, deps.page());
      if (!item) throw new Error(t('actionNothingToSave'));
      const res = await deps.send({ type: 'vocab-add', item });
      // Failures (storage full, refused) are thrown so the popup shows them as an error line.
      if (!res.ok) throw new Error(t('actionNotSaved', res.message));
      return res.created
        ? t('actionAdded', res.item.dictionaryForm, res.listName)
        : t('actionUpdated', res.item.dictionaryForm, res.listName);
    },
    async state(ctx) {
      const item = itemFor(ctx, { title: '', url: '' });
      if (!item) return null;
      const res = await deps.send({
        type: 'vocab-find',
        dictionaryForm: item.dictionaryForm ?? item.surface,
        reading: item.reading,
      });
      if (!res.ok || res.places.length === 0) return { label: ADD_LABEL };
      const where = res.places.map((p) => p.listName).join(', ');
      const known = res.places.some((p) => p.known) ? t('actionMarkedKnown') : '';
      return { label: SAVED_LABEL, status: t('actionSavedIn', where, known) };
    },
  };
}
