import type { ReadingRule } from './rule-types';

/**
 * Words whose reading depends on their neighbours. Order matters within a word: the first rule whose
 * condition holds wins; a word none matches keeps the tokenizer's reading.
 */

const PARTICLE = { pos: '助詞' } as const;
/** Weather that falls: with one of these as subject, 降り is 降る (ふる), not 降りる (おりる). */
const FALLING_WEATHER = ['雨', '雪', '大雨', '大雪', 'ひょう', 'あられ', 'みぞれ', '灰', '火山灰'];
/** Things one draws: their object makes 描く かく (draw), not えがく (depict). */
const DRAWN_THINGS = ['絵', '漫画', 'マンガ', 'イラスト', '地図', '線', '円', '似顔絵', '図'];
/** Paths one goes along: with these, を before 行く marks the way, not an object. */
const PATHS = ['間', '道', '道路', '空', '海', '川', '橋', '坂', '通り', '線路', 'コース', 'ルート'];
/** Places and spans that 中 covers throughout (じゅう): 日本中, 町中, 一日中, 今年中. */
const THROUGHOUT_BEFORE_JUU = [
  '日本',
  '世界',
  '国',
  '町',
  '家',
  '体',
  '今年',
  '今日',
  '一晩',
  '晩',
  '夜',
  '年',
];
/** Periods 中 falls within (ちゅう): 午前中, 今月中, 今週中. */
const WITHIN_BEFORE_CHUU = [
  '午前',
  '午後',
  '今月',
  '来月',
  '今週',
  '来週',
  '今年度',
  '来年度',
  '期間',
  '営業',
];

export const CONTEXT_RULES: readonly ReadingRule[] = [
  // 間: あいだ (between, while), ま (a pause; fixed phrases), かん (suffix after a noun: 日米間).
  {
    word: '間',
    reading: 'ま',
    when: { prev: { surface: ['という', 'っていう'] } },
    why: 'あっという間 (in an instant)',
  },
  {
    word: '間',
    reading: 'ま',
    when: { next: { surface: ['も'] }, next2: { surface: ['なく', 'なし'] } },
    why: '間もなく (soon)',
  },
  {
    word: '間',
    reading: 'ま',
    when: { next: { surface: ['に'] }, next2: { basic: ['合う'] } },
    why: '間に合う (be in time)',
  },
  {
    word: '間',
    reading: 'あいだ',
    when: { prev: { endsWith: ['の'] } },
    why: 'AとBの間, 夏の間: between, during',
  },
  {
    word: '間',
    reading: 'あいだ',
    when: { prev: { pos: '動詞' } },
    why: '待つ間, 寝ている間: while (after a verb)',
  },
  {
    word: '間',
    reading: 'あいだ',
    when: { prev: { pos: '助動詞' } },
    why: '続いた間: while (after a verb ending)',
  },
  { word: '間', reading: 'あいだ', when: { prev: { pos: '形容詞' } }, why: '長い間: for a long time' },
  {
    word: '間',
    reading: 'あいだ',
    when: { prev: { pos: '連体詞' } },
    why: 'その間, この間: during that time',
  },
  { word: '間', reading: 'あいだ', when: { atStart: true }, why: '間 opening a clause is the noun あいだ' },
  { word: 'この間', reading: 'このあいだ', why: 'the other day / during this time; このかん is formal' },
  { word: 'その間', reading: 'そのあいだ', why: 'during that time; そのかん is formal' },

  // 大勢: おおぜい (many people) in news; たいせい (the general trend) only with 決まる and the like.
  {
    word: '大勢',
    reading: 'たいせい',
    when: { soonAfter: { basic: ['決まる', '決する', '判明', '占める'] } },
    why: '大勢が決まる: the overall outcome',
  },
  { word: '大勢', reading: 'おおぜい', why: 'a crowd of people (大勢の人)' },

  // 明日, 今日: news register.
  { word: '明日', reading: 'あす', why: 'news reads 明日 あす (あした is conversational)' },
  {
    word: '今日',
    reading: 'こんにち',
    when: { next: { surface: ['的'] } },
    why: '今日的: of the present day',
  },
  { word: '今日', reading: 'きょう', why: 'today' },

  // 上手, 下手: じょうず/へた, except the sumo throws 上手投げ うわてなげ, 下手投げ したてなげ.
  {
    word: '上手',
    reading: 'うわて',
    when: { next: { basic: ['投げ', '投げる'] } },
    why: 'sumo: 上手投げ (overarm throw)',
  },
  {
    word: '下手',
    reading: 'したて',
    when: { next: { basic: ['投げ', '投げる'] } },
    why: 'sumo: 下手投げ (underarm throw)',
  },
  { word: '上手', reading: 'じょうず', why: 'skilful' },
  { word: '下手', reading: 'へた', why: 'unskilful' },

  // 方: かた after a verb stem (食べ方: way of doing), ほう for a direction or side (北の方, 〜する方).
  { word: '北の方', reading: 'きたのほう', why: 'the northern side (きたのかた is an old title)' },
  { word: '南の方', reading: 'みなみのほう', why: 'the southern side' },
  { word: '東の方', reading: 'ひがしのほう', why: 'the eastern side' },
  { word: '西の方', reading: 'にしのほう', why: 'the western side' },
  {
    word: '方',
    reading: 'かた',
    when: { prev: { pos: '動詞', form: ['連用形'] } },
    why: '食べ方: the way of doing (after a verb stem)',
  },
  {
    word: '方',
    reading: 'ほう',
    when: { prev: { pos: '動詞', form: ['基本形'] } },
    why: '〜する方がいい: the side/option (after a plain verb)',
  },

  // 人: ひと alone, にん after numbers (counter stage), じん after a place (nationality).
  {
    word: '人',
    reading: 'じん',
    when: { prev: { pos: '名詞-固有名詞-地域' } },
    why: 'アメリカ人, 東京人: a person from a place',
  },

  // 行: 行う (おこなう, carry out) takes an object with を; 行く (いく, go) does not, except a path
  // it goes along (道を行く, AとBの間を行く).
  {
    lemma: '行く',
    stem: 'い',
    when: { inClauseBefore: { surface: PATHS } },
    why: '道を行く: go along a path',
  },
  {
    lemma: '行く',
    stem: 'おこな',
    when: { inClauseBefore: { surface: ['を'] } },
    why: '会議を行った: carry out (行う)',
  },

  // 入: 入る はいる (enter), but 気に入る きにいる (like).
  {
    lemma: '入る',
    stem: 'い',
    when: { prev: { surface: ['に'] }, prev2: { surface: ['気'] } },
    why: '気に入る: to like',
  },

  // 後: あと (after, later), ご after a time span (５時間後), のち is literary.
  {
    word: '後',
    reading: 'あと',
    when: { prev: { surface: ['と', 'や'] }, prev2: { surface: ['前'] } },
    why: '前と後: before and after',
  },
  {
    word: '後',
    reading: 'ご',
    when: { prev: { pos: '名詞-接尾-助数詞' } },
    why: '５時間後, ３日後: after a counted span',
  },
  {
    word: '後',
    reading: 'あと',
    when: { prev: { surface: ['の'] } },
    why: '試合の後: after something (のち is literary)',
  },

  // 中: じゅう throughout a place or period, ちゅう within a period or activity, なか inside.
  {
    word: '中',
    reading: 'じゅう',
    when: { prev: { surface: THROUGHOUT_BEFORE_JUU } },
    why: '日本中, 一年中: throughout',
  },
  {
    word: '中',
    reading: 'じゅう',
    when: { prev: { surface: ['日'], pos: '名詞-接尾-助数詞' } },
    why: '一日中: all day long',
  },
  {
    word: '中',
    reading: 'ちゅう',
    when: { prev: { surface: WITHIN_BEFORE_CHUU } },
    why: '午前中, 今月中: within a period',
  },

  // Nouns that also exist as a compound ending with another reading.
  {
    word: '会社',
    reading: 'がいしゃ',
    when: { prev: { pos: '名詞' }, notPrev: { pos: '名詞-数' } },
    why: 'noun + 会社 is one compound and voices: 航空会社 こうくうがいしゃ, 旅行会社',
  },
  {
    word: '時計',
    reading: 'どけい',
    when: { prev: { pos: '名詞' }, notPrev: { pos: '名詞-数' } },
    why: 'noun + 時計 voices: 腕時計, 電波時計 (でんぱどけい)',
  },
  {
    word: '口',
    reading: 'ぐち',
    when: { self: { pos: '名詞-接尾' } },
    why: 'as a compound ending: 改札口, 登山口 (ぐち)',
  },
  {
    word: '話',
    reading: 'はなし',
    when: { self: { pos: '名詞-接尾' }, prev: { pos: '名詞-副詞可能' } },
    why: '先週 話を聞いた: a time word + 話 are two words',
  },
  {
    word: '管',
    reading: 'くだ',
    when: { self: { pos: '名詞-一般' }, notPrev: { pos: '名詞' } },
    why: 'a tube on its own; かん ends compounds (水道管)',
  },
  {
    word: '土',
    reading: 'つち',
    when: { next: PARTICLE, notPrev: { surface: ['金', '・', '、'] } },
    why: 'soil; ど is Saturday (金・土)',
  },
  {
    word: '米',
    reading: 'こめ',
    when: { next: PARTICLE, notPrev: { pos: '名詞' } },
    why: 'rice on its own; べい is America in compounds (日米, 米軍)',
  },
  {
    word: '表',
    reading: 'おもて',
    when: { next: { surface: ['と', 'や', 'も'] }, next2: { surface: ['裏'] } },
    why: '表と裏: the front and the back',
  },
  {
    word: '市場',
    reading: 'いちば',
    when: { prev: { surface: ['の'] }, prev2: { surface: ['魚', '野菜', '果物', '花', '朝'] } },
    why: '魚の市場: a marketplace',
  },
  {
    word: '金星',
    reading: 'きんぼし',
    when: { inClauseBefore: { surface: ['横綱', '平幕', '力士'] } },
    why: 'sumo: a win over a yokozuna',
  },
  { word: '金星', reading: 'きんせい', why: 'the planet Venus' },
  {
    word: '祭',
    reading: 'まつり',
    when: { prev: { script: 'kana' } },
    why: 'a native name + 祭 is a festival まつり (ねぶた祭); さい follows Sino-Japanese words (文化祭)',
  },
  {
    word: '来る',
    reading: 'くる',
    when: { self: { pos: '連体詞' }, notNext: { script: 'number' } },
    why: 'きたる (the coming) only stands before a date (来る１０日)',
  },

  // Verbs written alike.
  {
    lemma: '降りる',
    stem: 'ふ',
    when: { inClauseBefore: { surface: FALLING_WEATHER } },
    why: '雪が降った: weather falls (降る), people get off (降りる)',
  },
  {
    lemma: '開く',
    stem: 'あ',
    when: {
      next: { surface: ['て'] },
      next2: { basic: ['いる'] },
      notInClauseBefore: { surface: ['を', 'で'] },
    },
    why: '窓が開いている: is open (あく); ひらく takes an object (会議を開く) or a venue (会場で開いている: is being held)',
  },
  {
    lemma: '描く',
    stem: 'か',
    when: { inClauseBefore: { surface: DRAWN_THINGS } },
    why: '絵を描く: draw (かく); えがく is to depict',
  },
];
