import type { NumberTail } from './numerals';

/**
 * How a counter (助数詞) sounds after a number. Japanese counters change in two ways:
 * - the number's last mora may become a small っ before k/s/t/h/p sounds (一回 いっかい, 八歳 はっさい);
 * - a counter starting with h becomes p after that っ (一本 いっぽん) and b or p after ん
 *   (三本 さんぼん, 三分 さんぷん, 何杯 なんばい).
 * Digits are left bare in news style, so for １本 only the counter's ruby (ぽん) is shown; for kanji
 * numerals (一本) the number's ruby (いっ) changes too.
 */
export interface CounterRule {
  /** The counter as written after the number. */
  counter: string;
  /** Reading when nothing changes it (after 2, 5, 9…). */
  reading: string;
  /** Number endings whose last mora becomes っ before this counter. */
  geminating: readonly NumberTail[];
  /** The counter's reading after particular number endings (sound changes of the counter itself). */
  after: Partial<Record<NumberTail, string>>;
  /** Reading of the number's final kanji digit when the counter asks for a special one (四人 よ). */
  numberForms?: Partial<Record<NumberTail, string>>;
  /** Why, for the rule table's readers. */
  why: string;
}

/** Before k sounds: 1 6 8 10 100 geminate (いっかい ろっかい はっかい じゅっかい ひゃっかい). */
const K_GEMINATING: readonly NumberTail[] = ['1', '6', '8', '10', '100'];
/** Before s, t and ch sounds only 1 8 10 geminate (いっさい はっさい じゅっさい; ろくさい). */
const ST_GEMINATING: readonly NumberTail[] = ['1', '8', '10'];
/** Before h sounds: 1 6 8 10 100 geminate and the h turns to p (いっぽん ろっぽん はっぽん). */
const H_GEMINATING: readonly NumberTail[] = ['1', '6', '8', '10', '100'];
/** Endings in ん: さん, なん (何), せん/ぜん (千), まん (万). */
const AFTER_N: readonly NumberTail[] = ['3', 'how-many', '1000', 'myriad'];

function fill(tails: readonly NumberTail[], reading: string): Partial<Record<NumberTail, string>> {
  return Object.fromEntries(tails.map((t) => [t, reading]));
}

/** An h-counter: p after っ, `afterN` after ん (b for most, p for a few like 分 泊 発). */
function hCounter(
  counter: string,
  reading: string,
  p: string,
  afterN: string,
  why: string,
  extra: Partial<Record<NumberTail, string>> = {},
): CounterRule {
  return {
    counter,
    reading,
    geminating: H_GEMINATING,
    after: { ...fill(H_GEMINATING, p), ...fill(AFTER_N, afterN), ...extra },
    why,
  };
}

function plain(
  counter: string,
  reading: string,
  geminating: readonly NumberTail[],
  why: string,
  extra: Partial<CounterRule> = {},
): CounterRule {
  return { counter, reading, geminating, after: {}, why, ...extra };
}

/** Kanji-numeral forms of 4, 7 and 9 that some counters take (四人 よにん, 九時 くじ, 四月 しがつ). */
const YO: Partial<Record<NumberTail, string>> = { '4': 'よ' };

export const COUNTER_RULES: readonly CounterRule[] = [
  hCounter(
    '本',
    'ほん',
    'ぽん',
    'ぼん',
    'long things: いっぽん さんぼん ろっぽん はっぽん じゅっぽん せんぼん',
  ),
  hCounter('匹', 'ひき', 'ぴき', 'びき', 'animals: いっぴき さんびき ろっぴき はっぴき じゅっぴき'),
  hCounter('杯', 'はい', 'ぱい', 'ばい', 'cups, bowls: いっぱい さんばい ろっぱい'),
  hCounter(
    '分',
    'ふん',
    'ぷん',
    'ぷん',
    'minutes: いっぷん さんぷん よんぷん ろっぷん じゅっぷん; NHK reads 8 はちふん',
    {
      '4': 'ぷん',
      '8': 'ふん',
    },
  ),
  hCounter('分間', 'ふんかん', 'ぷんかん', 'ぷんかん', 'minutes (duration): as 分', {
    '4': 'ぷんかん',
    '8': 'ふんかん',
  }),
  hCounter('泊', 'はく', 'ぱく', 'ぱく', 'nights of a stay: いっぱく さんぱく ろっぱく'),
  hCounter('発', 'はつ', 'ぱつ', 'ぱつ', 'shots, launches: いっぱつ さんぱつ ろっぱつ'),
  hCounter('敗', 'はい', 'ぱい', 'ぱい', 'losses: いっぱい さんぱい'),
  hCounter('歩', 'ほ', 'ぽ', 'ぽ', 'steps: いっぽ さんぽ'),
  hCounter('品', 'ひん', 'ぴん', 'ぴん', 'dishes, items: いっぴん さんぴん'),
  hCounter('票', 'ひょう', 'ぴょう', 'びょう', 'votes: いっぴょう さんびょう; 8 reads はちひょう', {
    '8': 'ひょう',
  }),
  plain('回', 'かい', K_GEMINATING, 'times: いっかい ろっかい はっかい じゅっかい'),
  plain('回目', 'かいめ', K_GEMINATING, 'n-th time: as 回'),
  {
    ...plain('階', 'かい', K_GEMINATING, 'floors: いっかい, but さんがい なんがい'),
    after: { '3': 'がい', 'how-many': 'がい' },
  },
  {
    ...plain('軒', 'けん', K_GEMINATING, 'houses: いっけん, but さんげん なんげん'),
    after: { '3': 'げん', 'how-many': 'げん' },
  },
  plain('個', 'こ', K_GEMINATING, 'small things: いっこ ろっこ はっこ じゅっこ'),
  plain('件', 'けん', K_GEMINATING, 'cases: いっけん ろっけん'),
  plain('か月', 'かげつ', K_GEMINATING, 'months (duration): いっかげつ ろっかげつ'),
  plain('ヶ月', 'かげつ', K_GEMINATING, 'months (duration)'),
  plain('カ月', 'かげつ', K_GEMINATING, 'months (duration)'),
  plain('ヵ月', 'かげつ', K_GEMINATING, 'months (duration)'),
  plain('箇月', 'かげつ', K_GEMINATING, 'months (duration)'),
  plain('か所', 'かしょ', K_GEMINATING, 'places: いっかしょ ろっかしょ'),
  plain('ヶ所', 'かしょ', K_GEMINATING, 'places'),
  plain('カ所', 'かしょ', K_GEMINATING, 'places'),
  plain('箇所', 'かしょ', K_GEMINATING, 'places'),
  plain('曲', 'きょく', K_GEMINATING, 'songs: いっきょく'),
  plain('機', 'き', K_GEMINATING, 'aircraft, machines: いっき'),
  plain('基', 'き', K_GEMINATING, 'installations: いっき'),
  plain('校', 'こう', K_GEMINATING, 'schools: いっこう'),
  plain('歳', 'さい', ST_GEMINATING, 'age: いっさい はっさい じゅっさい; ２０歳 may be はたち'),
  plain('才', 'さい', ST_GEMINATING, 'age (simplified spelling of 歳)'),
  plain('冊', 'さつ', ST_GEMINATING, 'books: いっさつ はっさつ'),
  plain('隻', 'せき', ST_GEMINATING, 'ships: いっせき'),
  plain('社', 'しゃ', ST_GEMINATING, 'companies: いっしゃ'),
  plain('週間', 'しゅうかん', ST_GEMINATING, 'weeks: いっしゅうかん'),
  plain('種類', 'しゅるい', ST_GEMINATING, 'kinds: いっしゅるい'),
  plain('試合', 'しあい', ST_GEMINATING, 'matches: いっしあい'),
  plain('頭', 'とう', ST_GEMINATING, 'large animals: いっとう はっとう'),
  plain('点', 'てん', ST_GEMINATING, 'points: いってん はってん'),
  plain('通', 'つう', ST_GEMINATING, 'letters: いっつう'),
  plain('着', 'ちゃく', ST_GEMINATING, 'places in a race, garments: いっちゃく'),
  plain('足', 'そく', ST_GEMINATING, 'pairs of shoes: いっそく, さんぞく', {
    after: { '3': 'ぞく', 'how-many': 'ぞく' },
  }),
  plain('人', 'にん', [], 'people: ３人 さんにん; １人 ひとり and ２人 ふたり are read whole', {
    numberForms: YO,
  }),
  plain('年', 'ねん', [], 'years: よねん', { numberForms: YO }),
  plain('年間', 'ねんかん', [], 'years (duration)', { numberForms: YO }),
  plain('時', 'じ', [], "o'clock: よじ しちじ くじ", { numberForms: { '4': 'よ', '7': 'しち', '9': 'く' } }),
  plain('月', 'がつ', [], 'months of the year: しがつ しちがつ くがつ', {
    numberForms: { '4': 'し', '7': 'しち', '9': 'く' },
  }),
  plain('円', 'えん', [], 'yen: よえん', { numberForms: YO }),
  plain('段', 'だん', [], 'grades (shogi, judo): よだん しちだん くだん', {
    numberForms: { '4': 'よ', '7': 'しち', '9': 'く' },
  }),
  plain('日', 'にち', [], 'days: the native readings (ついたち…とおか, はつか) are read whole'),
  plain('日間', 'にちかん', [], 'days (duration)'),
];

const BY_COUNTER = new Map(COUNTER_RULES.map((r) => [r.counter, r]));

export function counterRule(surface: string): CounterRule | undefined {
  return BY_COUNTER.get(surface);
}
