/**
 * A readable guess at the Latin spelling of a katakana name no dictionary knows. Japanese spelling
 * adds vowels a foreign name does not have, so they are taken back out where English spelling would
 * not have them: long-vowel marks are dropped (イースタリー → Istari, not Iisutarii) and the u that
 * katakana puts after a consonant following a vowel is removed before another consonant or at the end
 * (ザクセンバウム → Zaksenbaum; ジェンスン keeps Jensun). The result is always marked unverified where it is shown.
 */
import { toRomaji } from 'wanakana';

export function romaniseKatakanaWord(word: string): string {
  const romaji = toRomaji(word.replace(/ー/g, ''))
    .replace(/[^A-Za-z]/g, '')
    .replace(/(?<=[aeiou])(sh|ch|[kgszbpmf])u(?=[^aeiouy]|$)/g, '$1');
  return romaji ? romaji[0]!.toUpperCase() + romaji.slice(1) : word;
}
