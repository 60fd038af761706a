import { beforeAll, describe, expect, it } from 'vitest';
import type { Tokenize } from '../../src/core/types';
import { ipadic, readingOver } from './reading-helpers';

/**
 * Words read differently by context, as the rule tables decide them from the neighbouring tokens.
 * Each row: the rule in words, a sentence, the word, the reading expected over it.
 */
let tok: Tokenize;
beforeAll(async () => {
  tok = await ipadic();
});

const cases: Array<[rule: string, text: string, base: string, reading: string]> = [
  // 間
  ['間 between two things (AとBの間) is あいだ', '東京と大阪の間を走る電車', '間', 'あいだ'],
  ['間 after a verb (while) is あいだ', '電車を待っている間に本を読む', '間', 'あいだ'],
  ['間 after an adjective (長い間) is あいだ', '長い間、雨が降らなかった', '間', 'あいだ'],
  ['その間 is そのあいだ', 'その間、店は休みです', '間', 'あいだ'],
  ['間に合う is まにあう', '電車の時間に間に合った', '間', 'ま'],
  ['間 as a suffix after a noun (日米間) is かん', '日米間の貿易', '間', 'かん'],
  // 大勢
  ['大勢 (a crowd) is おおぜい', '大勢の人が集まりました', '大勢', 'おおぜい'],
  ['大勢が決まる (the outcome) is たいせい', '選挙の大勢が決まりました', '大勢', 'たいせい'],
  // 明日, 今日
  ['明日 in news is あす', '明日は雨が降るでしょう', '明日', 'あす'],
  ['今日 is きょう', '今日は晴れです', '今日', 'きょう'],
  // 日本
  ['日本 is にほん', '日本の会社', '日本', 'にほん'],
  ['日本 inside a word is にほん too', '日本人の選手', '日本人', 'にほんじん'],
  ['日本銀行 keeps にっぽん', '日本銀行が発表した', '日本銀行', 'にっぽんぎんこう'],
  // 上手, 下手
  ['上手 (skilful) is じょうず', '料理が上手な人', '上手', 'じょうず'],
  ['下手 (unskilful) is へた', '歌が下手です', '下手', 'へた'],
  // 方
  ['方 after a verb stem (使い方) is かた', 'この使い方を教えてください', '方', 'かた'],
  ['北の方 (the north side) is きたのほう', '北の方が寒いです', '方', 'ほう'],
  // 人
  ['人 after a place name (nationality) is じん', 'アメリカ人の記者', '人', 'じん'],
  // 行
  ['行う (carry out) takes を: おこな', '警察が調査を行っています', '行', 'おこな'],
  ['行く (go) without を: い', '友達と駅へ行っています', '行', 'い'],
  ['を marking a path keeps 行く: い', '山の間を車で行きます', '行', 'い'],
  // 後
  ['後 after の is あと', '試合の後で話しました', '後', 'あと'],
  ['後 after a counted span is ご', '３時間後に戻ります', '後', 'ご'],
  ['前と後 is まえとあと', '食事の前と後に薬を飲みます', '後', 'あと'],
  // 中
  ['中 throughout a place (日本中) is じゅう', '日本中で人気があります', '中', 'じゅう'],
  ['中 throughout a day (一日中) is じゅう', '一日中雨でした', '中', 'じゅう'],
  ['中 within a period (午前中) is ちゅう', '午前中に終わります', '中', 'ちゅう'],
  // Verbs written alike.
  ['snow falls: 降る ふ', '雪がたくさん降りました', '降', 'ふ'],
  ['people get off: 降りる お', 'バスを降りました', '降', 'お'],
  ['a window is open: 開いている あ', '窓が開いています', '開', 'あ'],
  ['an event is held at a venue: ひら', '展示会は東京の会場で開いています', '開', 'ひら'],
  ['a meeting is held (を): ひら', '会議を開いています', '開', 'ひら'],
  ['draw a picture: 描く か', '子どもが絵を描きました', '描', 'か'],
  ['来る before a noun that is not a date: くる', '来る電車を待つ', '来', 'く'],
  // Compounds that voice.
  ['noun + 会社 voices: がいしゃ', '航空会社の社員', '会社', 'がいしゃ'],
  ['会社 on its own: かいしゃ', 'この会社で働く', '会社', 'かいしゃ'],
  ['noun + 時計 voices: どけい', '電波時計を買いました', '時計', 'どけい'],
  ['入り口 いりぐち', '駅の入り口で会いましょう', '口', 'ぐち'],
  // Single nouns with a compound-only reading.
  ['土 (soil) is つち', '畑の土を掘ります', '土', 'つち'],
  ['米 (rice) on its own is こめ', '米を作る農家', '米', 'こめ'],
  ['表と裏 is おもてとうら', '紙の表と裏', '表', 'おもて'],
  ['金星 (Venus) is きんせい', '金星を調べる探査機', '金星', 'きんせい'],
  // News lexicon.
  ['令和 is newer than IPADIC', '令和になりました', '令和', 'れいわ'],
  ['世論 is よろん in NHK usage', '世論調査の結果', '世論', 'よろん'],
  ['Latin letters inside a word stay bare', 'ＪＲ東日本の電車', '東日本', 'ひがしにほん'],
];

describe('context readings', () => {
  it.each(cases)('%s: %s', (_rule, text, base, reading) => {
    expect(readingOver(tok, text, base)).toBe(reading);
  });
});
