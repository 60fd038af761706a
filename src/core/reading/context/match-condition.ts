import { hasKanji, isAllKana } from '../../text/chars';
import type { Morph } from '../morph';
import { isNumeralText } from '../numbers/numerals';
import type { MorphTest, RuleCondition } from './rule-types';

function passes(m: Morph | undefined, test: MorphTest): boolean {
  if (!m) return false;
  if (test.surface && !test.surface.includes(m.surface)) return false;
  if (test.basic && !test.basic.includes(m.basic)) return false;
  if (test.form && !test.form.includes(m.form)) return false;
  if (test.pos && !posOf(m).startsWith(test.pos)) return false;
  if (test.endsWith && !test.endsWith.some((e) => m.surface.endsWith(e))) return false;
  if (test.script) {
    const s = test.script;
    if (s === 'number' && !(m.pos1 === '数' || isNumeralText(m.surface))) return false;
    if (s === 'kanji' && !hasKanji(m.surface[0] ?? '')) return false;
    if (s === 'kana' && !isAllKana(m.surface)) return false;
  }
  return true;
}

function posOf(m: Morph): string {
  return `${m.pos}-${m.pos1}-${m.pos2}-${m.pos3}`;
}

function isBoundary(m: Morph | undefined): boolean {
  return m === undefined || m.pos === '記号';
}

/** How far back a clause is searched: enough for 「雪が強く降り」, short enough to stay cheap. */
const CLAUSE_LOOKBACK = 8;

function anyInClauseBefore(morphs: readonly Morph[], first: number, test: MorphTest): boolean {
  for (let k = first - 1; k >= 0 && k >= first - CLAUSE_LOOKBACK; k--) {
    const m = morphs[k]!;
    if (isBoundary(m)) return false;
    if (passes(m, test)) return true;
    if (m.pos === '動詞' && m.pos1 === '自立') return false;
  }
  return false;
}

/** Does the condition hold for the word spanning morphs[first..last]? */
export function holds(
  when: RuleCondition | undefined,
  morphs: readonly Morph[],
  first: number,
  last: number,
): boolean {
  if (!when) return true;
  const prev = morphs[first - 1];
  const next = morphs[last + 1];
  if (when.prev && !passes(prev, when.prev)) return false;
  if (when.prev2 && !passes(morphs[first - 2], when.prev2)) return false;
  if (when.next && !passes(next, when.next)) return false;
  if (when.next2 && !passes(morphs[last + 2], when.next2)) return false;
  if (when.atStart !== undefined && isBoundary(prev) !== when.atStart) return false;
  if (when.notPrev && passes(prev, when.notPrev)) return false;
  if (when.notNext && passes(next, when.notNext)) return false;
  if (when.self && (first !== last || !passes(morphs[first], when.self))) return false;
  if (when.inClauseBefore && !anyInClauseBefore(morphs, first, when.inClauseBefore)) return false;
  if (when.notInClauseBefore && anyInClauseBefore(morphs, first, when.notInClauseBefore)) return false;
  if (when.soonAfter) {
    let found = false;
    for (let k = last + 1; k <= last + 3 && k < morphs.length; k++)
      if (passes(morphs[k], when.soonAfter)) found = true;
    if (!found) return false;
  }
  return true;
}
