/**
 * Deinflection for hover lookups: an inflected surface (呼んだ, 行われる, 高くなかった) → candidate
 * dictionary forms, each with the word class it must have and the steps taken. Candidates are only
 * hypotheses; the caller keeps those whose EDICT entry has a matching conjugation tag
 * (see `entryMatchesClass`).
 *
 * Each rule rewrites a suffix. `in` says what the inflected word must be able to be (its class after
 * earlier steps; a fresh surface can be anything), `out` what the rewritten word is. Chains follow
 * from that: 食べさせられた → 食べさせられる (ichidan) → 食べさせる (ichidan) → 食べる.
 */

/** Word classes. Intermediate classes (MASU, TE, FINAL) are forms that are never dictionary forms. */
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
} as const;

const ANY = 0xff;
const { ICHIDAN, GODAN, KURU, SURU, ADJ_I, MASU, TE, FINAL } = WordClass;

interface Rule {
  from: string;
  to: string;
  in: number;
  out: number;
  reason: string;
  /** For irregular rows: the dictionary entry must carry one of these tags (行く's 行った → v5k-s). */
  tags?: readonly string[];
}

export interface Deinflection {
  word: string;
  /** WordClass bits the dictionary entry must have; ANY (0xff) for the surface itself. */
  wordClass: number;
  /** The endings removed, in the order they follow the stem (食べさせられた: causative, passive, past). */
  reasons: string[];
  tags?: readonly string[];
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

/** What attaches to each stem, shared by the verb classes: [suffix, class of the result, reason]. */
const NEGATIVE_STEM: readonly (readonly [string, number, string])[] = [
  ['ない', ADJ_I, 'negative'],
  ['ず', FINAL, 'negative (-zu)'],
  ['ずに', FINAL, 'negative (-zu ni)'],
  ['ぬ', FINAL, 'negative (-nu)'],
];
const CONTINUATIVE_STEM: readonly (readonly [string, number, string])[] = [
  ['ます', MASU, 'polite'],
  ['たい', ADJ_I, 'want to'],
  ['たがる', GODAN, 'want to (-tagaru)'],
  ['ながら', FINAL, 'while'],
  ['そう', FINAL, 'looks like'],
  ['すぎる', ICHIDAN, 'too much'],
  ['やすい', ADJ_I, 'easy to'],
  ['にくい', ADJ_I, 'hard to'],
  ['づらい', ADJ_I, 'hard to'],
  ['なさい', FINAL, 'polite imperative'],
  ['', FINAL, 'masu stem'],
];

function buildRules(): Rule[] {
  const rules: Rule[] = [];
  const add = (
    from: string,
    to: string,
    inClass: number,
    out: number,
    reason: string,
    tags?: readonly string[],
  ) => rules.push({ from, to, in: inClass, out, reason, ...(tags ? { tags } : {}) });

  // Endings on the polite form and on て-forms, before the stem rules below apply.
  for (const [from, reason] of [
    ['ました', 'past'],
    ['ません', 'negative'],
    ['ませんでした', 'negative past'],
    ['ましょう', 'volitional'],
    ['まして', 'te'],
    ['ませ', 'imperative'],
  ] as const) {
    add(from, 'ます', FINAL | TE, MASU, reason);
  }
  for (const [te, aux, cls, reason] of [
    ['て', 'いる', ICHIDAN, 'progressive'],
    ['て', 'る', ICHIDAN, 'progressive'],
    ['て', 'おく', GODAN, 'in advance'],
    ['と', 'く', GODAN, 'in advance'],
    ['て', 'しまう', GODAN, 'completion'],
    ['ちゃ', 'う', GODAN, 'completion'],
    ['て', 'ある', GODAN, 'resultative'],
    ['て', 'いく', GODAN, 'going on'],
    ['て', 'くる', KURU, 'coming to'],
    ['て', 'くれる', ICHIDAN, 'for me'],
    ['て', 'もらう', GODAN, 'have done'],
    ['て', 'あげる', ICHIDAN, 'for someone'],
    ['て', 'みる', ICHIDAN, 'try'],
    ['て', 'ほしい', ADJ_I, 'want someone to'],
  ] as const) {
    add(te + aux, 'て', cls, TE, reason);
    const voiced = te === 'て' ? 'で' : te === 'と' ? 'ど' : 'じゃ';
    add(voiced + aux, 'で', cls, TE, reason);
  }
  add('たら', 'た', FINAL, FINAL, 'conditional (-tara)');
  add('だら', 'だ', FINAL, FINAL, 'conditional (-tara)');
  add('たり', 'た', FINAL, FINAL, 'listing (-tari)');
  add('だり', 'だ', FINAL, FINAL, 'listing (-tari)');

  // Godan verbs.
  for (const [dict, a, i, e, o, te, ta] of GODAN_ROWS) {
    for (const [suffix, cls, reason] of NEGATIVE_STEM) add(a + suffix, dict, cls, GODAN, reason);
    add(a + 'れる', dict, ICHIDAN, GODAN, 'passive');
    add(a + 'せる', dict, ICHIDAN, GODAN, 'causative');
    add(a + 'す', dict, GODAN, GODAN, 'causative');
    for (const [suffix, cls, reason] of CONTINUATIVE_STEM) add(i + suffix, dict, cls, GODAN, reason);
    add(e + 'る', dict, ICHIDAN, GODAN, 'potential');
    add(e + 'ば', dict, FINAL, GODAN, 'conditional');
    add(e, dict, FINAL, GODAN, 'imperative');
    add(o + 'う', dict, FINAL, GODAN, 'volitional');
    add(te, dict, TE | FINAL, GODAN, 'te');
    add(ta, dict, FINAL, GODAN, 'past');
  }
  // 行く is the one godan く verb with って/った; ある's negative is ない (handled by EDICT: ない).
  add('って', 'く', TE | FINAL, GODAN, 'te', ['v5k-s']);
  add('った', 'く', FINAL, GODAN, 'past', ['v5k-s']);
  // なさる・くださる・いらっしゃる… (v5aru): polite forms on い instead of り.
  add('います', 'る', MASU, GODAN, 'polite', ['v5aru']);
  add('い', 'る', FINAL, GODAN, 'imperative', ['v5aru']);

  // Ichidan verbs: the stem is the dictionary form without る.
  for (const [suffix, cls, reason] of [...NEGATIVE_STEM, ...CONTINUATIVE_STEM])
    add(suffix, 'る', cls, ICHIDAN, reason);
  add('た', 'る', FINAL, ICHIDAN, 'past');
  add('て', 'る', TE | FINAL, ICHIDAN, 'te');
  add('られる', 'る', ICHIDAN, ICHIDAN, 'passive/potential');
  add('れる', 'る', ICHIDAN, ICHIDAN, 'potential (colloquial)');
  add('させる', 'る', ICHIDAN, ICHIDAN, 'causative');
  add('よう', 'る', FINAL, ICHIDAN, 'volitional');
  add('れば', 'る', FINAL, ICHIDAN, 'conditional');
  add('ろ', 'る', FINAL, ICHIDAN, 'imperative');
  add('よ', 'る', FINAL, ICHIDAN, 'imperative');

  // する and 来る, in kana and (for 来る) with the kanji.
  const irregular: readonly (readonly [string, string, number, string])[] = [
    ['し', 'ない', ADJ_I, 'negative'],
    ['せ', 'ず', FINAL, 'negative (-zu)'],
    ['し', 'ます', MASU, 'polite'],
    ['し', 'た', FINAL, 'past'],
    ['し', 'て', TE | FINAL, 'te'],
    ['さ', 'れる', ICHIDAN, 'passive'],
    ['さ', 'せる', ICHIDAN, 'causative'],
    ['し', 'よう', FINAL, 'volitional'],
    ['す', 'れば', FINAL, 'conditional'],
    ['し', 'ろ', FINAL, 'imperative'],
    ['せ', 'よ', FINAL, 'imperative'],
    ['し', 'たい', ADJ_I, 'want to'],
    ['し', 'ながら', FINAL, 'while'],
    ['し', 'そう', FINAL, 'looks like'],
    ['し', 'すぎる', ICHIDAN, 'too much'],
  ];
  for (const [stem, suffix, cls, reason] of irregular) add(stem + suffix, 'する', cls, SURU, reason);
  const kuru: readonly (readonly [string, string, number, string])[] = [
    ['こ', 'ない', ADJ_I, 'negative'],
    ['こ', 'ず', FINAL, 'negative (-zu)'],
    ['き', 'ます', MASU, 'polite'],
    ['き', 'た', FINAL, 'past'],
    ['き', 'て', TE | FINAL, 'te'],
    ['こ', 'られる', ICHIDAN, 'passive/potential'],
    ['こ', 'れる', ICHIDAN, 'potential (colloquial)'],
    ['こ', 'させる', ICHIDAN, 'causative'],
    ['こ', 'よう', FINAL, 'volitional'],
    ['く', 'れば', FINAL, 'conditional'],
    ['こ', 'い', FINAL, 'imperative'],
    ['き', 'たい', ADJ_I, 'want to'],
  ];
  for (const [stem, suffix, cls, reason] of kuru) {
    add(stem + suffix, 'くる', cls, KURU, reason);
    add('来' + suffix, '来る', cls, KURU, reason);
  }

  // I-adjectives (and the adjective-like ない / たい endings above).
  for (const [from, cls, reason] of [
    ['く', FINAL, 'adverb'],
    ['くて', TE | FINAL, 'te'],
    ['かった', FINAL, 'past'],
    ['くない', ADJ_I, 'negative'],
    ['ければ', FINAL, 'conditional'],
    ['さ', FINAL, 'noun (-sa)'],
    ['そう', FINAL, 'looks like'],
    ['すぎる', ICHIDAN, 'too much'],
    ['かろう', FINAL, 'presumptive'],
    ['くなる', GODAN, 'becoming'],
    ['くする', SURU, 'making'],
  ] as const) {
    add(from, 'い', cls, ADJ_I, reason);
  }
  add('ないで', 'ない', TE | FINAL, ADJ_I, 'negative te');
  return rules;
}

const RULES = buildRules();
const MAX_DEPTH = 8;

/** All candidate dictionary forms of `surface`, the surface itself first (class ANY, no reasons). */
export function deinflect(surface: string): Deinflection[] {
  const out: Deinflection[] = [{ word: surface, wordClass: ANY, reasons: [] }];
  const seen = new Set([`${surface}|${ANY}`]);
  for (let i = 0; i < out.length; i++) {
    const cand = out[i] as Deinflection;
    if (cand.reasons.length >= MAX_DEPTH || cand.tags) continue;
    for (const rule of RULES) {
      if (!(cand.wordClass & rule.in)) continue;
      if (!cand.word.endsWith(rule.from)) continue;
      const stem = cand.word.slice(0, cand.word.length - rule.from.length);
      // Every dictionary form keeps at least one character of its own before the ending.
      if (stem.length === 0 && rule.to.length <= 1) continue;
      const word = stem + rule.to;
      const key = `${word}|${rule.out}|${rule.tags?.join() ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        word,
        wordClass: rule.out,
        reasons: [rule.reason, ...cand.reasons],
        ...(rule.tags ? { tags: rule.tags } : {}),
      });
    }
  }
  return out;
}

const GODAN_TAG_BY_ENDING: Readonly<Record<string, readonly string[]>> = {
  く: ['v5k', 'v5k-s'],
  ぐ: ['v5g'],
  す: ['v5s'],
  つ: ['v5t'],
  ぬ: ['v5n'],
  ぶ: ['v5b'],
  む: ['v5m'],
  る: ['v5r', 'v5r-i', 'v5aru'],
  う: ['v5u', 'v5u-s'],
};

/**
 * Does a dictionary entry with these conjugation tags fit the deinflected candidate? The surface
 * itself (no reasons) fits any entry.
 */
export function entryMatchesClass(cand: Deinflection, conjugation: readonly string[]): boolean {
  if (cand.reasons.length === 0) return true;
  if (cand.tags) return cand.tags.some((t) => conjugation.includes(t));
  const c = cand.wordClass;
  const last = cand.word.slice(-1);
  if (c & ICHIDAN && last === 'る' && conjugation.some((t) => t === 'v1' || t === 'v1-s')) return true;
  if (c & GODAN && (GODAN_TAG_BY_ENDING[last] ?? []).some((t) => conjugation.includes(t))) return true;
  if (c & KURU && conjugation.includes('vk')) return true;
  if (c & SURU && cand.word.endsWith('する') && conjugation.some((t) => t === 'vs-i' || t === 'vs-s'))
    return true;
  if (c & ADJ_I && last === 'い' && conjugation.some((t) => t === 'adj-i' || t === 'adj-ix')) return true;
  return false;
}
