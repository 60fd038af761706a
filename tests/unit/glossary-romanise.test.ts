import { describe, expect, it } from 'vitest';
import { katakanaToHepburn, romaniseKatakanaWord } from '../../src/core/glossary/romanise-name';

describe('katakanaToHepburn: the sounds Japanese writes foreign names with', () => {
  it.each([
    ['ティム', 'timu'], // ティ ti, not tei
    ['ディエゴ', 'diego'], // ディ di
    ['トゥルク', 'turuku'], // トゥ tu
    ['ファビウス', 'fabiusu'], // ファ fa
    ['フィリップ', 'firippu'], // フィ fi, ッ doubles the next consonant
    ['ウィリアム', 'wiriamu'], // ウィ wi
    ['ウォルター', 'woruta'], // ウォ wo, ー dropped
    ['ヴァレリー', 'vareri'], // ヴァ va
    ['ヴ', 'vu'],
    ['キャメロン', 'kyameron'], // palatal kya
    ['シュミット', 'shumitto'], // shu; ッ before t
    ['マッチ', 'matchi'], // ッ before ch → tch
    ['ツァイ', 'tsai'], // ツァ tsa
  ])('%s → %s', (katakana, latin) => {
    expect(katakanaToHepburn(katakana)).toBe(latin);
  });
});

describe('romaniseKatakanaWord', () => {
  it.each([
    ['イースタリー', 'Istari'], // long vowels dropped, u after s removed before a consonant
    ['ザクセンバウム', 'Zaksenbaum'], // u removed at the end
    ['ジェンスン', 'Jensun'], // ...but not after a consonant cluster
    ['クック', 'Kukku'], // nor where it would leave no vowel
    ['ヴォルフ', 'Vorf'], // ヴォ vo; the u after r and f taken out
    ['テイラー', 'Teira'],
    ['ゲオルギエワ', 'Georgieva'], // -ワ after e: -va
    ['ペトロワ', 'Petrova'], // -ワ after o: -va
    ['ラブロフ', 'Rabrov'], // -フ after o: -v
    ['ロバート', 'Robat'], // the o katakana adds after a final t
    ['エドワード', 'Edwad'], // ...and after d before a consonant
  ])('%s → %s', (katakana, latin) => {
    expect(romaniseKatakanaWord(katakana)).toBe(latin);
  });
});
