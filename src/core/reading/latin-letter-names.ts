/**
 * How Japanese spells out Latin letters (ＪＲ = じぇいあーる), with the common variants. Lets the
 * aligner find where a token's reading of a mixed word (ＪＲ東日本) stops covering the letters, so the
 * kanji get their own ruby and the letters stay bare.
 */
const LETTER_NAMES: Record<string, readonly string[]> = {
  A: ['えー', 'えい'],
  B: ['びー'],
  C: ['しー'],
  D: ['でぃー', 'でー'],
  E: ['いー'],
  F: ['えふ'],
  G: ['じー'],
  H: ['えいち', 'えっち'],
  I: ['あい'],
  J: ['じぇい', 'じぇー'],
  K: ['けー', 'けい'],
  L: ['える'],
  M: ['えむ'],
  N: ['えぬ'],
  O: ['おー'],
  P: ['ぴー'],
  Q: ['きゅー'],
  R: ['あーる'],
  S: ['えす'],
  T: ['てぃー', 'てー'],
  U: ['ゆー'],
  V: ['ぶい', 'ゔぃー'],
  W: ['だぶりゅー', 'だぶる'],
  X: ['えっくす'],
  Y: ['わい'],
  Z: ['ぜっと', 'ぜっど'],
};

/**
 * The spelled-out names of each letter of `letters`, in order of preference, or undefined if one
 * is not a Latin letter.
 */
export function letterNames(letters: string): (readonly string[])[] | undefined {
  const out: (readonly string[])[] = [];
  for (const ch of letters) {
    const c = ch.charCodeAt(0);
    const ascii = c >= 0xff01 && c <= 0xff5e ? String.fromCharCode(c - 0xfee0) : ch;
    const names = LETTER_NAMES[ascii.toUpperCase()];
    if (!names) return undefined;
    out.push(names);
  }
  return out;
}
