import { hasKanji } from '../text/chars';
import type { RubySpan } from '../types';
import { alignFurigana } from './align-furigana';
import type { ReadingUnit } from './reading-units';

/**
 * Turn reading units into ruby spans over kanji only (okurigana stays outside the ruby).
 * A unit whose reading cannot be aligned with its kana gets one ruby over the whole unit rather
 * than a guessed split: a long ruby is better than a wrong one.
 */
export function rubyFromUnits(units: readonly ReadingUnit[]): RubySpan[] {
  const out: RubySpan[] = [];
  for (const u of units) {
    if (!u.reading) continue;
    const parts = alignFurigana(u.surface, u.reading);
    if (!parts) {
      out.push({ start: u.start, end: u.end, base: u.surface, reading: u.reading });
      continue;
    }
    for (const p of parts) {
      if (p.reading === undefined || !hasKanji(p.text) || p.reading === '') continue;
      out.push({
        start: u.start + p.offset,
        end: u.start + p.offset + p.text.length,
        base: p.text,
        reading: p.reading,
      });
    }
  }
  return out;
}
