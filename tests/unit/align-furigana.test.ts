/**
 * Okurigana alignment: a word's reading is spread over its kanji runs, kana stays outside the
 * ruby. Each row reads as a rule of Japanese orthography: word, its reading, the kanji parts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignFurigana } from '../../src/core/reading/align-furigana';
import { furiganaField } from '../../src/core/vocab/export/anki-fields';

const kanjiParts = (word: string, reading: string) =>
  alignFurigana(word, reading)
    ?.filter((p) => p.reading !== undefined)
    .map((p) => `${p.text}=${p.reading}`);

type Row = [rule: string, word: string, reading: string, parts: string[]];

const COMPOUNDS: Row[] = [
  ['a kanji compound takes the whole reading', '日本語', 'にほんご', ['日本語=にほんご']],
  ['katakana readings become hiragana', '日本', 'ニホン', ['日本=にほん']],
  ['an office name', '経済産業省', 'けいざいさんぎょうしょう', ['経済産業省=けいざいさんぎょうしょう']],
  ['a place name', '東京都', 'とうきょうと', ['東京都=とうきょうと']],
  ['jukujikun are read as a whole', '大人', 'おとな', ['大人=おとな']],
  ['jukujikun: 今日', '今日', 'きょう', ['今日=きょう']],
  ['jukujikun: 明日 in news', '明日', 'あす', ['明日=あす']],
  ['jukujikun: 八百屋', '八百屋', 'やおや', ['八百屋=やおや']],
  ['a name', '佐藤', 'さとう', ['佐藤=さとう']],
  ['rendaku stays inside the run', '株式会社', 'かぶしきがいしゃ', ['株式会社=かぶしきがいしゃ']],
];

const OKURIGANA: Row[] = [
  ['okurigana after the kanji', '食べる', 'たべる', ['食=た']],
  ['an adjective', '美しい', 'うつくしい', ['美=うつく']],
  ['an adjective whose stem ends like its okurigana', '恋しい', 'こいしい', ['恋=こい']],
  ['a noun from an adjective', '新しさ', 'あたらしさ', ['新=あたら']],
  ['an adverb', '少し', 'すこし', ['少=すこ']],
  ['a na-adjective', '明らか', 'あきらか', ['明=あき']],
  ['a verb noun', '行い', 'おこない', ['行=おこな']],
  ['two kanji before the okurigana', '手伝う', 'てつだう', ['手伝=てつだ']],
  ['a reading given in katakana', '食べ物', 'タベモノ', ['食=た', '物=もの']],
  ['kana between kanji', '取り組み', 'とりくみ', ['取=と', '組=く']],
  ['kana between kanji: 受け付け', '受け付け', 'うけつけ', ['受=う', '付=つ']],
  ['kana between kanji: 申し込み', '申し込み', 'もうしこみ', ['申=もう', '込=こ']],
  ['a compound verb', '引き上げる', 'ひきあげる', ['引=ひ', '上=あ']],
  ['a compound verb with a two-mora stem', '付け加える', 'つけくわえる', ['付=つ', '加=くわ']],
  ['a meeting', '打ち合わせ', 'うちあわせ', ['打=う', '合=あ']],
  ['a discussion', '話し合い', 'はなしあい', ['話=はな', '合=あ']],
  ['okurigana then a compound', '立ち入り禁止', 'たちいりきんし', ['立=た', '入=い', '禁止=きんし']],
  ['rendaku after okurigana', '売り上げ高', 'うりあげだか', ['売=う', '上=あ', '高=だか']],
  [
    'a long compound with okurigana',
    '取り扱い説明書',
    'とりあつかいせつめいしょ',
    ['取=と', '扱=あつか', '説明書=せつめいしょ'],
  ],
  ['a sign', '追い越し禁止', 'おいこしきんし', ['追=お', '越=こ', '禁止=きんし']],
  ['okurigana dropped in the middle', '見積もり', 'みつもり', ['見積=みつ']],
  ['a change of trains', '乗り換え', 'のりかえ', ['乗=の', '換=か']],
  ['the same kana on both sides', '言い合い', 'いいあい', ['言=い', '合=あ']],
  ['the same reading twice', '買い替え', 'かいかえ', ['買=か', '替=か']],
  ['a small っ between kanji', '引っ越し', 'ひっこし', ['引=ひ', '越=こ']],
  ['a small っ before a one-kanji noun', '取っ手', 'とって', ['取=と', '手=て']],
  ['a word with two kanji and trailing kana', '落ち着き', 'おちつき', ['落=お', '着=つ']],
  ['a hindrance', '差し支え', 'さしつかえ', ['差=さ', '支=つか']],
  ['receiving', '受け取り', 'うけとり', ['受=う', '取=と']],
  ['to recall', '思い出す', 'おもいだす', ['思=おも', '出=だ']],
  ['a course of events', '行き来', 'いきき', ['行=い', '来=き']],
  ['up and down', '上り下り', 'のぼりくだり', ['上=のぼ', '下=くだ']],
  ['tears of joy', '嬉し泣き', 'うれしなき', ['嬉=うれ', '泣=な']],
  ['a drink', '飲み物', 'のみもの', ['飲=の', '物=もの']],
  ['a vehicle', '乗り物', 'のりもの', ['乗=の', '物=もの']],
  ['a feeling', '気持ち', 'きもち', ['気持=きも']],
  ['an appearance', '見た目', 'みため', ['見=み', '目=め']],
  ['a singer', '歌い手', 'うたいて', ['歌=うた', '手=て']],
  ['a claim', '言い分', 'いいぶん', ['言=い', '分=ぶん']],
  ['a matter of course', '当たり前', 'あたりまえ', ['当=あ', '前=まえ']],
  ['a clue', '手がかり', 'てがかり', ['手=て']],
  ['a child', '子ども', 'こども', ['子=こ']],
];

const PARTICLES_AND_PREFIXES: Row[] = [
  ['kana before the kanji', 'お茶', 'おちゃ', ['茶=ちゃ']],
  ['the honorific ご', 'ご飯', 'ごはん', ['飯=はん']],
  ['お and okurigana', 'お祭り', 'おまつり', ['祭=まつ']],
  ['お and さん around a kinship word', 'お母さん', 'おかあさん', ['母=かあ']],
  ['お and さん: 姉', 'お姉さん', 'おねえさん', ['姉=ねえ']],
  ['お and okurigana inside', 'お取り寄せ', 'おとりよせ', ['取=と', '寄=よ']],
  ['お and a two-kanji run', 'お見舞い', 'おみまい', ['見舞=みま']],
  ['the honorific ご before a compound', 'ご招待', 'ごしょうたい', ['招待=しょうたい']],
  ['の inside a word', '木の葉', 'このは', ['木=こ', '葉=は']],
  ['の inside a word: 竹の子', '竹の子', 'たけのこ', ['竹=たけ', '子=こ']],
  ['の inside a place name', '山の手', 'やまのて', ['山=やま', '手=て']],
  ['の between words', '今日の午後', 'きょうのごご', ['今日=きょう', '午後=ごご']],
  ['trailing kana of a compound', '雪だるま', 'ゆきだるま', ['雪=ゆき']],
  ['お, okurigana and さん', 'お巡りさん', 'おまわりさん', ['巡=まわ']],
];

const ITERATION_MARKS: Row[] = [
  ['々 repeats the kanji inside the run', '人々', 'ひとびと', ['人々=ひとびと']],
  ['々: 時々', '時々', 'ときどき', ['時々=ときどき']],
  ['々 with okurigana', '様々な', 'さまざまな', ['様々=さまざま']],
  ['々: 我々', '我々', 'われわれ', ['我々=われわれ']],
  ['々 in a surname', '佐々木', 'ささき', ['佐々木=ささき']],
  ['々 then kana then okurigana', '日々の暮らし', 'ひびのくらし', ['日々=ひび', '暮=く']],
  ['々 with と', '堂々と', 'どうどうと', ['堂々=どうどう']],
  ['々 in a place name', '代々木', 'よよぎ', ['代々木=よよぎ']],
  ['small ヶ is part of a place name', '霞ヶ関', 'かすみがせき', ['霞ヶ関=かすみがせき']],
  ['small ヶ: 関ヶ原', '関ヶ原', 'せきがはら', ['関ヶ原=せきがはら']],
  ['small ヶ: 八ヶ岳', '八ヶ岳', 'やつがたけ', ['八ヶ岳=やつがたけ']],
  ['small ヶ as a counter', '一ヶ月', 'いっかげつ', ['一ヶ月=いっかげつ']],
  ['small ヵ as a counter', '一ヵ所', 'いっかしょ', ['一ヵ所=いっかしょ']],
  ['〆 is a kanji-like mark', '〆切', 'しめきり', ['〆切=しめきり']],
];

const NUMBERS: Row[] = [
  ['digits glued to a counter are read with it', '１日', 'ついたち', ['１日=ついたち']],
  ['the 20th day', '２０日', 'はつか', ['２０日=はつか']],
  ['a month', '３月', 'さんがつ', ['３月=さんがつ']],
  ['people', '１０人', 'じゅうにん', ['１０人=じゅうにん']],
  ['ASCII digits too', '2人', 'ふたり', ['2人=ふたり']],
  ['sound change inside the counter', '１０分', 'じゅっぷん', ['１０分=じゅっぷん']],
  ['第 before the digits', '第１回', 'だいいっかい', ['第１回=だいいっかい']],
  ['a native counter with okurigana', '３つ', 'みっつ', ['３=みっ']],
  ['a native counter then a suffix', '３つ目', 'みっつめ', ['３=みっ', '目=め']],
  ['a native number in kanji', '二つ目', 'ふたつめ', ['二=ふた', '目=め']],
  ['the same number twice', '一つ一つ', 'ひとつひとつ', ['一=ひと', '一=ひと']],
  ['a duration', '３日間', 'みっかかん', ['３日間=みっかかん']],
  ['digits then kana', '１人ひとり', 'ひとりひとり', ['１人=ひとり']],
  ['a thousand yen', '５千円', 'ごせんえん', ['５千円=ごせんえん']],
];

const KATAKANA_AND_LETTERS: Row[] = [
  ['katakana before a kanji suffix', 'アメリカ人', 'あめりかじん', ['人=じん']],
  ['katakana with a long vowel', 'サッカー部', 'さっかーぶ', ['部=ぶ']],
  ['katakana and a reading in katakana', 'ラーメン屋', 'ラーメンヤ', ['屋=や']],
  ['a kanji prefix before katakana', '反トランプ', 'はんとらんぷ', ['反=はん']],
  ['a prize', 'ノーベル賞', 'のーべるしょう', ['賞=しょう']],
  ['katakana between kanji', '日本シリーズ', 'にほんしりーず', ['日本=にほん']],
  ['okurigana then katakana', '消しゴム', 'けしごむ', ['消=け']],
  ['katakana inside', 'ガス管', 'がすかん', ['管=かん']],
  [
    'Latin letters match their spelled names and stay bare',
    'ＪＲ東日本',
    'ジェイアールヒガシニホン',
    ['東日本=ひがしにほん'],
  ],
  ['ASCII letters too', 'NHK杯', 'エヌエイチケーハイ', ['杯=はい']],
  ['a letter before a kanji', 'Ｘ線', 'えっくすせん', ['線=せん']],
  ['IT', 'ＩＴ企業', 'あいてぃーきぎょう', ['企業=きぎょう']],
  ['AI with the first spelling of A', 'ＡＩ技術', 'えーあいぎじゅつ', ['技術=ぎじゅつ']],
  ['AI with the second spelling of A', 'ＡＩ技術', 'えいあいぎじゅつ', ['技術=ぎじゅつ']],
  ['GDP', 'ＧＤＰ成長率', 'じーでぃーぴーせいちょうりつ', ['成長率=せいちょうりつ']],
  ['EU', 'ＥＵ離脱', 'いーゆーりだつ', ['離脱=りだつ']],
  ['letters after the kanji', '日本ＡＩ', 'にほんえーあい', ['日本=にほん']],
];

const NO_KANJI: Row[] = [
  ['hiragana only', 'ひらがな', 'ひらがな', []],
  ['katakana only', 'カタカナ', 'かたかな', []],
];

describe('alignFurigana', () => {
  const rows = [
    ...COMPOUNDS,
    ...OKURIGANA,
    ...PARTICLES_AND_PREFIXES,
    ...ITERATION_MARKS,
    ...NUMBERS,
    ...KATAKANA_AND_LETTERS,
    ...NO_KANJI,
  ];
  it('has a big table', () => expect(rows.length).toBeGreaterThanOrEqual(80));

  it.each(rows)('%s: %s (%s)', (_rule, word, reading, parts) => {
    expect(kanjiParts(word, reading)).toEqual(parts);
  });

  it.each([
    ['kana that the reading does not contain', '食べる', 'くう'],
    ['okurigana that differ', '取り組み', 'とりくむ'],
    ['a prefix the reading lacks', 'お茶', 'ちゃ'],
    ['a small っ the reading lacks', '引っ越し', 'ひきこし'],
    ['a reading that is only the okurigana', '食べる', 'べる'],
    ['a kanji left without a reading', '取り組み', 'とりみ'],
    ['a reading with extra text at the end', '取り組み', 'とりくみか'],
    ['letters the reading does not spell', 'ＪＲ東日本', 'ひがしにほん'],
    ['big ケ read が in a place name', '霞ケ浦', 'かすみがうら'],
    ['symbols whose reading cannot be placed', 'Ａ＋評価', 'エープラスヒョウカ'],
    ['a decimal point', '３．５倍', 'さんてんごばい'],
    ['an empty reading', '日本', ''],
  ])('returns null for %s: %s', (_rule, word, reading) => {
    expect(alignFurigana(word, reading)).toBeNull();
  });
});

/** Words that alternate kanji and kana, with a reading that almost fits: the old regex exploded. */
function nearMiss(runs: number): [string, string] {
  let word = '';
  let reading = '';
  for (let i = 0; i < runs; i++) {
    word += '漢か';
    reading += 'かんか';
  }
  return [word, `${reading}ら`];
}

describe('alignFurigana on adversarial words', () => {
  it.each([7, 8, 15])('%i alternating runs with a near-miss reading → null', (runs) => {
    const [word, reading] = nearMiss(runs);
    expect(alignFurigana(word, reading)).toBeNull();
  });

  it('the 30-character correction limit: fails fast, and aligns the exact reading', () => {
    const [word, reading] = nearMiss(15);
    expect(word).toHaveLength(30);
    expect(alignFurigana(word, reading)).toBeNull();
    const parts = kanjiParts(word, reading.slice(0, -1));
    expect(parts).toHaveLength(15);
    // Each 漢 takes the shortest reading that lets the rest fit: か, then ん… until the last.
    expect(parts!.at(-1)).toBe('漢=かん');
  });

  it('the Anki furigana field falls back to one ruby instead of hanging', () => {
    const [word, reading] = nearMiss(15);
    expect(furiganaField(word, reading)).toBe(`${word}[${reading}]`);
  });
});

/** The backtracking regex the aligner replaced; a fine oracle on short words. */
function regexOracle(word: string, reading: string): (string | undefined)[] | null {
  const runs = word.match(/[\u3041-\u309f\u30a1-\u30fa\u30fc]+|[^\u3041-\u309f\u30a1-\u30fa\u30fc]+/gu)!;
  const pattern = runs
    .map((r) => (/^[\u3041-\u309f\u30a1-\u30fa\u30fc]/.test(r) ? `(${toHira(r)})` : '(.+?)'))
    .join('');
  const m = new RegExp(`^${pattern}$`, 'u').exec(toHira(reading));
  return m
    ? runs.map((r, i) => (/^[\u3041-\u309f\u30a1-\u30fa\u30fc]/.test(r) ? undefined : m[i + 1]))
    : null;
}
const toHira = (s: string) =>
  s.replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));

const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : 20261129;
const kanji = fc.constantFrom('漢', '字', '日', '本');
const kana = fc.constantFrom('か', 'ん', 'じ', 'に', 'ほ', 'ー', 'カ', 'ン');
const word = (max: number) =>
  fc.array(fc.oneof(kanji, kana), { minLength: 1, maxLength: max }).map((a) => a.join(''));
const reading = (max: number) => fc.array(kana, { minLength: 0, maxLength: max }).map((a) => a.join(''));

describe('alignFurigana properties', () => {
  it('agrees with the backtracking regex on short words', () => {
    fc.assert(
      fc.property(word(6), reading(10), (w, r) => {
        const got = alignFurigana(w, r);
        const want = regexOracle(w, r);
        if (!/[漢字日本]/.test(w)) return;
        expect(got === null).toBe(want === null);
        if (got && want) expect(got.map((p) => p.reading)).toEqual(want);
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it('an aligned word spells its reading back, kanji parts never empty', () => {
    fc.assert(
      fc.property(word(30), reading(60), (w, r) => {
        const parts = alignFurigana(w, r);
        if (!parts || !/[漢字日本]/.test(w)) return;
        expect(parts.map((p) => p.reading ?? toHira(p.text)).join('')).toBe(toHira(r));
        for (const p of parts) if (p.reading !== undefined) expect(p.reading.length).toBeGreaterThan(0);
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('random words up to 30 characters and readings up to 90 finish within a bound', () => {
    // The bound is generous (the work is O(word × reading), well under 1 ms; a loaded CI machine can
    // pause a call for a few hundred ms); the old regex took seconds to
    // forever on such words. Timed per call so one slow case cannot hide in an average.
    let worst = 0;
    fc.assert(
      fc.property(word(30), reading(90), (w, r) => {
        const t = performance.now();
        alignFurigana(w, r);
        worst = Math.max(worst, performance.now() - t);
      }),
      { seed: SEED, numRuns: 1000 },
    );
    expect(worst).toBeLessThan(1000);
  });
});
