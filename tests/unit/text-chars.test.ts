/**
 * The one kana/kanji classifier (src/core/text/chars.ts). Each row is a fact of Japanese script:
 * the character, what it is, and which classes it belongs to.
 */
import { describe, expect, it } from 'vitest';
import {
  hasKatakana,
  isAllHiragana,
  isAllKana,
  isHalfWidthKatakana,
  isHiragana,
  isHiraganaReading,
  isKana,
  isKanaReading,
  isKanjiChar,
  isKatakana,
} from '../../src/core/text/chars';

type Class = 'hiragana' | 'katakana' | 'half-width katakana' | 'kanji';

const CHARACTERS: readonly [ch: string, what: string, classes: readonly Class[]][] = [
  ['あ', 'a hiragana letter', ['hiragana']],
  ['ん', 'the hiragana syllabic n', ['hiragana']],
  ['ぁ', 'small hiragana a', ['hiragana']],
  ['っ', 'small tsu (a doubled consonant)', ['hiragana']],
  ['ゖ', 'small hiragana ke', ['hiragana']],
  ['ゝ', 'hiragana iteration mark', ['hiragana']],
  ['ゞ', 'hiragana voiced iteration mark', ['hiragana']],
  ['゛', 'spacing voicing mark', ['hiragana']],
  ['ア', 'a katakana letter', ['katakana']],
  ['ヴ', 'katakana vu, for foreign v', ['katakana']],
  ['ャ', 'small katakana ya', ['katakana']],
  ['ー', 'the long vowel mark', ['katakana']],
  ['ヽ', 'katakana iteration mark', ['katakana']],
  ['ヾ', 'katakana voiced iteration mark', ['katakana']],
  ['ヿ', 'the katakana ligature koto', ['katakana']],
  ['ㇰ', 'small katakana ku for Ainu', ['katakana']],
  ['ヶ', 'small ke: a katakana letter, and the counter of ３ヶ月', ['katakana', 'kanji']],
  ['ヵ', 'small ka: a katakana letter, and a counter like ヶ', ['katakana', 'kanji']],
  ['ｱ', 'half-width katakana a', ['half-width katakana']],
  ['ｰ', 'half-width long vowel mark', ['half-width katakana']],
  ['ﾞ', 'half-width voicing mark', ['half-width katakana']],
  ['漢', 'a kanji of the unified block', ['kanji']],
  ['々', 'the kanji iteration mark (人々)', ['kanji']],
  ['〆', 'the shime mark (〆切)', ['kanji']],
  ['〇', 'the ideographic zero', ['kanji']],
  ['㐂', 'a kanji of CJK extension A', ['kanji']],
  ['𠮷', 'a kanji of CJK extension B (two UTF-16 units)', ['kanji']],
  ['・', 'the middle dot between the parts of a foreign name', []],
  ['゠', 'the katakana-hiragana double hyphen', []],
  ['。', 'the ideographic full stop', []],
  ['「', 'a corner bracket', []],
  ['、', 'the ideographic comma', []],
  ['Ａ', 'a full-width Latin letter', []],
  ['５', 'a full-width digit', []],
  ['a', 'an ASCII letter', []],
];

describe('character classes', () => {
  it.each(CHARACTERS)('%s is %s', (ch, _what, classes) => {
    expect({
      hiragana: isHiragana(ch),
      katakana: isKatakana(ch),
      'half-width katakana': isHalfWidthKatakana(ch),
      kanji: isKanjiChar(ch),
      kana: isKana(ch),
    }).toEqual({
      hiragana: classes.includes('hiragana'),
      katakana: classes.includes('katakana'),
      'half-width katakana': classes.includes('half-width katakana'),
      kanji: classes.includes('kanji'),
      kana: classes.includes('hiragana') || classes.includes('katakana'),
    });
  });
});

type Helper = (text: string) => boolean;
const HELPERS: Record<string, Helper> = {
  isAllHiragana,
  isAllKana,
  isHiraganaReading,
  isKanaReading,
  hasKatakana,
};

// text, why, and the helpers that accept it (every other helper refuses it).
const STRINGS: readonly [text: string, why: string, accepted: readonly (keyof typeof HELPERS)[]][] = [
  ['', 'the empty string is no word and no reading', []],
  ['ゆっくり', 'a word in hiragana', ['isAllHiragana', 'isAllKana', 'isHiraganaReading', 'isKanaReading']],
  [
    'こーひー',
    'toHiragana keeps the ー of コーヒー, and ー is katakana',
    ['isAllKana', 'isHiraganaReading', 'isKanaReading', 'hasKatakana'],
  ],
  ['テレビ', 'a word in katakana', ['isAllKana', 'isKanaReading', 'hasKatakana']],
  [
    'ジェームズ・クレバリー',
    'a foreign name: ・ is allowed in readings only',
    ['isKanaReading', 'hasKatakana'],
  ],
  ['テレビ局', 'kanji is not kana', ['hasKatakana']],
  ['ｶﾀｶﾅ', 'half-width katakana is not a reading', []],
  ['かな。', 'punctuation is not kana', []],
  ['ケン', 'an on reading in KANJIDIC (katakana)', ['isAllKana', 'isKanaReading', 'hasKatakana']],
  ['み.る', 'a kun reading in KANJIDIC, okurigana after the dot', []],
];

describe('string helpers', () => {
  it.each(STRINGS)('%j: %s', (text, _why, accepted) => {
    const got = Object.entries(HELPERS)
      .filter(([, helper]) => helper(text))
      .map(([name]) => name);
    expect(got).toEqual(accepted);
  });
});
