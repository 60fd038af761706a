/**
 * Definitions an article gives itself: ＩＭＦ＝国際通貨基金, 国際通貨基金（ＩＭＦ）, ＩＭＦ（国際通貨基金）.
 * The acronym and the full name are linked for the whole article: whichever of the two the
 * dictionaries know explains the other, at every place either is written; an acronym nobody knows is
 * explained by its full name. Linear: one pass finds the definitions (at most MAX_DEFINITIONS), and
 * each adds its spellings' occurrences with one indexOf scan.
 */
import type { GlossaryTerm } from '../types';
import type { Edict } from './edict';
import { letterReading } from './acronym-reading';
import { isKanji, isKatakanaLetter, isLatinAlnum } from './match-text';

const MAX_DEFINITIONS = 50;
const MAX_NAME = 30;
/** Hiragana that may sit inside a full name (気候変動に関する政府間パネル, ドイツのための選択肢, 国境なき医師団). */
const INNER_KANA = ['に関する', 'のための', 'なき'];

export interface Definition {
  acronym: { start: number; end: number };
  name: { start: number; end: number };
}

const isNameChar = (ch: string | undefined) =>
  isKanji(ch) || isKatakanaLetter(ch) || isLatinAlnum(ch) || ch === '・' || ch === 'ー' || ch === '々';

/** An acronym: 2–10 Latin letters or digits with at least two capitals (ＩＭＦ, ＡｆＤ, Ｇ２０). */
function isAcronym(s: string): boolean {
  return s.length >= 2 && s.length <= 10 && /^[A-Za-z0-9]+$/.test(s) && (s.match(/[A-Z]/g)?.length ?? 0) >= 2;
}

/** End of a full name written from `start` on (after ＝ or inside brackets). */
function nameEndFrom(norm: string, start: number): number {
  let e = start;
  while (e - start < MAX_NAME) {
    if (isNameChar(norm[e])) e++;
    else {
      const inner = INNER_KANA.find((k) => norm.startsWith(k, e) && isNameChar(norm[e + k.length]));
      if (!inner) break;
      e += inner.length;
    }
  }
  return e;
}

/** Start of a full name that ends at `end` (before （ＩＭＦ）): a quoted name whole, else back to a particle. */
function nameStartBefore(norm: string, end: number): number {
  if (norm[end - 1] === '」') {
    const from = Math.max(0, end - MAX_NAME - 2);
    const open = norm.slice(from, end - 1).lastIndexOf('「');
    return open >= 0 ? from + open + 1 : end;
  }
  let s = end;
  while (end - s < MAX_NAME) {
    if (isNameChar(norm[s - 1])) s--;
    else {
      const inner = INNER_KANA.find((k) => s - k.length > 0 && norm.startsWith(k, s - k.length));
      if (!inner || !isNameChar(norm[s - inner.length - 1])) break;
      s -= inner.length;
    }
  }
  return s;
}

function latinRunBefore(norm: string, end: number): number {
  let s = end;
  while (s > 0 && isLatinAlnum(norm[s - 1])) s--;
  return s;
}

/** The definitions in a width-folded text, in order. */
export function findDefinitions(norm: string): Definition[] {
  const out: Definition[] = [];
  for (let i = 0; i < norm.length && out.length < MAX_DEFINITIONS; i++) {
    const ch = norm[i];
    if (ch === '＝') {
      // ＩＭＦ＝国際通貨基金
      const a = latinRunBefore(norm, i);
      if (!isAcronym(norm.slice(a, i)) || isLatinAlnum(norm[i + 1])) continue;
      const e = nameEndFrom(norm, i + 1);
      if (e - (i + 1) >= 2) out.push({ acronym: { start: a, end: i }, name: { start: i + 1, end: e } });
    } else if (ch === '（' || ch === '(') {
      const close = ch === '（' ? '）' : ')';
      // Bounded look-ahead: a definition's brackets are short.
      const shut = norm.slice(i + 1, i + MAX_NAME + 2).indexOf(close) + i + 1;
      if (shut === i) continue;
      const inside = norm.slice(i + 1, shut);
      if (isAcronym(inside)) {
        // 国際通貨基金（ＩＭＦ）
        const s = nameStartBefore(norm, i);
        const nameEnd = norm[i - 1] === '」' ? i - 1 : i;
        if (nameEnd - s >= 2)
          out.push({ acronym: { start: i + 1, end: shut }, name: { start: s, end: nameEnd } });
      } else if (nameEndFrom(norm, i + 1) === shut && shut - i > 2) {
        // ＩＭＦ（国際通貨基金）
        const a = latinRunBefore(norm, i);
        if (isAcronym(norm.slice(a, i)))
          out.push({ acronym: { start: a, end: i }, name: { start: i + 1, end: shut } });
      }
      i = shut;
    }
  }
  return out;
}

/** Countries and bodies an organisation's name starts with, as English names them. */
const NAME_PREFIXES: [string, string][] = [
  ['アメリカ', 'US'],
  ['米国', 'US'],
  ['米', 'US'],
  ['イギリス', 'UK'],
  ['英国', 'UK'],
  ['英', 'UK'],
  ['ヨーロッパ', 'European'],
  ['欧州', 'European'],
  ['国連', 'UN'],
  ['日本', 'Japan'],
  ['中国', 'China'],
  ['韓国', 'South Korea'],
  ['ロシア', 'Russia'],
];

/** EDICT's first gloss for a whole headword (国家安全保障会議 → National Security Council), if capitalised like a name. */
function edictGloss(edict: Edict, word: string): string | undefined {
  for (const entry of edict.lookup(word)) {
    if (entry.headword !== word) continue;
    const gloss = entry.senses[0]?.glosses[0]?.replace(/\s*\([^)]*\)/g, '');
    if (gloss && /^[A-Z]/.test(gloss)) return gloss;
  }
  return undefined;
}

/** English of a full name from EDICT: whole, or a country prefix and a whole (アメリカ地質調査所 → US Geological Survey). */
function edictName(edict: Edict, word: string): string | undefined {
  const whole = edictGloss(edict, word);
  if (whole) return whole;
  for (const [prefix, english] of NAME_PREFIXES) {
    if (!word.startsWith(prefix) || word.length - prefix.length < 2) continue;
    const rest = edictGloss(edict, word.slice(prefix.length));
    if (rest) return `${english} ${rest}`;
  }
  return undefined;
}

/**
 * Terms with the article's own definitions applied: the known side explains the other side at every
 * occurrence not already covered by a term. Returns the terms sorted and non-overlapping.
 */
export function applyDefinitions(
  edict: Edict,
  text: string,
  norm: string,
  terms: readonly GlossaryTerm[],
): GlossaryTerm[] {
  const defs = findDefinitions(norm);
  if (defs.length === 0) return [...terms];
  const byStart = new Map(terms.map((t) => [t.start, t]));
  const covered = new Uint8Array(text.length);
  for (const t of terms) covered.fill(1, t.start, t.end);
  const added: GlossaryTerm[] = [];
  const addAll = (needle: string, make: (start: number) => GlossaryTerm) => {
    for (let i = norm.indexOf(needle); i >= 0; i = norm.indexOf(needle, i + needle.length)) {
      const end = i + needle.length;
      // Whole words only: not inside a longer Latin run or a longer katakana word.
      if (isLatinAlnum(norm[i - 1]) || isLatinAlnum(norm[end])) continue;
      if (covered.subarray(i, end).some((c) => c === 1)) continue;
      covered.fill(1, i, end);
      added.push(make(i));
    }
  };
  const linked = new Set<string>();
  for (const d of defs) {
    const acronym = norm.slice(d.acronym.start, d.acronym.end);
    const name = norm.slice(d.name.start, d.name.end);
    // A pair the article defines twice is linked once.
    if (linked.has(`${acronym}=${name}`)) continue;
    linked.add(`${acronym}=${name}`);
    const acronymTerm = byStart.get(d.acronym.start);
    const nameTerm = byStart.get(d.name.start);
    const knownAcronym = acronymTerm && acronymTerm.end === d.acronym.end ? acronymTerm : undefined;
    const knownName = nameTerm && nameTerm.end === d.name.end ? nameTerm : undefined;
    // "International Monetary Fund (IMF)" explains another acronym without its "(IMF)".
    const nameEnglish = (
      knownName?.english ?? edictName(edict, text.slice(d.name.start, d.name.end))
    )?.replace(/\s*\([A-Z0-9]{2,}\)$/, '');
    // An acronym no list knows, defined by a name no dictionary knows, stays unmarked: showing
    // either without English would be no explanation, and a guess could be wrong.
    if (!knownAcronym && nameEnglish) {
      const reading = letterReading(acronym);
      addAll(acronym, (start) => ({
        start,
        end: start + acronym.length,
        surface: text.slice(start, start + acronym.length),
        english: nameEnglish,
        kind: 'acronym',
        ...(reading ? { reading } : {}),
        description: `Short for ${text.slice(d.name.start, d.name.end)} (as the article defines it)`,
        source: 'article',
      }));
    }
    const english = knownAcronym?.english ?? nameEnglish;
    // A generic full name (国内総生産, "gross domestic product") is left to the hover lookup.
    if (!knownName && english && /^[A-Z]/.test(english)) {
      addAll(name, (start) => ({
        start,
        end: start + name.length,
        surface: text.slice(start, start + name.length),
        english,
        kind: knownAcronym?.kind === 'acronym' || !knownAcronym ? 'org' : knownAcronym.kind,
        description: `Full name of ${acronym} (as the article defines it)`,
        source: 'article',
      }));
    }
  }
  if (added.length === 0) return [...terms];
  // Added terms never overlap kept ones (the coverage map), so a sort restores the order.
  return [...terms, ...added].sort((a, b) => a.start - b.start);
}
