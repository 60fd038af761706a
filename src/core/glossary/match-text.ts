/**
 * Character classes used by term detection, on text folded by `foldForMatching`. Katakana here means
 * the letters of a katakana word (not the counter ヶ/ヵ, not the ・ that joins names).
 */
import { foldFullWidthToAscii, isKanjiChar } from '../text/chars';
import type { Token } from '../types';
import { titleAt } from './name-titles';

/** Full-width Latin/digits → ASCII, half-width ･ → ・, '=' → '＝'. Length-preserving. */
export function foldForMatching(text: string): string {
  return foldFullWidthToAscii(text)
    .replace(/\uff65/g, '・')
    .replace(/=/g, '＝');
}

export function isKatakanaLetter(ch: string | undefined): boolean {
  if (!ch) return false;
  const c = ch.charCodeAt(0);
  return (
    (c >= 0x30a1 && c <= 0x30f4) ||
    (c >= 0x30f7 && c <= 0x30fa) ||
    c === 0x30fc ||
    c === 0x30fd ||
    c === 0x30fe
  );
}

export function isLatinAlnum(ch: string | undefined): boolean {
  if (!ch || ch.length !== 1) return false;
  const c = ch.charCodeAt(0);
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** Kanji, given one UTF-16 unit: the high surrogate of a CJK Extension B–F kanji (𠮷) counts. */
export function isKanji(ch: string | undefined): boolean {
  if (!ch) return false;
  const c = ch.charCodeAt(0);
  return (c >= 0xd840 && c <= 0xd87f) || isKanjiChar(ch);
}

/** ・ and ＝ join the parts of a foreign name (ジェームズ・クレバリー, ジャン＝クロード). */
export function isNameSeparator(ch: string | undefined): boolean {
  return ch === '・' || ch === '＝';
}

export type ScriptClass = 'katakana' | 'latin' | 'kanji' | 'other';

export function scriptOf(ch: string | undefined): ScriptClass {
  if (isKatakanaLetter(ch)) return 'katakana';
  if (isLatinAlnum(ch)) return 'latin';
  if (isKanji(ch)) return 'kanji';
  return 'other';
}

/** Characters of a name unit: katakana letters and Latin letters or digits (スペースＸ, オープンＡＩ). */
function isUnitLetter(ch: string | undefined): boolean {
  return isKatakanaLetter(ch) || isLatinAlnum(ch);
}

/**
 * Whether `b` continues the unit that `a` is part of. Katakana followed by Latin is one name
 * (スペースＸ, オープンＡＩ); Latin followed by katakana is usually an acronym and a noun (Ｇ７サミット,
 * ＡＩスピーカー), so the katakana starts a unit of its own (curated keys such as ＯＰＥＣプラス still
 * match whole, longest first).
 */
function continuesAt(norm: string, e: number): boolean {
  const a = norm[e - 1];
  const b = norm[e];
  if (!isUnitLetter(a) || !isUnitLetter(b)) return false;
  if (isLatinAlnum(a) && isKatakanaLetter(b)) return false;
  // A Latin title after a name (アルトマンＣＥＯ) is not part of it.
  return !(isKatakanaLetter(a) && titleAt(norm, e) > 0);
}

/** ・ joins katakana and Latin words (ジョージ・W・ブッシュ); ＝ only katakana (ジャン＝クロード): in
 * ＥＵ＝ヨーロッパ連合 it introduces a definition. */
function joinsAt(norm: string, e: number): boolean {
  const sep = norm[e];
  if (sep === '・') return isUnitLetter(norm[e - 1]) && isUnitLetter(norm[e + 1]);
  if (sep === '＝') return isKatakanaLetter(norm[e - 1]) && isKatakanaLetter(norm[e + 1]);
  return sep === '-' && isLatinAlnum(norm[e - 1]) && isLatinAlnum(norm[e + 1]);
}

/**
 * Whether `i` is inside a name unit rather than at its start: a unit is a run of katakana and Latin
 * letters, its words joined by ・ or ＝ (ワシントン・ポスト, ジャン＝クロード), or by a hyphen between
 * Latin letters or digits (GPT-5). A term never starts inside one.
 */
export function insideUnit(norm: string, i: number): boolean {
  return continuesAt(norm, i) || (i >= 2 && joinsAt(norm, i - 1));
}

/** End of the name unit starting at `i` (see insideUnit); linear in the unit's length. */
export function unitEnd(norm: string, i: number): number {
  let e = i + 1;
  for (;;) {
    while (continuesAt(norm, e)) e++;
    if (!joinsAt(norm, e)) return e;
    e += 2;
  }
}

/** Boundaries between tokens (a token starts or ends there); undefined when there are no tokens. */
export function tokenBoundaries(tokens: readonly Token[], length: number): Uint8Array | undefined {
  if (tokens.length === 0) return undefined;
  const b = new Uint8Array(length + 1);
  b[0] = 1;
  b[length] = 1;
  for (const t of tokens) {
    if (t.start <= length) b[t.start] = 1;
    const end = t.start + t.surface.length;
    if (end <= length) b[end] = 1;
  }
  return b;
}
