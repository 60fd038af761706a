import { describe, expect, it } from 'vitest';
import { jlptLevel, schoolGrade, wordLevel } from '../../src/core/furigana/kanji-level';
import { aboveLevel, rubyVisibility, type LearnerLevel } from '../../src/core/furigana/ruby-visibility';
import { readsRegularly } from '../../src/core/reading/compound/split-compound';
import type { KanjiReadingsLookup } from '../../src/core/reading/lookups';

/**
 * Furigana by level: a word shows its reading when one of its kanji is beyond the reader's level,
 * or when its reading is irregular (jukujikun, ateji) and so not taught by its kanji.
 * KANJIDIC stand-in rows as KANJIDIC2 gives them (grade, old JLPT 4 easiest … 1).
 */
const KANJIDIC: Record<string, { grade?: number; jlpt?: number; on: string[]; kun: string[] }> = {
  日: { grade: 1, jlpt: 4, on: ['ニチ', 'ジツ'], kun: ['ひ', '-び', '-か'] },
  本: { grade: 1, jlpt: 4, on: ['ホン'], kun: ['もと'] },
  今: { grade: 2, jlpt: 4, on: ['コン', 'キン'], kun: ['いま'] },
  明: { grade: 2, jlpt: 3, on: ['メイ', 'ミョウ'], kun: ['あ.かり', 'あか.るい', 'あ.ける'] },
  大: { grade: 1, jlpt: 4, on: ['ダイ', 'タイ'], kun: ['おお-', 'おお.きい'] },
  人: { grade: 1, jlpt: 4, on: ['ジン', 'ニン'], kun: ['ひと', '-り', '-と'] },
  一: { grade: 1, jlpt: 4, on: ['イチ', 'イツ'], kun: ['ひと-', 'ひと.つ'] },
  二: { grade: 1, jlpt: 4, on: ['ニ', 'ジ'], kun: ['ふた', 'ふた.つ'] },
  下: { grade: 1, jlpt: 4, on: ['カ', 'ゲ'], kun: ['した', 'しも', 'さ.げる'] },
  手: { grade: 1, jlpt: 4, on: ['シュ', 'ズ'], kun: ['て'] },
  学: { grade: 1, jlpt: 4, on: ['ガク'], kun: ['まな.ぶ'] },
  校: { grade: 1, jlpt: 4, on: ['コウ', 'キョウ'], kun: [] },
  政: { grade: 5, jlpt: 2, on: ['セイ', 'ショウ'], kun: ['まつりごと'] },
  府: { grade: 4, jlpt: 2, on: ['フ'], kun: [] },
  談: { grade: 3, jlpt: 2, on: ['ダン'], kun: [] },
  歳: { grade: 8, jlpt: 2, on: ['サイ', 'セイ'], kun: ['とし'] },
  毅: { grade: 9, on: ['キ', 'ギ'], kun: ['つよ.い'] },
  鬱: { jlpt: 1, on: ['ウツ'], kun: [] },
  中: { grade: 1, jlpt: 4, on: ['チュウ'], kun: ['なか', 'うち', 'あた.る'] },
};
const readings: KanjiReadingsLookup = (k) => KANJIDIC[k];
const levels = (k: string) => {
  const e = KANJIDIC[k];
  return e ? { grade: e.grade, jlpt: e.jlpt } : undefined;
};

describe('kanji levels from KANJIDIC', () => {
  it.each([
    ['日: old JLPT 4 → N5', '日', 5, 1],
    ['明: old 3 → N4', '明', 4, 2],
    ['府: old 2, taught in grade 4 → N3', '府', 3, 4],
    ['政: old 2, taught in grade 5 → N2', '政', 2, 5],
    ['歳: old 2, secondary school → N2, grade 7', '歳', 2, 7],
    ['鬱: old 1, no grade → N1, beyond school', '鬱', 1, 8],
    ['毅: jinmeiyō, no JLPT → beyond both', '毅', 0, 8],
  ])('%s', (_why, kanji, jlpt, grade) => {
    expect(jlptLevel(levels(kanji))).toBe(jlpt);
    expect(schoolGrade(levels(kanji))).toBe(grade);
  });

  it('a word is as hard as its hardest kanji', () => {
    expect(wordLevel('政府', levels)).toEqual({ grade: 5, jlpt: 2 });
    expect(wordLevel('日本', levels)).toEqual({ grade: 1, jlpt: 5 });
    expect(wordLevel('人々', levels)).toEqual({ grade: 1, jlpt: 5 });
  });
});

describe('irregular readings (not spelt by the kanji readings)', () => {
  it.each([
    ['今日 きょう (jukujikun)', '今日', 'きょう', false],
    ['明日 あす', '明日', 'あす', false],
    ['大人 おとな', '大人', 'おとな', false],
    ['一人 ひとり (人 -り is a suffix reading only found in such words)', '一人', 'ひとり', false],
    ['二日 ふつか', '二日', 'ふつか', false],
    ['下手 へた', '下手', 'へた', false],
    ['学校 がっこう (gemination is regular)', '学校', 'がっこう', true],
    ['日本 にほん (ニチ with its final ち dropped before another kanji)', '日本', 'にほん', true],
    ['本日 ほんじつ', '本日', 'ほんじつ', true],
    ['人々 ひとびと (rendaku on the repeat mark)', '人々', 'ひとびと', true],
    ['一つ… the kanji 一 alone read ひと', '一', 'ひと', true],
    ['a lone kanji voiced after another word (一日中 → 中 じゅう)', '中', 'じゅう', true],
    ['a kanji KANJIDIC lacks is not called irregular', '丼', 'どん', true],
  ])('%s', (_why, word, reading, regular) => {
    expect(readsRegularly(word, reading, readings)).toBe(regular);
  });
});

describe('which ruby a learner sees', () => {
  const N3: LearnerLevel = { kind: 'jlpt', value: 3 };
  const grade4: LearnerLevel = { kind: 'grade', value: 4 };
  const 日本 = { grade: 1, jlpt: 5 };
  const 政府 = { grade: 5, jlpt: 2 };
  const 今日 = { grade: 2, jlpt: 5, irregular: true };
  const 王毅 = { grade: 8, jlpt: 0 };
  it.each([
    ['N3 reader: 日本 (N5) has no ruby', 日本, N3, false],
    ['N3 reader: 政府 (N2) keeps it', 政府, N3, true],
    ['N3 reader: 今日 is irregular, keeps it', 今日, N3, true],
    ['N3 reader: 王毅 (beyond N1) keeps it', 王毅, N3, true],
    ['grade 4 reader: 政府 (grade 5) keeps it', 政府, grade4, true],
    ['grade 4 reader: 日本 (grade 1) has none', 日本, grade4, false],
    ['a word without level data keeps its ruby', {}, N3, true],
  ])('%s', (_why, word, level, above) => {
    expect(aboveLevel(word, level)).toBe(above);
  });

  it.each([
    ['all', false, 'show'],
    ['all', true, 'show'],
    ['off', false, 'hide'],
    ['hover', false, 'hover'],
    ['unknown', false, 'show'],
    ['unknown', true, 'hide'],
    ['level', true, 'hide'],
  ] as const)('mode %s, known %s → %s', (mode, known, expected) => {
    expect(rubyVisibility(政府, mode, N3, known)).toBe(expected);
  });

  it('level mode hides a word at the level and shows one above it', () => {
    expect(rubyVisibility(日本, 'level', N3, false)).toBe('hide');
    expect(rubyVisibility(政府, 'level', N3, false)).toBe('show');
  });
});
