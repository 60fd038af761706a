/**
 * The deinflection rules as data: Japanese conjugation written down once per class, read by
 * deinflect.ts. A rule rewrites a suffix `from` → `to`; `in` is the class the inflected word must be
 * able to have (after earlier steps), `out` the class of the rewritten word. Conjugations are listed
 * by stem (未然形 a-stem, 連用形 i-stem, 仮定形 e-stem, 意志形 o-stem, て/た forms) and what attaches to
 * each stem is listed once and shared by every verb class.
 */

import {
  ADJECTIVE,
  CONTINUATIVE,
  HONORIFIC_FRAMES,
  NEGATIVE,
  PAST_ENDINGS,
  TE_AUXILIARIES,
  VERB,
  WordClass,
  type Suffix,
} from './deinflect-endings';

export { ANY, WordClass } from './deinflect-endings';

const { ICHIDAN, GODAN, KURU, SURU, ADJ_I, MASU, TE, FINAL, ZURU, STEM } = WordClass;

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
        ['りゃ', FINAL, 'conditional (contracted)'],
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
        ['りゃ', FINAL, 'conditional (contracted)'],
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
  add('りゃ', 'る', FINAL, ICHIDAN, 'conditional (contracted)');
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
    if (dict !== 'う') add(i + 'ゃ', dict, FINAL, GODAN, 'conditional (contracted)');
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
  // いい (adj-ix) conjugates on よ: よかった, かっこよくない → いい, かっこいい.
  for (const [suffix, cls, reason] of ADJECTIVE)
    add('よ' + suffix, 'いい', cls, ADJ_I, reason, { tags: ['adj-ix'] });
  // -する verbs of one kanji (vs-s: 愛する, 発する) also take godan-like forms on さ and せ.
  add('さない', 'する', ADJ_I, SURU, 'negative', { tags: ['vs-s'] });
  add('さず', 'する', FINAL, SURU, 'negative (-zu)', { tags: ['vs-s'] });
  add('せる', 'する', ICHIDAN, SURU, 'potential', { tags: ['vs-s'] });
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
