import * as v from 'valibot';
import { MAX_KNOWN_WORD_LENGTH } from '../core/furigana/known-words';
import type { FuriganaPrefs } from './furigana-prefs';

/**
 * Known words and the reader's furigana preferences in the message protocol (messages.ts adds them to
 * BackgroundRequest and Responses). The full known-words list stays in the background: a content
 * script asks only about the words on its page, and is told when the list changed.
 */

/** Words on one page a content script may ask about at once (bounded by what the page shows). */
export const MAX_CHECK_WORDS = 5000;
const word = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(MAX_KNOWN_WORD_LENGTH));

/** Content script: the furigana preferences to apply. */
const ReaderPrefsRequest = v.object({ type: v.literal('reader-prefs') });

/** Content script: which of these dictionary forms are known? */
const KnownWordsCheckRequest = v.object({
  type: v.literal('known-words-check'),
  words: v.pipe(v.array(word), v.maxLength(MAX_CHECK_WORDS)),
});

/** Content script (popup button, K key) and toolbar popup: mark words known or not. */
const KnownWordsSetRequest = v.object({
  type: v.literal('known-words-set'),
  words: v.pipe(v.array(word), v.minLength(1), v.maxLength(100)),
  known: v.boolean(),
});

/** Extension pages: add a pasted or loaded list (one word per line), or replace the list with it. */
const KnownWordsImportRequest = v.object({
  type: v.literal('known-words-import'),
  text: v.pipe(v.string(), v.maxLength(10_000_000)),
  replace: v.boolean(),
});

/** Extension pages: the list as a text file, one word per line. */
const KnownWordsExportRequest = v.object({ type: v.literal('known-words-export') });

export const KNOWN_WORDS_REQUESTS = [
  ReaderPrefsRequest,
  KnownWordsCheckRequest,
  KnownWordsSetRequest,
  KnownWordsImportRequest,
  KnownWordsExportRequest,
] as const;

export const KnownWordsRequest = v.variant('type', KNOWN_WORDS_REQUESTS);
export type KnownWordsRequest = v.InferOutput<typeof KnownWordsRequest>;

export function isKnownWordsRequest(msg: { type: string }): msg is KnownWordsRequest {
  return KNOWN_WORDS_REQUESTS.some((schema) => schema.entries.type.literal === msg.type);
}

/** Background → content: new furigana preferences (validated again by the receiver). */
export const ApplyFuriganaPrefsMessage = v.object({
  type: v.literal('apply-furigana-prefs'),
  prefs: v.record(v.string(), v.unknown()),
});
/** Background → content: the known-words list changed; ask again about the words on the page. */
export const KnownWordsChangedMessage = v.object({ type: v.literal('known-words-changed') });

export interface KnownWordsPayloads {
  'reader-prefs': { prefs: FuriganaPrefs };
  'known-words-check': { known: string[] };
  'known-words-set': { count: number };
  'known-words-import': { added: number; count: number; skippedLines: number[] };
  'known-words-export': { text: string; count: number };
}
