import { hasKanji, isKanjiChar } from '../text/chars';
import type { RubySpan } from '../types';
import { alignFurigana } from './align-furigana';
import { wordLevel, type KanjiLevelLookup } from '../furigana/kanji-level';
import { readsRegularly, splitCompound } from './compound/split-compound';
import type { KanjiReadingsLookup } from './lookups';
import type { ReadingUnit } from './reading-units';

/**
 * Turn reading units into ruby spans over kanji only (okurigana stays outside the ruby).
 * A unit whose reading cannot be aligned with its kana gets one ruby over the whole unit rather
 * than a guessed split: a long ruby is better than a wrong one. With KANJIDIC readings, a run of
 * three or more kanji whose reading is long enough to stretch it and divides with certainty gets one
 * ruby per kanji (研=けん 究=きゅう 所=じょ), so the reading does not stretch the text under it.
 */
export function rubyFromUnits(
  units: readonly ReadingUnit[],
  kanjiReadings?: KanjiReadingsLookup,
  kanjiLevel?: KanjiLevelLookup,
): RubySpan[] {
  const out: RubySpan[] = [];
  for (const u of units) {
    if (!u.reading) continue;
    const from = out.length;
    const irregular = pushUnitRuby(out, u, kanjiReadings);
    if (out.length > from) describeWord(out, from, u, irregular, kanjiLevel);
  }
  return out;
}

/**
 * What the furigana modes need to know about the word of the unit's spans, on each of them: its
 * dictionary form, its level (hardest kanji) and whether its reading is irregular.
 */
function describeWord(
  out: RubySpan[],
  from: number,
  u: ReadingUnit,
  irregular: boolean,
  kanjiLevel?: KanjiLevelLookup,
): void {
  const level = kanjiLevel ? wordLevel([...u.surface].filter(isKanjiChar), kanjiLevel) : undefined;
  // The spans were made for this word just now (pushUnitRuby): filled in place, in the order the
  // output's keys are listed (an object spread per span was a tenth of the pipeline's time).
  for (let i = from; i < out.length; i++) {
    const span = out[i]!;
    if (u.lemma) span.lemma = u.lemma;
    if (level) {
      span.grade = level.grade;
      span.jlpt = level.jlpt;
    }
    if (irregular) span.irregular = irregular;
  }
}

/** Push the unit's ruby spans; returns whether a kanji run of it reads irregularly (今日 きょう). */
function pushUnitRuby(out: RubySpan[], u: ReadingUnit, kanjiReadings?: KanjiReadingsLookup): boolean {
  const parts = alignFurigana(u.surface, u.reading);
  if (!parts) {
    out.push({ start: u.start, end: u.end, base: u.surface, reading: u.reading });
    return false;
  }
  let irregular = false;
  for (const p of parts) {
    if (p.reading === undefined || !hasKanji(p.text) || p.reading === '') continue;
    if (kanjiReadings && !irregular) irregular = !readsRegularly(p.text, p.reading, kanjiReadings);
    const start = u.start + p.offset;
    const perKanji =
      kanjiReadings && stretchesBase(p.text, p.reading)
        ? splitCompound(p.text, p.reading, kanjiReadings)
        : undefined;
    if (!perKanji) {
      out.push({ start, end: start + p.text.length, base: p.text, reading: p.reading });
      continue;
    }
    let at = start;
    const chars = [...p.text];
    chars.forEach((ch, i) => {
      out.push({ start: at, end: at + ch.length, base: ch, reading: perKanji[i]! });
      at += ch.length;
    });
  }
  return irregular;
}

/**
 * Ruby is set at half size, so a reading longer than twice its base spreads the base text out and
 * the reader loses which kana belong to which kanji. A compound of three or more kanji whose reading
 * spreads it by a full character or more (国立感染症研究所) is divided per kanji, so each reading
 * stands over its own kanji. A two-kanji word keeps one ruby (中国 ちゅうごく, 状況 じょうきょう):
 * divided, its two long readings could not overhang each other and both kanji would be pushed
 * apart; whole, the reading overhangs the kana beside the word (furigana.css).
 */
function stretchesBase(text: string, reading: string): boolean {
  let n = 0;
  for (const ch of text) {
    if (!isKanjiChar(ch)) return false;
    n++;
  }
  return n > 2 && reading.length >= 2 * n + 2;
}
