import { describe, expect, it } from 'vitest';
import { alignFurigana } from '../../src/core/reading/align-furigana';

/** Okurigana alignment: a word's reading is spread over its kanji, kana stays outside the ruby. */
const kanjiParts = (word: string, reading: string) =>
  alignFurigana(word, reading)
    ?.filter((p) => p.reading !== undefined)
    .map((p) => `${p.text}=${p.reading}`);

describe('alignFurigana', () => {
  it.each([
    ['okurigana after the kanji', '食べる', 'たべる', ['食=た']],
    ['kana between kanji', '取り組み', 'とりくみ', ['取=と', '組=く']],
    ['kana before the kanji', 'お茶', 'おちゃ', ['茶=ちゃ']],
    ['katakana readings become hiragana', '日本', 'ニホン', ['日本=にほん']],
    ['digits glued to a counter are read with it', '１日', 'ついたち', ['１日=ついたち']],
    [
      'Latin letters match their spelled names and stay bare',
      'ＪＲ東日本',
      'ジェイアールヒガシニホン',
      ['東日本=ひがしにほん'],
    ],
    ['ASCII letters too', 'NHK杯', 'エヌエイチケーハイ', ['杯=はい']],
  ])('%s: %s', (_rule, word, reading, parts) => {
    expect(kanjiParts(word, reading)).toEqual(parts);
  });

  it.each([
    ['kana that the reading does not contain', '食べる', 'くう'],
    ['symbols whose reading cannot be placed', 'Ａ＋評価', 'エープラスヒョウカ'],
  ])('returns null for %s', (_rule, word, reading) => {
    expect(alignFurigana(word, reading)).toBeNull();
  });
});
