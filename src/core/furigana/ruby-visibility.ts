/**
 * Which readings a learner sees: the furigana modes, decided per ruby span from what the pipeline
 * says about its word (level, irregular reading, dictionary form) and the reader's known words.
 * Pure: the content script applies the answer as a class, the tests read as a table.
 */
import { GRADE_BEYOND, JLPT_BEYOND } from './kanji-level';

/** all kanji · words above my level · words I have not marked known · on hover · off. */
export const FURIGANA_MODES = ['all', 'level', 'unknown', 'hover', 'off'] as const;
export type FuriganaMode = (typeof FURIGANA_MODES)[number];

/** A reader's level: JLPT N5–N1 (5…1) or school grade 1–6, 7 = secondary school (all jōyō kanji). */
export type LearnerLevel = { kind: 'jlpt'; value: 1 | 2 | 3 | 4 | 5 } | { kind: 'grade'; value: number };

/** What a ruby span carries about its word (optional fields of RubySpan). */
export interface RubyWordInfo {
  grade?: number;
  jlpt?: number;
  irregular?: boolean;
}

export type RubyVisibility = 'show' | 'hide' | 'hover';

/**
 * Is the word beyond the reader's level? A word without level data (no kanji KANJIDIC knows) is.
 * An irregular reading (今日 きょう) is not taught by its kanji, so it keeps its ruby at every level.
 */
export function aboveLevel(word: RubyWordInfo, level: LearnerLevel): boolean {
  if (word.irregular) return true;
  if (level.kind === 'jlpt') {
    const j = word.jlpt ?? JLPT_BEYOND;
    return j === JLPT_BEYOND || j < level.value;
  }
  return (word.grade ?? GRADE_BEYOND) > level.value;
}

export function rubyVisibility(
  word: RubyWordInfo,
  mode: FuriganaMode,
  level: LearnerLevel,
  known: boolean,
): RubyVisibility {
  switch (mode) {
    case 'all':
      return 'show';
    case 'off':
      return 'hide';
    case 'hover':
      return 'hover';
    case 'unknown':
      return known ? 'hide' : 'show';
    case 'level':
      // A word the reader marked known needs no reading, whatever its level.
      return !known && aboveLevel(word, level) ? 'show' : 'hide';
  }
}
