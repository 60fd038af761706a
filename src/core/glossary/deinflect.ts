/**
 * Deinflection for hover lookups: an inflected surface (呼んだ, 行われる, 高くなかった) → candidate
 * dictionary forms, each with the word class it must have and the steps taken. Candidates are only
 * hypotheses; the caller keeps those whose EDICT entry has a matching conjugation tag
 * (see `entryMatchesClass`). The grammar itself is data in deinflect-rules.ts.
 *
 * Chains follow from each rule's in/out classes: 食べさせられた → 食べさせられる (ichidan) →
 * 食べさせる (ichidan) → 食べる. The search is bounded (chain depth, candidate count, input length),
 * so any input costs at most a fixed amount of work.
 */
import { ANY, buildRules, WordClass, type Rule } from './deinflect-rules';

export { WordClass } from './deinflect-rules';

export interface Deinflection {
  word: string;
  /** WordClass bits the dictionary entry must have; ANY for the surface itself. */
  wordClass: number;
  /** The endings removed, in the order they follow the stem (食べさせられた: causative, passive, past). */
  reasons: string[];
  tags?: readonly string[];
}

const RULES = buildRules();
/** Rules by the last character of their suffix; rules with an empty suffix apply to every word. */
const RULES_BY_LAST = new Map<string, Rule[]>();
const EMPTY_SUFFIX_RULES: Rule[] = [];
for (const rule of RULES) {
  if (!rule.from) {
    EMPTY_SUFFIX_RULES.push(rule);
    continue;
  }
  const last = rule.from.slice(-1);
  const list = RULES_BY_LAST.get(last) ?? [];
  list.push(rule);
  RULES_BY_LAST.set(last, list);
}

/** Longest chain of endings (書かせられたくなかった has 5). */
const MAX_DEPTH = 10;
/** Candidates kept per surface: far above what any real form produces, a cap for hostile input. */
const MAX_CANDIDATES = 600;
/** Longer inputs are not one inflected word: they are returned as they are, undeinflected. */
const MAX_INPUT = 40;

/** The rewritten word, or undefined when the rule does not apply. */
function apply(rule: Rule, word: string): string | undefined {
  if (!word.endsWith(rule.from)) return undefined;
  let stem = word.slice(0, word.length - rule.from.length);
  if (rule.whole && stem) return undefined;
  if (rule.prefix) {
    if (!stem.startsWith(rule.prefix)) return undefined;
    stem = stem.slice(rule.prefix.length);
    if (!stem) return undefined;
  }
  // Every dictionary form keeps at least one character of its own before the ending.
  if (stem.length === 0 && rule.to.length <= 1) return undefined;
  return stem + rule.to;
}

/** All candidate dictionary forms of `surface`, the surface itself first (class ANY, no reasons). */
export function deinflect(surface: string): Deinflection[] {
  const out: Deinflection[] = [{ word: surface, wordClass: ANY, reasons: [] }];
  if (surface.length > MAX_INPUT) return out;
  const seen = new Set([`${surface}|${ANY}|`]);
  for (let i = 0; i < out.length && out.length < MAX_CANDIDATES; i++) {
    const cand = out[i] as Deinflection;
    if (cand.reasons.length >= MAX_DEPTH) continue;
    const byLast = RULES_BY_LAST.get(cand.word.slice(-1)) ?? [];
    for (const rules of [byLast, EMPTY_SUFFIX_RULES]) {
      for (const rule of rules) {
        if (!(cand.wordClass & rule.in)) continue;
        const word = apply(rule, cand.word);
        if (word === undefined) continue;
        const key = `${word}|${rule.out}|${rule.tags?.join() ?? ''}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({
          word,
          wordClass: rule.out,
          reasons: [rule.reason, ...cand.reasons],
          ...(rule.tags ? { tags: rule.tags } : {}),
        });
        if (out.length >= MAX_CANDIDATES) break;
      }
    }
  }
  return out;
}

const GODAN_TAG_BY_ENDING: Readonly<Record<string, readonly string[]>> = {
  く: ['v5k', 'v5k-s'],
  ぐ: ['v5g'],
  す: ['v5s', 'vs-c'],
  つ: ['v5t'],
  ぬ: ['v5n'],
  ぶ: ['v5b'],
  む: ['v5m'],
  る: ['v5r', 'v5r-i', 'v5aru'],
  う: ['v5u', 'v5u-s'],
};

const { ICHIDAN, GODAN, KURU, SURU, ADJ_I, ZURU } = WordClass;

/**
 * Does a dictionary entry with these conjugation tags (JMdict: v1, v5k, vs-i, adj-i…) fit the
 * deinflected candidate? The surface itself (no reasons) fits any entry. The generic tags v5 and
 * vs are understood too (tables that do not name the godan row or the する subclass).
 */
export function entryMatchesClass(cand: Deinflection, conjugation: readonly string[]): boolean {
  if (cand.reasons.length === 0) return true;
  if (cand.tags) return cand.tags.some((t) => conjugation.includes(t));
  const has = (...tags: string[]) => tags.some((t) => conjugation.includes(t));
  const c = cand.wordClass;
  const last = cand.word.slice(-1);
  if (c & ICHIDAN && last === 'る' && has('v1', 'v1-s')) return true;
  if (c & GODAN && last in GODAN_TAG_BY_ENDING) {
    if (has(...(GODAN_TAG_BY_ENDING[last] ?? []), 'v5')) return true;
  }
  if (c & KURU && has('vk')) return true;
  if (c & SURU && cand.word.endsWith('する') && has('vs-i', 'vs-s', 'vs')) return true;
  if (c & ZURU && cand.word.endsWith('ずる') && has('vz')) return true;
  if (c & ADJ_I && last === 'い' && has('adj-i', 'adj-ix')) return true;
  return false;
}
