/**
 * Numerals as news text writes them: full-width digits (ASCII digits are folded before tokenizing),
 * kanji digits, the kanji place words 十 百 千 and the myriads 万 億 兆 京, and the "how many"
 * words 何 and 数 that stand where a number would.
 */

const DIGIT_VALUE: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const PLACE_VALUE: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const MYRIAD_VALUE: Record<string, number> = { 万: 1e4, 億: 1e8, 兆: 1e12, 京: 1e16 };
/** Words that take a number's place before a counter: 何本 (how many), 数人 (several), 幾 (how many). */
const QUANTITY_WORD_READING: Record<string, string> = { 何: 'なん', 数: 'すう', 幾: 'いく' };

export function isFullWidthDigit(ch: string): boolean {
  return ch >= '０' && ch <= '９';
}

function isAsciiOrFullDigit(ch: string): boolean {
  return isFullWidthDigit(ch) || (ch >= '0' && ch <= '9');
}

function digitValue(ch: string): number | undefined {
  if (ch >= '0' && ch <= '9') return ch.charCodeAt(0) - 48;
  if (isFullWidthDigit(ch)) return ch.charCodeAt(0) - 0xff10;
  return DIGIT_VALUE[ch];
}

/** A character that can be part of a written number (digits, kanji numerals, 何/数, decimal point). */
function isNumeralChar(ch: string): boolean {
  return (
    digitValue(ch) !== undefined ||
    ch in PLACE_VALUE ||
    ch in MYRIAD_VALUE ||
    ch in QUANTITY_WORD_READING ||
    ch === '．' ||
    ch === '，' ||
    ch === '.' ||
    ch === ','
  );
}

export function isNumeralText(s: string): boolean {
  if (s.length === 0) return false;
  for (const ch of s) if (!isNumeralChar(ch)) return false;
  return true;
}

/**
 * The last element a number is spoken with, which decides the counter's sound change:
 * ３本 さんぼん (ends in 3), １０本 じゅっぽん (ends in 十), ３００本 さんびゃっぽん (ends in 百),
 * ３０００本 さんぜんぼん (ends in 千), ２万本 にまんぼん (ends in a myriad), 何本 なんぼん.
 */
export type NumberTail =
  | '0'
  | '1'
  | '2'
  | '3'
  | '4'
  | '5'
  | '6'
  | '7'
  | '8'
  | '9'
  | '10'
  | '100'
  | '1000'
  | 'myriad'
  | 'how-many'
  | 'several';

const SINGLE_DIGIT_TAILS: readonly NumberTail[] = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

export function numberTail(numeral: string): NumberTail | undefined {
  const chars = [...numeral];
  let i = chars.length - 1;
  while (i >= 0 && (chars[i] === ',' || chars[i] === '，')) i--;
  if (i < 0) return undefined;
  const last = chars[i]!;
  if (last === '何' || last === '幾') return 'how-many';
  if (last === '数') return 'several';
  if (last in MYRIAD_VALUE) return 'myriad';
  if (last === '十') return '10';
  if (last === '百') return '100';
  if (last === '千') return '1000';
  const v = digitValue(last);
  if (v === undefined) return undefined;
  if (v !== 0 || !isAsciiOrFullDigit(last)) return SINGLE_DIGIT_TAILS[v];
  // Written digits ending in zeros: the number is spoken ending with its last non-zero place.
  // A decimal part (１．０) is spoken digit by digit, so its zero is a zero.
  const intPart = chars.slice(0, i + 1);
  if (intPart.some((c) => c === '．' || c === '.')) return '0';
  let zeros = 0;
  for (let k = i; k >= 0 && digitValue(intPart[k]!) === 0 && isAsciiOrFullDigit(intPart[k]!); k--) zeros++;
  if (zeros === i + 1) return '0';
  if (zeros === 1) return '10';
  if (zeros === 2) return '100';
  if (zeros === 3) return '1000';
  return 'myriad';
}

/**
 * Integer value of a numeral written in digits, kanji or a mix (２万５０００, 二十四, 三百);
 * undefined for 何/数, decimals and anything it cannot read.
 */
export function numeralValue(numeral: string): number | undefined {
  let total = 0; // completed myriad groups
  let group = 0; // current group below 万
  let digits: number | undefined; // digit string being read (written digits or a kanji digit)
  for (const ch of numeral) {
    if (ch === ',' || ch === '，') continue;
    const d = digitValue(ch);
    if (d !== undefined) {
      digits = isAsciiOrFullDigit(ch) && digits !== undefined ? digits * 10 + d : d;
      continue;
    }
    if (ch in PLACE_VALUE) {
      group += (digits ?? 1) * PLACE_VALUE[ch]!;
      digits = undefined;
      continue;
    }
    if (ch in MYRIAD_VALUE) {
      total += (group + (digits ?? 0) || 1) * MYRIAD_VALUE[ch]!;
      group = 0;
      digits = undefined;
      continue;
    }
    return undefined;
  }
  return total + group + (digits ?? 0);
}

const KANJI_DIGIT_READING = ['ぜろ', 'いち', 'に', 'さん', 'よん', 'ご', 'ろく', 'なな', 'はち', 'きゅう'];

/** Small っ (gemination) replacing a final mora: いち→いっ, ろく→ろっ, じゅう→じゅっ, ひゃく→ひゃっ. */
export function geminate(reading: string): string {
  if (reading.endsWith('じゅう')) return reading.slice(0, -1) + 'っ';
  if (/[ちくつ]$/.test(reading)) return reading.slice(0, -1) + 'っ';
  return reading;
}

/**
 * Readings of the kanji in a numeral, char by char ('' for written digits, which stay bare in news
 * style). Sound changes inside the number: 三百 さんびゃく, 六百 ろっぴゃく, 八百 はっぴゃく,
 * 三千 さんぜん, 八千 はっせん, 何百 なんびゃく. `lastForm` replaces the reading of the final
 * element when the counter changes it (四人 よ, 一本 いっ).
 */
export function numeralCharReadings(
  numeral: string,
  lastForm?: (plain: string, tail: NumberTail) => string,
): string[] {
  const chars = [...numeral];
  const out: string[] = chars.map(() => '');
  const tail = numberTail(numeral);
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const prev = i > 0 ? chars[i - 1]! : '';
    const next = chars[i + 1] ?? '';
    const prevDigit = digitValue(prev);
    let r = '';
    if (isAsciiOrFullDigit(ch) || ch === '．' || ch === '.' || ch === ',' || ch === '，') r = '';
    else if (ch in DIGIT_VALUE) {
      const v = DIGIT_VALUE[ch]!;
      r = v === 0 ? 'ぜろ' : KANJI_DIGIT_READING[v]!;
      // 六百 ろっぴゃく, 八百 はっぴゃく, 八千 はっせん, 一千 いっせん
      if ((next === '百' && (v === 6 || v === 8)) || (next === '千' && (v === 1 || v === 8))) r = geminate(r);
    } else if (ch in QUANTITY_WORD_READING) r = QUANTITY_WORD_READING[ch]!;
    else if (ch === '十') r = 'じゅう';
    else if (ch === '百')
      r =
        prevDigit === 3 || prev === '何'
          ? 'びゃく'
          : prevDigit === 6 || prevDigit === 8
            ? 'ぴゃく'
            : 'ひゃく';
    else if (ch === '千') r = prevDigit === 3 || prev === '何' ? 'ぜん' : 'せん';
    else if (ch === '万') r = 'まん';
    else if (ch === '億') r = 'おく';
    else if (ch === '兆') r = 'ちょう';
    else if (ch === '京') r = 'けい';
    out[i] = r;
  }
  // The final element may change before the counter; only kanji have a ruby to change.
  if (lastForm && tail !== undefined) {
    const i = lastSpokenIndex(chars);
    if (i >= 0 && out[i]) out[i] = lastForm(out[i]!, tail);
  }
  return out;
}

function lastSpokenIndex(chars: readonly string[]): number {
  for (let i = chars.length - 1; i >= 0; i--) if (chars[i] !== ',' && chars[i] !== '，') return i;
  return -1;
}

export function hasKanjiNumeral(numeral: string): boolean {
  for (const ch of numeral)
    if (!isAsciiOrFullDigit(ch) && ch !== '．' && ch !== '.' && ch !== ',' && ch !== '，') return true;
  return false;
}
