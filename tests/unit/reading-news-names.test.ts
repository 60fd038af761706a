import { beforeAll, describe, expect, it } from 'vitest';
import { annotate } from '../../src/core/annotate';
import { INSTITUTION_RULES } from '../../src/core/reading/context/institution-readings';
import { NEWS_NAME_RULES } from '../../src/core/reading/names/news-names';
import type { Tokenize } from '../../src/core/types';
import { ipadic } from './reading-helpers';

/**
 * Names in the news read as their owners read them: each row is the rule in words, a sentence, the
 * name, and the ruby expected over it (okurigana and の stay bare).
 */
let tok: Tokenize;
beforeAll(async () => {
  tok = await ipadic();
});

function rubyIn(text: string, word: string): string[] {
  const start = text.indexOf(word);
  const end = start + word.length;
  return annotate(text, tok)
    .ruby.filter((r) => r.start >= start && r.end <= end)
    .map((r) => `${r.base}=${r.reading}`);
}

const cases: Array<[rule: string, text: string, word: string, ruby: string[]]> = [
  // 所: しょ or じょ, word by word
  ['事務所 is じむしょ', '事務所を開いた。', '事務所', ['事務所=じむしょ']],
  ['裁判所 is さいばんしょ', '裁判所が判断した。', '裁判所', ['裁判所=さいばんしょ']],
  ['刑務所 is けいむしょ', '刑務所に入った。', '刑務所', ['刑務所=けいむしょ']],
  ['発電所 is はつでんしょ', '発電所が止まった。', '発電所', ['発電=はつでん', '所=しょ']],
  ['停留所 is ていりゅうじょ', '停留所でバスを待つ。', '停留所', ['停留所=ていりゅうじょ']],
  ['保育所 in NHK usage is ほいくじょ', '保育所に預ける。', '保育所', ['保育所=ほいくじょ']],
  ['診療所 is しんりょうじょ', '診療所に行く。', '診療所', ['診療所=しんりょうじょ']],
  ['造船所 is ぞうせんじょ', '造船所で船を作る。', '造船所', ['造船所=ぞうせんじょ']],
  [
    '児童相談所 is じどうそうだんじょ',
    '児童相談所が対応した。',
    '児童相談所',
    ['児童=じどう', '相談所=そうだんじょ'],
  ],
  ['療養所 is りょうようじょ', '療養所に入る。', '療養所', ['療養所=りょうようじょ']],
  ['取引所 is とりひきじょ', '証券取引所ができた。', '取引所', ['取引所=とりひきじょ']],
  // named institutions: their own reading
  [
    '理化学研究所 calls itself けんきゅうしょ',
    '理化学研究所の研究者',
    '理化学研究所',
    ['理化学研究所=りかがくけんきゅうしょ'],
  ],
  [
    '日本鯨類研究所 calls itself けんきゅうしょ',
    '日本鯨類研究所などは調べた。',
    '日本鯨類研究所',
    ['日本鯨類研究所=にほんげいるいけんきゅうしょ'],
  ],
  [
    '国立情報学研究所 calls itself けんきゅうじょ',
    '国立情報学研究所などは',
    '国立情報学研究所',
    ['国立情報学研究所=こくりつじょうほうがくけんきゅうじょ'],
  ],
  ['日立製作所 is せいさくしょ', '日立製作所の工場', '日立製作所', ['日立製作所=ひたちせいさくしょ']],
  // 市場: a financial market is しじょう, a marketplace いちば
  ['株式市場 is かぶしきしじょう', '株式市場が下がった。', '株式市場', ['株式=かぶしき', '市場=しじょう']],
  ['金融市場 is しじょう', '金融市場は落ち着いた。', '金融市場', ['金融=きんゆう', '市場=しじょう']],
  ['国内市場 is しじょう', '国内市場で売る。', '国内市場', ['国内=こくない', '市場=しじょう']],
  ['魚市場 is うおいちば', '魚市場で働く。', '魚市場', ['魚市場=うおいちば']],
  ['魚の市場 is いちば', '魚の市場に行った。', '市場', ['市場=いちば']],
  [
    '築地市場 (the wholesale market) is しじょう',
    '築地市場の初競り。',
    '築地市場',
    ['築地=つきじ', '市場=しじょう'],
  ],
  // athletes
  ['羽生選手 is the skater はにゅう', '羽生選手が優勝した。', '羽生', ['羽生=はにゅう']],
  ['羽生善治 is the shogi player はぶ', '羽生善治さんが勝った。', '羽生善治', ['羽生善治=はぶよしはる']],
  ['錦織選手 is にしこり', '錦織選手が勝った。', '錦織', ['錦織=にしこり']],
  ['錦織圭 in full', '錦織圭選手が勝った。', '錦織圭', ['錦織圭=にしこりけい']],
  ['大谷翔平 is おおたにしょうへい', '大谷翔平選手が打った。', '大谷翔平', ['大谷翔平=おおたにしょうへい']],
  ['大谷選手 is おおたに', '大谷選手が打った。', '大谷', ['大谷=おおたに']],
  ['鬼塚選手 is おにつか', '鬼塚選手は緊張した。', '鬼塚', ['鬼塚=おにつか']],
  // sumo
  ['稀勢の里 is きせのさと', '稀勢の里が優勝した。', '稀勢の里', ['稀勢=きせ', '里=さと']],
  ['白鵬 is はくほう', '白鵬が勝った。', '白鵬', ['白鵬=はくほう']],
  ['照ノ富士 is てるのふじ', '照ノ富士が勝った。', '照ノ富士', ['照=てる', '富士=ふじ']],
  // volcanoes, islands, towns
  ['御嶽山 (the volcano) is おんたけさん', '御嶽山が噴火した。', '御嶽山', ['御嶽山=おんたけさん']],
  ['浅間山 is あさまやま', '浅間山が噴火した。', '浅間山', ['浅間山=あさまやま']],
  ['口永良部島 is くちのえらぶじま', '口永良部島で噴火。', '口永良部島', ['口永良部島=くちのえらぶじま']],
  ['桜島 is さくらじま', '桜島が噴火した。', '桜島', ['桜島=さくらじま']],
  ['小豆島 is しょうどしま', '小豆島のオリーブ', '小豆島', ['小豆島=しょうどしま']],
  ['佐渡島 is さどがしま', '佐渡島の金山', '佐渡島', ['佐渡島=さどがしま']],
  ['択捉島 is えとろふとう', '択捉島に住む。', '択捉島', ['択捉島=えとろふとう']],
  ['海士町 is あまちょう', '海士町の海', '海士町', ['海士町=あまちょう']],
  ['大熊町 is おおくままち', '大熊町に戻る。', '大熊町', ['大熊=おおくま', '町=まち']],
];

describe('names in the news', () => {
  it.each(cases)('%s: %s', (_rule, text, word, ruby) => {
    expect(rubyIn(text, word)).toEqual(ruby);
  });

  it.each([
    ['institutions', INSTITUTION_RULES],
    ['names', NEWS_NAME_RULES],
  ])('the %s table gives hiragana readings, one row per word and condition', (_name, rules) => {
    const seen = new Set<string>();
    for (const r of rules) {
      expect('word' in r && r.reading).toMatch(/^[\u3041-\u309f]+$/);
      const key = `${'word' in r ? r.word : r.lemma} ${JSON.stringify(r.when ?? null)}`;
      expect(seen.has(key), key).toBe(false);
      seen.add(key);
    }
  });
});
