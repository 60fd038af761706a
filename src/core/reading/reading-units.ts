import { hasKanji, toHiragana } from '../text/chars';
import type { Token } from '../types';

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

/** Default readings: each token that contains kanji and has a dictionary reading. */
export function unitsFromTokens(tokens: readonly Token[]): ReadingUnit[] {
  const units: ReadingUnit[] = [];
  for (const t of tokens) {
    if (!t.reading || t.reading === '*' || !hasKanji(t.surface)) continue;
    units.push({ start: t.start, end: t.start + t.surface.length, surface: t.surface, reading: toHiragana(t.reading) });
  }
  return units;
}
