/** Character classes and width folding. All functions preserve string length so offsets stay valid. */

const KANJI_RE =
  /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3005\u3006\u3007\u30f6\u30f5]|[\ud840-\ud87f][\udc00-\udfff]/;

/** Kanji, including 々 〆 〇 and the small ヶ/ヵ used in counters (３ヶ月). Hot: code ranges, no regex. */
export function isKanjiChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c >= 0x4e00 && c <= 0x9fff) return true;
  if (c < 0x3005) return false;
  if ((c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)) return true;
  if (c === 0x3005 || c === 0x3006 || c === 0x3007 || c === 0x30f5 || c === 0x30f6) return true;
  // CJK Extension B–F: a surrogate pair whose high half is D840–D87F.
  return c >= 0xd840 && c <= 0xd87f && ch.length > 1 && (ch.charCodeAt(1) & 0xfc00) === 0xdc00;
}

export function hasKanji(text: string): boolean {
  return KANJI_RE.test(text);
}

// Kana by code point. Readings and kana words are BMP text, so one UTF-16 unit is one character here;
// the string helpers below go unit by unit (a surrogate is never kana).

function isHiraganaCode(c: number): boolean {
  return c >= 0x3041 && c <= 0x309f;
}

function isKatakanaCode(c: number): boolean {
  return (c >= 0x30a1 && c <= 0x30fa) || (c >= 0x30fc && c <= 0x30ff) || (c >= 0x31f0 && c <= 0x31ff);
}

const LONG_VOWEL_MARK = 0x30fc; // ー
const MIDDLE_DOT = 0x30fb; // ・

/**
 * Hiragana (U+3041–309F): the letters with small ぁ ゃ っ ゕ ゖ, the voicing marks ゛ ゜ (spacing and
 * combining), the iteration marks ゝ ゞ and the ligature ゟ.
 */
export function isHiragana(ch: string): boolean {
  return isHiraganaCode(ch.charCodeAt(0));
}

/**
 * Full-width katakana: the letters ァ–ヺ (with ヴ and the small ヵ ヶ), the long vowel mark ー, the
 * iteration marks ヽ ヾ, the ligature ヿ and the small katakana for Ainu (ㇰ–ㇿ). Not the middle dot ・,
 * which separates words, nor half-width katakana (`isHalfWidthKatakana`).
 */
export function isKatakana(ch: string): boolean {
  return isKatakanaCode(ch.charCodeAt(0));
}

/** Half-width katakana (U+FF66–FF9F: ｦ–ﾝ, ｰ, ﾞ ﾟ), as older systems still write them. */
export function isHalfWidthKatakana(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c >= 0xff66 && c <= 0xff9f;
}

/** Hiragana or full-width katakana (see `isHiragana`, `isKatakana`). */
export function isKana(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return isHiraganaCode(c) || isKatakanaCode(c);
}

function every(text: string, test: (c: number) => boolean): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) if (!test(text.charCodeAt(i))) return false;
  return true;
}

/** Non-empty and hiragana only (ゆっくり; not らーめん, whose ー is katakana). */
export function isAllHiragana(text: string): boolean {
  return every(text, isHiraganaCode);
}

/** Non-empty and kana only: hiragana and full-width katakana, ー included (テレビ, ひらがな, コーヒー). */
export function isAllKana(text: string): boolean {
  return every(text, (c) => isHiraganaCode(c) || isKatakanaCode(c));
}

/** At least one full-width katakana character. */
export function hasKatakana(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isKatakanaCode(text.charCodeAt(i))) return true;
  return false;
}

/**
 * A reading as the pipeline writes it: hiragana, and the ー that `toHiragana` keeps from katakana
 * (コーヒー → こーひー). Non-empty.
 */
export function isHiraganaReading(text: string): boolean {
  return every(text, (c) => isHiraganaCode(c) || c === LONG_VOWEL_MARK);
}

/**
 * A reading a person may write or store: kana in either script, with the middle dot that joins a
 * foreign name's parts (ジェームズ・クレバリー). Non-empty. Stored readings, imports, reading corrections
 * and the override stage all accept exactly this, so a saved reading is never silently ignored.
 */
export function isKanaReading(text: string): boolean {
  return every(text, (c) => isHiraganaCode(c) || isKatakanaCode(c) || c === MIDDLE_DOT);
}

export function isDigitChar(ch: string): boolean {
  return /[0-9０-９]/.test(ch);
}

/** Japanese script: kana, kanji, or the long vowel mark. Used to find text worth annotating. */
const JAPANESE_RE = /[\u3041-\u309f\u30a0-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々〆ヶ]/;
export function hasJapanese(text: string): boolean {
  return JAPANESE_RE.test(text);
}

/** Katakana → hiragana (ヴ→ゔ, ヵ→ゕ, ヶ→ゖ); other characters unchanged. Length-preserving. */
export function toHiragana(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out += c >= 0x30a1 && c <= 0x30f6 ? String.fromCharCode(c - 0x60) : text[i];
  }
  return out;
}

/**
 * ASCII digits → full-width digits. IPADIC only knows counters after full-width digits
 * (5月 tokenizes as 5 + 月/つき, ５月 as ５ + 月/がつ), and the fold keeps every offset valid.
 */
export function foldDigitsToFullWidth(text: string): string {
  return text.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
}

/** Printable ASCII → full-width forms (A→Ａ). EDICT spells acronyms full-width (ＦＢＩ). */
export function foldAsciiToFullWidth(text: string): string {
  return text.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

/** Full-width ASCII forms → ASCII (Ａ→A), ideographic space → space. Length-preserving. */
export function foldFullWidthToAscii(text: string): string {
  return text.replace(/[\uff01-\uff5e\u3000]/g, (c) =>
    c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );
}

/**
 * Lone UTF-16 surrogates → U+FFFD. kuromoji's trie crashes on them; the replacement keeps length.
 */
export function replaceLoneSurrogates(text: string): string {
  return text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}
