import { beforeAll, describe, expect, it } from 'vitest';
import { deinflect, entryMatchesClass } from '../../src/core/glossary/deinflect';
import type { Glossary } from '../../src/core/glossary/glossary';
import { loadNodeGlossary } from '../../src/tokenizer-host/load-glossary-node';

/** [inflected, dictionary form, its JMdict conjugation tag, the endings removed in word order] */
const TABLE: [string, string, string, string[]][] = [
  // Godan, every row.
  ['書いて', '書く', 'v5k', ['te']],
  ['書いた', '書く', 'v5k', ['past']],
  ['書かない', '書く', 'v5k', ['negative']],
  ['書かなかった', '書く', 'v5k', ['negative', 'past']],
  ['書きます', '書く', 'v5k', ['polite']],
  ['書きました', '書く', 'v5k', ['polite', 'past']],
  ['書きません', '書く', 'v5k', ['polite', 'negative']],
  ['書かれる', '書く', 'v5k', ['passive']],
  ['書かせる', '書く', 'v5k', ['causative']],
  ['書かせられた', '書く', 'v5k', ['causative', 'passive/potential', 'past']],
  ['書きたい', '書く', 'v5k', ['want to']],
  ['書きたかった', '書く', 'v5k', ['want to', 'past']],
  ['書けば', '書く', 'v5k', ['conditional']],
  ['書こう', '書く', 'v5k', ['volitional']],
  ['書ける', '書く', 'v5k', ['potential']],
  ['書いている', '書く', 'v5k', ['te', 'progressive']],
  ['書いていた', '書く', 'v5k', ['te', 'progressive', 'past']],
  ['書いてしまった', '書く', 'v5k', ['te', 'completion', 'past']],
  ['書いちゃった', '書く', 'v5k', ['te', 'completion', 'past']],
  ['書いたら', '書く', 'v5k', ['past', 'conditional (-tara)']],
  ['泳いだ', '泳ぐ', 'v5g', ['past']],
  ['話して', '話す', 'v5s', ['te']],
  ['待った', '待つ', 'v5t', ['past']],
  ['死んだ', '死ぬ', 'v5n', ['past']],
  ['呼んだ', '呼ぶ', 'v5b', ['past']],
  ['読まれた', '読む', 'v5m', ['passive', 'past']],
  ['帰らない', '帰る', 'v5r', ['negative']],
  ['行われる', '行う', 'v5u', ['passive']],
  ['行われた', '行う', 'v5u', ['passive', 'past']],
  ['買わず', '買う', 'v5u', ['negative (-zu)']],
  ['行った', '行く', 'v5k-s', ['past']],
  ['行って', '行く', 'v5k-s', ['te']],
  // Ichidan.
  ['食べて', '食べる', 'v1', ['te']],
  ['食べた', '食べる', 'v1', ['past']],
  ['食べない', '食べる', 'v1', ['negative']],
  ['食べます', '食べる', 'v1', ['polite']],
  ['食べられる', '食べる', 'v1', ['passive/potential']],
  ['食べさせる', '食べる', 'v1', ['causative']],
  ['食べさせられた', '食べる', 'v1', ['causative', 'passive/potential', 'past']],
  ['食べたい', '食べる', 'v1', ['want to']],
  ['食べれば', '食べる', 'v1', ['conditional']],
  ['食べよう', '食べる', 'v1', ['volitional']],
  ['食べろ', '食べる', 'v1', ['imperative']],
  ['述べた', '述べる', 'v1', ['past']],
  ['考えられている', '考える', 'v1', ['passive/potential', 'te', 'progressive']],
  // する and 来る.
  ['した', 'する', 'vs-i', ['past']],
  ['しない', 'する', 'vs-i', ['negative']],
  ['される', 'する', 'vs-i', ['passive']],
  ['させる', 'する', 'vs-i', ['causative']],
  ['すれば', 'する', 'vs-i', ['conditional']],
  ['来た', '来る', 'vk', ['past']],
  ['こない', 'くる', 'vk', ['negative']],
  ['来られる', '来る', 'vk', ['passive/potential']],
  // I-adjectives.
  ['高く', '高い', 'adj-i', ['adverb']],
  ['高くて', '高い', 'adj-i', ['te']],
  ['高かった', '高い', 'adj-i', ['past']],
  ['高くない', '高い', 'adj-i', ['negative']],
  ['高くなかった', '高い', 'adj-i', ['negative', 'past']],
  ['高ければ', '高い', 'adj-i', ['conditional']],
  ['高さ', '高い', 'adj-i', ['noun (-sa)']],
  ['高そう', '高い', 'adj-i', ['looks like']],
  ['よかった', 'よい', 'adj-ix', ['past']],
];

describe('deinflect (rules only)', () => {
  it.each(TABLE)('%s → %s', (surface, dict, tag, reasons) => {
    const found = deinflect(surface).filter((c) => c.word === dict && entryMatchesClass(c, [tag]));
    expect(found.map((c) => c.reasons)).toContainEqual(reasons);
  });

  it('keeps the surface itself as the first candidate, matching any entry', () => {
    const [first] = deinflect('行う');
    expect(first?.word).toBe('行う');
    expect(entryMatchesClass(first!, [])).toBe(true);
  });

  it('does not accept a candidate whose dictionary entry has another conjugation class', () => {
    // 書いた → 書く is godan; an ichidan 書く would not fit, nor a noun.
    const cands = deinflect('書いた').filter((c) => c.word === '書く');
    expect(cands.some((c) => entryMatchesClass(c, ['v5k']))).toBe(true);
    expect(cands.some((c) => entryMatchesClass(c, ['v1']))).toBe(false);
    expect(cands.some((c) => entryMatchesClass(c, []))).toBe(false);
    // 行った → 行く needs the irregular v5k-s row, not any v5k verb (書った is not a form of 書く).
    expect(deinflect('書った').some((c) => c.word === '書く' && entryMatchesClass(c, ['v5k']))).toBe(false);
  });
});

describe('deinflection through EDICT (lookupAt)', () => {
  let glossary: Glossary;
  beforeAll(async () => {
    glossary = await loadNodeGlossary();
  }, 60_000);

  const cases: [string, string, string][] = [
    // [text, hovered word's dictionary form, the matched text]
    ['行われる予定だ', '行う', '行われる'],
    ['呼んだ。', '呼ぶ', '呼んだ'],
    ['述べた。', '述べる', '述べた'],
    ['会談した', '会談', '会談した'],
    ['高くなかった', '高い', '高くなかった'],
    ['考えられていた', '考える', '考えられていた'],
  ];
  it.each(cases)('%s → %s', (text, dict, matched) => {
    const r = glossary.lookupAt(text, 0);
    expect(r?.surface).toBe(matched);
    expect(r?.entries.map((m) => m.entry.headword)).toContain(dict);
    const m = r!.entries.find((e) => e.entry.headword === dict)!;
    expect(m.deinflection?.reasons.length).toBeGreaterThan(0);
  });
});
