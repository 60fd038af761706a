/**
 * Size limits of vocabulary data: the same numbers the message protocol enforces on every word,
 * list and correction a page or the toolbar popup sends (src/shared/vocab-messages.ts and
 * reading-fix-messages.ts import them from here), so a backup can hold nothing a message could not
 * have put there. Imports are checked against them before anything is merged; the stored database
 * is not (it was written through those messages, and a store from before the limits must still load).
 */
import * as v from 'valibot';
import { hasKanji, isKanaReading } from '../text/chars';
import { MAX_CONTEXTS } from './model';

export const VOCAB_LIMITS = {
  /** A word, its dictionary form, reading, surface, one tag. */
  word: 200,
  /** Meaning, notes, a sentence. */
  field: 20_000,
  pageTitle: 1000,
  url: 4096,
  /** Ids of lists and items, list names. */
  id: 200,
  listName: 200,
  tagsPerWord: 50,
  contextsPerWord: MAX_CONTEXTS,
  lists: 1000,
  words: 200_000,
  knownWords: 200_000,
  /** The host receives every correction with each annotate request (HostReadingOverrides). */
  corrections: 20_000,
  /** Characters of an imported file (the import message's cap). */
  importChars: 50_000_000,
} as const;

export type VocabLimits = { readonly [K in keyof typeof VOCAB_LIMITS]: number };

/** No limits: for the stored database, which must always load. */
export const NO_LIMITS: VocabLimits = Object.fromEntries(
  Object.keys(VOCAB_LIMITS).map((k) => [k, Infinity]),
) as unknown as VocabLimits;

/** Why a text is too long for its field, or null. */
export function tooLong(value: string, max: number): string | null {
  return value.length > max ? `${value.length} characters; the limit is ${max}` : null;
}

/** Why a list holds too many entries, or null. */
export function tooMany(count: number, max: number, what: string): string | null {
  return count > max ? `${count} ${what}; the limit is ${max}` : null;
}

/** Schema actions with those reasons (valibot measures the raw value). */
/** A length cap whose message says how long the value is and what the limit is. */
export const maxChars = (max: number) =>
  v.maxLength<string, number, (issue: v.MaxLengthIssue<string, number>) => string>(
    max,
    (issue) => tooLong(issue.input, max) ?? 'too long',
  );
export const maxCount = <T>(max: number, what: string) =>
  v.maxLength<T[], number, (issue: v.MaxLengthIssue<T[], number>) => string>(
    max,
    (issue) => tooMany(issue.input.length, max, what) ?? 'too many',
  );

/** Longest word a reading correction is for: a word or a name, never a sentence. */
const MAX_FIX_SURFACE = 30;
/** Longest corrected reading: a 30-kanji surface could in principle need this many kana. */
export const MAX_FIX_READING = 90;

/** Why a word cannot get a correction, or null. The popup hides its button for such words. */
export function fixSurfaceProblem(surface: string): string | null {
  if (surface.length === 0) return 'The word is empty.';
  if (surface.length > MAX_FIX_SURFACE) return `The word is longer than ${MAX_FIX_SURFACE} characters.`;
  if (!hasKanji(surface)) return 'Only words written with kanji have a reading to fix.';
  return null;
}

/** Why a typed reading cannot be saved, or null. Shown under the popup's input as it is. */
export function fixReadingProblem(reading: string): string | null {
  if (reading.length === 0) return 'Type the reading in kana.';
  if (reading.length > MAX_FIX_READING) return `The reading is longer than ${MAX_FIX_READING} characters.`;
  // What the override stage accepts (`isKanaReading`): a reading it would ignore must be refused,
  // or the reader would save a fix that never shows.
  if (!isKanaReading(reading)) return 'Use hiragana or katakana only (no letters, kanji or spaces).';
  return null;
}
