/**
 * Detection rules on tiny hand-made dictionaries, so each rule is tested on its own and the tests do
 * not move when the curated glossary or the EDRDG files change.
 */
import { describe, expect, it } from 'vitest';
import { compileNews } from '../../dicts/build/compile-news';
import { parseCuratedTsv } from '../../dicts/build/curated-tsv';
import { rowsToText, sortRowsByBytes } from '../../dicts/build/sorted-tsv';
import { createGlossary } from '../../src/core/glossary/glossary';
import { encodePacked } from '../../src/core/glossary/packed-text';
import type { GlossaryTerm } from '../../src/core/types';

const bytes = (rows: string[][]) => encodePacked(rowsToText(sortRowsByBytes(rows)));

const people = `surfaces\tenglish\treading\trole\tregion
ジョン・スミスソン\tJohn Smithson\t\tMinister\tUK
メアリー・スミスソン\tMary Smithson\t\tEnvoy\tUK
アン・ベイカー\tAnn Baker\t\tSenator\tUS
𠮷田太郎\tTaro Yoshida\tよしだ・たろう\tTest person with an astral kanji\tCN
周恩来\tZhou Enlai\tしゅう・おんらい\tPremier\tCN
`;
const acronyms = `surface\tenglish\tjapanese\tregion\tdescription
COP\tConference of the Parties\t締約国会議\tINTL\tUN climate conference.
`;
const news = compileNews(
  new Map([
    ['people', parseCuratedTsv('news-people.tsv', people)],
    ['acronyms', parseCuratedTsv('news-acronyms.tsv', acronyms)],
  ]),
);

const glossary = createGlossary({
  edictEntries: bytes([
    ['ＦＢＩ', 'エフビーアイ', '', 'P', '(n) Federal Bureau of Investigation/FBI'],
    ['ベイカー', '', '', '', '(n) baker'],
    ['ハッカー', '', '', 'P', '(n) hacker'],
    ['ローソク', '', '', '', '(n) candle'],
  ]),
  edictIndex: new Uint8Array(),
  names: bytes([
    ['ルーカス', '', 'm', '(m) Lucas'],
    ['ローソン', '', 'c,s', '(c) Lawson (convenience store)/(s) Lawson'],
    ['ニューポート', '', 'p', '(p) Newport (Britain)'],
    ['レクサス', '', 'u', '(u) lexus'],
    ['ハッカー', '', 's', '(s) Hacker'],
  ]),
  kanji: new Uint8Array(),
  news: new TextEncoder().encode(rowsToText(news.rows)),
});

const detect = (text: string): [string, string, string, string][] =>
  glossary.detectTerms(text, []).map((t: GlossaryTerm) => [t.surface, t.english, t.kind, t.source]);

describe('detection rules on synthetic dictionaries', () => {
  it.each([
    // Curated whole names, and a family name alone once the full name was seen.
    [
      'ジョン・スミスソン氏が来日。スミスソン氏は',
      [
        ['ジョン・スミスソン', 'John Smithson', 'person', 'news'],
        ['スミスソン', 'John Smithson', 'person', 'news'],
      ],
    ],
    // A family name shared by two curated people, unseen but titled: the shared English family name.
    ['スミスソン大使は', [['スミスソン', 'Smithson', 'person', 'news']]],
    // Unseen and untitled: no term.
    ['スミスソンの本', []],
    // A curated family name that is also an EDICT word: only with a title.
    // Unseen before, a family name alone is only that family name, never a guess at who.
    ['ベイカー議員', [['ベイカー', 'Baker', 'person', 'news']]],
    ['ベイカーが焼いた', []],
    // Curated acronym plus a number.
    ['COP28で', [['COP28', 'Conference of the Parties 28', 'acronym', 'news']]],
    // EDICT's full-width acronyms for Latin acronyms outside the curated list; others are skipped.
    ['FBIとCIA', [['FBI', 'Federal Bureau of Investigation', 'acronym', 'edict']]],
    // ENAMDICT: names that are not EDICT words; companies over person readings; lower-case entries skipped.
    ['ルーカスが', [['ルーカス', 'Lucas', 'person', 'enamdict']]],
    ['ローソンで', [['ローソン', 'Lawson', 'org', 'enamdict']]],
    ['ローソン氏', [['ローソン', 'Lawson', 'person', 'enamdict']]],
    ['ニューポートの工場', [['ニューポート', 'Newport', 'place', 'enamdict']]],
    ['レクサスに乗る', []],
    // An ENAMDICT surname that is a common EDICT word: not a name, even with ・ around it.
    ['ハッカー集団', []],
    ['ルーカス・ハッカー', [['ルーカス', 'Lucas', 'person', 'enamdict']]],
    // ・-joined names mixing ENAMDICT, curated family names and unknown words.
    ['ルーカス・スミスソン', [['ルーカス・スミスソン', 'Lucas Smithson', 'person', 'enamdict']]],
    ['ルーカス・ザクセン', [['ルーカス・ザクセン', 'Lucas Zaksen', 'person', 'romanised']]],
    // Not inside longer katakana words.
    ['ローソンソク', []],
    // Kanji outside the BMP; kanji family names only after the full name and before a title.
    ['𠮷田太郎さん', [['𠮷田太郎', 'Taro Yoshida', 'person', 'news']]],
    [
      '周恩来首相。周首相は',
      [
        ['周恩来', 'Zhou Enlai', 'person', 'news'],
        ['周', 'Zhou Enlai', 'person', 'news'],
      ],
    ],
    ['周首相は', []],
  ] as [string, string[][]][])('%s', (text, expected) => {
    expect(detect(text)).toEqual(expected);
  });
});
