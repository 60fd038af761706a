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

function isHiragana(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c >= 0x3041 && c <= 0x309f;
}

function isKatakana(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return (c >= 0x30a1 && c <= 0x30fa) || c === 0x30fc || c === 0x30fd || c === 0x30fe;
}

export function isKana(ch: string): boolean {
  return isHiragana(ch) || isKatakana(ch);
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
