import { hasKanji } from '../text/chars';
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
}

/** Units to annotate: every morph that contains kanji and has a reading. */
export function unitsFromMorphs(morphs: readonly Morph[]): ReadingUnit[] {
  const units: ReadingUnit[] = [];
  for (const m of morphs) {
    if (!m.reading || !hasKanji(m.surface)) continue;
    units.push({ start: m.start, end: m.end, surface: m.surface, reading: m.reading });
  }
  return units;
}
