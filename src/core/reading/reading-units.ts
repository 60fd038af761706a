import { hasKanji, isHiragana } from '../text/chars';
import type { Morph } from './morph';

/**
 * A stretch of text with one reading, before alignment: usually one token, sometimes several
 * merged by a context rule (digit + counter, a name). Offsets are UTF-16 into the original text.
 */
export interface ReadingUnit {
  start: number;
  end: number;
  surface: string;
  /** Hiragana. */
  reading: string;
  /** Dictionary form of the word (読ん → 読む), the surface when the tokenizer gives none. */
  lemma?: string;
}

/**
 * The tokenizer's dictionary form when it belongs to this surface (same kanji stem: 読ん → 読む);
 * a morph merged from several tokens (一 + 人 → 一人) keeps the last token's, which does not.
 */
function lemmaOf(m: Morph): string {
  let k = 0;
  while (k < m.surface.length && !isHiragana(m.surface[k]!)) k++;
  const stem = k > 0 ? m.surface.slice(0, k) : m.surface;
  return m.basic && m.basic !== '*' && m.basic.startsWith(stem) ? m.basic : m.surface;
}

/** Units to annotate: every morph that contains kanji and has a reading. */
export function unitsFromMorphs(morphs: readonly Morph[]): ReadingUnit[] {
  const units: ReadingUnit[] = [];
  for (const m of morphs) {
    if (!m.reading || !hasKanji(m.surface)) continue;
    units.push({ start: m.start, end: m.end, surface: m.surface, reading: m.reading, lemma: lemmaOf(m) });
  }
  return units;
}
