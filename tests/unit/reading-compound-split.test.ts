import { describe, expect, it } from 'vitest';
import { splitCompound } from '../../src/core/reading/compound/split-compound';
import type { KanjiReadingsLookup } from '../../src/core/reading/lookups';

/**
 * Per-kanji division of a compound's reading with KANJIDIC readings: every kanji takes one of its
 * readings, voiced when not first (rendaku) or ending in っ when not last (gemination), and the
 * division must be the only one. A small KANJIDIC stand-in (on in katakana, kun in hiragana).
 */
const KANJIDIC: Record<string, { on: string[]; kun: string[] }> = {
  航: { on: ['コウ'], kun: [] },
  空: { on: ['クウ'], kun: ['そら', 'あ.く', 'から'] },
  会: { on: ['カイ', 'エ'], kun: ['あ.う'] },
  社: { on: ['シャ'], kun: ['やしろ'] },
  学: { on: ['ガク'], kun: ['まな.ぶ'] },
  校: { on: ['コウ', 'キョウ'], kun: [] },
  今: { on: ['コン', 'キン'], kun: ['いま'] },
  日: { on: ['ニチ', 'ジツ'], kun: ['ひ', '-び', '-か'] },
  取: { on: ['シュ'], kun: ['と.る'] },
  引: { on: ['イン'], kun: ['ひ.く'] },
  人: { on: ['ジン', 'ニン'], kun: ['ひと'] },
  々: { on: [], kun: [] },
  東: { on: ['トウ'], kun: ['ひがし'] },
  京: { on: ['キョウ', 'ケイ'], kun: [] },
  山: { on: ['サン'], kun: ['やま'] },
  川: { on: ['セン'], kun: ['かわ'] },
};
const lookup: KanjiReadingsLookup = (k) => KANJIDIC[k];

describe('splitCompound', () => {
  it.each([
    ['plain on readings', '東京', 'とうきょう', ['とう', 'きょう']],
    [
      'rendaku: 会社 after another word voices か→が',
      '航空会社',
      'こうくうがいしゃ',
      ['こう', 'くう', 'がい', 'しゃ'],
    ],
    ['gemination: がく→がっ before a k sound', '学校', 'がっこう', ['がっ', 'こう']],
    ['a kun stem with its okurigana folded in (取り → とり)', '取引', 'とりひき', ['とり', 'ひき']],
    ['々 repeats the kanji before it, voiced', '人々', 'ひとびと', ['ひと', 'びと']],
    ['katakana readings are accepted', '東京', 'トウキョウ', ['とう', 'きょう']],
  ])('%s: %s %s', (_rule, word, reading, parts) => {
    expect(splitCompound(word, reading, lookup)).toEqual(parts);
  });

  it.each([
    ['a reading of the whole word only (jukujikun)', '今日', 'きょう'],
    ['a kanji with no KANJIDIC entry', '東雲', 'しののめ'],
    ['a single kanji', '山', 'やま'],
    ['a reading that no division spells', '山川', 'やまのかわ'],
  ])('keeps one ruby for %s: %s', (_rule, word, reading) => {
    expect(splitCompound(word, reading, lookup)).toBeUndefined();
  });

  it('accepts a flat reading list as well as {on, kun}', () => {
    const flat: KanjiReadingsLookup = (k) =>
      KANJIDIC[k] ? [...KANJIDIC[k].on, ...KANJIDIC[k].kun] : undefined;
    expect(splitCompound('東京', 'とうきょう', flat)).toEqual(['とう', 'きょう']);
  });
});
