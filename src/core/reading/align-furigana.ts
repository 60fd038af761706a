import { isDigitChar, isKanjiChar, toHiragana } from '../text/chars';
import { letterNamesPattern } from './latin-letter-names';

/** A piece of a word: kana/other text stands alone; kanji text carries its reading. */
export interface FuriganaPart {
  /** Offset of the part inside the word. */
  offset: number;
  text: string;
  /** Hiragana reading for a kanji part; undefined for okurigana and other text. */
  reading?: string;
}

type CharClass = 'kanji' | 'kana' | 'other';

function classify(ch: string): CharClass {
  if (isKanjiChar(ch)) return 'kanji';
  if (/[\u3041-\u309f\u30a1-\u30fa\u30fc]/.test(ch)) return 'kana';
  return 'other';
}

interface Run {
  offset: number;
  text: string;
  cls: CharClass;
}

/**
 * Split a word into runs of kanji and kana. Digits glued to kanji join the kanji run: their
 * reading is inseparable from the counter's (１日 = ついたち), so they are read as one base.
 */
function toRuns(word: string): Run[] {
  const runs: Run[] = [];
  for (const ch of word) {
    let cls = classify(ch);
    if (cls === 'other' && isDigitChar(ch)) cls = 'kanji';
    const last = runs[runs.length - 1];
    if (last && last.cls === cls) last.text += ch;
    else runs.push({ offset: last ? last.offset + last.text.length : 0, text: ch, cls });
  }
  return runs;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Distribute a word's reading over its kanji, leaving okurigana bare:
 * 取り組み + とりくみ → 取(と) り 組(く) み. Returns null when the reading cannot be aligned
 * with the kana of the word (then callers put one ruby over the whole word).
 */
export function alignFurigana(word: string, reading: string): FuriganaPart[] | null {
  const hira = toHiragana(reading);
  const runs = toRuns(word);
  if (!runs.some((r) => r.cls === 'kanji')) return runs.map((r) => ({ offset: r.offset, text: r.text }));
  // The common shapes need no regex: all kanji (日本), kanji + okurigana (食べる).
  const only = runs[0]!;
  if (runs.length === 1) return [{ offset: 0, text: only.text, reading: hira }];
  const tail = runs[1]!;
  if (runs.length === 2 && only.cls === 'kanji' && tail.cls === 'kana') {
    const okurigana = toHiragana(tail.text);
    if (!hira.endsWith(okurigana) || hira.length <= okurigana.length) return null;
    return [
      { offset: 0, text: only.text, reading: hira.slice(0, hira.length - okurigana.length) },
      { offset: tail.offset, text: tail.text },
    ];
  }
  // Kanji runs become lazy groups, kana runs literal anchors. Anchoring both ends makes the
  // match unique for the usual shapes (送り仮名 between kanji, prefix/suffix kana).
  // Latin letters inside a word (ＪＲ東日本) match their spelled-out names and stay bare; other
  // symbols (Ｘ線's digits, punctuation) have readings we cannot place: let the caller decide.
  let pattern = '^';
  for (const r of runs) {
    if (r.cls === 'kanji') pattern += '(.+?)';
    else if (r.cls === 'kana') pattern += `(${escapeRegExp(toHiragana(r.text))})`;
    else {
      const letters = letterNamesPattern(r.text);
      if (letters === undefined) return null;
      pattern += `(${letters})`;
    }
  }
  pattern += '$';
  const m = new RegExp(pattern, 'u').exec(hira);
  if (!m) return null;
  return runs.map((r, i) =>
    r.cls === 'kanji'
      ? { offset: r.offset, text: r.text, reading: m[i + 1] }
      : { offset: r.offset, text: r.text },
  );
}
