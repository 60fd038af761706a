import { isAllKana, isKanjiChar, toHiragana } from '../../text/chars';
import { mergeMorphs, type Morph } from '../morph';
import { holds } from './match-condition';
import type { LemmaRule, ReadingRule, WordRule } from './rule-types';

/** Rules looked up fast: word rules by their first character (longest word first), lemma rules by lemma. */
export interface RuleIndex {
  words: Map<string, WordRule[][]>;
  lemmas: Map<string, LemmaRule[]>;
}

export function indexRules(rules: readonly ReadingRule[]): RuleIndex {
  const byWord = new Map<string, WordRule[]>();
  const lemmas = new Map<string, LemmaRule[]>();
  for (const r of rules) {
    if ('word' in r) {
      const list = byWord.get(r.word) ?? [];
      list.push(r);
      byWord.set(r.word, list);
    } else {
      const list = lemmas.get(r.lemma) ?? [];
      list.push(r);
      lemmas.set(r.lemma, list);
    }
  }
  const words = new Map<string, WordRule[][]>();
  for (const [word, list] of byWord) {
    // Keyed by the first UTF-16 unit: cheaper than a code point per token, and as selective.
    const first = word[0]!;
    const groups = words.get(first) ?? [];
    groups.push(list);
    words.set(first, groups);
  }
  for (const groups of words.values()) groups.sort((a, b) => b[0]!.word.length - a[0]!.word.length);
  return { words, lemmas };
}

export interface ApplyOptions {
  /** Replace readings other stages decided (user corrections do; built-in rules do not). */
  overrideDecided?: boolean;
  /** Prefix for the `decided` note (e.g. 'user'). */
  source?: string;
}

/**
 * Stage: apply reading rules. A word rule matches whole tokens only (its first and last characters
 * fall on token boundaries), so a rule for 日本 never splits 日本人; a multi-token word becomes one.
 */
export function applyReadingRules(
  morphs: readonly Morph[],
  index: RuleIndex,
  opts: ApplyOptions = {},
): Morph[] {
  // Most sentences match no rule: copy the array only from the first match on.
  let out: Morph[] | undefined;
  let i = 0;
  while (i < morphs.length) {
    const applied = applyAt(morphs, i, index, opts);
    if (applied) {
      out ??= morphs.slice(0, i);
      out.push(applied.morph);
      i = applied.next;
    } else {
      out?.push(morphs[i]!);
      i++;
    }
  }
  return out ?? (morphs as Morph[]);
}

function applyAt(
  morphs: readonly Morph[],
  i: number,
  index: RuleIndex,
  opts: ApplyOptions,
): { morph: Morph; next: number } | undefined {
  const m = morphs[i]!;
  if (m.decided && !opts.overrideDecided) return undefined;
  const first = m.surface.length > 0 ? m.surface[0]! : '';
  const groups = index.words.get(first);
  if (groups) {
    for (const rules of groups) {
      const word = rules[0]!.word;
      const last = spanEnd(morphs, i, word, opts);
      if (last < 0) continue;
      for (const r of rules) {
        if (!holds(r.when, morphs, i, last)) continue;
        const note = opts.source ? `${opts.source}: ${r.why}` : r.why;
        const merged =
          last === i
            ? { ...m, reading: r.reading, decided: note }
            : mergeMorphs(morphs.slice(i, last + 1), r.reading, note);
        return { morph: merged, next: last + 1 };
      }
    }
  }
  const lemmaRules = index.lemmas.get(m.basic);
  if (lemmaRules && isKanjiChar(first)) {
    for (const r of lemmaRules) {
      if (!holds(r.when, morphs, i, i)) continue;
      const reading = readingWithStem(m.surface, r.stem);
      if (reading === undefined) continue;
      return {
        morph: { ...m, reading, decided: opts.source ? `${opts.source}: ${r.why}` : r.why },
        next: i + 1,
      };
    }
  }
  return undefined;
}

/** Index of the last morph of `word` starting at morphs[i], or -1 if it does not end on a boundary. */
function spanEnd(morphs: readonly Morph[], i: number, word: string, opts: ApplyOptions): number {
  let len = 0;
  for (let j = i; j < morphs.length; j++) {
    const m = morphs[j]!;
    if (j > i && (m.start !== morphs[j - 1]!.end || (m.decided && !opts.overrideDecided))) return -1;
    if (!word.startsWith(m.surface, len)) return -1;
    len += m.surface.length;
    if (len === word.length) return j;
  }
  return -1;
}

/** 降り + ふ → ふり: the kanji run takes `stem`, the kana after it is read as written. */
function readingWithStem(surface: string, stem: string): string | undefined {
  let k = 0;
  while (k < surface.length && isKanjiChar(surface[k]!)) k++;
  const rest = surface.slice(k);
  if (k === 0 || (rest !== '' && !isAllKana(rest))) return undefined;
  return stem + toHiragana(rest);
}
