/**
 * How an acronym is said: the press reading from the curated list when it is read as a word
 * (ＮＡＴＯ ナトー, ＡＳＥＡＮ アセアン), otherwise letter by letter as Japanese says the Latin letters
 * (ＩＭＦ アイエムエフ, Ｇ７ ジーセブン). Katakana, because that is how the press writes such readings.
 */
const LETTERS: Record<string, string> = {
  A: 'エー',
  B: 'ビー',
  C: 'シー',
  D: 'ディー',
  E: 'イー',
  F: 'エフ',
  G: 'ジー',
  H: 'エイチ',
  I: 'アイ',
  J: 'ジェー',
  K: 'ケー',
  L: 'エル',
  M: 'エム',
  N: 'エヌ',
  O: 'オー',
  P: 'ピー',
  Q: 'キュー',
  R: 'アール',
  S: 'エス',
  T: 'ティー',
  U: 'ユー',
  V: 'ブイ',
  W: 'ダブリュー',
  X: 'エックス',
  Y: 'ワイ',
  Z: 'ゼット',
};

/** Numbers as they are said inside acronyms (Ｇ７ ジーセブン, Ｇ２０ ジートゥエンティ, ５Ｇ ファイブジー). */
const NUMBERS: Record<string, string> = {
  '0': 'ゼロ',
  '1': 'ワン',
  '2': 'ツー',
  '3': 'スリー',
  '4': 'フォー',
  '5': 'ファイブ',
  '6': 'シックス',
  '7': 'セブン',
  '8': 'エイト',
  '9': 'ナイン',
  '10': 'テン',
  '20': 'トゥエンティ',
};

const SYMBOLS: Record<string, string> = { '+': 'プラス', '&': 'アンド', '-': '', '.': '', ' ': '' };

/**
 * Letter-by-letter reading of an ASCII (or full-width) acronym; undefined when it has something we
 * cannot say with confidence (a number such as 28 whose reading varies, or other characters).
 */
export function letterReading(acronym: string): string | undefined {
  const ascii = acronym.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  // A plural s after capitals is said ズ: ＳＤＧｓ エスディージーズ.
  const plural = /^[A-Z]{2,}s$/.test(ascii);
  let out = '';
  for (const part of (plural ? ascii.slice(0, -1) : ascii).match(/[0-9]+|[^0-9]/g) ?? []) {
    const said = NUMBERS[part] ?? LETTERS[part.toUpperCase()] ?? SYMBOLS[part];
    if (said === undefined) return undefined;
    out += said;
  }
  return out ? out + (plural ? 'ズ' : '') : undefined;
}
