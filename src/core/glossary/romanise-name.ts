/**
 * A readable guess at the Latin spelling of a katakana name no dictionary knows. Long-vowel marks are
 * dropped (イースタリー → Isutari rather than Iisutarii) because English spellings of foreign names
 * rarely double vowels; the result is always marked unverified where it is shown.
 */
import { toRomaji } from 'wanakana';

export function romaniseKatakanaWord(word: string): string {
  const romaji = toRomaji(word.replace(/ー/g, '')).replace(/[^A-Za-z]/g, '');
  return romaji ? romaji[0]!.toUpperCase() + romaji.slice(1) : word;
}
