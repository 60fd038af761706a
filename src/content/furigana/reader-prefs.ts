/**
 * The content script's side of the furigana preferences and known words: asks for the preferences
 * at start, applies the background's pushes (new preferences; known words changed) to the rubies on
 * the page through the RubyView. Only the words on this page are ever asked about.
 */
import browser from 'webextension-polyfill';
import {
  ApplyFuriganaPrefsMessage,
  KnownWordsChangedMessage,
  MAX_CHECK_WORDS,
} from '../../shared/known-words-messages';
import { parseMessage } from '../../shared/messages';
import { request } from '../background-client';
import type { RubyView } from './ruby-view';

async function refreshKnown(view: RubyView): Promise<void> {
  const words = view.wordsOnPage(MAX_CHECK_WORDS);
  if (words.length === 0) return;
  const res = await request({ type: 'known-words-check', words });
  if (res.ok) await view.setKnown(words, new Set(res.known));
}

/** Listen for the background's pushes; returns the start-up request for the current preferences. */
export function installReaderPrefs(view: RubyView): Promise<void> {
  browser.runtime.onMessage.addListener((raw: unknown) => {
    const prefs = parseMessage(ApplyFuriganaPrefsMessage, raw);
    if (prefs.ok) return view.setPrefs(prefs.value.prefs).then(() => ({ ok: true }));
    if (parseMessage(KnownWordsChangedMessage, raw).ok) {
      return refreshKnown(view).then(() => ({ ok: true }));
    }
    return undefined;
  });
  return request({ type: 'reader-prefs' }).then(async (res) => {
    if (res.ok) await view.setPrefs(res.prefs);
  });
}
