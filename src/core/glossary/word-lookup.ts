/**
 * Hover lookup: the longest dictionary match starting at an offset, trying each prefix of the text
 * there as written and deinflected (呼んだ → 呼ぶ, 中止せざるを得ない → 中止する), in EDICT and in the
 * ENAMDICT names. Latin letters and digits are folded to full width first, the way EDICT spells them
 * (ＦＢＩ, ５月).
 *
 * A katakana run is one word: a lookup inside one starts at the run's beginning when a word from
 * there covers the pointer, and never settles for a one- or two-kana hit inside the run (ゲオルギエワ
 * is not ゲ "yuck").
 */
import { foldAsciiToFullWidth, isAllHiragana, isHalfWidthKatakana, isKatakana } from '../text/chars';
import { deinflect, entryMatchesClass, WordClass, type Deinflection } from './deinflect';
import type { Edict, EdictEntry } from './edict';
import type { GlossaryTerm } from '../types';
import type { NameEntry, Names } from './names';

export interface WordMatch {
  entry: EdictEntry;
  /** Present when the text was an inflected form: the dictionary form looked up and the steps. */
  deinflection?: { dictionaryForm: string; reasons: string[] };
  /** 'enamdict' when the entry is a name from ENAMDICT (its senses carry the name tags). */
  source?: 'enamdict';
}

export interface WordMatches {
  /** Where the match starts (the hovered offset, or the start of the katakana word around it). */
  start: number;
  /** Length of the matched text in UTF-16 code units. */
  length: number;
  matches: WordMatch[];
}

export interface LookupSources {
  edict: Edict;
  names?: Names;
}

/** Longest possible headword we try (EDICT's longest common phrases stay well below this). */
const MAX_MATCH_LENGTH = 20;
/** A dictionary hit that is only part of a katakana word must be at least this long. */
const MIN_PART_OF_KATAKANA_WORD = 3;

const isKatakanaOfWord = (ch: string | undefined) =>
  ch !== undefined && (isKatakana(ch) || isHalfWidthKatakana(ch));

/**
 * Endings that are rare in running text and whose shape is common there: 行くな is more often 行く +
 * など than a prohibition, 好き is not the classical attributive of 好い. A match that needs one of
 * them gives way to a match one character shorter (書くな|ど → 書く), not to a mere fragment (美しき
 * stays 美しい, not 美).
 */
const RARE_REASONS: ReadonlySet<string> = new Set([
  'prohibitive',
  'attributive (classical -ki)',
  'negative (-n)',
  'conditional (contracted)',
  'progressive (-toru)',
]);
const isRare = (m: WordMatch) => !!m.deinflection?.reasons.some((r) => RARE_REASONS.has(r));

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

/** What ENAMDICT's tags say a name is, for names we ship with a reading but no English. */
const NAME_KIND: Readonly<Record<string, string>> = {
  s: 'surname',
  g: 'given name',
  m: 'male given name',
  f: 'female given name',
  h: 'full name',
  u: 'name',
  p: 'place name',
  st: 'station',
  c: 'company',
  o: 'organisation',
  pr: 'product',
};

/** A name from ENAMDICT in the shape of a dictionary entry (headword, reading, senses). */
function nameAsEntry(name: NameEntry): WordMatch {
  const senses = name.senses
    .filter((s) => s.english.length > 0)
    .map((s) => ({ tags: s.tags, glosses: s.english }));
  if (senses.length === 0) {
    const kinds = name.tags.map((t) => NAME_KIND[t]).filter((k): k is string => !!k);
    senses.push({ tags: name.tags, glosses: [kinds.length ? kinds.join(', ') : 'name'] });
  }
  return {
    entry: { headword: name.surface, reading: name.reading, conjugation: [], common: false, senses },
    source: 'enamdict',
  };
}

const hasEnglish = (name: NameEntry) => name.senses.some((s) => s.english.length > 0);

/**
 * Order of the entries for one matched text: the entry written as the text (or a kana word the
 * text spells) first, then names written that way, then kanji spellings that merely share the
 * reading (ワシントン is the name before 華盛頓). Deinflected forms after exact ones of the same
 * kind, shorter chains first (増え続けている: the compound 増え続ける before 増える); then common words.
 */
function rank(m: WordMatch, surface: string): number {
  const written = m.deinflection?.dictionaryForm ?? surface;
  const { headword, reading, senses } = m.entry;
  let tier: number;
  if (m.source === 'enamdict') tier = 2;
  else if (headword === written) tier = m.deinflection ? 1 : 0;
  // Hiragana text: an entry usually written in kana (uk) is the word the text spells.
  else if (reading === written && isAllHiragana(written) && senses.some((s) => s.tags.includes('uk')))
    tier = m.deinflection ? 1 : 0.5;
  else tier = m.deinflection ? 4 : 3;
  return tier * 100 + (m.deinflection?.reasons.length ?? 0) * 2 + (m.entry.common ? 0 : 1);
}

function entryKey(m: WordMatch): string {
  return `${m.source ?? ''}\t${m.entry.headword}\t${m.entry.reading}\t${m.entry.senses[0]?.glosses[0]}`;
}

/** Where the katakana run holding `offset` starts and ends ([offset, offset] when there is none). */
function katakanaRun(text: string, offset: number): [number, number] {
  if (!isKatakanaOfWord(text[offset])) return [offset, offset];
  let start = offset;
  while (start > 0 && isKatakanaOfWord(text[start - 1])) start--;
  let end = offset + 1;
  while (end < text.length && isKatakanaOfWord(text[end])) end++;
  return [start, end];
}

function matchFrom(
  sources: LookupSources,
  text: string,
  start: number,
  run: [number, number],
): WordMatches | undefined {
  const [runStart, runEnd] = run;
  const window = foldAsciiToFullWidth(text.slice(start, start + MAX_MATCH_LENGTH));
  let fallback: WordMatches | undefined;
  for (let len = window.length; len > 0; len--) {
    const end = start + len;
    // Part of a katakana word only when the part is itself long enough to be a word.
    const insideRun = runEnd > runStart && (start > runStart || end < runEnd);
    if (insideRun && Math.min(end, runEnd) - start < MIN_PART_OF_KATAKANA_WORD) continue;
    const candidate = window.slice(0, len);
    const matches: WordMatch[] = [];
    const seen = new Set<string>();
    const push = (m: WordMatch) => {
      const key = entryKey(m);
      if (seen.has(key)) return;
      seen.add(key);
      matches.push(m);
    };
    for (const cand of deinflect(candidate)) for (const m of matchesFor(sources.edict, cand)) push(m);
    // A name is a whole word: never part of a longer katakana word (ゲオルギエワ is not ゲオルギ).
    if (sources.names && !insideRun && !isAllHiragana(candidate)) {
      // Names kept only for their reading are shown only where no dictionary word is written so.
      const wordsHere = matches.length > 0;
      for (const name of sources.names.lookup(candidate)) {
        if (hasEnglish(name) || !wordsHere) push(nameAsEntry(name));
      }
    }
    const usual = matches.filter((m) => !isRare(m));
    if (usual.length > 0) {
      if (fallback && len < fallback.length - 1) return fallback;
      const order = new Map(usual.map((m) => [m, rank(m, candidate)]));
      usual.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
      return { start, length: len, matches: usual };
    }
    if (matches.length > 0) fallback ??= { start, length: len, matches };
  }
  return fallback;
}

/** The best match at `offset`: from the start of the katakana word around it when one covers it. */
export function lookupWordAt(sources: LookupSources, text: string, offset: number): WordMatches | undefined {
  const run = katakanaRun(text, offset);
  if (run[0] < offset) {
    const whole = matchFrom(sources, text, run[0], run);
    if (whole && whole.start + whole.length > offset) return whole;
  }
  return matchFrom(sources, text, offset, run);
}

/**
 * The glossary card already explains the term's text: an entry written exactly as the term (the
 * same name from ENAMDICT, the same EDICT headword) is not listed again under it.
 */
export function withoutTermDuplicates(matches: WordMatch[], term: GlossaryTerm | undefined): WordMatch[] {
  if (!term) return matches;
  return matches.filter((m) => m.entry.headword !== term.surface);
}
