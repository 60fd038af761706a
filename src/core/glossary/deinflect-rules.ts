/**
 * The deinflection rules as data: Japanese conjugation written down once per class, read by
 * deinflect.ts. A rule rewrites a suffix `from` → `to`; `in` is the class the inflected word must be
 * able to have (after earlier steps), `out` the class of the rewritten word. Conjugations are listed
 * by stem (未然形 a-stem, 連用形 i-stem, 仮定形 e-stem, 意志形 o-stem, て/た forms) and what attaches to
 * each stem is listed once and shared by every verb class.
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
const VERB = ICHIDAN | GODAN | KURU | SURU | ZURU;

export interface Rule {
  from: string;
  to: string;
  in: number;
  out: number;
  reason: string;
  /** For irregular rows: the dictionary entry must carry one of these tags (行く's 行った → v5k-s). */
  tags?: readonly string[];
  /** The inflected word must start with this, and it is removed (お読みになる → 読む). */
  prefix?: string;
  /** The rule applies only to the whole word (ない as the negative of ある). */
  whole?: boolean;
}

type Suffix = readonly [suffix: string, cls: number, reason: string];

/** On the 未然形 (a-stem): negatives. */
const NEGATIVE: readonly Suffix[] = [
  ['ない', ADJ_I, 'negative'],
  ['ず', FINAL, 'negative (-zu)'],
  ['ずに', FINAL, 'negative (-zu ni)'],
  ['ぬ', FINAL, 'negative (-nu)'],
  ['ん', FINAL, 'negative (-n)'],
  ['ざる', FINAL, 'negative (-zaru)'],
  ['ざるを得ない', ADJ_I, 'cannot help but'],
  ['ざるをえない', ADJ_I, 'cannot help but'],
  ['ねばならない', ADJ_I, 'must'],
];

/** On the 連用形 (i-stem, masu stem): polite forms, desire, manner and the compound auxiliaries. */
const CONTINUATIVE: readonly Suffix[] = [
  ['ます', MASU, 'polite'],
  ['たい', ADJ_I, 'want to'],
  ['たがる', GODAN, 'want to (-tagaru)'],
  ['ながら', FINAL, 'while'],
  ['つつ', FINAL, 'while (-tsutsu)'],
  ['つつある', GODAN, 'in the process of'],
  ['そう', FINAL, 'looks like'],
  ['すぎる', ICHIDAN, 'too much'],
  ['過ぎる', ICHIDAN, 'too much'],
  ['やすい', ADJ_I, 'easy to'],
  ['にくい', ADJ_I, 'hard to'],
  ['づらい', ADJ_I, 'hard to'],
  ['がたい', ADJ_I, 'hard to'],
  ['難い', ADJ_I, 'hard to'],
  ['なさい', FINAL, 'polite imperative'],
  ['なさる', GODAN, 'honorific (-nasaru)'],
  ['得る', ICHIDAN, 'can (-eru)'],
  ['うる', FINAL, 'can (-uru)'],
  ['', FINAL | STEM, 'masu stem'],
];

/** After the て form: auxiliary verbs, each with its own class (書いている → 書いて). */
const TE_AUXILIARIES: readonly (readonly [te: string, aux: string, cls: number, reason: string])[] = [
  ['て', 'いる', ICHIDAN, 'progressive'],
  ['て', 'る', ICHIDAN, 'progressive'],
  ['て', 'おる', GODAN, 'progressive (-te oru)'],
  ['て', 'いらっしゃる', GODAN, 'progressive (honorific)'],
  ['て', 'おく', GODAN, 'in advance'],
  ['と', 'く', GODAN, 'in advance'],
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
  ['て', 'ほしい', ADJ_I, 'want someone to'],
  ['て', 'は', FINAL, 'topic (-te wa)'],
  ['ちゃ', '', FINAL, 'topic (-te wa)'],
  ['て', 'も', FINAL, 'even if'],
  ['て', 'から', FINAL, 'after'],
];

/** On the past (た) form. */
const PAST_ENDINGS: readonly Suffix[] = [
  ['ら', FINAL, 'conditional (-tara)'],
  ['り', FINAL, 'listing (-tari)'],
];

/** Godan rows: dictionary ending, a-, i-, e-, o-stem endings, て and た forms. */
const GODAN_ROWS: readonly (readonly [string, string, string, string, string, string, string])[] = [
  ['く', 'か', 'き', 'け', 'こ', 'いて', 'いた'],
  ['ぐ', 'が', 'ぎ', 'げ', 'ご', 'いで', 'いだ'],
  ['す', 'さ', 'し', 'せ', 'そ', 'して', 'した'],
  ['つ', 'た', 'ち', 'て', 'と', 'って', 'った'],
  ['ぬ', 'な', 'に', 'ね', 'の', 'んで', 'んだ'],
  ['ぶ', 'ば', 'び', 'べ', 'ぼ', 'んで', 'んだ'],
  ['む', 'ま', 'み', 'め', 'も', 'んで', 'んだ'],
  ['る', 'ら', 'り', 'れ', 'ろ', 'って', 'った'],
  ['う', 'わ', 'い', 'え', 'お', 'って', 'った'],
];

/** The stems of the irregular verbs, each with what attaches to it. */
interface IrregularVerb {
  dict: string;
  cls: number;
  rows: readonly (readonly [stem: string, suffixes: readonly Suffix[]])[];
}

const PAST: readonly Suffix[] = [
  ['た', FINAL, 'past'],
  ['て', TE | FINAL, 'te'],
];

/** する: し/さ/せ stems (せず, せよ, される, せられる as in 発せられる, させる). */
const SURU_VERB: IrregularVerb = {
  dict: 'する',
  cls: SURU,
  rows: [
    ['し', [['ない', ADJ_I, 'negative'], ...CONTINUATIVE]],
    [
      'し',
      [
        ['よう', FINAL, 'volitional'],
        ['ろ', FINAL, 'imperative'],
        ['まい', FINAL, 'negative volitional'],
      ],
    ],
    ['し', PAST],
    ['せ', NEGATIVE.filter(([s]) => s !== 'ない')],
    [
      'せ',
      [
        ['よ', FINAL, 'imperative'],
        ['い', FINAL, 'imperative'],
        ['られる', ICHIDAN, 'passive'],
      ],
    ],
    [
      'さ',
      [
        ['れる', ICHIDAN, 'passive'],
        ['せる', ICHIDAN, 'causative'],
        ['す', GODAN, 'causative'],
      ],
    ],
    [
      'す',
      [
        ['れば', FINAL, 'conditional'],
        ['まい', FINAL, 'negative volitional'],
        ['べき', FINAL, 'should'],
      ],
    ],
  ],
};

/** 来る in kana; the kanji spelling is derived (来ない, 来そう, 来なさい, 来られる). */
const KURU_VERB: IrregularVerb = {
  dict: 'くる',
  cls: KURU,
  rows: [
    ['こ', [['ない', ADJ_I, 'negative'], ...NEGATIVE.filter(([s]) => s !== 'ない')]],
    [
      'こ',
      [
        ['られる', ICHIDAN, 'passive/potential'],
        ['れる', ICHIDAN, 'potential (colloquial)'],
      ],
    ],
    [
      'こ',
      [
        ['させる', ICHIDAN, 'causative'],
        ['さす', GODAN, 'causative'],
      ],
    ],
    [
      'こ',
      [
        ['よう', FINAL, 'volitional'],
        ['い', FINAL, 'imperative'],
        ['まい', FINAL, 'negative volitional'],
      ],
    ],
    ['き', CONTINUATIVE],
    ['き', PAST],
    [
      'く',
      [
        ['れば', FINAL, 'conditional'],
        ['るまい', FINAL, 'negative volitional'],
      ],
    ],
  ],
};

/** Literary -ずる verbs: 論じ (論じない, 論じた), 論ぜ (論ぜず, 論ぜられる), 論ずれば. */
const ZURU_VERB: IrregularVerb = {
  dict: 'ずる',
  cls: ZURU,
  rows: [
    ['じ', [['ない', ADJ_I, 'negative'], ...CONTINUATIVE]],
    ['じ', PAST],
    [
      'じ',
      [
        ['よう', FINAL, 'volitional'],
        ['ろ', FINAL, 'imperative'],
      ],
    ],
    [
      'じ',
      [
        ['られる', ICHIDAN, 'passive/potential'],
        ['させる', ICHIDAN, 'causative'],
      ],
    ],
    ['ぜ', NEGATIVE.filter(([s]) => s !== 'ない')],
    [
      'ぜ',
      [
        ['よ', FINAL, 'imperative'],
        ['られる', ICHIDAN, 'passive'],
        ['させる', ICHIDAN, 'causative'],
      ],
    ],
    [
      'ず',
      [
        ['れば', FINAL, 'conditional'],
        ['まい', FINAL, 'negative volitional'],
        ['べき', FINAL, 'should'],
      ],
    ],
  ],
};

/** I-adjectives (and the adjective-like endings ない, たい, やすい…). */
const ADJECTIVE: readonly Suffix[] = [
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
  ['がる', GODAN, 'shows signs of'],
  ['かろう', FINAL, 'presumptive'],
  ['き', FINAL, 'attributive (classical -ki)'],
  ['くなる', GODAN, 'becoming'],
  ['くする', SURU, 'making'],
];

/** Honorific and humble frames around the masu stem: お読みになる, お待ちください, ご説明いたします. */
const HONORIFIC_FRAMES: readonly (readonly [aux: string, cls: number, reason: string])[] = [
  ['になる', GODAN, 'honorific (o- -ni naru)'],
  ['する', SURU, 'humble (o- -suru)'],
  ['いたす', GODAN, 'humble (o- -itasu)'],
  ['致す', GODAN, 'humble (o- -itasu)'],
  ['ください', FINAL, 'polite request'],
  ['下さい', FINAL, 'polite request'],
  ['くださる', GODAN, 'honorific (o- -kudasaru)'],
  ['です', FINAL, 'honorific (o- -desu)'],
];

export function buildRules(): Rule[] {
  const rules: Rule[] = [];
  const add = (
    from: string,
    to: string,
    inClass: number,
    out: number,
    reason: string,
    extra?: Partial<Rule>,
  ) => rules.push({ from, to, in: inClass, out, reason, ...extra });

  // ます: its own endings, before the stem rules remove ます itself.
  for (const [from, reason] of [
    ['ました', 'past'],
    ['ません', 'negative'],
    ['ませんでした', 'negative past'],
    ['ましょう', 'volitional'],
    ['まして', 'te'],
    ['ませ', 'imperative'],
    ['ますれば', 'conditional'],
  ] as const) {
    add(from, 'ます', FINAL | TE, MASU, reason);
  }
  // Auxiliaries after て/で (and the contracted ちゃ/じゃ, と/ど).
  for (const [te, aux, cls, reason] of TE_AUXILIARIES) {
    const plain = te === 'ちゃ' || te === 'ち' ? 'て' : te === 'と' ? 'て' : te;
    add(te + aux, plain, cls, TE, reason);
    const voiced = { て: 'で', と: 'ど', ちゃ: 'じゃ', ち: 'じ' }[te] ?? te;
    add(voiced + aux, 'で', cls, TE, reason);
  }
  for (const [ending, cls, reason] of PAST_ENDINGS) {
    add('た' + ending, 'た', cls, FINAL, reason);
    add('だ' + ending, 'だ', cls, FINAL, reason);
  }
  // After any dictionary form (or past): conditional なら, negative volitional まい, べき, prohibitive な.
  add('なら', '', FINAL, VERB | ADJ_I | FINAL, 'conditional (-nara)');
  add('まい', '', FINAL, GODAN | ICHIDAN | SURU | KURU | ZURU, 'negative volitional');
  add('べき', '', FINAL, VERB, 'should');
  add('な', '', FINAL, VERB, 'prohibitive');

  // Ichidan verbs: the stem is the dictionary form without る. Listed before godan so that, of two
  // equally long chains to the same form, the ichidan one is kept (書いていた: ている, not ていく).
  for (const [suffix, cls, reason] of [...NEGATIVE, ...CONTINUATIVE]) add(suffix, 'る', cls, ICHIDAN, reason);
  add('た', 'る', FINAL, ICHIDAN, 'past');
  add('て', 'る', TE | FINAL, ICHIDAN, 'te');
  add('られる', 'る', ICHIDAN, ICHIDAN, 'passive/potential');
  add('れる', 'る', ICHIDAN, ICHIDAN, 'potential (colloquial)');
  add('させる', 'る', ICHIDAN, ICHIDAN, 'causative');
  add('さす', 'る', GODAN, ICHIDAN, 'causative');
  add('よう', 'る', FINAL, ICHIDAN, 'volitional');
  add('まい', 'る', FINAL, ICHIDAN, 'negative volitional');
  add('れば', 'る', FINAL, ICHIDAN, 'conditional');
  add('ろ', 'る', FINAL, ICHIDAN, 'imperative');
  add('よ', 'る', FINAL, ICHIDAN, 'imperative');

  // Godan verbs.
  for (const [dict, a, i, e, o, te, ta] of GODAN_ROWS) {
    for (const [suffix, cls, reason] of NEGATIVE) add(a + suffix, dict, cls, GODAN, reason);
    add(a + 'れる', dict, ICHIDAN, GODAN, 'passive');
    add(a + 'せる', dict, ICHIDAN, GODAN, 'causative');
    add(a + 'す', dict, GODAN, GODAN, 'causative');
    for (const [suffix, cls, reason] of CONTINUATIVE) add(i + suffix, dict, cls, GODAN, reason);
    add(i + 'える', dict, ICHIDAN, GODAN, 'can (-eru)');
    add(e + 'る', dict, ICHIDAN, GODAN, 'potential');
    add(e + 'ば', dict, FINAL, GODAN, 'conditional');
    add(e, dict, FINAL, GODAN, 'imperative');
    add(o + 'う', dict, FINAL, GODAN, 'volitional');
    add(te, dict, TE | FINAL, GODAN, 'te');
    add(ta, dict, FINAL, GODAN, 'past');
  }
  // 行く: って/った; 問う, 請う (v5u-s): うて/うた; ある: ない; なさる, いらっしゃる (v5aru): い.
  add('って', 'く', TE | FINAL, GODAN, 'te', { tags: ['v5k-s'] });
  add('った', 'く', FINAL, GODAN, 'past', { tags: ['v5k-s'] });
  add('うて', 'う', TE | FINAL, GODAN, 'te', { tags: ['v5u-s'] });
  add('うた', 'う', FINAL, GODAN, 'past', { tags: ['v5u-s'] });
  add('ない', 'ある', ADJ_I, GODAN, 'negative', { tags: ['v5r-i', 'v5r'], whole: true });
  add('います', 'る', MASU, GODAN, 'polite', { tags: ['v5aru', 'v4r'] });
  add('い', 'る', FINAL, GODAN, 'imperative', { tags: ['v5aru', 'v4r'] });
  add('くれ', 'くれる', FINAL, ICHIDAN, 'imperative', { tags: ['v1-s'] });
  // いたす is the humble する (説明いたします → 説明いたす → 説明する).
  add('いたす', 'する', GODAN, SURU, 'humble (itasu)');
  add('致す', 'する', GODAN, SURU, 'humble (itasu)');

  // する, 来る (kana and kanji) and the -ずる verbs.
  for (const verb of [SURU_VERB, KURU_VERB, ZURU_VERB]) {
    for (const [stem, suffixes] of verb.rows) {
      for (const [suffix, cls, reason] of suffixes) {
        add(stem + suffix, verb.dict, cls, verb.cls, reason);
        if (verb === KURU_VERB) add('来' + suffix, '来る', cls, KURU, reason);
      }
    }
  }

  for (const [suffix, cls, reason] of ADJECTIVE) add(suffix, 'い', cls, ADJ_I, reason);
  // ない and よい add さ before そう (なさそう, よさそう); ない has colloquial conditionals.
  add('なさそう', 'ない', FINAL, ADJ_I, 'looks like');
  add('よさそう', 'よい', FINAL, ADJ_I, 'looks like');
  add('なきゃ', 'ない', FINAL, ADJ_I, 'conditional (colloquial)');
  add('なくちゃ', 'ない', FINAL, ADJ_I, 'conditional (colloquial)');
  add('ないで', 'ない', TE | FINAL, ADJ_I, 'negative te');
  for (const must of ['なければならない', 'なければいけない', 'なくてはならない', 'なくてはいけない']) {
    add(must, 'ない', ADJ_I, ADJ_I, 'must');
  }
  // 〜そうだ/な/に: the copula after そう (増えそうだ, 高そうな).
  for (const copula of ['だ', 'な', 'に', 'です']) add('そう' + copula, 'そう', FINAL, FINAL, 'copula');

  // お/ご + masu stem (or a する noun) + helper.
  for (const prefix of ['お', 'ご', '御']) {
    for (const [aux, cls, reason] of HONORIFIC_FRAMES) {
      add(aux, '', cls, STEM, reason, { prefix });
      add(aux, 'する', cls, SURU, reason, { prefix });
    }
  }
  return rules;
}
