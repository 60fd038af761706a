import { describe, expect, it } from 'vitest';
import { romaniseKatakanaWord } from '../../src/core/glossary/romanise-name';

describe('romaniseKatakanaWord', () => {
  it.each([
    ['イースタリー', 'Istari'], // long vowels dropped, u after s removed before a consonant
    ['ザクセンバウム', 'Zaksenbaum'], // u removed at the end
    ['ジェンスン', 'Jensun'], // ...but not after a consonant cluster
    ['クック', 'Kukku'], // nor where it would leave no vowel
    ['ヴォルフ', 'Vuoruf'],
    ['テイラー', 'Teira'],
  ])('%s → %s', (katakana, latin) => {
    expect(romaniseKatakanaWord(katakana)).toBe(latin);
  });
});
