/**
 * Character classes used by term detection, on text folded by `foldForMatching`. Katakana here means
 * the letters of a katakana word (not the counter ヶ/ヵ, not the ・ that joins names).
 */
import { foldFullWidthToAscii, isKanjiChar } from '../text/chars';

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
