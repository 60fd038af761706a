import type { Token } from '../types';
import { applyReadingRules, indexRules } from './context/apply-reading-rules';
import { CONTEXT_RULES } from './context/context-rules';
import { NEWS_LEXICON } from './context/news-lexicon';
import { NIHON_RULES, preferNihon } from './context/prefer-nihon';
import { morphsFromTokens, type Morph } from './morph';
import { readCounters } from './numbers/read-counters';
import { unitsFromMorphs, type ReadingUnit } from './reading-units';

/**
 * Lookups the reading stages can use when the host has them (the glossary's ENAMDICT/KANJIDIC data,
 * a user's corrections). All optional: without them the core still reads from the tokenizer + rules.
 */
export interface ReadingLookups {
  /** Reading (hiragana or katakana) of a person/place/organisation name written in kanji, if known. */
  nameReading?: (surface: string) => string | undefined;
  /** KANJIDIC readings of one kanji (on in katakana or hiragana, kun with okurigana marks allowed). */
  kanjiReadings?: (kanji: string) => readonly string[] | undefined;
  /** A user's corrections: surface → hiragana reading, applied wherever the surface is a whole word. */
  readingOverrides?: ReadonlyMap<string, string>;
}

const BUILTIN_RULES = indexRules([...NEWS_LEXICON, ...NIHON_RULES, ...CONTEXT_RULES]);

/** Tokens → morphs with decided readings, stage by stage (each stage is a pure function). */
export function readMorphs(tokens: readonly Token[], _lookups: ReadingLookups = {}): Morph[] {
  let morphs = morphsFromTokens(tokens);
  morphs = readCounters(morphs);
  morphs = applyReadingRules(morphs, BUILTIN_RULES);
  morphs = preferNihon(morphs);
  return morphs;
}

/** Tokens → reading units ready for ruby alignment. */
export function readingUnits(tokens: readonly Token[], lookups: ReadingLookups = {}): ReadingUnit[] {
  return unitsFromMorphs(readMorphs(tokens, lookups));
}
