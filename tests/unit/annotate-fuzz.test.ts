import { beforeAll, describe, expect, it } from 'vitest';
import { annotate, type AnnotateOptions } from '../../src/core/annotate';
import type { Tokenize } from '../../src/core/types';
import { ipadic } from './reading-helpers';

/**
 * The pipeline never throws and always returns well-formed ruby, whatever the text: lone surrogates,
 * emoji, Latin, digits of both widths, counters, kanji, punctuation, in random mixtures. A seeded
 * generator keeps failures reproducible.
 */
const PIECES = [
  '\ud800',
  '\udc00',
  '\ud83d',
  '😀',
  '👨‍👩‍👧',
  '𠮷',
  'a',
  'Z',
  'é',
  ' ',
  '\n',
  '\t',
  '0',
  '7',
  '１',
  '９',
  '．',
  '，',
  '日',
  '人',
  '本',
  '分',
  '月',
  '歳',
  '回',
  '階',
  '何',
  '百',
  '千',
  '万',
  '京',
  '一',
  '二',
  '十',
  '間',
  '中',
  '後',
  '方',
  '日本',
  '大勢',
  '明日',
  '会社',
  '王毅',
  '蔡',
  'さん',
  'の',
  'が',
  'を',
  'に',
  'ノ',
  'ー',
  'ヶ',
  '々',
  '〆',
  '・',
  '、',
  '。',
  '「',
  '」',
  '％',
  '＋',
  'ＪＲ',
  'ＮＨＫ',
  'ジェームズ',
  '行っ',
  '降り',
  '開い',
  'て',
  'いる',
  '<',
  '&',
];

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomText(rand: () => number): string {
  const n = Math.floor(rand() * 24);
  let s = '';
  for (let i = 0; i < n; i++) {
    if (rand() < 0.1) s += String.fromCharCode(Math.floor(rand() * 0x10000));
    else s += PIECES[Math.floor(rand() * PIECES.length)]!;
  }
  return s;
}

const lookups: AnnotateOptions = {
  nameReading: (s) => (s === '王毅' ? 'おう・き' : s.length > 3 ? 'ー' : undefined),
  kanjiReadings: (k) => (k === '蔡' ? { on: ['サイ'], kun: [] } : k === '日' ? ['ニチ', 'ひ'] : undefined),
  readingOverrides: new Map([
    ['日本', 'にっぽん'],
    ['1', 'いち'],
    ['', 'x'],
  ]),
};

let tok: Tokenize;
beforeAll(async () => {
  tok = await ipadic();
});

describe('annotate on random text', () => {
  it.each([
    ['without lookups', {}],
    ['with every lookup', lookups],
  ])('never throws and returns well-formed, ordered ruby (%s)', (_name, options: AnnotateOptions) => {
    const rand = mulberry32(20240611);
    for (let k = 0; k < 1500; k++) {
      const text = randomText(rand);
      const { ruby } = annotate(text, tok, options);
      let lastEnd = 0;
      for (const r of ruby) {
        const where = `${JSON.stringify(text)} → ${JSON.stringify(r)}`;
        expect(r.start, where).toBeGreaterThanOrEqual(lastEnd);
        expect(r.end, where).toBeGreaterThan(r.start);
        expect(r.end, where).toBeLessThanOrEqual(text.length);
        expect(r.base, where).toBe(text.slice(r.start, r.end));
        expect(r.reading.length, where).toBeGreaterThan(0);
        lastEnd = r.end;
      }
    }
  });

  it('handles the empty string and whitespace', () => {
    expect(annotate('', tok).ruby).toEqual([]);
    expect(annotate('   \n', tok).ruby).toEqual([]);
  });
});
