import { beforeAll, describe, expect, it } from 'vitest';
import type { Tokenize } from '../../src/core/types';
import { ipadic, rubyOf } from './reading-helpers';

/**
 * Numbers and counters, in news style: digits stay bare and the ruby goes over the counter with the
 * counter's sound change; where digit and counter fuse into one native word (１日 ついたち, ２人
 * ふたり) one ruby covers both. Kanji numerals get their own ruby with their sound changes.
 */
let tok: Tokenize;
beforeAll(async () => {
  tok = await ipadic();
});

const cases: Array<[rule: string, text: string, ruby: string[]]> = [
  // Days of the month: 1–10, 14, 20 and 24 are native words read whole.
  ['the 1st of a month is ついたち', '４月１日から', ['月=がつ', '１日=ついたち']],
  ['a dateline day alone is a date too', '政府は１日、', ['政府=せいふ', '１日=ついたち']],
  ['one day as a span is いちにち (ruby over 日)', '１日に３回', ['日=にち', '回=かい']],
  ['１日で: within one day', '１日で終わる', ['日=にち', '終=お']],
  ['２日 ふつか', '２日に', ['２日=ふつか']],
  ['３日 みっか', '３日に', ['３日=みっか']],
  ['４日 よっか', '４日に', ['４日=よっか']],
  ['５日 いつか', '５日に', ['５日=いつか']],
  ['６日 むいか', '６日に', ['６日=むいか']],
  ['７日 なのか', '７日に', ['７日=なのか']],
  ['８日 ようか', '８日に', ['８日=ようか']],
  ['９日 ここのか', '９日に', ['９日=ここのか']],
  ['１０日 とおか', '１０日に', ['１０日=とおか']],
  ['１４日 じゅうよっか', '１４日に', ['１４日=じゅうよっか']],
  ['２０日 はつか', '２０日に', ['２０日=はつか']],
  ['２４日 にじゅうよっか', '２４日に', ['２４日=にじゅうよっか']],
  ['other days read にち over 日', '２５日に', ['日=にち']],
  ['１１日 is regular: じゅういちにち', '１１日に', ['日=にち']],
  ['ASCII digits are folded first', '6日に', ['6日=むいか']],
  ['a span of days: native count + かん', '１０日間', ['１０日=とおか', '間=かん']],
  ['kanji: 二十日 はつか', '二十日に', ['二十日=はつか']],
  ['kanji: 一日 in prose is one day', '一日も早く', ['一=いち', '日=にち', '早=はや']],

  // People: ひとり, ふたり, then にん.
  ['one person ひとり', '１人で', ['１人=ひとり']],
  ['two people ふたり', '２人ずつ', ['２人=ふたり']],
  ['three people: さんにん (ruby over 人)', '３人が', ['人=にん']],
  ['kanji 一人 ひとり', '一人で', ['一人=ひとり']],
  ['kanji 四人 よにん', '四人で', ['四=よ', '人=にん']],
  ['何人 なんにん', '何人いますか', ['何=なん', '人=にん']],

  // Ages: はたち for turning twenty.
  ['counted age さい', '２０歳以上', ['歳=さい', '以上=いじょう']],
  ['turning twenty はたち', '２０歳になる', ['２０歳=はたち']],
  ['１歳: いっさい, ruby over 歳', '１歳の', ['歳=さい']],

  // Months: がつ over 月 (IPADIC fuses ５月 into one word; it is split).
  ['months がつ', '５月に', ['月=がつ']],
  ['四月 しがつ', '四月に', ['四=し', '月=がつ']],
  ['九月 くがつ', '九月に', ['九=く', '月=がつ']],
  ['か月 is a span: げつ', '３か月', ['月=げつ']],
  ['一か月 いっかげつ', '一か月', ['一=いっ', '月=げつ']],

  // h-counters: p after っ (1 6 8 10 100), b or p after ん (3, 何, 千, 万).
  ['３本 さんぼん', '３本', ['本=ぼん']],
  ['６本 ろっぽん', '６本', ['本=ぽん']],
  ['１０本 じゅっぽん', '１０本', ['本=ぽん']],
  ['５本 ごほん', '５本', ['本=ほん']],
  ['３０００本 さんぜんぼん', '３０００本', ['本=ぼん']],
  ['６００本 ろっぴゃっぽん', '６００本', ['本=ぽん']],
  ['一本 いっぽん', '一本', ['一=いっ', '本=ぽん']],
  ['１匹 いっぴき', '１匹', ['匹=ぴき']],
  ['３匹 さんびき', '３匹', ['匹=びき']],
  ['９匹 きゅうひき', '９匹', ['匹=ひき']],
  ['３杯 さんばい', '３杯', ['杯=ばい']],
  ['１泊 いっぱく', '１泊', ['泊=ぱく']],
  ['３分 さんぷん', '３分', ['分=ぷん']],
  ['４分 よんぷん', '４分', ['分=ぷん']],
  ['５分 ごふん', '５分', ['分=ふん']],
  ['１０分 じゅっぷん', '１０分', ['分=ぷん']],
  ['a fraction: ３分の１ さんぶんのいち', '３分の１', ['分=ぶん']],
  ['何分 is not a fraction', '１分の間', ['分=ぷん', '間=あいだ']],

  // k-counters: the number geminates, the counter stays (ruby unchanged) except 階 after 3.
  ['１回 いっかい', '１回', ['回=かい']],
  ['一回 いっかい (kanji numeral)', '一回', ['一=いっ', '回=かい']],
  ['六回 ろっかい', '六回', ['六=ろっ', '回=かい']],
  ['３階 さんがい', '３階', ['階=がい']],
  ['何階 なんがい', '何階', ['何=なん', '階=がい']],
  ['１階 いっかい', '１階', ['階=かい']],
  ['一か所 いっかしょ', '一か所', ['一=いっ', '所=しょ']],

  // Kanji numerals and their own sound changes.
  ['三百 さんびゃく', '三百人', ['三=さん', '百=びゃく', '人=にん']],
  ['六百 ろっぴゃく', '六百', ['六=ろっ', '百=ぴゃく']],
  ['八千 はっせん', '八千', ['八=はっ', '千=せん']],
  ['三千 さんぜん', '三千', ['三=さん', '千=ぜん']],
  ['何百 なんびゃく', '何百人', ['何=なん', '百=びゃく', '人=にん']],
  ['myriads after digits: ３京 さんけい', '３京', ['京=けい']],
  ['２万 にまん', '２万人', ['万=まん', '人=にん']],

  // Times and grades.
  ['九時 くじ', '九時', ['九=く', '時=じ']],
  ['四時 よじ', '四時', ['四=よ', '時=じ']],
  ['七段 しちだん', '七段', ['七=しち', '段=だん']],
  ['１時４０分', '１時４０分', ['時=じ', '分=ぷん']],
];

describe('numbers and counters', () => {
  it.each(cases)('%s: %s', (_rule, text, ruby) => {
    expect(rubyOf(tok, text)).toEqual(ruby);
  });
});
