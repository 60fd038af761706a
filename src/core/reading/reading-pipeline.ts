import type { Token } from '../types';
import { applyReadingRules, indexRules } from './context/apply-reading-rules';
import { CONTEXT_RULES } from './context/context-rules';
import { INSTITUTION_RULES } from './context/institution-readings';
import { NEWS_LEXICON } from './context/news-lexicon';
import { NIHON_RULES, preferNihon } from './context/prefer-nihon';
import { readDictionaryCompounds } from './compound/dictionary-compounds';
import type { ReadingLookups } from './lookups';
import { morphsFromTokens, type Morph } from './morph';
import { readForeignSurnames } from './names/foreign-surnames';
import { NEWS_NAME_RULES } from './names/news-names';
import { readNames } from './names/read-names';
import { readCounters } from './numbers/read-counters';
import { applyReadingOverrides } from './overrides';
import { unitsFromMorphs, type ReadingUnit } from './reading-units';

export type { ReadingLookups } from './lookups';

const BUILTIN_RULES = indexRules([
  ...NEWS_LEXICON,
  ...INSTITUTION_RULES,
  ...NEWS_NAME_RULES,
  ...NIHON_RULES,
  ...CONTEXT_RULES,
]);

/**
 * Tokens → morphs with decided readings, stage by stage (each stage a pure function):
 * counters → word rules in context → にほん → names → dictionary compounds → foreign surnames → the
 * user's corrections.
 */
function readMorphs(tokens: readonly Token[], lookups: ReadingLookups = {}): Morph[] {
  let morphs = morphsFromTokens(tokens);
  morphs = readCounters(morphs);
  morphs = applyReadingRules(morphs, BUILTIN_RULES);
  morphs = preferNihon(morphs);
  if (lookups.nameReading) morphs = readNames(morphs, lookups.nameReading);
  if (lookups.compoundReadings) morphs = readDictionaryCompounds(morphs, lookups.compoundReadings);
  if (lookups.kanjiReadings) morphs = readForeignSurnames(morphs, lookups.kanjiReadings);
  if (lookups.readingOverrides) morphs = applyReadingOverrides(morphs, lookups.readingOverrides);
  return morphs;
}

/** Tokens → reading units ready for ruby alignment. */
export function readingUnits(tokens: readonly Token[], lookups: ReadingLookups = {}): ReadingUnit[] {
  return unitsFromMorphs(readMorphs(tokens, lookups));
}
