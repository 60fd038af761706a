import { foldDigitsToFullWidth, isKanaReading, toHiragana } from '../text/chars';
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
  return applyReadingRules(morphs, rulesFor(overrides), { overrideDecided: true, source: 'user' });
}

type IndexedRules = ReturnType<typeof indexRules>;

/**
 * Rules built once per corrections map: the host passes one map with every paragraph of a request,
 * and a long list of corrections would otherwise be re-indexed for each of them. Keyed weakly by the
 * map; a map changed in place (different size) is rebuilt.
 */
const cache = new WeakMap<ReadonlyMap<string, string>, { size: number; rules: IndexedRules }>();

function rulesFor(overrides: ReadonlyMap<string, string>): IndexedRules {
  const hit = cache.get(overrides);
  if (hit && hit.size === overrides.size) return hit.rules;
  const rules = [];
  for (const [word, reading] of overrides) {
    if (word.length > 0 && isKanaReading(reading)) {
      // Tokens see digits full-width (the pipeline folds them), so fold the user's surface too.
      rules.push({
        word: foldDigitsToFullWidth(word),
        reading: toHiragana(reading),
        why: `correction ${word}`,
      });
    }
  }
  const indexed = indexRules(rules);
  cache.set(overrides, { size: overrides.size, rules: indexed });
  return indexed;
}
