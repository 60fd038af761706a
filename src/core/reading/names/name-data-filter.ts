import { toHiragana } from '../../text/chars';
import type { Token } from '../../types';
import { morphsFromTokens } from '../morph';
import { tokenizerUnsure } from './read-names';

/**
 * For the dictionary build: which ENAMDICT kanji names (surnames, given names, places) are worth
 * shipping to the names stage. Measured on NHK Easy: names with a single ENAMDICT reading fix
 * about one annotation in 500 with no regressions, but all 450k of them are 3.5 MB gzipped. Most
 * are never needed: the stage only consults name data where IPADIC was unsure, and many names IPADIC
 * already reads right. Keep a name when
 *  - ENAMDICT gives it exactly one reading (several readings: no certainty, keep IPADIC's);
 *  - the names stage would consult it (IPADIC splits it with a name/unknown piece, or cannot read it);
 *  - IPADIC's reading of its tokens differs from ENAMDICT's.
 * `tokens` are IPADIC's tokens of the surface alone.
 */
export function isNameWorthShipping(
  surface: string,
  readings: readonly string[],
  tokens: readonly Token[],
): boolean {
  const distinct = new Set(readings.map((r) => toHiragana(r).replace(/[・\s]/g, '')));
  if (distinct.size !== 1 || !/[\u3400-\u9fff]/.test(surface) || tokens.length === 0) return false;
  const morphs = morphsFromTokens(tokens);
  if (!tokenizerUnsure(morphs)) return false;
  const ipadic = morphs.map((m) => m.reading ?? '?').join('');
  return ipadic !== [...distinct][0];
}
