import { foldDigitsToFullWidth, toHiragana } from '../text/chars';
import { applyReadingRules, indexRules } from './context/apply-reading-rules';
import type { Morph } from './morph';

/**
 * Stage: a user's reading corrections (surface → reading), applied last and over every other stage,
 * wherever the surface is a whole word or a run of whole tokens: a fix for 日本 applies to 日本 but
 * not inside 日本人, whose reading may differ. Entries whose reading is not kana are ignored.
 */
export function applyReadingOverrides(
  morphs: readonly Morph[],
  overrides: ReadonlyMap<string, string>,
): Morph[] {
  if (overrides.size === 0) return morphs as Morph[];
  // Rebuilt per call: a user's list is short, and the host may edit the Map in place.
  const rules = [];
  for (const [word, reading] of overrides) {
    if (word.length > 0 && /^[\u3041-\u309f\u30a1-\u30ff]+$/.test(reading)) {
      // Tokens see digits full-width (the pipeline folds them), so fold the user's surface too.
      rules.push({
        word: foldDigitsToFullWidth(word),
        reading: toHiragana(reading),
        why: `correction ${word}`,
      });
    }
  }
  return applyReadingRules(morphs, indexRules(rules), { overrideDecided: true, source: 'user' });
}
