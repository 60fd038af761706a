/**
 * The kanji card: what KANJIDIC says about one kanji, in the words a learner reads in the popup
 * (meanings, on and kun readings, school grade, JLPT level, stroke count). Pure data → labels.
 */
import { isKanjiChar } from '../text/chars';
import type { KanjiInfo } from './kanji-readings';

export interface KanjiCard {
  kanji: string;
  meanings: string[];
  /** On readings in katakana. */
  on: string[];
  /** Kun readings in hiragana, okurigana after a dot as KANJIDIC writes them (い.く). */
  kun: string[];
  /** Readings used in names only. */
  nanori: string[];
  /** "Grade 2 (taught in primary school)", "Jōyō (secondary school)", "Jinmeiyō (names)". */
  grade?: string;
  /** KANJIDIC's JLPT level, on the old 1–4 scale (4 easiest). */
  jlpt?: string;
  strokes?: number;
}

/** KANJIDIC's grade field: 1–6 kyōiku kanji by school year, 8 other jōyō kanji, 9–10 jinmeiyō. */
function gradeLabel(grade: number | undefined): string | undefined {
  if (grade === undefined) return undefined;
  if (grade >= 1 && grade <= 6) return `Grade ${grade} (taught in primary school)`;
  if (grade === 8) return 'Jōyō (taught in secondary school)';
  if (grade === 9 || grade === 10) return 'Jinmeiyō (used in names)';
  return undefined;
}

/** Old JLPT levels and the new levels they correspond to (the old 2 spans N3 and N2). */
const NEW_JLPT: Record<number, string> = { 4: 'N5', 3: 'N4', 2: 'N3–N2', 1: 'N1' };

function jlptLabel(level: number | undefined): string | undefined {
  if (level === undefined || !NEW_JLPT[level]) return undefined;
  return `JLPT level ${level} (old scale; about ${NEW_JLPT[level]})`;
}

export function kanjiCardOf(info: KanjiInfo): KanjiCard {
  const grade = gradeLabel(info.grade);
  const jlpt = jlptLabel(info.jlpt);
  return {
    kanji: info.kanji,
    meanings: info.meanings,
    on: info.on,
    kun: info.kun,
    nanori: info.nanori,
    ...(grade ? { grade } : {}),
    ...(jlpt ? { jlpt } : {}),
    ...(info.strokes !== undefined ? { strokes: info.strokes } : {}),
  };
}

/** The kanji at a UTF-16 offset (a surrogate pair for the CJK extensions), or undefined. */
export function kanjiAt(text: string, offset: number): string | undefined {
  const cp = text.codePointAt(offset);
  if (cp === undefined) return undefined;
  const ch = String.fromCodePoint(cp);
  return isKanjiChar(ch) ? ch : undefined;
}
