/**
 * The popup's "Mark known" button (and the K key): the word's dictionary form goes into the reader's
 * known words, and its ruby disappears in every open tab (the background tells them). Pressed again
 * on a known word, it unmarks it.
 */
import { captureFromLookup } from '../../shared/vocab-capture';
import type { PopupAction, PopupContext } from '../popup/popup-view';
import type { Send } from '../../shared/send';

export const MARK_KNOWN_ACTION_ID = 'known-word';
export const MARK_KNOWN_KEY = 'm';
const MARK_LABEL = 'Mark known';
const KNOWN_LABEL = 'Known ✓ — unmark';

/** The dictionary form the known words hold for the looked-up word (読んだ → 読む). */
function wordOf(ctx: PopupContext): string | null {
  const item = captureFromLookup(ctx.lookup, {
    sentence: ctx.sentence,
    sentenceOffset: ctx.sentenceOffset,
    pageTitle: '',
    url: '',
  });
  const word = item ? (item.dictionaryForm ?? item.surface) : ctx.lookup.surface;
  return word && word.length <= 64 ? word : null;
}

export function markKnownAction(send: Send): PopupAction {
  const isKnown = async (word: string): Promise<boolean> => {
    const res = await send({ type: 'known-words-check', words: [word] });
    return res.ok && res.known.includes(word);
  };
  return {
    id: MARK_KNOWN_ACTION_ID,
    label: MARK_LABEL,
    applies: (ctx) => wordOf(ctx) !== null,
    async run(ctx) {
      const word = wordOf(ctx);
      if (!word) throw new Error('No word here.');
      const known = !(await isKnown(word));
      const res = await send({ type: 'known-words-set', words: [word], known });
      if (!res.ok) throw new Error(`Not changed: ${res.message}`);
      return known ? `“${word}” is known: its furigana is hidden.` : `“${word}” is no longer marked known.`;
    },
    async state(ctx) {
      const word = wordOf(ctx);
      if (!word) return null;
      return { label: (await isKnown(word)) ? KNOWN_LABEL : MARK_LABEL };
    },
  };
}
