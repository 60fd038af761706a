import type { ReadingRule } from '../context/rule-types';

/**
 * Names the news repeats whose reading neither IPADIC nor ENAMDICT's first reading gets right:
 * athletes (a surname's reading is fixed by the person: 羽生 is はにゅう for the skater, はぶ for
 * the shogi player), sumo wrestlers' ring names, volcanoes, islands and towns (島 is しま, じま or
 * とう and 町 まち or ちょう by each place's own usage). Facts from the people's and places' own
 * usage (federations, the Japan Meteorological Agency's volcano list, municipalities).
 */

/** Titles after a surname that say "the athlete": the surname takes the athlete's reading. */
const ATHLETE_TITLES = ['選手', '投手', '捕手', '打者', '主将'];

type Person = readonly [surname: string, surnameReading: string, given: string, givenReading: string];

const ATHLETES: readonly Person[] = [
  ['羽生', 'はにゅう', '結弦', 'ゆづる'], // figure skating
  ['錦織', 'にしこり', '圭', 'けい'], // tennis
  ['大谷', 'おおたに', '翔平', 'しょうへい'], // baseball
  ['大坂', 'おおさか', 'なおみ', 'なおみ'], // tennis
  ['八村', 'はちむら', '塁', 'るい'], // basketball
  ['三笘', 'みとま', '薫', 'かおる'], // football
  ['久保', 'くぼ', '建英', 'たけふさ'], // football
  ['池江', 'いけえ', '璃花子', 'りかこ'], // swimming
  ['宇野', 'うの', '昌磨', 'しょうま'], // figure skating
  ['紀平', 'きひら', '梨花', 'りか'], // figure skating
  ['鍵山', 'かぎやま', '優真', 'ゆうま'], // figure skating
  ['小平', 'こだいら', '奈緒', 'なお'], // speed skating
  ['高梨', 'たかなし', '沙羅', 'さら'], // ski jumping
  ['小林', 'こばやし', '陵侑', 'りょうゆう'], // ski jumping
  ['平野', 'ひらの', '歩夢', 'あゆむ'], // snowboard
  ['鬼塚', 'おにつか', '雅', 'みやび'], // snowboard
  ['内村', 'うちむら', '航平', 'こうへい'], // gymnastics
  ['阿部', 'あべ', '一二三', 'ひふみ'], // judo
  ['松山', 'まつやま', '英樹', 'ひでき'], // golf
  ['渋野', 'しぶの', '日向子', 'ひなこ'], // golf
  ['張本', 'はりもと', '智和', 'ともかず'], // table tennis
  ['桐生', 'きりゅう', '祥秀', 'よしひで'], // athletics
  ['北口', 'きたぐち', '榛花', 'はるか'], // javelin
  ['堀米', 'ほりごめ', '雄斗', 'ゆうと'], // skateboarding
  ['村上', 'むらかみ', '宗隆', 'むねたか'], // baseball
  ['佐々木', 'ささき', '朗希', 'ろうき'], // baseball
];

/** People of other fields whose full name fixes a surname athletes share. */
const OTHERS: readonly Person[] = [
  ['羽生', 'はぶ', '善治', 'よしはる'], // shogi
  ['藤井', 'ふじい', '聡太', 'そうた'], // shogi
];

/** Sumo ring names (shikona) of top-division wrestlers, read as the Japan Sumo Association lists them. */
const SHIKONA: readonly (readonly [name: string, reading: string])[] = [
  ['白鵬', 'はくほう'],
  ['鶴竜', 'かくりゅう'],
  ['日馬富士', 'はるまふじ'],
  ['稀勢の里', 'きせのさと'],
  ['照ノ富士', 'てるのふじ'],
  ['貴景勝', 'たかけいしょう'],
  ['朝乃山', 'あさのやま'],
  ['御嶽海', 'みたけうみ'],
  ['豊昇龍', 'ほうしょうりゅう'],
  ['大の里', 'おおのさと'],
  ['琴櫻', 'ことざくら'],
  ['栃ノ心', 'とちのしん'],
  ['豪栄道', 'ごうえいどう'],
  ['琴奨菊', 'ことしょうぎく'],
  ['朝青龍', 'あさしょうりゅう'],
  ['若隆景', 'わかたかかげ'],
  ['翔猿', 'とびざる'],
  ['炎鵬', 'えんほう'],
  ['北勝富士', 'ほくとふじ'],
  ['逸ノ城', 'いちのじょう'],
  ['熱海富士', 'あたみふじ'],
  ['尊富士', 'たけるふじ'],
  ['伯桜鵬', 'はくおうほう'],
];

/** Volcanoes, islands and towns. */
const PLACES: readonly (readonly [name: string, reading: string])[] = [
  ['御嶽山', 'おんたけさん'],
  ['浅間山', 'あさまやま'],
  ['蔵王山', 'ざおうざん'],
  ['草津白根山', 'くさつしらねさん'],
  ['口永良部島', 'くちのえらぶじま'],
  ['諏訪之瀬島', 'すわのせじま'],
  ['小豆島', 'しょうどしま'],
  ['佐渡島', 'さどがしま'],
  ['択捉島', 'えとろふとう'],
  ['色丹島', 'しこたんとう'],
  ['歯舞群島', 'はぼまいぐんとう'],
  ['奄美大島', 'あまみおおしま'],
  ['沖ノ鳥島', 'おきのとりしま'],
  ['海士町', 'あまちょう'],
  ['西ノ島町', 'にしのしまちょう'],
  ['隠岐の島町', 'おきのしまちょう'],
  ['厚真町', 'あつまちょう'],
  ['安平町', 'あびらちょう'],
  ['白老町', 'しらおいちょう'],
];

export const NEWS_NAME_RULES: readonly ReadingRule[] = [
  ...[...ATHLETES, ...OTHERS].map(([s, sr, g, gr]) => ({
    word: s + g,
    reading: sr + gr,
    why: `the full name ${s}${g}`,
  })),
  ...ATHLETES.map(([s, sr, g]) => ({
    word: s,
    reading: sr,
    when: { next: { surface: ATHLETE_TITLES } },
    why: `${s}選手: the athlete ${s}${g}`,
  })),
  ...SHIKONA.map(([word, reading]) => ({ word, reading, why: `the sumo wrestler ${word}` })),
  ...PLACES.map(([word, reading]) => ({ word, reading, why: `the place's own reading of ${word}` })),
];
