import browser from 'webextension-polyfill';
import { parseMessage } from '../../shared/messages';
import { CaptureNoticeMessage, SelectionContextMessage } from '../../shared/vocab-messages';
import { request } from '../background-client';
import { MARK_KNOWN_ACTION_ID, MARK_KNOWN_KEY, markKnownAction } from '../known-words/mark-known-action';
import { fixReadingAction } from '../reading-fix/fix-reading-action';
import { bindActionShortcut } from '../vocab/action-shortcut';
import { ADD_WORD_ACTION_ID, addWordAction } from '../vocab/add-word-action';
import { showCaptureNotice } from '../vocab/capture-notice';
import { selectionContext } from '../vocab/selection-context';
import type { PopupAction, PopupView } from './popup-view';

/**
 * The popup's buttons. Saving words (vocabulary lists) and fixing readings register here, so the
 * popup itself knows nothing about storage.
 */
export function popupActions(doc: Document, page: { reannotate: () => Promise<void> }): PopupAction[] {
  return [
    addWordAction({ send: request, page: () => ({ title: doc.title, url: doc.location.href }) }),
    fixReadingAction({ doc, send: request, reannotate: page.reannotate }),
    markKnownAction(request),
  ];
}

/** Key that runs "Add to list" while the popup is open. */
export const ADD_WORD_KEY = 'a';

/**
 * The rest of the capture wiring in the page: the `a` shortcut, and the background's questions for
 * the context-menu capture (the sentence around the selection; showing what was saved).
 */
export function installVocabCapture(doc: Document, view: PopupView): void {
  bindActionShortcut(doc, view, ADD_WORD_KEY, ADD_WORD_ACTION_ID);
  bindActionShortcut(doc, view, MARK_KNOWN_KEY, MARK_KNOWN_ACTION_ID);
  browser.runtime.onMessage.addListener((raw: unknown) => {
    if (parseMessage(SelectionContextMessage, raw).ok) return Promise.resolve(selectionContext(doc));
    const notice = parseMessage(CaptureNoticeMessage, raw);
    if (notice.ok) {
      showCaptureNotice(doc, notice.value.ok, notice.value.message);
      return Promise.resolve({ ok: true });
    }
    return undefined;
  });
}
