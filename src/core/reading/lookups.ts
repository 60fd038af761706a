import type { KanjiLevelLookup } from '../furigana/kanji-level';
import { hasKatakana } from '../text/chars';

/**
 * Lookups the reading stages can use when the host has the data (the glossary's ENAMDICT and
 * KANJIDIC tables, a user's corrections). All optional: without them the core reads from the
 * tokenizer and its own rules, and stays pure either way (the functions are injected).
 */

/** KANJIDIC readings of one kanji, split: on in katakana, kun in hiragana ('.' okurigana, '-' affix). */
export interface KanjiReadingSets {
  on: readonly string[];
  kun: readonly string[];
}

/**
 * KANJIDIC readings of one kanji: either split ({on, kun}, as `Glossary.kanjiReadings` returns) or one
 * flat list (katakana entries are taken as on readings, hiragana ones as kun).
 */
export type KanjiReadingsLookup = (kanji: string) => KanjiReadingSets | readonly string[] | undefined;

export interface ReadingLookups {
  /** KANJIDIC grade and JLPT level of one kanji, for the furigana modes by level. */
  kanjiLevel?: KanjiLevelLookup;
  /** Reading of a name written in kanji (王毅 → おう・き), hiragana or katakana; undefined if unknown. */
  nameReading?: (surface: string) => string | undefined;
  /** KANJIDIC readings of one kanji, for per-kanji ruby of compounds and for foreign surnames. */
  kanjiReadings?: KanjiReadingsLookup;
  /**
   * Every reading a dictionary gives the word or place name written exactly `surface` (EDICT, ENAMDICT
   * places): for compounds IPADIC splits into pieces (鯨類 げいるい). Only a word with one reading is used.
   */
  compoundReadings?: (surface: string) => readonly string[] | undefined;
  /** A user's corrections: surface → hiragana reading, applied wherever the surface is a whole word. */
  readingOverrides?: ReadonlyMap<string, string>;
}

// Answers are memoised per lookup function: hosts back it with a binary search over a packed table,
// and the same few thousand kanji come up again and again.
const memo = new WeakMap<KanjiReadingsLookup, Map<string, KanjiReadingSets | null>>();
const MEMO_LIMIT = 20_000;

/** The lookup's answer in split form, whatever shape the host gave. */
export function kanjiReadingSets(lookup: KanjiReadingsLookup, kanji: string): KanjiReadingSets | undefined {
  let cache = memo.get(lookup);
  if (!cache) memo.set(lookup, (cache = new Map()));
  const hit = cache.get(kanji);
  if (hit !== undefined) return hit ?? undefined;
  const sets = toSets(lookup(kanji));
  if (cache.size >= MEMO_LIMIT) cache.clear();
  cache.set(kanji, sets ?? null);
  return sets;
}

function toSets(r: KanjiReadingSets | readonly string[] | undefined): KanjiReadingSets | undefined {
  if (!r) return undefined;
  if (!isFlatList(r)) return r;
  const on: string[] = [];
  const kun: string[] = [];
  for (const s of r) (hasKatakana(s) ? on : kun).push(s);
  return { on, kun };
}

function isFlatList(r: KanjiReadingSets | readonly string[]): r is readonly string[] {
  return Array.isArray(r);
}
