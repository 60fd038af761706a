/**
 * The glossary's rules for news, table by table: name units, titles, acronym readings, definitions
 * inside an article, what an article says about an unknown person, and the precision rules (a place
 * inside a longer word, a company inside a longer name, a bare family name).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { fullNameSpellings } from '../../dicts/build/compile-news';
import { loadNodeTokenizer } from '../../src/tokenizer-host/node-dictionary';
import { letterReading } from '../../src/core/glossary/acronym-reading';
import { findDefinitions } from '../../src/core/glossary/article-definitions';
import type { Glossary } from '../../src/core/glossary/glossary';
import { foldForMatching, insideUnit, unitEnd } from '../../src/core/glossary/match-text';
import { officeEndingAt, titleAt } from '../../src/core/glossary/name-titles';
import type { GlossaryTerm, Tokenize } from '../../src/core/types';
import { loadNodeGlossary } from '../../src/tokenizer-host/load-glossary-node';

describe('a katakana/Latin unit is read whole', () => {
  it.each([
    ['ワシントン・ポストは', 'ワシントン・ポスト'], // ・ joins words of one name
    ['ジャン＝クロード氏', 'ジャン＝クロード'], // ＝ joins katakana
    ['スペースＸの', 'スペースＸ'], // katakana then Latin: one name
    ['ＧＰＴ－５を', 'ＧＰＴ－５'], // Latin-digit hyphen
    ['Ｇ７サミット', 'Ｇ７'], // Latin then katakana: an acronym and a noun
    ['ＥＵ＝ヨーロッパ連合', 'ＥＵ'], // ＝ after Latin introduces a definition
    ['アルトマンＣＥＯ', 'アルトマン'], // a Latin title is not part of the name
    ['ジョージ・W・ブッシュ', 'ジョージ・W・ブッシュ'], // a middle initial
  ])('%s → %s', (text, unit) => {
    const norm = foldForMatching(text);
    expect(text.slice(0, unitEnd(norm, 0))).toBe(unit);
    for (let i = 1; i < unit.length; i++)
      if (!'・＝－'.includes(unit[i]!)) expect(insideUnit(norm, i)).toBe(true);
  });
});

describe('titles after a name', () => {
  it.each([
    ['専務理事は', 4], // office endings beyond the list: 理事
    ['総司令官が', 4], // 司令官
    ['上級代表の', 4], // 代表
    ['外相は', 2], // listed
    ['元大統領', 4], // prefix + listed title
    ['会議で', 0], // a word that does not end in an office
    ['相は', 0], // one kanji alone is no title...
  ])('%s → %i', (text, length) => {
    expect(titleAt(text, 0)).toBe(length);
  });
  it('...but ends a katakana office: エネルギー|相, デジタル|担当相', () => {
    expect(officeEndingAt('相は', 0)).toBe(1);
    expect(officeEndingAt('担当相は', 0)).toBe(3);
    expect(officeEndingAt('社は', 0)).toBe(0);
  });
});

describe('how an acronym is said when the press spells it out letter by letter', () => {
  it.each([
    ['IMF', 'アイエムエフ'],
    ['ＦＢＩ', 'エフビーアイ'], // full width
    ['G7', 'ジーセブン'],
    ['G20', 'ジートゥエンティ'],
    ['5G', 'ファイブジー'],
    ['AfD', 'エーエフディー'], // lower case letters too
    ['SDGs', 'エスディージーズ'], // a plural s is said ズ
    ['J-REIT', 'ジェーアールイーアイティー'], // the hyphen is silent
    ['COP28', undefined], // a number whose reading varies: no guess
  ])('%s → %s', (acronym, reading) => {
    expect(letterReading(acronym)).toBe(reading);
  });
});

describe('spellings of an acronym’s Japanese full name', () => {
  it.each([
    ['米航空宇宙局', ['米航空宇宙局', 'アメリカ航空宇宙局', '米国航空宇宙局']],
    ['米原子力規制委員会', ['米原子力規制委員会', 'アメリカ原子力規制委員会', '米国原子力規制委員会']], // never 原子力規制委員会 alone: Japan's NRA
    ['欧州中央銀行', ['欧州中央銀行', 'ヨーロッパ中央銀行']],
    ['国連気候変動枠組み条約', ['国連気候変動枠組み条約', '国連気候変動枠組条約']],
    ['米国・メキシコ・カナダ協定', ['米国・メキシコ・カナダ協定']], // 米国 is not the prefix 米
    ['米英豪の安全保障枠組み（オーカス）', ['米英豪の安全保障枠組み', '米英豪の安全保障枠組']],
  ])('%s', (japanese, spellings) => {
    expect(fullNameSpellings(japanese)).toEqual(spellings);
  });
});

describe('definitions an article gives itself', () => {
  const defs = (text: string) =>
    findDefinitions(foldForMatching(text)).map((d) => [
      text.slice(d.acronym.start, d.acronym.end),
      text.slice(d.name.start, d.name.end),
    ]);
  it.each([
    ['ＩＭＦ＝国際通貨基金は', [['ＩＭＦ', '国際通貨基金']]],
    ['ＮＡＴＯ＝北大西洋条約機構の首脳会議', [['ＮＡＴＯ', '北大西洋条約機構']]], // の ends the name
    ['ＩＰＣＣ＝気候変動に関する政府間パネルは', [['ＩＰＣＣ', '気候変動に関する政府間パネル']]], // に関する inside
    ['国際通貨基金（ＩＭＦ）は', [['ＩＭＦ', '国際通貨基金']]],
    ['米国の国家安全保障会議（ＮＳＣ）', [['ＮＳＣ', '国家安全保障会議']]],
    ['国境なき医師団（ＭＳＦ）', [['ＭＳＦ', '国境なき医師団']]], // なき inside
    ['「ドイツのための選択肢」（ＡｆＤ）', [['ＡｆＤ', 'ドイツのための選択肢']]], // a quoted name whole
    ['ＯＳＣＥ（欧州安全保障協力機構）は', [['ＯＳＣＥ', '欧州安全保障協力機構']]],
    ['５月（ＧＷ明け）に', []], // brackets that define nothing
    ['ＡＢ＝', []],
  ])('%s', (text, expected) => {
    expect(defs(text)).toEqual(expected);
  });
});

describe('on the real dictionaries', () => {
  let glossary: Glossary;
  let tokenize: Tokenize;
  beforeAll(async () => {
    [glossary, tokenize] = await Promise.all([loadNodeGlossary(), loadNodeTokenizer()]);
  }, 60_000);
  const detect = (text: string): GlossaryTerm[] => glossary.detectTerms(text, tokenize(text));
  const find = (text: string, surface: string) => detect(text).find((t) => t.surface === surface);

  it.each([
    // A place is not a place inside a longer word.
    ['エボラ出血熱が流行', 'エボラ'],
    ['ジカ熱の感染', 'ジカ'],
    // A name is not reduced to a shorter known name it contains.
    ['ワシントン・ポストは', 'ワシントン'],
    ['ロサンゼルス・タイムズ紙', 'ロサンゼルス'],
    ['ＪＲ東海は', 'ＪＲ'],
    // An unknown ・-joined name before 紙 is a newspaper: no romanised "person".
    ['ザクセン・バウムタイムズ紙は', 'ザクセン・バウムタイムズ'],
    ['ＧＰＴ－５を公開', 'ＧＰＴ'],
    ['オープンＡＩは', 'ＡＩ'],
  ])('%s: no term %s', (text, part) => {
    expect(find(text, part)).toBeUndefined();
  });

  it.each([
    ['ワシントン・ポストは', 'ワシントン・ポスト', /Washington Post/],
    ['ＪＲ東海は', 'ＪＲ東海', /Central Japan Railway/],
    ['ＪＲ九州は', 'ＪＲ九州', /Kyushu Railway/],
    ['ＪＲ各社は', 'ＪＲ', /Japan Railways/],
    ['ＧＰＴ－５を公開', 'ＧＰＴ－５', /^GPT-5$/],
    // EDICT's (P) person names stay inside a longer name.
    ['パブロ・ピカソの絵', 'パブロ・ピカソ', /^Pablo Picasso$/],
    ['ＥＵ＝ヨーロッパ連合の', 'ＥＵ', /European Union/],
    ['ＥＵ＝ヨーロッパ連合の', 'ヨーロッパ連合', /European Union/],
    // Definitions: the known side explains the unknown one, everywhere in the article.
    ['ＸＱＺ＝国際通貨基金は。ＸＱＺの', 'ＸＱＺ', /^International Monetary Fund$/],
    // ...with a country prefix EDICT does not have as one word: アメリカ + 国家安全保障会議.
    ['ＸＱＮＳ＝アメリカ国家安全保障会議によると', 'ＸＱＮＳ', /^US National Security Council$/],
  ])('%s: %s is %s', (text, surface, english) => {
    expect(find(text, surface)?.english).toMatch(english);
  });

  it.each([
    ['one endless ・-joined unit', 'ア・'.repeat(100_000)],
    ['brackets that never close', '（ＩＭＦ'.repeat(50_000)],
    ['quotes that never open', '」（ＩＭＦ）'.repeat(30_000)],
    ['definitions everywhere', 'ＸＱ＝国際通貨基金、'.repeat(20_000)],
  ])('stays linear on %s', (_name, text) => {
    // Quadratic work on these 200k-character texts would not finish within the test's time limit.
    expect(Array.isArray(glossary.detectTerms(text, []))).toBe(true);
  });

  it('leaves an acronym unmarked when neither it nor its full name is known', () => {
    expect(find('ＺＱＸＷ＝架空振興機構は', 'ＺＱＸＷ')).toBeUndefined();
  });

  it('gives acronyms the reading the press uses, else letter by letter', () => {
    expect(find('ＮＡＴＯの', 'ＮＡＴＯ')?.reading).toBe('ナトー');
    expect(find('ＡＳＥＡＮの', 'ＡＳＥＡＮ')?.reading).toBe('アセアン');
    expect(find('ＯＰＥＣの', 'ＯＰＥＣ')?.reading).toBe('オペック');
    expect(find('ＵＮＥＳＣＯの', 'ＵＮＥＳＣＯ')?.reading).toBe('ユネスコ');
    expect(find('ＩＭＦの', 'ＩＭＦ')?.reading).toBe('アイエムエフ');
  });

  it('reads a bare family name as that family name only, unless the full name came first', () => {
    expect(find('パネッタ総裁は', 'パネッタ')?.english).toBe('Panetta');
    const [, later] = detect('ファビオ・パネッタ総裁が来日。パネッタ総裁は');
    expect(later?.english).toBe('Fabio Panetta');
  });

  it('shows an unknown katakana name romanised, with what the article says', () => {
    const t = find('ＸＱＺ機構のゲルトルーデ・ヴァシリエワ専務理事は', 'ゲルトルーデ・ヴァシリエワ');
    expect(t?.kind).toBe('person');
    expect(t?.source).toBe('romanised');
    expect(t?.english).toMatch(/Vashirieva$/);
    expect(t?.description).toMatch(/^Managing director/);
    const minister = find('モロッコのザクセンバウム外相は', 'ザクセンバウム');
    expect(minister?.description).toMatch(/^Foreign Minister, Morocco/);
    // Later, the family name alone is the same person.
    const [, again] = detect('ミハイル・ザクセンバウム氏が来日した。ザクセンバウムは');
    expect(again?.english).toMatch(/Zaksenbaum$/);
  });
});
