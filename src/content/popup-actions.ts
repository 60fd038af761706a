import browser from 'webextension-polyfill';
import { parseMessage } from '../shared/messages';
import { ReadingFixOutcomeMessage } from '../shared/reading-fix-messages';
import { CaptureNoticeMessage, SelectionContextMessage } from '../shared/vocab-messages';
import { request } from './background-client';
import { MARK_KNOWN_ACTION_ID, MARK_KNOWN_KEY, markKnownAction } from './known-words/mark-known-action';
import type { PageNotices } from './notice';
import { fixReading, type FixReading } from './reading-fix/fix-reading-action';
import { bindActionShortcut } from './vocab/action-shortcut';
import { ADD_WORD_ACTION_ID, addWordAction } from './vocab/add-word-action';
import { selectionContext } from './vocab/selection-context';
import { pageIsDark, type PopupAction, type PopupView } from './popup/popup-view';

/** Path of the extension-origin frame where a reading correction is confirmed. */
const FIX_FRAME = 'src/fix-reading/index.html';

export interface PopupActions {
  actions: PopupAction[];
  fix: FixReading;
}

/**
 * The popup's buttons. Saving words (vocabulary lists) and fixing readings register here, so the
 * popup itself knows nothing about storage.
 */
export function popupActions(doc: Document, page: { reannotate: () => Promise<void> }): PopupActions {
  const fix = fixReading({
    doc,
    send: request,
    reannotate: page.reannotate,
    frameUrl: (nonce, dark) => `${browser.runtime.getURL(FIX_FRAME)}${dark ? '?theme=dark' : ''}#${nonce}`,
    dark: () => pageIsDark(doc),
  });
  return {
    actions: [
      addWordAction({ send: request, page: () => ({ title: doc.title, url: doc.location.href }) }),
      fix.action,
      markKnownAction(request),
    ],
    fix,
  };
}

/** Key that runs "Add to list" while the popup is open. */
const ADD_WORD_KEY = 'a';

/**
 * The rest of the popup's wiring in the page: the `a` shortcut, and what the background tells or
 * asks this script (the sentence around the selection and what the context-menu capture saved; what
 * became of a proposed reading correction).
 */
export function installPopupWiring(
  doc: Document,
  view: PopupView,
  notices: PageNotices,
  fix: FixReading,
): void {
  bindActionShortcut(doc, view, ADD_WORD_KEY, ADD_WORD_ACTION_ID);
  bindActionShortcut(doc, view, MARK_KNOWN_KEY, MARK_KNOWN_ACTION_ID);
  browser.runtime.onMessage.addListener((raw: unknown) => {
    if (parseMessage(SelectionContextMessage, raw).ok) return Promise.resolve(selectionContext(doc));
    const notice = parseMessage(CaptureNoticeMessage, raw);
    if (notice.ok) {
      // A failure (storage full, refused) stays until closed, so it cannot be missed.
      if (notice.value.ok) notices.info(notice.value.message);
      else notices.error(notice.value.message);
      return Promise.resolve({ ok: true });
    }
    const outcome = parseMessage(ReadingFixOutcomeMessage, raw);
    if (outcome.ok) {
      fix.onOutcome(outcome.value.nonce, outcome.value.outcome);
      return Promise.resolve({ ok: true });
    }
    return undefined;
  });
}
