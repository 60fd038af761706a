/**
 * Hover lookup through the real dictionaries: how much text a hover covers, which entry comes first,
 * and what is never shown. Each row: [text, hovered offset, the text the popup covers, first headword].
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Glossary } from '../../src/core/glossary/glossary';
import { loadNodeGlossary } from '../../src/tokenizer-host/load-glossary-node';

let glossary: Glossary;
beforeAll(async () => {
  glossary = await loadNodeGlossary();
}, 60_000);

const SPANS: [string, number, string, string][] = [
  // The whole inflected form, found under its dictionary form.
  ['責任を問うている。', 3, '問うている', '問う'],
  ['大会を中止せざるを得ない。', 3, '中止せざるを得ない', '中止'],
  ['声明が発せられた。', 3, '発せられた', '発する'],
  ['その是非を論ぜられる', 5, '論ぜられる', '論ずる'],
  ['誰も行くまい。', 2, '行くまい', '行く'],
  ['調査を続けており、', 3, '続けており', '続ける'],
  ['本をお読みになりました。', 2, 'お読みになりました', '読む'],
  ['美しき日々', 0, '美しき', '美しい'],
  ['買い過ぎる人', 0, '買い過ぎる', '買う'],
  ['あり得る事態', 0, 'あり得る', 'あり得る'],
  // A compound EDICT lists comes before the verb it is built on.
  ['増え続けている', 0, '増え続けている', '増え続ける'],
  ['事故が起こりかねない', 3, '起こりかねない', '起こる'],
  // Rare endings give way to the usual reading of the same letters.
  ['書くなどした', 0, '書く', '書く'],
  // A katakana word is one unit; hovering inside it finds the word from its start.
  ['ワシントンで会談', 0, 'ワシントン', 'ワシントン'],
  ['ワシントンで会談', 3, 'ワシントン', 'ワシントン'],
  ['インターネットサービス', 8, 'インターネットサービス', 'インターネットサービス'],
  // Names from ENAMDICT, whole.
  ['安倍晋三元首相', 0, '安倍晋三', '安倍晋三'],
  ['岸田文雄首相', 0, '岸田文雄', '岸田文雄'],
  // A name ENAMDICT gives only a reading for, where no dictionary word is written so.
  ['翔平さんは', 0, '翔平', '翔平'],
];

describe('hover lookup: span and first entry', () => {
  it.each(SPANS)('%s @%i covers %s, first %s', (text, offset, covered, first) => {
    const r = glossary.lookupAt(text, offset);
    expect(r?.surface).toBe(covered);
    expect(r?.entries[0]?.entry.headword).toBe(first);
  });

  it('puts the name written as the text before a kanji spelling that shares its reading', () => {
    const heads = glossary.lookupAt('ワシントン', 0)!.entries.map((m) => m.entry.headword);
    expect(heads.indexOf('華盛頓')).toBeGreaterThan(heads.indexOf('ワシントン'));
    expect(heads[0]).toBe('ワシントン');
  });

  it('says what a name without English is (given name), and keeps its reading', () => {
    const m = glossary.lookupAt('翔平さんは', 0)!.entries[0]!;
    expect(m.source).toBe('enamdict');
    expect(m.entry.reading).toBe('しょうへい');
    expect(m.entry.senses[0]?.glosses).toEqual(['given name']);
    // A dictionary word written the same way is not joined by reading-only names.
    expect(glossary.lookupAt('日本', 0)!.entries.every((e) => e.source !== 'enamdict')).toBe(true);
  });

  it('puts the kana word first for kana text, and the verb first for a form of する', () => {
    expect(glossary.lookupAt('ない', 0)!.entries[0]!.entry.headword).toBe('ない');
    expect(glossary.lookupAt('した', 0)!.entries[0]!.deinflection?.dictionaryForm).toBe('する');
  });
});

describe('hover lookup: what it never shows', () => {
  const KATAKANA_NAMES: [string, number][] = [
    ['専務理事のゲオルギエワ氏', 5],
    ['専務理事のゲオルギエワ氏', 6],
    ['専務理事のゲオルギエワ氏', 9],
    ['ボルソナロ前大統領', 0],
    ['ボルソナロ前大統領', 3],
  ];
  it.each(KATAKANA_NAMES)('no one- or two-kana entry inside the katakana word of %s @%i', (text, offset) => {
    const r = glossary.lookupAt(text, offset);
    for (const m of r?.entries ?? []) expect(m.entry.headword.length).toBeGreaterThanOrEqual(3);
  });

  it('does not list again under a glossary card the entry written as the term', () => {
    const r = glossary.lookupAt('トランプ大統領が', 0)!;
    expect(r.term?.surface).toBe('トランプ');
    expect(r.entries.map((m) => m.entry.headword)).not.toContain('トランプ');
  });

  it('attaches the kanji card of the hovered kanji, and none for kana', () => {
    const card = glossary.lookupAt('会議が開かれた', 1)!.kanji!;
    expect(card.kanji).toBe('議');
    expect(card.strokes).toBe(20);
    expect(card.on).toContain('ギ');
    expect(glossary.lookupAt('会議が開かれた', 2)?.kanji).toBeUndefined();
  });
});
