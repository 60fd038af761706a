/**
 * What attaches to what in Japanese conjugation, as data: the word classes, and the endings that
 * attach to each stem (未然形 negatives, 連用形 auxiliaries, て-form helpers, adjective endings,
 * honorific frames). deinflect-rules.ts turns them into suffix rewrite rules per verb class.
 */

/** Word classes. STEM, MASU, TE and FINAL are forms that are never dictionary forms. */
export const WordClass = {
  ICHIDAN: 1 << 0,
  GODAN: 1 << 1,
  KURU: 1 << 2,
  SURU: 1 << 3,
  ADJ_I: 1 << 4,
  /** A polite form built on ます (ました, ません…), before ます itself is removed. */
  MASU: 1 << 5,
  /** A て/で form that a following auxiliary (いる, しまう…) was removed from. */
  TE: 1 << 6,
  /** An ending that nothing further attaches to (past, volitional, conditional…). */
  FINAL: 1 << 7,
  /** Literary -ずる verbs (論ずる, 感ずる; JMdict vz). */
  ZURU: 1 << 8,
  /** A bare 連用形 (masu stem) left when an auxiliary was removed (お読みになる → 読み). */
  STEM: 1 << 9,
} as const;

/** The surface itself: it may be any class. */
export const ANY = 0x3ff;

const { ICHIDAN, GODAN, KURU, SURU, ADJ_I, MASU, TE, FINAL, ZURU, STEM } = WordClass;
/** Dictionary forms of verbs (what 〜なら, 〜まい, 〜べき attach to). */
export const VERB = ICHIDAN | GODAN | KURU | SURU | ZURU;

export type Suffix = readonly [suffix: string, cls: number, reason: string];

/** On the 未然形 (a-stem): negatives. */
export const NEGATIVE: readonly Suffix[] = [
  ['ない', ADJ_I, 'negative'],
  ['ず', FINAL, 'negative (-zu)'],
  ['ずに', FINAL, 'negative (-zu ni)'],
  ['ぬ', FINAL, 'negative (-nu)'],
  ['ん', FINAL, 'negative (-n)'],
  ['ざる', FINAL, 'negative (-zaru)'],
  ['ざるを得ない', ADJ_I, 'cannot help but'],
  ['ざるをえない', ADJ_I, 'cannot help but'],
  ['ねばならない', ADJ_I, 'must'],
  ['ねば', FINAL, 'negative conditional (-neba)'],
];

/** On the 連用形 (i-stem, masu stem): polite forms, desire, manner and the compound auxiliaries. */
export const CONTINUATIVE: readonly Suffix[] = [
  ['ます', MASU, 'polite'],
  ['たい', ADJ_I, 'want to'],
  ['たがる', GODAN, 'want to (-tagaru)'],
  ['ながら', FINAL, 'while'],
  ['つつ', FINAL, 'while (-tsutsu)'],
  ['つつある', GODAN, 'in the process of'],
  ['そう', FINAL, 'looks like'],
  ['すぎる', ICHIDAN, 'too much'],
  ['過ぎる', ICHIDAN, 'too much'],
  ['すぎ', FINAL, 'too much (noun)'],
  ['過ぎ', FINAL, 'too much (noun)'],
  ['やすい', ADJ_I, 'easy to'],
  ['にくい', ADJ_I, 'hard to'],
  ['づらい', ADJ_I, 'hard to'],
  ['がたい', ADJ_I, 'hard to'],
  ['難い', ADJ_I, 'hard to'],
  ['なさい', FINAL, 'polite imperative'],
  ['なさる', GODAN, 'honorific (-nasaru)'],
  ['得る', ICHIDAN, 'can (-eru)'],
  ['うる', FINAL, 'can (-uru)'],
  ['かねない', ADJ_I, 'might (-kanenai)'],
  ['かねる', ICHIDAN, 'cannot (-kaneru)'],
  // Compound verbs on the stem, which EDICT lists only for the commonest pairs (増え続ける → 増える).
  ['始める', ICHIDAN, 'begin to'],
  ['はじめる', ICHIDAN, 'begin to'],
  ['続ける', ICHIDAN, 'continue to'],
  ['つづける', ICHIDAN, 'continue to'],
  ['終わる', GODAN, 'finish'],
  ['終える', ICHIDAN, 'finish'],
  ['直す', GODAN, 'again (-naosu)'],
  ['合う', GODAN, 'each other'],
  ['出す', GODAN, 'start to (-dasu)'],
  ['込む', GODAN, 'into (-komu)'],
  ['切る', GODAN, 'completely (-kiru)'],
  ['きる', GODAN, 'completely (-kiru)'],
  ['切れる', ICHIDAN, 'completely (-kireru)'],
  ['きれる', ICHIDAN, 'completely (-kireru)'],
  ['', FINAL | STEM, 'masu stem'],
];

/** After the て form: auxiliary verbs, each with its own class (書いている → 書いて). */
export const TE_AUXILIARIES: readonly (readonly [te: string, aux: string, cls: number, reason: string])[] = [
  ['て', 'いる', ICHIDAN, 'progressive'],
  ['て', 'る', ICHIDAN, 'progressive'],
  ['て', 'おる', GODAN, 'progressive (-te oru)'],
  ['と', 'る', GODAN, 'progressive (-toru)'],
  ['て', '居る', ICHIDAN, 'progressive'],
  ['て', 'いらっしゃる', GODAN, 'progressive (honorific)'],
  ['て', 'おく', GODAN, 'in advance'],
  ['と', 'く', GODAN, 'in advance'],
  ['て', '置く', GODAN, 'in advance'],
  ['て', 'しまう', GODAN, 'completion'],
  ['ちゃ', 'う', GODAN, 'completion'],
  ['ち', 'まう', GODAN, 'completion'],
  ['て', 'ある', GODAN, 'resultative'],
  ['て', 'いく', GODAN, 'going on'],
  ['て', '行く', GODAN, 'going on'],
  ['て', 'く', GODAN, 'going on'],
  ['て', 'くる', KURU, 'coming to'],
  ['て', '来る', KURU, 'coming to'],
  ['て', 'くれる', ICHIDAN, 'for me'],
  ['て', 'くださる', GODAN, 'for me (honorific)'],
  ['て', '下さる', GODAN, 'for me (honorific)'],
  ['て', 'もらう', GODAN, 'have done'],
  ['て', 'いただく', GODAN, 'have done (humble)'],
  ['て', '頂く', GODAN, 'have done (humble)'],
  ['て', 'あげる', ICHIDAN, 'for someone'],
  ['て', 'やる', GODAN, 'for someone'],
  ['て', 'みる', ICHIDAN, 'try'],
  ['て', '見る', ICHIDAN, 'try'],
  ['て', 'ほしい', ADJ_I, 'want someone to'],
  ['て', '欲しい', ADJ_I, 'want someone to'],
  ['て', '貰う', GODAN, 'have done'],
  ['て', '上げる', ICHIDAN, 'for someone'],
  ['て', 'は', FINAL, 'topic (-te wa)'],
  ['ちゃ', '', FINAL, 'topic (-te wa)'],
  ['て', 'も', FINAL, 'even if'],
  ['て', 'から', FINAL, 'after'],
];

/** On the past (た) form. */
export const PAST_ENDINGS: readonly Suffix[] = [
  ['ら', FINAL, 'conditional (-tara)'],
  ['り', FINAL, 'listing (-tari)'],
];

/** I-adjectives (and the adjective-like endings ない, たい, やすい…). */
export const ADJECTIVE: readonly Suffix[] = [
  ['く', FINAL, 'adverb'],
  ['くて', TE | FINAL, 'te'],
  ['くても', FINAL, 'even if'],
  ['かった', FINAL, 'past'],
  ['くない', ADJ_I, 'negative'],
  ['くありません', FINAL, 'polite negative'],
  ['くありませんでした', FINAL, 'polite negative past'],
  ['ければ', FINAL, 'conditional'],
  ['さ', FINAL, 'noun (-sa)'],
  ['み', FINAL, 'noun (-mi)'],
  ['げ', FINAL, 'seeming (-ge)'],
  ['そう', FINAL, 'looks like'],
  ['すぎる', ICHIDAN, 'too much'],
  ['過ぎる', ICHIDAN, 'too much'],
  ['すぎ', FINAL, 'too much (noun)'],
  ['がる', GODAN, 'shows signs of'],
  ['かろう', FINAL, 'presumptive'],
  ['き', FINAL, 'attributive (classical -ki)'],
  ['くなる', GODAN, 'becoming'],
  ['くする', SURU, 'making'],
];

/** Honorific and humble frames around the masu stem: お読みになる, お待ちください, ご説明いたします. */
export const HONORIFIC_FRAMES: readonly (readonly [aux: string, cls: number, reason: string])[] = [
  ['になる', GODAN, 'honorific (o- -ni naru)'],
  ['する', SURU, 'humble (o- -suru)'],
  ['いたす', GODAN, 'humble (o- -itasu)'],
  ['致す', GODAN, 'humble (o- -itasu)'],
  ['ください', FINAL, 'polite request'],
  ['下さい', FINAL, 'polite request'],
  ['くださる', GODAN, 'honorific (o- -kudasaru)'],
  ['です', FINAL, 'honorific (o- -desu)'],
];
