/**
 * A readable guess at the Latin spelling of a katakana name no dictionary knows, shown marked
 * unverified. Hepburn, with the foreign-sound kana Japanese uses for names (ティ ti, ディ di,
 * ファ fa, ウィ wi, ヴァ va, トゥ tu), and then name-aware repairs: Japanese spelling adds vowels a
 * foreign name does not have, so they are taken back out where English spelling would not have them
 * (ザクセンバウム → Zaksenbaum, ゲオルギエワ → Georgieva), long-vowel marks are dropped
 * (イースタリー → Istari), and Slavic endings take their usual Latin form (-ワ → -va after e/o,
 * -フ → -v after o/e: イワノフ → Ivanov).
 */

/** Two-kana sounds (a kana and a small kana), tried before single kana. */
const PAIRS: Record<string, string> = {
  ティ: 'ti',
  ディ: 'di',
  トゥ: 'tu',
  ドゥ: 'du',
  テュ: 'tyu',
  デュ: 'dyu',
  ファ: 'fa',
  フィ: 'fi',
  フェ: 'fe',
  フォ: 'fo',
  フュ: 'fyu',
  ウィ: 'wi',
  ウェ: 'we',
  ウォ: 'wo',
  イェ: 'ye',
  スィ: 'si',
  ズィ: 'zi',
  ヴァ: 'va',
  ヴィ: 'vi',
  ヴェ: 've',
  ヴォ: 'vo',
  ヴュ: 'vyu',
  ツァ: 'tsa',
  ツィ: 'tsi',
  ツェ: 'tse',
  ツォ: 'tso',
  クァ: 'kwa',
  クィ: 'kwi',
  クェ: 'kwe',
  クォ: 'kwo',
  グァ: 'gwa',
  シェ: 'she',
  チェ: 'che',
  ジェ: 'je',
};

const SINGLE: Record<string, string> = {
  ア: 'a',
  イ: 'i',
  ウ: 'u',
  エ: 'e',
  オ: 'o',
  カ: 'ka',
  キ: 'ki',
  ク: 'ku',
  ケ: 'ke',
  コ: 'ko',
  サ: 'sa',
  シ: 'shi',
  ス: 'su',
  セ: 'se',
  ソ: 'so',
  タ: 'ta',
  チ: 'chi',
  ツ: 'tsu',
  テ: 'te',
  ト: 'to',
  ナ: 'na',
  ニ: 'ni',
  ヌ: 'nu',
  ネ: 'ne',
  ノ: 'no',
  ハ: 'ha',
  ヒ: 'hi',
  フ: 'fu',
  ヘ: 'he',
  ホ: 'ho',
  マ: 'ma',
  ミ: 'mi',
  ム: 'mu',
  メ: 'me',
  モ: 'mo',
  ヤ: 'ya',
  ユ: 'yu',
  ヨ: 'yo',
  ラ: 'ra',
  リ: 'ri',
  ル: 'ru',
  レ: 're',
  ロ: 'ro',
  ワ: 'wa',
  ヰ: 'i',
  ヱ: 'e',
  ヲ: 'o',
  ン: 'n',
  ガ: 'ga',
  ギ: 'gi',
  グ: 'gu',
  ゲ: 'ge',
  ゴ: 'go',
  ザ: 'za',
  ジ: 'ji',
  ズ: 'zu',
  ゼ: 'ze',
  ゾ: 'zo',
  ダ: 'da',
  ヂ: 'ji',
  ヅ: 'zu',
  デ: 'de',
  ド: 'do',
  バ: 'ba',
  ビ: 'bi',
  ブ: 'bu',
  ベ: 'be',
  ボ: 'bo',
  パ: 'pa',
  ピ: 'pi',
  プ: 'pu',
  ペ: 'pe',
  ポ: 'po',
  ヴ: 'vu',
  ァ: 'a',
  ィ: 'i',
  ゥ: 'u',
  ェ: 'e',
  ォ: 'o',
  ャ: 'ya',
  ュ: 'yu',
  ョ: 'yo',
  ヮ: 'wa',
  ヵ: 'ka',
  ヶ: 'ke',
};

/** Palatal sounds: キャ kya, シャ sha, チュ chu, ジョ jo. */
const YOON: Record<string, string> = { ャ: 'a', ュ: 'u', ョ: 'o' };

/** Plain Hepburn of katakana, ー dropped, ッ doubling the next consonant (ch → tch). */
export function katakanaToHepburn(word: string): string {
  let out = '';
  let double = false;
  for (let i = 0; i < word.length; i++) {
    const ch = word[i]!;
    const next = word[i + 1];
    let sound: string | undefined;
    if (next && PAIRS[ch + next]) {
      sound = PAIRS[ch + next];
      i++;
    } else if (next && YOON[next] && SINGLE[ch]?.endsWith('i') && ch !== 'イ') {
      const stem = SINGLE[ch]!.slice(0, -1);
      sound = (/(sh|ch|j)$/.test(stem) ? stem : stem + 'y') + YOON[next];
      i++;
    } else if (ch === 'ッ') {
      double = true;
      continue;
    } else if (ch === 'ー') {
      continue;
    } else sound = SINGLE[ch] ?? '';
    if (double && sound) sound = (sound.startsWith('ch') ? 't' : sound[0]) + sound;
    double = false;
    out += sound;
  }
  return out;
}

export function romaniseKatakanaWord(word: string): string {
  const romaji = katakanaToHepburn(word)
    // The u (or o after t/d) katakana adds after a consonant that follows a vowel: Zaksenbaum, Georgieva.
    .replace(/(?<=[aeiou])(sh|ch|ts|[kgszbpmfr])u(?=[^aeiouy]|$)/g, '$1')
    .replace(/(?<=[aeiou])([td])o(?=[^aeiouy]|$)/g, '$1')
    // Slavic endings: -eva/-ova, -ov/-ev.
    .replace(/(?<=[eo])wa$/, 'va')
    .replace(/(?<=[eo])fu?$/, 'v');
  return romaji ? romaji[0]!.toUpperCase() + romaji.slice(1) : word;
}
