import type { ReadingRule } from './rule-types';

/**
 * Institutions ending in 所 follow their own reading: the suffix is しょ in some names and じょ in
 * others (事務所 じむしょ but 停留所 ていりゅうじょ), fixed by usage word by word, and a named
 * institution's reading is the one it gives itself (理化学研究所 けんきゅうしょ, 国立情報学研究所
 * けんきゅうじょ). IPADIC reads the many 所 it does not list as a separate suffix しょ. Bare 研究所 is
 * said both ways and keeps the tokenizer's reading; only named institutions are fixed here.
 */

/** Common nouns in 所 whose usual reading (NHK, dictionaries) IPADIC misses. */
const PLACE_NOUNS: readonly (readonly [word: string, reading: string])[] = [
  ['診療所', 'しんりょうじょ'],
  ['出張所', 'しゅっちょうじょ'],
  ['造船所', 'ぞうせんじょ'],
  ['相談所', 'そうだんじょ'],
  ['療養所', 'りょうようじょ'],
];

/** Named institutions and companies, with the reading they use for themselves. */
const NAMED: readonly (readonly [name: string, reading: string])[] = [
  ['理化学研究所', 'りかがくけんきゅうしょ'],
  ['産業技術総合研究所', 'さんぎょうぎじゅつそうごうけんきゅうしょ'],
  ['防災科学技術研究所', 'ぼうさいかがくぎじゅつけんきゅうしょ'],
  ['核融合科学研究所', 'かくゆうごうかがくけんきゅうしょ'],
  ['科学警察研究所', 'かがくけいさつけんきゅうしょ'],
  ['日本鯨類研究所', 'にほんげいるいけんきゅうしょ'],
  ['国立情報学研究所', 'こくりつじょうほうがくけんきゅうじょ'],
  ['国立遺伝学研究所', 'こくりついでんがくけんきゅうじょ'],
  ['国立感染症研究所', 'こくりつかんせんしょうけんきゅうじょ'],
  ['宇宙科学研究所', 'うちゅうかがくけんきゅうじょ'],
  ['地震研究所', 'じしんけんきゅうじょ'],
  ['防災研究所', 'ぼうさいけんきゅうじょ'],
  ['放送文化研究所', 'ほうそうぶんかけんきゅうじょ'],
  ['野村総合研究所', 'のむらそうごうけんきゅうしょ'],
  ['三菱総合研究所', 'みつびしそうごうけんきゅうしょ'],
  ['日本総合研究所', 'にほんそうごうけんきゅうしょ'],
  ['第一生命経済研究所', 'だいいちせいめいけいざいけんきゅうしょ'],
  ['ニッセイ基礎研究所', 'にっせいきそけんきゅうしょ'],
  ['日立製作所', 'ひたちせいさくしょ'],
];

export const INSTITUTION_RULES: readonly ReadingRule[] = [
  ...PLACE_NOUNS.map(([word, reading]) => ({
    word,
    reading,
    why: `${word}: the usual reading of this place (${reading.slice(-2)})`,
  })),
  ...NAMED.map(([word, reading]) => ({ word, reading, why: `the institution's own reading of ${word}` })),
];
