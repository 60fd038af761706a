import { beforeAll, describe, expect, it } from 'vitest';
import { createAnnotator } from '../../src/tokenizer-host/create-annotator';
import type { AnnotateOptions } from '../../src/core/annotate';
import type { Glossary } from '../../src/core/glossary/glossary';
import { compileEnamdict } from '../../dicts/build/compile-enamdict';
import { readDictionaryCompounds } from '../../src/core/reading/compound/dictionary-compounds';
import { isPlaceWorthShipping } from '../../src/core/reading/compound/place-data-filter';
import type { Morph } from '../../src/core/reading/morph';
import type { Tokenize } from '../../src/core/types';
import { loadNodeGlossary } from '../../src/tokenizer-host/load-glossary-node';
import { ipadic, rubyOf } from './reading-helpers';

/**
 * Dictionary compounds: IPADIC splits words it lacks into ordinary pieces and reads each piece by its
 * usual reading. Where adjacent noun pieces spell a word the dictionary knows with exactly one reading,
 * the word takes that reading. A small stand-in table plays the glossary's EDICT/ENAMDICT lookup.
 */
function lookups(table: Record<string, string[]>, extra: AnnotateOptions = {}): AnnotateOptions {
  return { compoundReadings: (s) => table[s], ...extra };
}

let tok: Tokenize;
beforeAll(async () => {
  tok = await ipadic();
});

describe('dictionary compounds through the pipeline (IPADIC pieces, stand-in dictionary)', () => {
  it.each([
    [
      'a word IPADIC reads piece by piece (noun + noun) takes the dictionary reading',
      '兜蟹を見た',
      { 兜蟹: ['かぶとがに'] },
      ['兜蟹=かぶとがに', '見=み'],
    ],
    [
      'noun + suffix (名詞,接尾): a class of animals read on',
      '猿類の研究',
      { 猿類: ['えんるい'] },
      ['猿類=えんるい', '研究=けんきゅう'],
    ],
    [
      'a place name whose pieces IPADIC takes for personal names: proper-noun pieces are no anchor',
      '大船渡に行く',
      { 大船渡: ['おおふなと'] },
      ['大船渡=おおふなと', '行=い'],
    ],
    [
      'a proper-noun piece (河田 かわだ, a surname) may read otherwise inside a longer place name',
      '下河田に住む',
      { 下河田: ['しもこうだ'] },
      ['下河田=しもこうだ', '住=す'],
    ],
    [
      'the dictionary may spell the reading in katakana; ruby is hiragana',
      '兜蟹だ',
      { 兜蟹: ['カブトガニ'] },
      ['兜蟹=かぶとがに'],
    ],
    [
      'the longest word the dictionary knows is taken',
      '兜蟹類の化石',
      { 兜蟹: ['かぶとがに'], 兜蟹類: ['かぶとがにるい'] },
      ['兜蟹類=かぶとがにるい', '化石=かせき'],
    ],
    [
      'a word of several kanji keeps its reading but voices its first kana (rendaku): 寿司 → ずし',
      '回転寿司の店',
      { 回転寿司: ['かいてんずし'] },
      ['回転寿司=かいてんずし', '店=みせ'],
    ],
  ])('%s: %s', (_rule, text, table, ruby) => {
    expect(rubyOf(tok, text, lookups(table))).toEqual(ruby);
  });

  it.each([
    [
      'several readings in the dictionary: IPADIC’s reading stays',
      '兜蟹を見た',
      { 兜蟹: ['かぶとがに', 'かぶとかに'] },
    ],
    [
      'the dictionary reads it as IPADIC does: the pieces stay as they are (no merged ruby)',
      '国際空港に着く',
      { 国際空港: ['こくさいくうこう'] },
    ],
    [
      'a reading that rewrites a word of several kanji (研修 けんしゅう → けんしゅ) is a slip, not a better reading',
      '技術研修生が来た',
      { 技術研修生: ['ぎじゅつけんしゅせい'] },
    ],
    ['particles end the run: 猿 + が + 島 are not one word', '猿が島に渡る', { 猿が島: ['さるがしま'] }],
    ['verbs end the run: 雨 + 降る are not one word', '雨降る日', { 雨降: ['あめふり'] }],
    [
      'numbers and counters belong to the counters stage (３人 さんにん)',
      '３人が来た',
      { '３人': ['さんじん'] },
    ],
    [
      'a numeral is no compound piece (一 + 国 stays with the counters stage)',
      '一国の首相',
      { 一国: ['いっこく'] },
    ],
    [
      'the longest word is ambiguous: its pieces are not read as a shorter word either',
      '兜蟹類の化石',
      { 兜蟹: ['かぶとがに'], 兜蟹類: ['かぶとがにるい', 'かぶとかにるい'] },
    ],
    ['kanji numerals too (三人 さんにん, not the archaic みたり)', '三人で行く', { 三人: ['みたり'] }],
    ['a word of one token is IPADIC’s to read', '研究が進む', { 研究: ['けんく'] }],
    [
      'a word another rule decided stays decided (日本 にほん)',
      '日本列島の形',
      { 日本列島: ['ひのもとれっとう'] },
    ],
  ])('%s: %s', (_rule, text, table) => {
    expect(rubyOf(tok, text, lookups(table))).toEqual(rubyOf(tok, text));
  });

  it('日本 inside a dictionary compound keeps the news reading にほん (a dictionary にっぽん does not undo it)', () => {
    const ruby = rubyOf(tok, '東日本大震災の後', lookups({ 東日本大震災: ['ひがしにっぽんだいしんさい'] }));
    expect(ruby.slice(0, 2)).toEqual(['東日本=ひがしにほん', '大震災=だいしんさい']);
  });

  it('a user’s correction comes last and wins over the dictionary', () => {
    const options = lookups(
      { 兜蟹: ['かぶとがに'] },
      { readingOverrides: new Map([['兜蟹', 'かぶとかに']]) },
    );
    expect(rubyOf(tok, '兜蟹を見た', options)[0]).toBe('兜蟹=かぶとかに');
  });

  it('without the lookup nothing changes, and odd inputs never throw', () => {
    expect(rubyOf(tok, '兜蟹を見た')).toEqual(['兜=かぶと', '蟹=かに', '見=み']);
    const weird = lookups({ 兜蟹: ['(?<'], 猿類: [''], 技術研修生: [] });
    for (const text of ['兜蟹', '猿類', '技術研修生', '\ud800兜蟹', '']) {
      expect(() => rubyOf(tok, text, weird)).not.toThrow();
    }
  });
});

/** Hand-made morphs: the sound changes a word of several kanji may undergo inside a compound. */
function noun(surface: string, reading: string, pos1 = '一般'): Morph {
  return {
    surface,
    start: 0,
    end: surface.length,
    reading,
    pos: '名詞',
    pos1,
    pos2: '*',
    pos3: '*',
    basic: surface,
    form: '*',
    known: true,
  };
}

function adjacent(...morphs: Morph[]): Morph[] {
  let at = 0;
  return morphs.map((m) => {
    const placed = { ...m, start: at, end: at + m.surface.length };
    at = placed.end;
    return placed;
  });
}

describe('sound changes a word of several kanji may take inside a compound', () => {
  it.each([
    [
      'gemination: a final く turns into っ before the next element',
      [noun('三角', 'さんかく'), noun('形', 'けい', '接尾')],
      'さんかっけい',
      true,
    ],
    [
      'rendaku: a later element voices its first kana',
      [noun('青', 'あお'), noun('写真', 'しゃしん')],
      'あおじゃしん',
      true,
    ],
    [
      'half-voicing of は-row kana (ひ → ぴ)',
      [noun('反', 'はん'), noun('比例', 'ひれい')],
      'はんぴれい',
      true,
    ],
    [
      'the first element is not voiced',
      [noun('写真', 'しゃしん'), noun('家', 'か', '接尾')],
      'じゃしんか',
      false,
    ],
    [
      'the last element does not geminate',
      [noun('青', 'あお'), noun('三角', 'さんかく')],
      'あおさんかっ',
      false,
    ],
    [
      'inside the word nothing changes',
      [noun('写真', 'しゃしん'), noun('家', 'か', '接尾')],
      'しゃっしんか',
      false,
    ],
  ])('%s', (_rule, pieces, reading, merged) => {
    const morphs = adjacent(...pieces);
    const surface = morphs.map((m) => m.surface).join('');
    const out = readDictionaryCompounds(morphs, (s) => (s === surface ? [reading] : undefined));
    expect(out.length === 1 && out[0]!.reading === reading).toBe(merged);
  });
});

describe('wired to the real dictionaries (createAnnotator)', () => {
  let glossary: Glossary;
  beforeAll(async () => {
    glossary = await loadNodeGlossary();
  });

  it('the glossary gives every reading of a headword, so an ambiguous word stays with IPADIC', () => {
    expect(glossary.compoundReadings('兜蟹')).toEqual(['かぶとがに']);
    expect(new Set(glossary.compoundReadings('研究所'))).toEqual(
      new Set(['けんきゅうしょ', 'けんきゅうじょ']),
    );
    expect(glossary.compoundReadings('のではない')).toEqual([]);
  });

  it('an EDICT word IPADIC reads piecewise gets its dictionary reading', () => {
    const ruby = createAnnotator(tok, glossary)('兜蟹を見た').ruby.map((r) => `${r.base}=${r.reading}`);
    expect(ruby[0]).toBe('兜蟹=かぶとがに');
  });
});

/**
 * The build ships only the ENAMDICT places the stage would use: one reading, tagged a place or
 * station, and read otherwise by IPADIC's pieces (alone or before a particle).
 */
describe('which ENAMDICT places the dictionary build ships for the stage', () => {
  it.each([
    ['a village name IPADIC reads piece by piece', '下河田', ['しもこうだ'], ['p'], true],
    ['a station name', '下河田', ['しもこうだ'], ['st'], true],
    [
      'one token alone, two pieces before a particle (牡鹿 + 半島)',
      '牡鹿半島',
      ['おしかはんとう'],
      ['p'],
      true,
    ],
    ['a surname is no place', '下河田', ['しもこうだ'], ['s'], false],
    [
      'several readings: the stage would not use it',
      '下河田',
      ['しもこうだ', 'しもかわだ'],
      ['p', 's'],
      false,
    ],
    ['IPADIC already reads it so', '国際空港', ['こくさいくうこう'], ['p'], false],
    ['IPADIC knows it as one word', '大阪', ['おおさか'], ['p'], false],
  ])('%s: %s', (_rule, surface, readings, tags, shipped) => {
    expect(isPlaceWorthShipping(surface, readings, tags, tok)).toBe(shipped);
  });

  it('the build asks with every tag of the surface’s entries', () => {
    const asked: [string, readonly string[]][] = [];
    compileEnamdict(
      'header\n下河田 [しもこうだ] /(p) Shimokouda/\n下河田 [しもこうだ] /(s) Shimokouda/\n',
      [],
      '',
      (surface, _readings, tags) => {
        asked.push([surface, [...tags].sort()]);
        return true;
      },
    );
    expect(asked).toEqual([['下河田', ['p', 's']]]);
  });
});
