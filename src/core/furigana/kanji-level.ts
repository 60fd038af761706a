/**
 * Learner levels of kanji from KANJIDIC2: the school grade that teaches a kanji and its JLPT level.
 * KANJIDIC keeps the old four JLPT levels (4 easiest); the current N5–N1 are derived from them:
 * old 4 → N5, old 3 → N4, old 2 → N3 when taught by grade 4 at school and N2 otherwise (the old level 2
 * was split in two; school order is the data we have for where), old 1 → N1. That gives 103, 181, 310,
 * 429 and 1,207 kanji, close to the usual N5–N1 lists (≈100, ≈170, ≈370, ≈370, ≈1,100).
 */

/** What KANJIDIC says about one kanji's level (grade 1–6, 8 secondary, 9–10 jinmeiyō; old JLPT 1–4). */
export interface KanjiLevelInfo {
  grade: number | undefined;
  jlpt: number | undefined;
}
export type KanjiLevelLookup = (kanji: string) => KanjiLevelInfo | undefined;

/** School grade as the levels use it: 1–6 elementary, 7 secondary (jōyō), 8 beyond (jinmeiyō, none). */
const GRADE_SECONDARY = 7;
export const GRADE_BEYOND = 8;
/** JLPT as the levels use it: 5 (N5, easiest) … 1 (N1), 0 beyond N1. */
export const JLPT_BEYOND = 0;

export function schoolGrade(info: KanjiLevelInfo | undefined): number {
  const g = info?.grade;
  if (g === undefined) return GRADE_BEYOND;
  if (g >= 1 && g <= 6) return g;
  return g === 8 ? GRADE_SECONDARY : GRADE_BEYOND;
}

export function jlptLevel(info: KanjiLevelInfo | undefined): number {
  switch (info?.jlpt) {
    case 4:
      return 5;
    case 3:
      return 4;
    case 2:
      return schoolGrade(info) <= 4 ? 3 : 2;
    case 1:
      return 1;
    default:
      return JLPT_BEYOND;
  }
}

/** The level of a word: that of its hardest kanji, in both systems. Non-kanji characters are skipped. */
export interface WordLevel {
  grade: number;
  jlpt: number;
}

export function wordLevel(kanji: Iterable<string>, lookup: KanjiLevelLookup): WordLevel | undefined {
  let grade = 0;
  let jlpt = 5;
  let any = false;
  for (const ch of kanji) {
    if (ch === '々') continue;
    const info = lookup(ch);
    any = true;
    grade = Math.max(grade, schoolGrade(info));
    jlpt = Math.min(jlpt, jlptLevel(info));
  }
  return any ? { grade, jlpt } : undefined;
}
