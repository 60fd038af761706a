/**
 * The byte encoding of the glossary tables as the hosts keep them in memory. UTF-8 spends three
 * bytes on every kana and kanji, and the tables are mostly headwords and readings: this encoding
 * spends two, which makes the packaged tables ~6 MB smaller (memory, and load time in the browser).
 *
 * It keeps what SortedTable relies on:
 *  - ASCII is one byte, itself, and no byte of a longer sequence is a tab or a newline, so lines and
 *    key fields are found by scanning for those bytes;
 *  - bytewise order is code point order (the order the build sorted the lines in), and each
 *    character's bytes are self-delimiting, so a key's prefix is a prefix of its bytes.
 *
 * Sequences (T: a "digit" byte, 0x0B…0xFF, base 245):
 *   U+0000–U+007F  the byte itself
 *   U+0080–U+2FFF  0x80 T T T        (rare in the tables: Latin-1, Greek, symbols)
 *   U+3000–U+9FFF  0x81…0xF6 T       (CJK punctuation, kana, kanji)
 *   U+A000–U+FEFF  0xF7 T T T
 *   U+FF00–U+FFEF  0xF8 T            (full-width forms: ＦＢＩ)
 *   U+FFF0–…       0xF9 T T T        (and characters beyond the BMP, by code point)
 */

const DIGIT0 = 0x0b;
const BASE = 256 - DIGIT0;

const CJK_FIRST = 0x3000;
const CJK_END = 0xa000;
const CJK_LEAD = 0x81;
const WIDE_FIRST = 0xff00;
const WIDE_END = 0xfff0;
const LEAD_LOW = 0x80;
const LEAD_MID = 0xf7;
const LEAD_WIDE = 0xf8;
const LEAD_HIGH = 0xf9;

/** Bytes of `s` in the packed encoding (lone surrogates are kept as their code unit). */
export function encodePacked(s: string): Uint8Array {
  const out = new Uint8Array(s.length * 4);
  let n = 0;
  const three = (lead: number, v: number) => {
    out[n++] = lead;
    out[n++] = DIGIT0 + Math.floor(v / (BASE * BASE));
    out[n++] = DIGIT0 + (Math.floor(v / BASE) % BASE);
    out[n++] = DIGIT0 + (v % BASE);
  };
  for (let i = 0; i < s.length; i++) {
    // A surrogate pair is one code point; a lone surrogate stays its code unit.
    const cp = s.codePointAt(i)!;
    if (cp > 0xffff) i++;
    if (cp < 0x80) {
      out[n++] = cp;
    } else if (cp < CJK_FIRST) {
      three(LEAD_LOW, cp);
    } else if (cp < CJK_END) {
      const v = cp - CJK_FIRST;
      out[n++] = CJK_LEAD + Math.floor(v / BASE);
      out[n++] = DIGIT0 + (v % BASE);
    } else if (cp >= WIDE_FIRST && cp < WIDE_END) {
      out[n++] = LEAD_WIDE;
      out[n++] = DIGIT0 + (cp - WIDE_FIRST);
    } else {
      three(cp < WIDE_FIRST ? LEAD_MID : LEAD_HIGH, cp);
    }
  }
  return out.slice(0, n);
}

/** The text of bytes[start, end). Bytes that are not a whole sequence decode as U+FFFD. */
export function decodePacked(bytes: Uint8Array, start = 0, end = bytes.length): string {
  let s = '';
  // Built in runs of code units: String.fromCharCode over a small array is faster than += per char.
  const units: number[] = [];
  const flush = () => {
    s += String.fromCharCode.apply(null, units);
    units.length = 0;
  };
  for (let i = start; i < end;) {
    const b = bytes[i]!;
    let cp: number;
    if (b < 0x80) {
      cp = b;
      i++;
    } else if (b >= CJK_LEAD && b < LEAD_MID) {
      cp = i + 1 < end ? CJK_FIRST + (b - CJK_LEAD) * BASE + (bytes[i + 1]! - DIGIT0) : 0xfffd;
      i += 2;
    } else if (b === LEAD_WIDE) {
      cp = i + 1 < end ? WIDE_FIRST + (bytes[i + 1]! - DIGIT0) : 0xfffd;
      i += 2;
    } else {
      cp =
        i + 3 < end
          ? (bytes[i + 1]! - DIGIT0) * BASE * BASE +
            (bytes[i + 2]! - DIGIT0) * BASE +
            (bytes[i + 3]! - DIGIT0)
          : 0xfffd;
      i += 4;
    }
    if (cp > 0x10ffff) cp = 0xfffd;
    if (cp >= 0x10000) {
      cp -= 0x10000;
      units.push(0xd800 + (cp >> 10), 0xdc00 + (cp & 0x3ff));
    } else {
      units.push(cp);
    }
    if (units.length >= 4096) flush();
  }
  flush();
  return s;
}
