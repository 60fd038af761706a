/**
 * Hover lookup: the longest EDICT match starting at an offset, trying each prefix of the text there
 * as written and deinflected (呼んだ → 呼ぶ, 行われる → 行う). Latin letters and digits are folded to
 * full width first, the way EDICT spells them (ＦＢＩ, ５月).
 */
import { foldAsciiToFullWidth } from '../text/chars';
import { deinflect, entryMatchesClass, WordClass, type Deinflection } from './deinflect';
import type { Edict, EdictEntry } from './edict';

export interface WordMatch {
  entry: EdictEntry;
  /** Present when the text was an inflected form: the dictionary form looked up and the steps. */
  deinflection?: { dictionaryForm: string; reasons: string[] };
}

export interface WordMatches {
  /** Length of the matched text in UTF-16 code units. */
  length: number;
  matches: WordMatch[];
}

/** Longest possible EDICT headword we try (EDICT's longest common phrases stay well below this). */
const MAX_MATCH_LENGTH = 20;

function matchesFor(edict: Edict, cand: Deinflection): WordMatch[] {
  const out: WordMatch[] = [];
  const deinflection =
    cand.reasons.length > 0 ? { dictionaryForm: cand.word, reasons: cand.reasons } : undefined;
  for (const entry of edict.lookup(cand.word)) {
    if (entryMatchesClass(cand, entry.conjugation))
      out.push({ entry, ...(deinflection ? { deinflection } : {}) });
  }
  // 勉強した → 勉強する: nouns that take する are listed without it, tagged vs.
  if (cand.wordClass === WordClass.SURU && cand.word.endsWith('する') && cand.word.length > 2) {
    const noun = cand.word.slice(0, -2);
    for (const entry of edict.lookup(noun)) {
      if (entry.senses.some((s) => s.tags.some((t) => t === 'vs' || t === 'vs-s'))) {
        out.push({ entry, deinflection: { dictionaryForm: cand.word, reasons: cand.reasons } });
      }
    }
  }
  return out;
}

export function longestWordMatch(edict: Edict, text: string, offset: number): WordMatches | undefined {
  const window = foldAsciiToFullWidth(text.slice(offset, offset + MAX_MATCH_LENGTH));
  for (let len = window.length; len > 0; len--) {
    const candidate = window.slice(0, len);
    const matches: WordMatch[] = [];
    const seen = new Set<string>();
    for (const cand of deinflect(candidate)) {
      for (const m of matchesFor(edict, cand)) {
        const key = `${m.entry.headword}\t${m.entry.reading}\t${m.entry.senses.length}\t${m.entry.senses[0]?.glosses[0]}`;
        if (seen.has(key)) continue;
        seen.add(key);
        matches.push(m);
      }
    }
    if (matches.length > 0) {
      // Exact forms before deinflected ones, common words before the rest; stable otherwise.
      const rank = (m: WordMatch) => (m.deinflection ? 2 : 0) + (m.entry.common ? 0 : 1);
      matches.sort((a, b) => rank(a) - rank(b));
      return { length: len, matches };
    }
  }
  return undefined;
}
