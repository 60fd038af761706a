import type { ReadingRule } from './rule-types';

/**
 * Words whose news reading differs from IPADIC's, whatever the context: newer words than the
 * dictionary, NHK's broadcast readings, and words IPADIC splits and reads piece by piece.
 */
export const NEWS_LEXICON: readonly ReadingRule[] = [
  { word: '令和', reading: 'れいわ', why: 'era name since 2019, newer than IPADIC' },
  { word: '世論', reading: 'よろん', why: "NHK's reading (せろん is an older variant)" },
  { word: '依存', reading: 'いそん', why: "NHK's reading (いぞん is also heard)" },
  { word: '牛丼', reading: 'ぎゅうどん', why: 'IPADIC splits it as 牛 + 丼 (うしどんぶり)' },
  { word: '内視鏡', reading: 'ないしきょう', why: 'IPADIC splits it as 内 + 視 + 鏡' },
  { word: '北極点', reading: 'ほっきょくてん', why: 'IPADIC splits it as 北 + 極点' },
  { word: '南極点', reading: 'なんきょくてん', why: 'as 北極点' },
  { word: '緑色', reading: 'みどりいろ', why: 'the colour word (りょくしょく is technical)' },
  { word: '鶏肉', reading: 'とりにく', why: 'the everyday word (けいにく is technical)' },
  { word: '柵', reading: 'さく', why: 'a fence (しがらみ is a figurative tie)' },
  { word: '罰', reading: 'ばつ', why: 'a penalty (ばち is divine retribution)' },
  { word: '雄', reading: 'おす', why: 'a male animal, as a word on its own' },
  { word: '雌', reading: 'めす', why: 'a female animal, as a word on its own' },
  { word: '日清', reading: 'にっしん', why: 'the company and the war (Japan–Qing)' },
  { word: '台北', reading: 'たいほく', why: 'the Japanese reading NHK uses for Taipei' },
  { word: '取引所', reading: 'とりひきじょ', why: 'stock exchange: とりひきじょ' },
  { word: '保育所', reading: 'ほいくじょ', why: 'nursery: ほいくじょ' },
  { word: '避難所', reading: 'ひなんじょ', why: 'evacuation centre: ひなんじょ' },
  { word: '保健所', reading: 'ほけんじょ', why: 'public health centre: ほけんじょ' },
  { word: '入り口', reading: 'いりぐち', why: 'compound: 入り + 口 voices to ぐち' },
  { word: '入口', reading: 'いりぐち', why: 'compound: voices to ぐち' },
  { word: '出入り口', reading: 'でいりぐち', why: 'compound: voices to ぐち' },
  { word: '大掃除', reading: 'おおそうじ', why: 'IPADIC splits it as the prefix 大 (だい) + 掃除' },
  { word: 'もみ殻', reading: 'もみがら', why: 'compound: 殻 voices to がら' },
];
